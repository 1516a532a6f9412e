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
  maxLen: number;
  /** Characters often used in given names (2nd/3rd character of the lexicon's person names). */
  givenChars: Set<string>;
}

let cached: ProperLexicon | null = null;

export function properLexicon(): ProperLexicon {
  if (!cached) {
    const words = new Map<string, number>();
    let maxLen = 0;
    const d = data as Record<string, string>;
    LEX_CATS.forEach((cat, bit) => {
      for (const w of (d[cat] ?? '').split('\n')) {
        if (!w) continue;
        words.set(w, (words.get(w) ?? 0) | (1 << bit));
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
    cached = { words, maxLen, givenChars };
  }
  return cached;
}

/**
 * Forward maximum matching of the lexicon over `s`: for each character, the category mask of the
 * matched word covering it (0 when none) and its position code 1=B, 2=M, 3=E.
 */
export function matchProperNouns(s: string): { mask: Uint8Array; pos: Uint8Array } {
  const { words, maxLen } = properLexicon();
  const mask = new Uint8Array(s.length);
  const pos = new Uint8Array(s.length);
  let i = 0;
  while (i < s.length) {
    let len = 0;
    let m = 0;
    for (let l = Math.min(maxLen, s.length - i); l >= 2; l--) {
      const v = words.get(s.slice(i, i + l));
      if (v !== undefined) {
        len = l;
        m = v;
        break;
      }
    }
    if (len === 0) {
      i++;
      continue;
    }
    for (let k = i; k < i + len; k++) {
      mask[k] = m;
      pos[k] = k === i ? 1 : k === i + len - 1 ? 3 : 2;
    }
    i += len;
  }
  return { mask, pos };
}

/**
 * Every lexicon word over `s`: for each character, the category masks of the words (of 2+ chars)
 * that start there and of those that end there, and the longest such word's length.
 */
export function allProperNouns(s: string): { starts: Uint8Array; ends: Uint8Array; longest: Uint8Array } {
  const { words, maxLen } = properLexicon();
  const starts = new Uint8Array(s.length);
  const ends = new Uint8Array(s.length);
  const longest = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const top = Math.min(maxLen, s.length - i);
    for (let l = 2; l <= top; l++) {
      const v = words.get(s.slice(i, i + l));
      if (v === undefined) continue;
      starts[i] |= v;
      ends[i + l - 1] |= v;
      if (l > longest[i]!) longest[i] = l;
    }
  }
  return { starts, ends, longest };
}
