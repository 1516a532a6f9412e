/**
 * The base reader: pinyin-pro's segmentation and readings with the CC-CEDICT word overrides
 * installed once (`customPinyin`), giving per code point a numbered syllable and whether the
 * character stood alone as a one-character segment; words that swallowed halves of two real
 * words are re-read by the platform's segmenter (word-check.ts).
 */
import { convert, customPinyin, OutputFormat, polyphonic, segment } from 'pinyin-pro';
import overrides from './data/overrides.json';
import { drain, runInSlices, type Steps } from '../schedule/steps';
import { automatonSteps } from './automaton-steps';
import { checkWords } from './word-check';
import { isPolyWord, wordMatchSteps } from './word-match';

let installed = false;

const toMarks = (p: string) => convert(p.replace(/v/g, 'ü').replace(/5/g, '0'), { format: 'numToSymbol' });

/** Words handed to pinyin-pro per customPinyin call: each call extends its automaton, so a few hundred words keep a call short. */
const INSTALL_CHUNK = 500;

/**
 * The whole start-up as steps: the override table converted to tone marks (a step per word), then
 * installed into pinyin-pro's automaton a chunk at a time (a step per chunk), then one warm-up
 * call. The same steps, in the same order, whether drained at once or run in slices, so pinyin-pro
 * ends in the same state either way.
 */
function* installSteps(): Steps<void> {
  yield* automatonSteps();
  yield* wordMatchSteps();
  // Shortest words first: pinyin-pro links each new node of its automaton to the longest suffix
  // already there, so the suffixes (shorter words) must be in before the words that end with them.
  // (Lengths counted once: counting them in the comparator made this sort a 20 ms step.)
  const entries = Object.entries(overrides as Record<string, string>).map(([w, p]) => [w, p, [...w].length] as const);
  yield;
  entries.sort((a, b) => a[2] - b[2]);
  yield;
  const marks: Array<[string, string]> = [];
  for (const [w, p] of entries) {
    marks.push([w, toMarks(p)]);
    yield;
  }
  for (let i = 0; i < marks.length; i += INSTALL_CHUNK) {
    customPinyin(Object.fromEntries(marks.slice(i, i + INSTALL_CHUNK)));
    yield;
  }
  // pinyin-pro finishes building its dictionaries on the first call, which otherwise segments
  // that first text differently: warm it up once.
  segment('银行行长', { format: OutputFormat.AllArray, toneType: 'num' });
  installed = true;
}

// One run of the start-up, shared: a synchronous caller (ensureOverrides) finishes what a sliced
// warm-up began instead of starting over.
let steps: Steps<void> | null = null;

/** Install the word overrides into pinyin-pro (idempotent; a load-once cache, not mutable state). */
export function ensureOverrides(): void {
  if (!installed) drain((steps ??= installSteps()));
}

/**
 * The same start-up, cut at its natural seams with `pause()` between them (pinyin-pro's own word
 * automaton a few hundred words at a time, word match's tables, our override table,
 * pinyin-pro's custom-word automaton a chunk at a time), so a page never sees one long task when
 * the pinyin feature first loads.
 */
export async function warmUpBase(pause: () => Promise<void>): Promise<void> {
  if (installed) return;
  // (No segmentation here: its first call would build pinyin-pro's word automaton in one go; the
  // steps below build it in slices.)
  convert('zhong1', { format: 'numToSymbol' });
  await pause();
  // ensureOverrides may have finished the start-up during the pause; TS keeps the narrowing to false across the await.
  // oxlint-disable-next-line typescript/no-unnecessary-condition
  if (installed) return;
  await runInSlices((steps ??= installSteps()), pause);
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
  /**
   * Where the word check (word-check.ts) re-read the character, the id (≥ 1) of the word it
   * belongs to in the second segmentation, whose boundaries the context rules then respect; else 0.
   */
  seg: number;
}

const SYL = /^[a-zv]+[1-5]$/;
const COMBINING = ['\u0304', '\u0301', '\u030c', '\u0300'];

/**
 * `háng` → `hang2`, `le` → `le5`, `lǜ` → `lv4`, `ń` → `n2`; null when it is no plain syllable
 * (e.g. `ê̄`). pinyin-pro's own `toneType: 'num'` does the same with a dozen regular expressions
 * per character; the few hundred distinct syllables of a text are converted once each instead.
 */
const numberedMemo = new Map<string, string | null>();
export function markedToNumbered(marked: string): string | null {
  let v = numberedMemo.get(marked);
  if (v !== undefined) return v;
  let tone = 5;
  let base = '';
  for (const ch of marked.normalize('NFD')) {
    const c = COMBINING.indexOf(ch);
    if (c >= 0) tone = c + 1;
    else base += ch;
  }
  // NFD splits ü + mark into u + U+0308 + mark: put ü back as v.
  base = base.normalize('NFC').replace(/ü/g, 'v');
  v = SYL.test(base + tone) ? base + tone : null;
  numberedMemo.set(marked, v);
  return v;
}

/** Base readings of `simplified` (Simplified Chinese text), one token per code point. */
export function baseTokens(simplified: string): BaseToken[] {
  ensureOverrides();
  return checkWords(readWords(simplified), { read: readWords, isPolyphone, isWord: isPolyWord });
}

/** pinyin-pro's segmentation and readings of `text`, one token per code point, words numbered from 0. */
export function readWords(text: string): BaseToken[] {
  const out: BaseToken[] = [];
  const words = segment(text, { format: OutputFormat.AllArray });
  let w = 0;
  for (const word of words) {
    const single = word.length === 1;
    for (const item of word) {
      const o = item.origin;
      // A one-code-point item that pinyin-pro read (result differs from the character) is Han.
      if (o.length === 1 || (o.length === 2 && o.codePointAt(0)! > 0xffff)) {
        const syl = item.result !== o ? markedToNumbered(item.result) : null;
        out.push({ char: o, syllable: syl, word: w, single, seg: 0 });
      } else for (const ch of o) out.push({ char: ch, syllable: null, word: w, single, seg: 0 });
    }
    w++;
  }
  return out;
}

// 0 = not asked yet, 1 = one reading, 2 = several: one byte per BMP code unit (no string hashing
// per lookup); characters beyond the BMP go through a Map.
const polyTable = new Uint8Array(0x10000);
const polyAstral = new Map<string, boolean>();

/** Has this character more than one reading in pinyin-pro's dictionary? */
export function isPolyphone(ch: string): boolean {
  const bmp = ch.length === 1;
  const code = ch.charCodeAt(0);
  if (bmp && polyTable[code]) return polyTable[code] === 2;
  let v = bmp ? undefined : polyAstral.get(ch);
  if (v === undefined) {
    const r = polyphonic(ch, { type: 'array', toneType: 'num' })[0] ?? [];
    v = new Set(r).size > 1;
    if (bmp) polyTable[code] = v ? 2 : 1;
    else polyAstral.set(ch, v);
  }
  return v;
}
