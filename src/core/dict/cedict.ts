/**
 * CC-CEDICT lookups (compact form built by scripts/build-cedict.mjs; CC BY-SA 4.0, see
 * data/README.md). The dictionary stays one string plus two sorted offset tables (by Simplified
 * and by Traditional headword), so it costs little heap; lookups are binary searches.
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
  /** Longest headword length in code points. */
  readonly maxLength: number;
  readonly size: number;
}

function fieldEnd(text: string, from: number): number {
  const t = text.indexOf('\t', from);
  return t < 0 ? text.length : t;
}

/** Build lookups over the compact text (one `simp\ttrad\tpinyin\tdef/def` line per entry). */
export function createCedict(text: string): Cedict {
  const starts: number[] = [];
  let maxLength = 1;
  for (let off = 0; off < text.length; ) {
    const nl = text.indexOf('\n', off);
    const end = nl < 0 ? text.length : nl;
    if (end > off) {
      starts.push(off);
      const k = fieldEnd(text, off) - off;
      if (k > maxLength) maxLength = k;
    }
    off = end + 1;
  }
  const simpKey = (o: number) => text.slice(o, fieldEnd(text, o));
  const tradKey = (o: number) => {
    const a = fieldEnd(text, o) + 1;
    const b = fieldEnd(text, a);
    return b > a ? text.slice(a, b) : text.slice(o, a - 1);
  };
  const bySimp = Uint32Array.from(starts);
  const simpKeys = starts.map(simpKey);
  const isSorted = simpKeys.every((k, i) => i === 0 || simpKeys[i - 1]! <= k);
  if (!isSorted) {
    const order = starts.map((_, i) => i).sort((a, b) => (simpKeys[a]! < simpKeys[b]! ? -1 : simpKeys[a]! > simpKeys[b]! ? 1 : 0));
    order.forEach((j, i) => (bySimp[i] = starts[j]!));
  }
  const tradKeys = starts.map(tradKey);
  const byTrad = Uint32Array.from(
    starts.map((_, i) => i).sort((a, b) => (tradKeys[a]! < tradKeys[b]! ? -1 : tradKeys[a]! > tradKeys[b]! ? 1 : 0)).map((i) => starts[i]!),
  );

  function range(index: Uint32Array, key: (o: number) => string, word: string): number[] {
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

  function parse(o: number): DictEntry {
    const nl = text.indexOf('\n', o);
    const [simplified = '', trad = '', pinyin = '', defs = ''] = text.slice(o, nl < 0 ? text.length : nl).split('\t');
    return { simplified, traditional: trad || simplified, pinyin, definitions: defs ? defs.split('/') : [] };
  }

  return {
    maxLength,
    size: starts.length,
    lookup(word: string): DictEntry[] {
      if (!word) return [];
      const offs = new Set([...range(bySimp, simpKey, word), ...range(byTrad, tradKey, word)]);
      return [...offs].sort((a, b) => a - b).map(parse);
    },
  };
}

let loading: Promise<Cedict> | null = null;

/** The shipped dictionary, loaded (a separate lazily-imported chunk) on first call. */
export function loadCedict(): Promise<Cedict> {
  loading ??= import('./data/cedict.txt?raw').then((m) => createCedict(m.default));
  return loading;
}
