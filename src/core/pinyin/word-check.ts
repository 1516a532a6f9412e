/**
 * A second opinion on word boundaries. pinyin-pro segments greedily with a small dictionary, so a
 * word of it can swallow the halves of two real words: 执|行情|况 (执行 情况), 南京|市长|江
 * (南京市 长江), 这么着|急 (这么 着急) — and the polyphone takes the wrong word's reading.
 * Where the platform's word segmenter (`Intl.Segmenter`, dictionary-based) joins a character of
 * such a word with its neighbour outside it, the characters of the words involved are read again
 * by their segmenter words: pinyin-pro's reading of each word alone, and for a polyphone it
 * leaves alone, the context rules, which then keep to the segmenter's boundaries (see seg).
 * Only a word whose edge polyphone forms a dictionary word with the character beside it is
 * checked, in a window of a few characters, so the cost stays small; without Intl.Segmenter this
 * is a no-op.
 */
import type { BaseToken } from './base-reader';
import { wordSegmenter } from '../text/word-segmenter';

export interface WordCheckDeps {
  /** pinyin-pro's tokens for a text. */
  read(text: string): BaseToken[];
  isPolyphone(ch: string): boolean;
  /** Is this two-character string a dictionary word that reads a polyphone in it its own way? */
  isWord(s: string): boolean;
  /** The word segmenter (default: the platform's `Intl.Segmenter`; null: none, the check is off). */
  segmenter?: Intl.Segmenter | null;
}

const PARTICLES = new Set('的了着过地得');

/** Characters of context on each side of a checked word. */
const WINDOW = 3;

/**
 * The windows tokens[lo, hi) as one text for the segmenter, a line each (a call costs far more
 * than a character), with the token index of each of its code units (-1 for the line breaks).
 */
function joinWindows(tokens: BaseToken[], windows: Array<[number, number]>): { text: string; token: Int32Array; start: number[] } {
  let text = '';
  const start: number[] = [];
  for (const [lo, hi] of windows) {
    start.push(text.length);
    for (let k = lo; k < hi; k++) text += tokens[k]!.char;
    text += '\n';
  }
  const token = new Int32Array(text.length).fill(-1);
  windows.forEach(([lo, hi], w) => {
    let u = start[w]!;
    for (let k = lo; k < hi; k++) for (let c = 0; c < tokens[k]!.char.length; c++) token[u++] = k;
  });
  return { text, token, start };
}

/** UTF-16 length of tokens[from, to). */
function offsetOf(tokens: BaseToken[], from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) n += tokens[k]!.char.length;
  return n;
}

// The particles' own readings; a word giving one of them another is a lexical reading.
const PARTICLE_READING: Record<string, string> = { 的: 'de5', 地: 'de5', 得: 'de5', 了: 'le5', 着: 'zhe5' };
function particleRead(tokens: BaseToken[], i: number, e: number): boolean {
  for (let k = i; k < e; k++) {
    const own = PARTICLE_READING[tokens[k]!.char];
    if (own !== undefined && tokens[k]!.syllable !== own) return true;
  }
  return false;
}

/** Check every multi-character word of `tokens` (pinyin-pro's, in place); returns the tokens. */
export function checkWords(tokens: BaseToken[], deps: WordCheckDeps): BaseToken[] {
  const n = tokens.length;
  // pinyin-pro's words with a polyphone, [start, end), and their windows.
  const words: Array<[number, number]> = [];
  const windows: Array<[number, number]> = [];
  for (let i = 0; i < n;) {
    let e = i + 1;
    while (e < n && tokens[e]!.word === tokens[i]!.word) e++;
    // A polyphone at an edge of the word that forms a dictionary word with the Han character
    // next to it outside (执|行情: 执行; 市长|江: 长江): the segmenter decides, in a window that
    // reaches out on that side. (Rare: most words are never sent to the segmenter.)
    if (e - i >= 2 && tokens[i]!.syllable) {
      let left =
        i > 0 && !!tokens[i - 1]!.syllable && deps.isPolyphone(tokens[i]!.char) && deps.isWord(tokens[i - 1]!.char + tokens[i]!.char);
      let right =
        e < n && !!tokens[e]!.syllable && deps.isPolyphone(tokens[e - 1]!.char) && deps.isWord(tokens[e - 1]!.char + tokens[e]!.char);
      // A word that reads a particle by its rare lexical reading (目的 dì, 的确 dí, 着实 zhuó, 了解
      // liǎo) is checked on both sides, even where one side already asked for it: the particle may
      // belong to the text beside it (项目|的, 说的|确实), and which word the other half belongs to
      // shows only with its own neighbours in view (为了|解决: the window must reach 决).
      if ((!left || !right) && particleRead(tokens, i, e)) left = right = true;
      let lo = i;
      let hi = e;
      if (left) while (lo > 0 && i - lo < WINDOW && tokens[lo - 1]!.syllable) lo--;
      if (right) while (hi < n && hi - e < WINDOW && tokens[hi]!.syllable) hi++;
      if (lo < i || hi > e) {
        words.push([i, e]);
        windows.push([lo, hi]);
      }
    }
    i = e;
  }
  if (!words.length) return tokens;
  const sg = deps.segmenter === undefined ? wordSegmenter() : deps.segmenter;
  if (!sg) return tokens;
  const joined = joinWindows(tokens, windows);
  const segments = sg.segment(joined.text);
  // The segmenter's word holding the code unit u of the joined text, as a token range.
  const wordAt = (u: number): [number, number] => {
    const s = segments.containing(u)!;
    return [joined.token[s.index]!, joined.token[s.index + s.segment.length - 1]! + 1];
  };
  let nextWord = tokens[n - 1]!.word + 1;
  let nextSeg = 1;
  let done = 0;
  for (const [w, [i, e]] of words.entries()) {
    if (i < done) continue;
    // The segmenter's words overlapping this word; it is crossed when one of them (two characters
    // or more, no character glued to a particle: the segmenter's dictionary has 处的, 养的)
    // reaches outside it.
    const u0 = joined.start[w]! + offsetOf(tokens, windows[w]![0], i);
    const over: Array<[number, number]> = [];
    for (let u = u0, k = i; k < e;) {
      const r = wordAt(u);
      over.push(r);
      for (; k < r[1]; k++) u += tokens[k]!.char.length;
    }
    if (!over.some(([a, b]) => (a < i || b > e) && b - a >= 2 && !PARTICLES.has(tokens[b - 1]!.char))) continue;
    for (const [a, b] of over) {
      let text = '';
      for (let k = a; k < b; k++) text += tokens[k]!.char;
      const again = deps.read(text);
      if (again.length !== b - a) continue;
      const word = nextWord++;
      const seg = nextSeg++;
      // The same shape as every token (one hidden class for the engine's loops).
      again.forEach((t, k) => (tokens[a + k] = { char: t.char, syllable: t.syllable, word, single: t.single, seg }));
    }
    done = Math.max(e, over[over.length - 1]![1]);
  }
  return tokens;
}
