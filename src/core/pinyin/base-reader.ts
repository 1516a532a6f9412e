/**
 * The base reader: pinyin-pro's segmentation and readings with the CC-CEDICT word overrides
 * installed once (`customPinyin`), giving per code point a numbered syllable and whether the
 * character stood alone as a one-character segment.
 */
import { convert, customPinyin, OutputFormat, polyphonic, segment } from 'pinyin-pro';
import overrides from './data/overrides.json';
import { drain, runInSlices, type Steps } from '../schedule/steps';

let installed = false;

const toMarks = (p: string) => convert(p.replace(/v/g, 'ü').replace(/5/g, '0'), { format: 'numToSymbol' }) as string;

/** The override table with tone marks, one entry per step (run at once, or in slices). */
function* overrideMarks(): Steps<Record<string, string>> {
  const marks: Record<string, string> = {};
  for (const [w, p] of Object.entries(overrides as Record<string, string>)) {
    marks[w] = toMarks(p);
    yield;
  }
  return marks;
}

function install(marks: Record<string, string>): void {
  installed = true;
  customPinyin(marks);
  // pinyin-pro finishes building its dictionaries on the first call, which otherwise segments
  // that first text differently: warm it up once.
  segment('银行行长', { format: OutputFormat.AllArray, toneType: 'num' });
}

/** Install the word overrides into pinyin-pro (idempotent; a load-once cache, not mutable state). */
export function ensureOverrides(): void {
  if (!installed) install(drain(overrideMarks()));
}

/**
 * The same start-up, cut at its natural seams with `pause()` between them (pinyin-pro's own
 * dictionaries, our override table, pinyin-pro's custom-word automaton), so a page never sees
 * one long task when the pinyin feature first loads.
 */
export async function warmUpBase(pause: () => Promise<void>): Promise<void> {
  if (installed) return;
  convert('zhong1', { format: 'numToSymbol' });
  segment('中', { format: OutputFormat.AllArray, toneType: 'num' });
  await pause();
  if (installed) return;
  const marks = await runInSlices(overrideMarks(), pause);
  await pause();
  if (!installed) install(marks);
}

export interface BaseToken {
  /** One code point. */
  char: string;
  /** Numbered syllable (`hang2`, `le5`, `lv4`), or null for a non-Han character. */
  syllable: string | null;
  /** Index of the word (segment) this character belongs to. */
  word: number;
  /** The character is a one-character segment. */
  single: boolean;
}

const SYL = /^[a-zü]+[0-5]$/;

/** Base readings of `simplified` (Simplified Chinese text), one token per code point. */
export function baseTokens(simplified: string): BaseToken[] {
  ensureOverrides();
  const out: BaseToken[] = [];
  const words = segment(simplified, { format: OutputFormat.AllArray, toneType: 'num', v: true });
  let w = 0;
  for (const word of words) {
    const single = word.length === 1;
    for (const item of word) {
      const cps = [...item.origin];
      const syl = cps.length === 1 && SYL.test(item.result) ? item.result.replace(/0$/, '5').replace(/ü/g, 'v') : null;
      for (const ch of cps) out.push({ char: ch, syllable: syl, word: w, single });
    }
    w++;
  }
  return out;
}

const polyCache = new Map<string, boolean>();

/** Has this character more than one reading in pinyin-pro's dictionary? */
export function isPolyphone(ch: string): boolean {
  let v = polyCache.get(ch);
  if (v === undefined) {
    const r = (polyphonic(ch, { type: 'array', toneType: 'num' }) as string[][])[0] ?? [];
    v = new Set(r).size > 1;
    polyCache.set(ch, v);
  }
  return v;
}
