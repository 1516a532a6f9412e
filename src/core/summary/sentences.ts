/** Sentence splitting for key sentences and figure context: on 。！？；… and line breaks, never on ，. */
import type { Span } from './types';

const END = /[。！？；!?;…\n\r]/;
const CLOSERS = /[”’」』）)\]】"']/;

export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
  };
  let i = 0;
  while (i < text.length) {
    if (END.test(text[i]!)) {
      let j = i + 1;
      while (j < text.length && (END.test(text[j]!) && text[j] !== '\n' ? true : CLOSERS.test(text[j]!))) j++;
      push(j);
      start = j;
      i = j;
    } else i++;
  }
  push(text.length);
  return out.filter((s) => /[\p{L}\p{N}]/u.test(s.text));
}

/**
 * Index of the sentence of `sentences` (in text order, not overlapping, as splitSentences gives
 * them) that holds offset `pos`, or -1: a binary search.
 */
export function sentenceIndexAt(sentences: ReadonlyArray<{ start: number; end: number }>, pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const sp = sentences[mid]!;
    if (pos < sp.start) hi = mid - 1;
    else if (pos >= sp.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
