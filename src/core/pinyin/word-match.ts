/**
 * CC-CEDICT word readings for polyphones the base reader left as one-character segments: the
 * longest dictionary word (2–4 characters) around the character decides its reading (反差 chā,
 * 重叠 chóng).
 * Data built by scripts/build-pinyin-data.mjs (data/poly-words.json).
 */
import data from './data/poly-words.json';
import { drain, type Steps } from '../schedule/steps';

const PAIR_BITS = 20;
const pairHash = (a: number, b: number) => (Math.imul(a, 0x9e3779b1) ^ b) >>> (32 - PAIR_BITS);

interface Tables {
  /**
   * A Map, not the JSON object: a lookup by a fresh substring hashes it against this table only,
   * where an object lookup first probes the engine's table of all interned strings (measured
   * slower in Chromium).
   */
  words: Map<string, string>;
  // Indexed by UTF-16 code unit (typed arrays: a lookup is one load, no hashing).
  /** For each code unit a word starts with, a bit mask of the lengths of the words starting with it. */
  starts: Uint8Array;
  /** For each code unit, a bit mask of the (length, offset) places it holds in some word: bit length·4 + offset. */
  places: Uint32Array;
  /**
   * A Bloom-style bit set of the words' first two characters (2^20 bits, 128 KB): most windows a
   * polyphone sits in start with a pair no word starts with, and are dropped before a substring
   * is made and looked up.
   */
  pairs: Uint8Array;
}

// Built on first use, or step by step at start-up (wordMatchSteps), not when the module loads:
// the module's evaluation is one task of the page.
let tables: Tables | null = null;

/** The tables' construction, a step per 250 words (drained at once by a first lookup). */
function* buildSteps(): Steps<Tables> {
  const words = new Map<string, string>();
  const starts = new Uint8Array(0x10000);
  const places = new Uint32Array(0x10000);
  const pairs = new Uint8Array(1 << (PAIR_BITS - 3));
  let n = 0;
  for (const [w, r] of Object.entries((data as { words: Record<string, string> }).words)) {
    words.set(w, r);
    // By code point, as the windows are: a character beyond the BMP counts by its first code unit.
    // (Words have two code points or more.)
    const c0 = w.charCodeAt(0);
    const h = pairHash(c0, w.charCodeAt(c0 >= 0xd800 && c0 <= 0xdbff ? 2 : 1));
    pairs[h >>> 3]! |= 1 << (h & 7);
    starts[c0]! |= 1 << w.length;
    for (let k = 0; k < w.length; k++) places[w.charCodeAt(k)]! |= 1 << (w.length * 4 + k);
    if (++n % 250 === 0) yield;
  }
  return { words, starts, places, pairs };
}

// One construction, shared: a lookup during the start-up finishes what the steps began.
let building: Steps<Tables> | null = null;
function build(): Tables {
  return drain((building ??= buildSteps()));
}

/** The start-up steps that build the tables (nothing once they are built). */
export function* wordMatchSteps(): Steps<void> {
  if (tables) return;
  // (Should a lookup have drained the construction meanwhile, it has also set `tables`.)
  const built = yield* (building ??= buildSteps());
  tables ??= built;
}

const MAX = 4;

/** Is `s` one of these words (a dictionary word reading a polyphone its own way)? */
export function isPolyWord(s: string): boolean {
  return (tables ??= build()).words.has(s);
}

/**
 * Reading of `chars[i]` from the longest CC-CEDICT word covering position i, or undefined.
 * `isHan(k)` tells which positions may be part of a word; `boundary(k)` whether a word may start
 * or end at k (before position k).
 */
export function joinedIfBmp(chars: string[]): string | null {
  const j = chars.join('');
  return j.length === chars.length ? j : null;
}

export function wordMatchReading(
  chars: string[],
  i: number,
  isHan: (k: number) => boolean,
  boundary: ((k: number) => boolean) | null = null,
  // `chars` joined, when it has one code unit per code point (the usual case): windows are then
  // plain substrings. Callers asking for many positions of one text join it once.
  text: string | null = joinedIfBmp(chars),
): string | undefined {
  const { words: WORDS, starts: STARTS, places: PLACES, pairs: PAIRS } = (tables ??= build());
  const places = PLACES[chars[i]!.charCodeAt(0)]!;
  if (places === 0) return undefined;
  // The run of Han characters around i (at most MAX - 1 on each side) bounds every window.
  let lo = i;
  let hi = i + 1;
  while (lo > 0 && i - lo < MAX - 1 && isHan(lo - 1)) lo--;
  while (hi < chars.length && hi - i < MAX && isHan(hi)) hi++;
  for (let len = Math.min(MAX, hi - lo); len >= 2; len--) {
    for (let a = Math.max(lo, i - len + 1); a <= i && a + len <= hi; a++) {
      const b = a + len;
      if (!(places & (1 << (len * 4 + i - a))) || !(STARTS[chars[a]!.charCodeAt(0)]! & (1 << len))) continue;
      const h = pairHash(chars[a]!.charCodeAt(0), chars[a + 1]!.charCodeAt(0));
      if (!(PAIRS[h >>> 3]! & (1 << (h & 7)))) continue;
      if (boundary && (!boundary(a) || !boundary(b))) continue;
      const r = WORDS.get(text !== null ? text.slice(a, b) : chars.slice(a, b).join(''));
      if (r === undefined) continue;
      const syl = r.split(' ')[i - a];
      if (syl) return syl;
    }
  }
  return undefined;
}
