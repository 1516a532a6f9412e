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
  /** Is `word` a Simplified or Traditional headword (`'simplified'`: a Simplified one; for words already in Simplified)? No entry parsed, no string made: for many checks in a row. */
  has(word: string, only?: 'simplified'): boolean;
  /** Is `word` a headword whose every entry is a proper name (capitalised pinyin: 香港, 长江)? `'simplified'`: among Simplified headwords. Parses no entry. */
  isProperName(word: string, only?: 'simplified'): boolean;
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
 * Build lookups over the compact dictionary: `heads` has `simp\ttrad` per line, `info` the line's
 * `pinyin\tdef/def` (Latin-1, other characters as `&#xHEX;`). Without `chars`, both are literal
 * (trad empty when the same as simp). With `chars` (the shipped form, scripts/encode-cedict.mjs),
 * an empty trad or pinyin is derived character by character (see `Defaults`). With one argument,
 * lines hold all four fields (`simp\ttrad\tpinyin\tdef/def`), literal.
 */
export function createCedict(heads: string, info?: string, chars?: string): Cedict {
  return open(heads, info, chars).dict;
}

/** Every entry in line order (for the build's identity check and the scripts that read the whole dictionary). */
export function cedictEntries(heads: string, info: string, chars?: string): DictEntry[] {
  const { lines, parse } = open(heads, info, chars);
  return lines.map(parse);
}

/**
 * Per-character defaults of the shipped form: the first line whose headword is the one character c
 * holds its Traditional and pinyin literally and gives c's default Traditional form and syllable;
 * `chars` lines (`c\ttrad\tsyllable`, an empty field: no exception; Latin-1 with `&#xHEX;` like `info`,
 * so that the chunk holding both stays one byte per character) override them. A line with an
 * empty field (other than such a first line) reads each character's default, syllables joined by spaces.
 */
interface Defaults {
  /** Code unit → default Traditional code unit (0: the same). */
  trad: Uint16Array;
  /** Code unit → exception syllable (`chars`); else the first line's pinyin. */
  syllable: Map<number, string>;
  /** Code unit → 1 + the first line of its one-character headword (read literally); 0: none. */
  first: Uint32Array;
}

