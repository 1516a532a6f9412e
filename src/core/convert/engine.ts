/**
 * The conversion engine: opencc-js's algorithm (normalisation passes, maximum-forward-matching
 * segmentation, then each conversion pass on each segment) over precompiled packed tries, plus the
 * override table. With overrides off its output equals opencc-js `Converter({from, to})` exactly.
 * `convertPieces` converts a block's text nodes in one pass and cuts the result back per node.
 */
import { ANY_LEVEL, type PackedTrie } from './packed-trie';
import type { OverrideIndex } from './overrides';

export interface EngineParts {
  normalize: PackedTrie[];
  segment: { trie: PackedTrie; level: number } | null;
  chain: PackedTrie[];
  /** Applied in segmentation and the first conversion pass. */
  overrides: OverrideIndex | null;
}

export class ConversionEngine {
  constructor(private readonly parts: EngineParts) {}

  convert(text: string): string {
    return this.run(text, null, null);
  }

  /**
   * Convert the concatenation of `pieces` (e.g. the text nodes of one block) in one pass and cut
   * the result back into as many pieces: their concatenation equals `convert(pieces.join(''))`
   * exactly. A phrase that crosses a cut is shared by code points when its output has as many
   * code points as its key (他的|头|发 → 他的|頭|髮), else proportionally; never inside a
   * surrogate pair the output did not have split already.
   */
  convertPieces(pieces: readonly string[]): string[] {
    if (pieces.length === 1) return [this.run(pieces[0]!, null, null)];
    const at: number[] = [];
    let acc = 0;
    for (let k = 0; k < pieces.length - 1; k++) at.push((acc += pieces[k]!.length));
    const to: number[] = [];
    const text = this.run(pieces.join(''), at, to);
    const res: string[] = [];
    let prev = 0;
    for (const y of to) {
      res.push(text.slice(prev, y));
      prev = y;
    }
    res.push(text.slice(prev));
    return res;
  }

  /** Cut points: `at` (increasing positions in `text`) are mapped to positions in the output, appended to `to`. */
  private run(text: string, at: number[] | null, to: number[] | null): string {
    const { normalize, segment, chain, overrides } = this.parts;
    let s = text;
    let c = at;
    for (const t of normalize) {
      const nx = c && [];
      s = runPass(t, null, s, 0, s.length, c, nx);
      c = nx;
    }
    if (chain.length === 0 || !segment) {
      for (let k = 0; k < chain.length; k++) {
        const nx = c && [];
        s = runPass(chain[k]!, k === 0 ? overrides : null, s, 0, s.length, c, nx);
        c = nx;
      }
      if (c) to!.push(...c);
      return s;
    }
    if (segment.trie === chain[0]) return this.convertFused(s, segment.level, c, to);
    let out = '';
    let a = 0;
    let ci = 0;
    for (const b of segmentEnds(segment.trie, segment.level, overrides, s)) {
      if (!c) out += this.convertSegment(s, a, b, null, null, 0);
      else {
        for (; ci < c.length && c[ci]! <= a; ci++) to!.push(out.length);
        const cj = ci;
        while (ci < c.length && c[ci]! < b) ci++;
        out += this.convertSegment(s, a, b, ci > cj ? c.slice(cj, ci) : null, to, out.length);
      }
      a = b;
    }
    if (c) for (; ci < c.length; ci++) to!.push(out.length);
    return out;
  }

  /**
   * The passes after segmentation, on s[a, b). Cuts `at` (inside the segment) are mapped and
   * appended to `to`, offset by `outBase`.
   */
  private convertSegment(s: string, a: number, b: number, at: number[] | null, to: number[] | null, outBase: number): string {
    const { chain, overrides } = this.parts;
    let c = at;
    let nx = c && [];
    let t = runPass(chain[0]!, overrides, s, a, b, c, nx);
    c = nx;
    for (let k = 1; k < chain.length; k++) {
      nx = c && [];
      t = runPass(chain[k]!, null, t, 0, t.length, c, nx);
      c = nx;
    }
    if (c) for (const y of c) to!.push(outBase + y);
    return t;
  }

  /**
   * Segmentation and the first pass in one walk, when the segmentation keys come from the first
   * pass's trie (all S→T directions): a matched segment's first-pass result is that key's value,
   * so only unmatched runs need the first pass. Same output as segmenting first.
   */
  private convertFused(s: string, level: number, c: number[] | null, to: number[] | null): string {
    const { chain, overrides } = this.parts;
    const trie = chain[0]!;
    const n = s.length;
    const nc = c ? c.length : 0;
    let out = '';
    let run = -1;
    let ci = 0;
    for (let i = 0; i < n;) {
      let e = trie.match(s, i, n, level);
      const node = trie.lastNode; // before convertSegment reuses the trie
      let v: string | null = null;
      if (overrides) {
        const o = overrides.match(s, i, n);
        if (o && i + o.key.length >= e) {
          e = i + o.key.length;
          v = o.value;
        }
      }
      if (e > i) {
        if (run >= 0) {
          if (ci < nc && c![ci]! < i) {
            for (; ci < nc && c![ci]! <= run; ci++) to!.push(out.length);
            const cj = ci;
            while (ci < nc && c![ci]! < i) ci++;
            out += this.convertSegment(s, run, i, ci > cj ? c!.slice(cj, ci) : null, to, out.length);
          } else out += this.convertSegment(s, run, i, null, null, 0);
        }
        run = -1;
        let t = v ?? trie.value(node);
        if (ci < nc && c![ci]! < e) {
          // Cuts at or inside this phrase: place them in its first-pass value, then through the chain.
          let cur: number[] = [];
          for (; ci < nc && c![ci]! < e; ci++) cur.push(splitPoint(s, i, e, c![ci]!, t));
          for (let k = 1; k < chain.length; k++) {
            const nx: number[] = [];
            t = runPass(chain[k]!, null, t, 0, t.length, cur, nx);
            cur = nx;
          }
          for (const y of cur) to!.push(out.length + y);
        } else for (let k = 1; k < chain.length; k++) t = runPass(chain[k]!, null, t, 0, t.length, null, null);
        out += t;
        i = e;
      } else {
        if (run < 0) run = i;
        i += unmatchedLength(s, i, n);
      }
    }
    if (run >= 0) {
      if (ci < nc) {
        for (; ci < nc && c![ci]! <= run; ci++) to!.push(out.length);
        const cj = ci;
        while (ci < nc && c![ci]! < n) ci++;
        out += this.convertSegment(s, run, n, ci > cj ? c!.slice(cj, ci) : null, to, out.length);
      } else out += this.convertSegment(s, run, n, null, null, 0);
    }
    for (; ci < nc; ci++) to!.push(out.length);
    return out;
  }
}

