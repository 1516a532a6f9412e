/**
 * A dictionary trie precompiled by scripts/build-convert-data.mjs and shipped as three strings
 * (see the format there). Loading decodes two small typed arrays; matching walks UTF-16 code units,
 * which gives the same longest matches as opencc-js's code-point trie (keys are whole code points).
 */
export interface PackedTrieData {
  labels: string;
  meta: string;
  values: string;
}

/** Levels are 1-based dictionary indexes within the group; this accepts every key. */
export const ANY_LEVEL = 3;

const PAIR_MASK = (1 << 20) - 1;
const pairHash = (a: number, b: number): number => (Math.imul(a, 0x9e3779b1) ^ b) & PAIR_MASK;

export class PackedTrie {
  private readonly labels: string;
  private readonly meta: string;
  private readonly values: string;
  /** First child of each node (children are contiguous). */
  private readonly first: Int32Array;
  /** Start of each key-end node's value in `values` (-1: not a key end); length in `valueLen`. */
  private readonly valueStart: Int32Array;
  private readonly valueLen: Uint16Array;
  /** Root children by code unit (0 = none): one array read per text position. */
  readonly rootIndex: Int32Array;
  /**
   * A bitset over hashed pairs of code units that begin some key of two or more units: where the
   * text's next pair is absent, the longest match is at most one unit and the walk stops at the root.
   */
  private readonly pairs: Int32Array;
  /** Node of the last successful `match`. */
  lastNode = 0;

  constructor(data: PackedTrieData) {
    const { labels, meta, values } = data;
    this.labels = labels;
    this.meta = meta;
    this.values = values;
    const n = meta.length;
    const first = new Int32Array(n);
    const valueStart = new Int32Array(n).fill(-1);
    const valueLen = new Uint16Array(n);
    let next = 1;
    let v = 0;
    for (let i = 0; i < n; i++) {
      const m = meta.charCodeAt(i) - 48;
      first[i] = next;
      next += m >> 2;
      if (m & 3) {
        let e = values.indexOf('|', v);
        if (e < 0) e = values.length;
        valueStart[i] = v;
        valueLen[i] = e - v;
        v = e + 1;
      }
    }
    this.first = first;
    this.valueStart = valueStart;
    this.valueLen = valueLen;
    const rootKids = (meta.charCodeAt(0) - 48) >> 2;
    const idx = new Int32Array(65536);
    for (let k = 1; k <= rootKids; k++) idx[labels.charCodeAt(k)] = k;
    this.rootIndex = idx;
    const pairs = new Int32Array(PAIR_MASK / 32 + 1);
    for (let k = 1; k <= rootKids; k++) {
      const a = labels.charCodeAt(k);
      const kids = (meta.charCodeAt(k) - 48) >> 2;
      for (let c = first[k]!, e = c + kids; c < e; c++) {
        const h = pairHash(a, labels.charCodeAt(c));
        pairs[h >> 5]! |= 1 << (h & 31);
      }
    }
    this.pairs = pairs;
  }

  get nodeCount(): number {
    return this.meta.length;
  }

  private child(node: number, c: number): number {
    const cnt = (this.meta.charCodeAt(node) - 48) >> 2;
    if (cnt === 0) return 0;
    let lo = this.first[node]!;
    let hi = lo + cnt - 1;
    const labels = this.labels;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const l = labels.charCodeAt(mid);
      if (l === c) return mid;
      if (l < c) lo = mid + 1;
      else hi = mid - 1;
    }
    return 0;
  }

  /**
   * Longest key of level ≤ maxLevel that starts at s[i] and ends at or before `end`.
   * Returns the end index of the match (and sets `lastNode`), or -1.
   */
  match(s: string, i: number, end: number, maxLevel: number = ANY_LEVEL): number {
    if (i >= end) return -1;
    const c0 = s.charCodeAt(i);
    let node = this.rootIndex[c0]!;
    if (node === 0) return -1;
    if (i + 1 < end) {
      const h = pairHash(c0, s.charCodeAt(i + 1));
      if ((this.pairs[h >> 5]! & (1 << (h & 31))) === 0) {
        const level = (this.meta.charCodeAt(node) - 48) & 3;
        if (level === 0 || level > maxLevel) return -1;
        this.lastNode = node;
        return i + 1;
      }
    }
    let best = -1;
    for (let j = i; j < end; j++) {
      if (j > i) node = this.child(node, s.charCodeAt(j));
      if (node === 0) break;
      const level = (this.meta.charCodeAt(node) - 48) & 3;
      if (level !== 0 && level <= maxLevel) {
        best = j + 1;
        this.lastNode = node;
      }
    }
    return best;
  }

  /** Value of a key-end node (e.g. `lastNode` after a match). */
  value(node: number): string {
    const st = this.valueStart[node]!;
    return this.values.slice(st, st + this.valueLen[node]!);
  }

  /** Look a whole key up (tests, tools). */
  get(key: string): string | undefined {
    const e = this.match(key, 0, key.length);
    return e === key.length ? this.value(this.lastNode) : undefined;
  }
}
