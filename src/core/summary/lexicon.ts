/**
 * Proper-noun lexicon (data/lexicon.json, built from the jieba dictionary's part-of-speech tags:
 * person nr/nrt/nrfg, place ns, organisation nt, other proper noun nz, abbreviation j). Noisy by
 * nature, so it is only a feature for the tagger, never an answer on its own.
 */
import data from './data/lexicon.json';
import cedictHeads from '../dict/data/cedict-heads.txt?raw';
import cedictProper from '../dict/data/cedict-proper.txt?raw';
import verbList from './data/verbs.txt?raw';
import { forEachLineHash, H1_SEED, H2_SEED, hashPair, PairTable } from './text-hash';

/** Lexicon categories, one bit each in a word's mask. */
export const LEX_CATS = ['PER', 'LOC', 'ORG', 'NZ', 'ABBR'] as const;
/** The mask bit of each category (LEX_BIT.LOC = 1 << 1), for tests on `lexiconMask`. */
export const LEX_BIT = Object.fromEntries(LEX_CATS.map((c, k) => [c, 1 << k])) as Record<(typeof LEX_CATS)[number], number>;

export interface ProperLexicon {
  /** Word → category mask, keyed by the word's hash pair (text-hash.ts). */
  words: PairTable;
  /** For each two-character prefix (key `prefixKey`), a bit mask of the word lengths (bit l) that start with it. */
  prefixes: PairTable;
  maxLen: number;
  /** Characters often used in given names (2nd/3rd character of the lexicon's person names). */
  givenChars: Set<string>;
}

let cached: ProperLexicon | null = null;

/** Key of the two code units at `i` (never 0 for text). */
const prefixKey = (s: string, i: number): number => ((s.charCodeAt(i) << 16) | s.charCodeAt(i + 1)) >>> 0 || 1;

/**
 * Built by scanning the data strings once, hashing each word as it goes (no word strings are
 * made: 112k words load in ~55 ms on the bench machine, ~110 ms through a Map of strings).
 */
export function properLexicon(): ProperLexicon {
  if (cached) return cached;
  const d = data as Record<string, string>;
  let capacity = 0;
  for (const cat of LEX_CATS) capacity += (d[cat] ?? '').length / 3;
  const words = new PairTable(Math.ceil(capacity));
  const prefixes = new PairTable(Math.ceil(capacity / 2));
  const counts = new Int32Array(65536); // by code unit
  let maxLen = 0;
  LEX_CATS.forEach((cat, bit) => {
    const str = d[cat] ?? '';
    forEachLineHash(str, (h1, h2, start, end) => {
      const len = end - start;
      if (len < 2) return;
      words.or(h1, h2, 1 << bit);
      prefixes.or(prefixKey(str, start), 0, 1 << len);
      if (len > maxLen) maxLen = len;
      if (bit === 0 && len === 3) {
        counts[str.charCodeAt(start + 1)]!++;
        counts[str.charCodeAt(start + 2)]!++;
      }
    });
  });
  const givenChars = new Set<string>();
  counts.forEach((k, c) => {
    if (k >= 40) givenChars.add(String.fromCharCode(c));
  });
  cached = { words, prefixes, maxLen, givenChars };
  return cached;
}

/** Category mask of one word in the lexicon (bit k = LEX_CATS[k]; 0 when absent). */
export function lexiconMask(word: string): number {
  const [h1, h2] = hashPair(word);
  const v = properLexicon().words.get(h1, h2);
  return v < 0 ? 0 : v;
}

/** The lexicon lists `word` as a person's name. */
export const isLexiconPerson = (word: string): boolean => (lexiconMask(word) & LEX_BIT.PER) !== 0;

export interface ProperNounMatches {
  /** Category masks of the words (2+ chars) starting / ending at each character. */
  starts: Uint8Array;
  ends: Uint8Array;
  /** Length of the longest word starting at each character (0 when none). */
  longest: Uint8Array;
  /** Forward maximum matching: category mask of the matched word covering each character … */
  mask: Uint8Array;
  /** … and its position code there, 1=B, 2=M, 3=E (0 = not covered). */
  pos: Uint8Array;
}

