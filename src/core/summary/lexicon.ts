/**
 * Proper-noun lexicon (data/lexicon.json, built from the jieba dictionary's part-of-speech tags:
 * person nr/nrt/nrfg, place ns, organisation nt, other proper noun nz, abbreviation j). Noisy by
 * nature, so it is only a feature for the tagger, never an answer on its own.
 */
import data from './data/lexicon.json';

/** Lexicon categories, one bit each in a word's mask. */
export const LEX_CATS = ['PER', 'LOC', 'ORG', 'NZ', 'ABBR'] as const;

export interface ProperLexicon {
  words: Map<string, number>;
  /** For each two-character prefix, a bit mask of the word lengths (bit l) that start with it. */
  prefixes: Map<string, number>;
  maxLen: number;
  /** Characters often used in given names (2nd/3rd character of the lexicon's person names). */
  givenChars: Set<string>;
}

let cached: ProperLexicon | null = null;

export function properLexicon(): ProperLexicon {
  if (!cached) {
    const words = new Map<string, number>();
    const prefixes = new Map<string, number>();
    let maxLen = 0;
    const d = data as Record<string, string>;
    LEX_CATS.forEach((cat, bit) => {
      for (const w of (d[cat] ?? '').split('\n')) {
        if (!w) continue;
        words.set(w, (words.get(w) ?? 0) | (1 << bit));
        const p = w.slice(0, 2);
        prefixes.set(p, (prefixes.get(p) ?? 0) | (1 << w.length));
        if (w.length > maxLen) maxLen = w.length;
      }
    });
    const counts = new Map<string, number>();
    for (const w of (d.PER ?? '').split('\n')) {
      if (w.length !== 3) continue;
      for (const c of w.slice(1)) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    const givenChars = new Set<string>();
    for (const [c, k] of counts) if (k >= 40) givenChars.add(c);
    cached = { words, prefixes, maxLen, givenChars };
  }
  return cached;
}

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
    const lens = prefixes.get(s.slice(i, i + 2));
    if (lens === undefined) continue;
    const top = Math.min(maxLen, n - i);
    for (let l = 2; l <= top; l++) {
      if (!(lens & (1 << l))) continue;
      const v = words.get(s.slice(i, i + l));
      if (v === undefined) continue;
      starts[i] |= v;
      ends[i + l - 1] |= v;
      longest[i] = l;
      longMask[i] = v;
    }
  }
  const mask = new Uint8Array(n);
  const pos = new Uint8Array(n);
  for (let i = 0; i < n; ) {
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
