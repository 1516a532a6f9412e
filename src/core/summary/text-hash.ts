/**
 * Two 32-bit hashes of a string, folded one UTF-16 code unit at a time, so a caller can hash a
 * substring (or a concatenation of parts) without building it. The pair is the key of the
 * open-addressing tables of the entity tagger's weights and the proper-noun lexicon.
 */
export const H1_SEED = 0x811c9dc5;
export const H2_SEED = 0x2545f491;

export const step1 = (h: number, c: number): number => Math.imul(h ^ c, 0x01000193);
export const step2 = (h: number, c: number): number => Math.imul(h ^ c, 0x5bd1e995) ^ (h >>> 13);

/** Final form of the first hash: never 0 (0 marks an empty slot). */
export const key1 = (h: number): number => h >>> 0 || 1;
export const key2 = (h: number): number => h >>> 0;

/** The running hash state after folding `s` (not yet final: more code units may follow). */
export function hashState(s: string): [number, number] {
  let h1 = H1_SEED;
  let h2 = H2_SEED;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    h1 = step1(h1, c);
    h2 = step2(h2, c);
  }
  return [h1, h2];
}

/** Both (final) hashes of the whole string. */
export function hashPair(s: string): [number, number] {
  const [h1, h2] = hashState(s);
  return [key1(h1), key2(h2)];
}

/**
 * Call `line(h1, h2, start, end)` with the hash pair (as hashPair gives it) of every line of `text`
 * ('\n'-separated), scanning it once without making the lines as strings.
 */
export function forEachLineHash(text: string, line: (h1: number, h2: number, start: number, end: number) => void): void {
  let h1 = H1_SEED;
  let h2 = H2_SEED;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10;
    if (c !== 10) {
      h1 = Math.imul(h1 ^ c, 0x01000193); // step1, written out (hot loop)
      h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 13); // step2
      continue;
    }
    line(key1(h1), key2(h2), start, i);
    h1 = H1_SEED;
    h2 = H2_SEED;
    start = i + 1;
  }
}

/**
 * Open-addressing table from a hash pair to a number: `slots` (a power of two) × [key1 (0 = empty),
 * key2, value], side by side in one array.
 */
export class PairTable {
  readonly table: Uint32Array;
  /** 32 − log2(slots): the slot is the top bits of a multiplicative hash of `a` (keys need not be well mixed). */
  private readonly shift: number;
  /** Number of keys held. */
  size = 0;
  constructor(capacity: number) {
    let bits = 1;
    while (1 << bits < capacity * 2) bits++;
    this.table = new Uint32Array((1 << bits) * 3);
    this.shift = 32 - bits;
  }
  /** Index in `table` of (a, b)'s slot, or of the empty slot where it would go. */
  at(a: number, b: number): number {
    const t = this.table;
    let i = (Math.imul(a, 0x9e3779b1) >>> this.shift) * 3;
    const end = t.length;
    while (t[i] !== 0 && (t[i] !== a || t[i + 1] !== b)) {
      i += 3;
      if (i === end) i = 0;
    }
    return i;
  }
  /** Value of (a, b), or -1. */
  get(a: number, b: number): number {
    const i = this.at(a, b);
    return this.table[i] === 0 ? -1 : this.table[i + 2]!;
  }
  set(a: number, b: number, value: number): void {
    const i = this.at(a, b);
    if (this.table[i] === 0) this.size++;
    this.table[i] = a;
    this.table[i + 1] = b;
    this.table[i + 2] = value;
  }
  /** OR `bits` into the value of (a, b) (0 when absent). */
  or(a: number, b: number, bits: number): void {
    const i = this.at(a, b);
    if (this.table[i] === 0) {
      this.size++;
      this.table[i] = a;
      this.table[i + 1] = b;
    }
    this.table[i + 2]! |= bits;
  }
}
