/**
 * CC-CEDICT lookups (compact form built by scripts/build-cedict.mjs; CC BY-SA 4.0, see
 * data/README.md). The dictionary stays two strings (headwords; readings and meanings in Latin-1,
 * one byte per character) plus line tables sorted by Simplified and by Traditional headword, so it
 * costs little heap; lookups are binary searches.
 */

export interface DictEntry {
  simplified: string;
  traditional: string;
  /** Numbered pinyin as in CC-CEDICT, space separated (`yin2 hang2`; proper nouns capitalised). */
  pinyin: string;
  definitions: string[];
}

export interface Cedict {
  /** Entries whose Simplified or Traditional headword is exactly `word`. */
  lookup(word: string): DictEntry[];
  /** Is `word` a Simplified or Traditional headword? (No entry parsed, no string made: for many checks in a row.) */
  has(word: string): boolean;
  /** Is `word` a headword whose every entry is a proper name (capitalised pinyin: 香港, 长江)? Parses no entry. */
  isProperName(word: string): boolean;
  /** Longest headword length in code points. */
  readonly maxLength: number;
  readonly size: number;
}

/** Line starts of a text of `\n`-terminated lines (empty lines included, so two texts stay line for line). */
function lineStarts(text: string): Uint32Array {
  const starts: number[] = [];
  for (let off = 0; off < text.length;) {
    starts.push(off);
    const nl = text.indexOf('\n', off);
    off = nl < 0 ? text.length : nl + 1;
  }
  return Uint32Array.from(starts);
}

const ESCAPE = /&#x([0-9a-f]+);/g;

/**
 * Build lookups over the compact dictionary: `heads` has `simp\ttrad` per line (trad empty when
 * the same), `info` the line's `pinyin\tdef/def` (Latin-1, other characters as `&#xHEX;`). With
 * one argument, lines hold all four fields (`simp\ttrad\tpinyin\tdef/def`).
 */
export function createCedict(heads: string, info?: string): Cedict {
  if (info === undefined) {
    const lines = heads.split('\n');
    const split = (l: string, from: number, to?: number) => l.split('\t').slice(from, to).join('\t');
    return createCedict(lines.map((l) => split(l, 0, 2)).join('\n'), lines.map((l) => split(l, 2)).join('\n'));
  }
  const headAt = lineStarts(heads);
  const infoAt = lineStarts(info);
  const n = Math.min(headAt.length, infoAt.length);
  const lineEnd = (text: string, o: number) => {
    const nl = text.indexOf('\n', o);
    return nl < 0 ? text.length : nl;
  };
  const simpKey = (i: number) => {
    const o = headAt[i]!;
    const t = heads.indexOf('\t', o);
    return heads.slice(o, t < 0 || t > lineEnd(heads, o) ? lineEnd(heads, o) : t);
  };
  const tradKey = (i: number) => {
    const o = headAt[i]!;
    const e = lineEnd(heads, o);
    const t = heads.indexOf('\t', o);
    return t >= 0 && t + 1 < e ? heads.slice(t + 1, e) : simpKey(i);
  };
  const entries: number[] = [];
  let maxLength = 1;
  for (let i = 0; i < n; i++) {
    const k = simpKey(i);
    if (!k) continue;
    entries.push(i);
    if (k.length > maxLength) maxLength = k.length;
  }
  // Lines sorted by a key (the build writes them sorted by Simplified headword: no sort needed then).
  const order = (key: (i: number) => string) => {
    const keys: string[] = new Array(n);
    for (const i of entries) keys[i] = key(i);
    const sorted = entries.every((i, k) => k === 0 || keys[entries[k - 1]!]! <= keys[i]!);
    return Uint32Array.from(sorted ? entries : [...entries].sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : a - b)));
  };
  const bySimp = order(simpKey);
  const byTrad = order(tradKey);

  function range(index: Uint32Array, key: (i: number) => string, word: string): number[] {
    let lo = 0;
    let hi = index.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (key(index[mid]!) < word) lo = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    for (let i = lo; i < index.length && key(index[i]!) === word; i++) out.push(index[i]!);
    return out;
  }

  /** Compare `word` with the key of line i (Simplified: the field before the tab; Traditional: after it, or the Simplified when empty) without slicing. */
  function cmp(word: string, i: number, trad: boolean): number {
    let o = headAt[i]!;
    if (trad) {
      const t = heads.indexOf('\t', o);
      const e = lineEnd(heads, o);
      if (t >= 0 && t + 1 < e) o = t + 1;
    }
    for (let k = 0; ; k++, o++) {
      const c = heads.charCodeAt(o);
      const end = o >= heads.length || c === 9 || c === 10;
      if (k === word.length) return end ? 0 : -1;
      if (end) return 1;
      const d = word.charCodeAt(k) - c;
      if (d !== 0) return d;
    }
  }
  /** First position in `index` whose key is ≥ word. */
  function lowerBound(index: Uint32Array, word: string, trad: boolean): number {
    let lo = 0;
    let hi = index.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cmp(word, index[mid]!, trad) > 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  function found(index: Uint32Array, word: string, trad: boolean): boolean {
    const at = lowerBound(index, word, trad);
    return at < index.length && cmp(word, index[at]!, trad) === 0;
  }
  /** Entries of `word` in one index: how many, and how many with capitalised pinyin. */
  function countCaps(index: Uint32Array, word: string, trad: boolean, acc: { all: number; caps: number }): void {
    for (let k = lowerBound(index, word, trad); k < index.length && cmp(word, index[k]!, trad) === 0; k++) {
      acc.all++;
      const c = info!.charCodeAt(infoAt[index[k]!]!);
      if (c >= 65 && c <= 90) acc.caps++;
    }
  }

  function parse(i: number): DictEntry {
    const o = infoAt[i]!;
    const [pinyin = '', defs = ''] = info!
      .slice(o, lineEnd(info!, o))
      .replace(ESCAPE, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
      .split('\t');
    const simplified = simpKey(i);
    return { simplified, traditional: tradKey(i), pinyin, definitions: defs ? defs.split('/') : [] };
  }

  return {
    maxLength,
    size: entries.length,
    has: (word) => word.length > 0 && (found(bySimp, word, false) || found(byTrad, word, true)),
    isProperName(word) {
      if (!word) return false;
      const acc = { all: 0, caps: 0 };
      countCaps(bySimp, word, false, acc);
      countCaps(byTrad, word, true, acc);
      return acc.all > 0 && acc.caps === acc.all;
    },
    lookup(word: string): DictEntry[] {
      if (!word) return [];
      const lines = new Set([...range(bySimp, simpKey, word), ...range(byTrad, tradKey, word)]);
      return [...lines].sort((a, b) => a - b).map(parse);
    },
  };
}

let loading: Promise<Cedict> | null = null;

/** The shipped dictionary, loaded (a separate lazily-imported chunk) on first call. */
export function loadCedict(): Promise<Cedict> {
  loading ??= import('./cedict-data').then((m) => createCedict(m.heads, m.info));
  return loading;
}
