/**
 * Context rules for polyphones left as one-character segments by the base reader, in order:
 * the longest dictionary word around the character (word-match.ts: CC-CEDICT readings, and words
 * confirming pinyin-pro's reading of an ambiguous character), learned neighbour rules (left/right
 * character), grammar rules for 得/地/只/为, the learned default reading (see
 * scripts/build-pinyin-data.mjs).
 */
import type { BaseToken } from './base-reader';
import { isPolyphone } from './base-reader';
import shipped from './data/context.json';
import { grammarReading, preLexiconReading } from './grammar-rules';
import { wordMatchReading } from './word-match';

function prevWordLength(tokens: BaseToken[], i: number): number {
  const w = tokens[i - 1]?.word;
  if (w === undefined) return 0;
  let n = 0;
  for (let k = i - 1; k >= 0 && tokens[k]!.word === w; k--) n++;
  return n;
}

export interface PolyphoneRules {
  uni: Record<string, string>;
  left: Record<string, string>;
  right: Record<string, string>;
}

export const shippedRules: PolyphoneRules = shipped as PolyphoneRules;

/** Apply the rules in place; returns the tokens for chaining. */
export function applyContextRules(tokens: BaseToken[], rules: PolyphoneRules = shippedRules): BaseToken[] {
  let chars: string[] | null = null;
  const isHan = (k: number) => tokens[k]!.syllable !== null;
  // A dictionary word may only take whole segments of the base reader (it must not cut a word).
  const boundary = (k: number) => k <= 0 || k >= tokens.length || tokens[k - 1]!.word !== tokens[k]!.word;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.syllable || !t.single || !isPolyphone(t.char)) continue;
    const l = tokens[i - 1]?.char ?? '^';
    const r = tokens[i + 1]?.char ?? '$';
    chars ??= tokens.map((x) => x.char);
    const v = preLexiconReading(chars, i) ?? wordMatchReading(chars, i, isHan) ?? rules.right[t.char + r] ?? rules.left[l + t.char] ?? grammarReading(chars, i, prevWordLength(tokens, i)) ?? rules.uni[t.char];
    if (v) t.syllable = v;
  }
  return tokens;
}