/** Every lexicon word over `s`, plus a forward-maximum-matching segmentation of them. */
export function properNounMatches(s: string): ProperNounMatches {
  const { words, prefixes, maxLen } = properLexicon();
  const n = s.length;
  const starts = new Uint8Array(n);
  const ends = new Uint8Array(n);
  const longest = new Uint8Array(n);
  const longMask = new Uint8Array(n);
  for (let i = 0; i + 1 < n; i++) {
    const lens = prefixes.get(prefixKey(s, i), 0);
    if (lens < 0) continue;
    const top = Math.min(maxLen, n - i);
    // step1/step2 and key1/key2 of text-hash.ts, written out (hot loop).
    let h1 = H1_SEED;
    let h2 = H2_SEED;
    for (let l = 1; l <= top; l++) {
      const c = s.charCodeAt(i + l - 1);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 13);
      if (l < 2 || !(lens & (1 << l))) continue;
      const v = words.get(h1 >>> 0 || 1, h2 >>> 0);
      if (v < 0) continue;
      starts[i] = starts[i]! | v;
      ends[i + l - 1] = ends[i + l - 1]! | v;
      longest[i] = l;
      longMask[i] = v;
    }
  }
  const mask = new Uint8Array(n);
  const pos = new Uint8Array(n);
  for (let i = 0; i < n;) {
    const len = longest[i]!;
    if (!len) {
      i++;
      continue;
    }
    for (let k = i; k < i + len; k++) {
      mask[k] = longMask[i]!;
      pos[k] = k === i ? 1 : k === i + len - 1 ? 3 : 2;
    }
    i += len;
  }
  return { starts, ends, longest, mask, pos };
}

/** Forward maximum matching only (see properNounMatches). */
export function matchProperNouns(s: string): { mask: Uint8Array; pos: Uint8Array } {
  const { mask, pos } = properNounMatches(s);
  return { mask, pos };
}

/** All matches only (see properNounMatches). */
export function allProperNouns(s: string): { starts: Uint8Array; ends: Uint8Array; longest: Uint8Array } {
  const { starts, ends, longest } = properNounMatches(s);
  return { starts, ends, longest };
}

// ---------- Common words (CC-CEDICT, the compact list shipped in src/core/dict) ----------

/**
 * Is `w` (Simplified) a CC-CEDICT headword (the shipped compact list of common words, one per line,
 * sorted by Simplified headword)? A binary search over the text itself: no table to build first.
 */
let properNames: Set<string> | null = null;

/**
 * Is `w` (Simplified) a common word of CC-CEDICT: a headword that is not only a proper name? The
 * dictionary also lists people and places (李白, 北京: capitalised pinyin, scripts/build-cedict-proper.mjs);
 * those are names, not evidence against one.
 */
export function isCommonWord(w: string): boolean {
  properNames ??= new Set(cedictProper.split('\n'));
  return isDictionaryWord(w) && !properNames.has(w);
}

export function isDictionaryWord(w: string): boolean {
  const h = cedictHeads;
  let lo = 0; // always a line start
  let hi = h.length; // a line start or the end
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const ls = h.lastIndexOf('\n', mid - 1) + 1;
    let e = ls;
    while (e < h.length && h.charCodeAt(e) !== 9 && h.charCodeAt(e) !== 10) e++;
    const k = h.slice(ls, e);
    if (k === w) return true;
    if (k < w) {
      const nl = h.indexOf('\n', e);
      if (nl < 0) return false;
      lo = nl + 1;
    } else hi = ls;
  }
  return false;
}

let verbs: Set<string> | null = null;
/** A two-character verb of the jieba dictionary (tag v, not the nominal vn: 征收, 安排, 实行, 召开; not 投资, 面积). */
export function isVerb(w: string): boolean {
  verbs ??= new Set(verbList.split('\n'));
  return verbs.has(w);
}
