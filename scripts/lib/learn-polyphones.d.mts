export interface PolyphoneSample {
  chars: string[];
  single: boolean[];
  poly: boolean[];
  index: number;
  gold: string;
}
export interface PolyphoneRules {
  uni: Record<string, string>;
  left: Record<string, string>;
  right: Record<string, string>;
}
export function learnPolyphoneRules(
  samples: Iterable<PolyphoneSample>,
  opts?: { minCount?: number; minContext?: number; uniShare?: number; ctxShare?: number },
): PolyphoneRules;
