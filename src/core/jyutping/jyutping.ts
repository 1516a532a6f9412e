/**
 * Jyutping (Cantonese romanisation) in context: to-jyutping's ranked candidates per character
 * (BSD-2-Clause, CanCLID), with the Mandarin reading the engine found in context deciding common
 * polyphones where it tells the Cantonese reading apart (行 háng → hong4, xíng → hang4; 長 zhǎng →
 * zoeng2, cháng → coeng4; 覺 jiào → gaau3; 處 chǔ → cyu5): the library's first choice when the
 * table (data/by-mandarin.json) allows it for that Mandarin syllable, else the table's first reading
 * that the library offers.
 */
import { getJyutpingCandidates } from 'to-jyutping';
import table from './data/by-mandarin.json';
import type { Analysis } from '../pinyin/readings';

export interface CharJyutping {
  char: string;
  /** Jyutping syllable with its tone number (`hong4`), null for non-Han characters. */
  jyutping: string | null;
}

const BY_MANDARIN = table as unknown as Record<string, Record<string, string[]>>;

/** The library's own first choice per code point (the baseline the benchmark measures against). */
export function libraryJyutping(text: string): CharJyutping[] {
  return getJyutpingCandidates(text).map(([char, c]) => ({ char, jyutping: c[0] ?? null }));
}

/** Jyutping per code point of an analysed text (the same analysis the pinyin comes from). */
export function jyutpingOf(an: Analysis): CharJyutping[] {
  const text = an.chars.join('');
  const cands = getJyutpingCandidates(text);
  // The library goes code point by code point too; should it ever not, fall back to its own reading.
  if (cands.length !== an.chars.length) return libraryJyutping(text);
  return cands.map(([char, c], i) => {
    const first = c[0] ?? null;
    const mandarin = an.syllables[i];
    const byM = mandarin ? (BY_MANDARIN[char] ?? BY_MANDARIN[an.simplified[i]!]) : undefined;
    const allowed = byM?.[mandarin!] ?? byM?.[mandarin!.replace(/[1-5]$/, '')];
    if (!first || !allowed || allowed.includes(first)) return { char, jyutping: first };
    // The table's order (most usual reading first), among what the library offers.
    return { char, jyutping: allowed.find((x) => c.includes(x)) ?? allowed[0]! };
  });
}
