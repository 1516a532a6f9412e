/**
 * A compact fingerprint of an article body for reprint detection: the text in Simplified script,
 * letters/digits/Han only, cut into overlapping shingles; a fixed 1-in-8 sample of their hashes is
 * kept (the same shingles are sampled on every page, so two copies keep the same samples).
 */
import { toSimplifiedSameLength } from '../text/to-simplified';

const SHINGLE = 6;
const SAMPLE_MOD = 8;

/** Simplified, lower-case, only Han, letters and digits: what two copies of a story share. */
export function normaliseBody(text: string): string {
  const s = toSimplifiedSameLength(text, 'tw').toLowerCase();
  return s.replace(/[^\p{Script=Han}\p{L}\p{N}]+/gu, '');
}

function fnv1a(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Sorted, distinct sampled shingle hashes of the normalised body. */
export function bodyFingerprint(text: string): Uint32Array {
  const n = normaliseBody(text);
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE <= n.length; i++) {
    const h = fnv1a(n, i, i + SHINGLE);
    if (h % SAMPLE_MOD === 0) out.add(h);
  }
  return Uint32Array.from([...out].sort((a, b) => a - b));
}

/** Shared samples of two sorted fingerprints. */
export function sharedCount(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return n;
}