/**
 * One maximum-forward-matching conversion pass over s[start, end) (opencc-js Trie.convert).
 * Cut points `at` (increasing, within [start, end]) are mapped to output positions, appended to `to`.
 */
function runPass(
  trie: PackedTrie,
  overrides: OverrideIndex | null,
  s: string,
  start: number,
  end: number,
  at: number[] | null,
  to: number[] | null,
): string {
  let out = '';
  let run = start;
  let i = start;
  let ci = 0;
  const nc = at ? at.length : 0;
  const roots = trie.rootIndex;
  const ovStarts = overrides ? overrides.starts : null;
  while (i < end) {
    // Fast path: a code unit no key starts with, outside IDS and surrogates, is copied as is.
    const u = s.charCodeAt(i);
    if (roots[u] === 0 && (ovStarts === null || ovStarts[u] === 0) && (u < 0x2ff0 || u > 0x2fff) && (u < 0xd800 || u > 0xdbff)) {
      i++;
      continue;
    }
    let e = trie.match(s, i, end, ANY_LEVEL);
    let v: string | null = null;
    if (overrides) {
      const o = overrides.match(s, i, end);
      if (o && i + o.key.length >= e) {
        e = i + o.key.length;
        v = o.value;
      }
    }
    if (e > i) {
      if (v === null) v = trie.value(trie.lastNode);
      if (run < i) out += s.slice(run, i);
      // Cuts in the text copied before this phrase keep their distance to it; inside, split it.
      for (; ci < nc && at![ci]! < e; ci++) {
        const x = at![ci]!;
        to!.push(x <= i ? out.length - (i - Math.max(x, run)) : out.length + splitPoint(s, i, e, x, v));
      }
      out += v;
      i = e;
      run = i;
    } else {
      i += unmatchedLength(s, i, end);
    }
  }
  if (run < end) out += s.slice(run, end);
  for (; ci < nc; ci++) to!.push(out.length - (end - Math.max(Math.min(at![ci]!, end), run)));
  return out;
}

/** Output offset in `v` (the conversion of s[i, e)) for a cut at x, i < x < e. */
function splitPoint(s: string, i: number, e: number, x: number, v: string): number {
  if (x <= i) return 0;
  if (x >= e) return v.length;
  const k = cpCount(s, i, x);
  const n = k + cpCount(s, x, e);
  const m = n === cpCount(v, 0, v.length) ? k : Math.round((k * cpCount(v, 0, v.length)) / n);
  let y = 0;
  for (let j = 0; j < m && y < v.length; j++) y += cpLen(v, y, v.length);
  return y;
}

/** Ends of the segments of s (opencc-js Trie.segment): matched keys and maximal unmatched runs. */
function segmentEnds(trie: PackedTrie, level: number, overrides: OverrideIndex | null, s: string): number[] {
  const ends: number[] = [];
  const n = s.length;
  let inRun = false;
  for (let i = 0; i < n;) {
    let e = trie.match(s, i, n, level);
    if (overrides) {
      const o = overrides.match(s, i, n);
      if (o && i + o.key.length >= e) e = i + o.key.length;
    }
    if (e > i) {
      if (inRun) ends.push(i);
      inRun = false;
      ends.push(e);
      i = e;
    } else {
      inRun = true;
      i += unmatchedLength(s, i, n);
    }
  }
  if (inRun) ends.push(n);
  return ends;
}

function cpLen(s: string, i: number, end: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

function cpCount(s: string, i: number, end: number): number {
  let n = 0;
  while (i < end) {
    i += cpLen(s, i, end);
    n++;
  }
  return n;
}

/** Ideographic description sequences (⿰女子) are skipped whole, as opencc-js does. */
function idsArity(cp: number): number {
  if (cp >= 0x2ff0 && cp <= 0x2ff1) return 2;
  if (cp >= 0x2ff2 && cp <= 0x2ff3) return 3;
  if (cp >= 0x2ff4 && cp <= 0x2fff) return 2;
  return 0;
}

function idsEnd(s: string, i: number, n: number): number {
  const arity = idsArity(s.charCodeAt(i));
  if (arity === 0) return 0;
  let end = i + cpLen(s, i, n);
  for (let k = 0; k < arity; k++) {
    if (end >= n) return 0;
    const child = idsEnd(s, end, n);
    end = child || end + cpLen(s, end, n);
  }
  return end;
}

function unmatchedLength(s: string, i: number, n: number): number {
  const e = idsEnd(s, i, n);
  return e > i ? e - i : cpLen(s, i, n);
}
