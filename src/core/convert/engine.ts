/**
 * The conversion engine: opencc-js's algorithm (normalisation passes, maximum-forward-matching
 * segmentation, then each conversion pass on each segment) over precompiled packed tries, plus the
 * override table. With overrides off its output equals opencc-js `Converter({from, to})` exactly.
 * `convertAligned` also returns the unit alignment used for block conversion in the DOM.
 */
import { ANY_LEVEL, type PackedTrie } from './packed-trie';
import type { OverrideIndex } from './overrides';
import { type Alignment, appendAlignment, composeAlignment, emptyAlignment } from './alignment';

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
    const { normalize, segment, chain, overrides } = this.parts;
    let s = text;
    for (const t of normalize) s = runPass(t, null, s, 0, s.length, null);
    if (chain.length === 0) return s;
    if (!segment) {
      for (let k = 0; k < chain.length; k++) s = runPass(chain[k]!, k === 0 ? overrides : null, s, 0, s.length, null);
      return s;
    }
    if (segment.trie === chain[0]) return this.convertFused(s, segment.level);
    const cuts = segmentEnds(segment.trie, segment.level, overrides, s);
    let out = '';
    let a = 0;
    for (const b of cuts) {
      out += this.convertSegment(s, a, b);
      a = b;
    }
    return out;
  }

  /** The passes after segmentation, on s[a, b). */
  private convertSegment(s: string, a: number, b: number): string {
    const { chain, overrides } = this.parts;
    let t = runPass(chain[0]!, overrides, s, a, b, null);
    for (let k = 1; k < chain.length; k++) t = runPass(chain[k]!, null, t, 0, t.length, null);
    return t;
  }

  /**
   * Segmentation and the first pass in one walk, when the segmentation keys come from the first
   * pass's trie (all S→T directions): a matched segment's first-pass result is that key's value,
   * so only unmatched runs need the first pass. Same output as segmenting first.
   */
  private convertFused(s: string, level: number): string {
    const { chain, overrides } = this.parts;
    const trie = chain[0]!;
    const n = s.length;
    let out = '';
    let run = -1;
    for (let i = 0; i < n; ) {
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
        if (run >= 0) out += this.convertSegment(s, run, i);
        run = -1;
        let t = v ?? trie.value(node);
        for (let k = 1; k < chain.length; k++) t = runPass(chain[k]!, null, t, 0, t.length, null);
        out += t;
        i = e;
      } else {
        if (run < 0) run = i;
        i += unmatchedLength(s, i, n);
      }
    }
    if (run >= 0) out += this.convertSegment(s, run, n);
    return out;
  }

  convertAligned(text: string): { text: string; alignment: Alignment } {
    const { normalize, segment, chain, overrides } = this.parts;
    let s = text;
    let al: Alignment | null = null;
    for (const t of normalize) {
      const step = emptyAlignment();
      s = runPass(t, null, s, 0, s.length, step);
      al = al ? composeAlignment(al, step) : step;
    }
    const cuts = segment ? segmentEnds(segment.trie, segment.level, overrides, s) : s.length ? [s.length] : [];
    const convAl = emptyAlignment();
    let out = '';
    let a = 0;
    for (const b of cuts) {
      let t = s.slice(a, b);
      let segAl: Alignment | null = null;
      for (let k = 0; k < chain.length; k++) {
        const step = emptyAlignment();
        t = runPass(chain[k]!, k === 0 ? overrides : null, t, 0, t.length, step);
        segAl = segAl ? composeAlignment(segAl, step) : step;
      }
      if (!segAl) segAl = identityAlignment(t);
      appendAlignment(convAl, segAl, a, out.length);
      out += t;
      a = b;
    }
    return { text: out, alignment: al ? composeAlignment(al, convAl) : convAl };
  }
}

function identityAlignment(s: string): Alignment {
  const al = emptyAlignment();
  for (let i = 0; i < s.length; ) {
    i += cpLen(s, i, s.length);
    al.src.push(i);
    al.out.push(i);
  }
  return al;
}

/** One maximum-forward-matching conversion pass over s[start, end) (opencc-js Trie.convert). */
function runPass(
  trie: PackedTrie,
  overrides: OverrideIndex | null,
  s: string,
  start: number,
  end: number,
  al: Alignment | null,
): string {
  let out = '';
  let run = start;
  let i = start;
  while (i < end) {
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
      if (al) alignPhrase(al, s, i, e, v, start, out.length);
      out += v;
      i = e;
      run = i;
    } else {
      i += unmatchedLength(s, i, end);
      if (al) {
        al.src.push(i - start);
        al.out.push(out.length + (i - run));
      }
    }
  }
  if (run < end) out += s.slice(run, end);
  return out;
}

/** Boundaries for a phrase s[i,e) → v: per code point when the counts match, else one unit. */
function alignPhrase(al: Alignment, s: string, i: number, e: number, v: string, start: number, outPos: number): void {
  if (cpCount(s, i, e) === cpCount(v, 0, v.length)) {
    let x = i;
    let y = 0;
    while (x < e) {
      x += cpLen(s, x, e);
      y += cpLen(v, y, v.length);
      al.src.push(x - start);
      al.out.push(outPos + y);
    }
  } else {
    al.src.push(e - start);
    al.out.push(outPos + v.length);
  }
}

/** Ends of the segments of s (opencc-js Trie.segment): matched keys and maximal unmatched runs. */
function segmentEnds(trie: PackedTrie, level: number, overrides: OverrideIndex | null, s: string): number[] {
  const ends: number[] = [];
  const n = s.length;
  let inRun = false;
  for (let i = 0; i < n; ) {
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