function open(heads: string, info: string | undefined, chars: string | undefined) {
  if (info === undefined) {
    const lines = heads.split('\n');
    const split = (l: string, from: number, to?: number) => l.split('\t').slice(from, to).join('\t');
    return open(lines.map((l) => split(l, 0, 2)).join('\n'), lines.map((l) => split(l, 2)).join('\n'), chars);
  }
  const text = info;
  const headAt = lineStarts(heads);
  const infoAt = lineStarts(text);
  const n = Math.min(headAt.length, infoAt.length);
  const lineEnd = (s: string, o: number) => {
    const nl = s.indexOf('\n', o);
    return nl < 0 ? s.length : nl;
  };
  const simpKey = (i: number) => {
    const o = headAt[i]!;
    const t = heads.indexOf('\t', o);
    return heads.slice(o, t < 0 || t > lineEnd(heads, o) ? lineEnd(heads, o) : t);
  };
  /** Start of line i's explicit Traditional field, or -1 when empty. */
  const tradAt = (i: number) => {
    const o = headAt[i]!;
    const t = heads.indexOf('\t', o);
    return t >= 0 && t + 1 < lineEnd(heads, o) ? t + 1 : -1;
  };
  const entries: number[] = [];
  let maxLength = 1;
  const defs: Defaults | null =
    chars === undefined ? null : { trad: new Uint16Array(65536), syllable: new Map(), first: new Uint32Array(65536) };
  for (let i = 0; i < n; i++) {
    const k = simpKey(i);
    if (!k) continue;
    entries.push(i);
    if (k.length > maxLength) maxLength = k.length;
    if (defs && k.length === 1) {
      const c = k.charCodeAt(0);
      if (defs.first[c]) continue;
      defs.first[c] = i + 1;
      const t = tradAt(i);
      if (t >= 0 && lineEnd(heads, t) === t + 1) defs.trad[c] = heads.charCodeAt(t);
    }
  }
  if (defs && chars) {
    for (const line of chars.replace(ESCAPE, (_, h: string) => String.fromCodePoint(parseInt(h, 16))).split('\n')) {
      const [c = '', t = '', y = ''] = line.split('\t');
      if (c.length !== 1) continue;
      if (t.length === 1) defs.trad[c.charCodeAt(0)] = t.charCodeAt(0);
      if (y) defs.syllable.set(c.charCodeAt(0), y);
    }
  }
  /** Is line i (headword `simp`) the first of a one-character headword (its fields literal)? */
  const isFirst = (i: number, simp: string) => simp.length === 1 && defs!.first[simp.charCodeAt(0)] === i + 1;
  // Per line, worked out once (binary searches compare against these without slicing or searching):
  // where its explicit Traditional field starts (-1: none), and whether its Traditional is derived.
  const tradStart = new Int32Array(n).fill(-1);
  const derived = new Uint8Array(n);
  for (const i of entries) {
    const t = tradAt(i);
    tradStart[i] = t;
    if (!defs || t >= 0) continue;
    // isFirst without slicing the headword: one code unit, then the tab or the line's end.
    const o = headAt[i]!;
    const next = heads.charCodeAt(o + 1);
    const single = next === 9 || next === 10 || o + 1 >= heads.length;
    if (!(single && defs.first[heads.charCodeAt(o)] === i + 1)) derived[i] = 1;
  }
  const tradKey = (i: number) => {
    const t = tradAt(i);
    if (t >= 0) return heads.slice(t, lineEnd(heads, t));
    const simp = simpKey(i);
    if (!defs || isFirst(i, simp)) return simp;
    const map = defs.trad;
    let k = 0;
    while (k < simp.length && !map[simp.charCodeAt(k)]) k++;
    if (k === simp.length) return simp;
    let out = simp.slice(0, k);
    for (; k < simp.length; k++) {
      const c = simp.charCodeAt(k);
      out += String.fromCharCode(map[c] || c);
    }
    return out;
  };
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

  /** Compare `word` with the key of line i (Simplified: the field before the tab; Traditional: after it, or the Simplified, mapped when derived) without slicing. */
  function cmp(word: string, i: number, trad: boolean): number {
    let o = headAt[i]!;
    let map: Uint16Array | null = null;
    if (trad) {
      const t = tradStart[i]!;
      if (t >= 0) o = t;
      else if (derived[i]) map = defs!.trad;
    }
    for (let k = 0; ; k++, o++) {
      let c = heads.charCodeAt(o);
      const end = o >= heads.length || c === 9 || c === 10;
      if (k === word.length) return end ? 0 : -1;
      if (end) return 1;
      if (map) c = map[c] || c;
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
  /** Entries of `word` in one index: how many, and how many with capitalised pinyin (derived pinyin is never capitalised). */
  function countCaps(index: Uint32Array, word: string, trad: boolean, acc: { all: number; caps: number }): void {
    for (let k = lowerBound(index, word, trad); k < index.length && cmp(word, index[k]!, trad) === 0; k++) {
      acc.all++;
      const c = text.charCodeAt(infoAt[index[k]!]!);
      if (c >= 65 && c <= 90) acc.caps++;
    }
  }

  /** Default syllable of a code unit: the exception, else its first line's pinyin. */
  function syllableOf(c: number): string {
    const y = defs!.syllable.get(c);
    if (y !== undefined) return y;
    const i = defs!.first[c]!;
    if (!i) return '';
    const o = infoAt[i - 1]!;
    return text.slice(o, text.indexOf('\t', o));
  }

  function parse(i: number): DictEntry {
    const o = infoAt[i]!;
    const [explicit = '', meanings = ''] = text
      .slice(o, lineEnd(text, o))
      .replace(ESCAPE, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
      .split('\t');
    const simplified = simpKey(i);
    let pinyin = explicit;
    if (!explicit && defs && !isFirst(i, simplified)) {
      const ys: string[] = [];
      for (let k = 0; k < simplified.length; k++) ys.push(syllableOf(simplified.charCodeAt(k)));
      pinyin = ys.join(' ');
    }
    return { simplified, traditional: tradKey(i), pinyin, definitions: meanings ? meanings.split('/') : [] };
  }

  const dict: Cedict = {
    maxLength,
    size: entries.length,
    has: (word, only) => word.length > 0 && (found(bySimp, word, false) || (only !== 'simplified' && found(byTrad, word, true))),
    isProperName(word, only) {
      if (!word) return false;
      const acc = { all: 0, caps: 0 };
      countCaps(bySimp, word, false, acc);
      if (only !== 'simplified') countCaps(byTrad, word, true, acc);
      return acc.all > 0 && acc.caps === acc.all;
    },
    lookup(word: string): DictEntry[] {
      if (!word) return [];
      const lines = new Set([...range(bySimp, simpKey, word), ...range(byTrad, tradKey, word)]);
      return [...lines].sort((a, b) => a - b).map(parse);
    },
  };
  return { dict, lines: entries, parse };
}

let loading: Promise<Cedict> | null = null;

/** The shipped dictionary, loaded (a separate lazily-imported chunk) on first call. */
export function loadCedict(): Promise<Cedict> {
  loading ??= import('./cedict-data').then((m) => createCedict(m.heads, m.info, m.chars));
  return loading;
}
