/**
 * HSK word levels (HSK 3.0, the 2021 standard: 1–6 and 7 for levels 7–9; HSK 2.0: 1–6), for
 * Simplified and Traditional forms, from the table scripts/build-hsk-levels.mjs compiles (MIT data,
 * see data/README.md). Lookups are Map gets; a word listed only with the 儿 suffix (一会儿) is also
 * found without it (一会), as news text writes it.
 */

export const LEVEL_LISTS = ['hsk3', 'hsk2'] as const;
export type LevelList = (typeof LEVEL_LISTS)[number];

/** Highest level of each list (HSK 3.0's 7 stands for the band 7–9). */
export const MAX_LEVEL: Record<LevelList, number> = { hsk3: 7, hsk2: 6 };

/** "HSK 3.0 · 4", "HSK 3.0 · 7–9", "HSK 2.0 · 5". */
export function levelLabel(list: LevelList, level: number): string {
  return `${list === 'hsk3' ? 'HSK 3.0' : 'HSK 2.0'} · ${list === 'hsk3' && level === 7 ? '7–9' : level}`;
}

export interface WordLevels {
  /** Level of `word` (Simplified or Traditional) in `list`, or null when the list lacks it. */
  levelOf(word: string, list: LevelList): number | null;
  /** Is `word` in either list (any form)? */
  has(word: string): boolean;
  /**
   * Could a listed word of two or more code units begin with these two? False only when none does
   * (a pre-check on numbers, so that most candidate spans need no string made and looked up).
   */
  pairStarts(first: number, second: number): boolean;
  /** Longest word in code points. */
  readonly maxLength: number;
  readonly size: number;
}

const PAIR_BITS = 1 << 20;
const pairHash = (a: number, b: number) => (Math.imul(a, 0x9e3779b1) ^ b) & (PAIR_BITS - 1);

/** Levels packed in one number: HSK 3.0 level × 8 + HSK 2.0 level (0 = not in that list). */
const pack = (n: number, o: number) => n * 8 + o;

/** Parse the compiled table (`simp \t trad,trad \t hsk3 \t hsk2` per line). */
export function createLevels(text: string): WordLevels {
  const map = new Map<string, number>();
  let maxLength = 1;
  let size = 0;
  const put = (w: string, v: number) => {
    const old = map.get(w);
    // A form shared by two entries keeps the lower level of each list.
    if (old === undefined) map.set(w, v);
    else {
      const lo = (a: number, b: number) => (a && b ? Math.min(a, b) : a || b);
      map.set(w, pack(lo(old >> 3, v >> 3), lo(old & 7, v & 7)));
    }
    const n = [...w].length;
    if (n > maxLength) maxLength = n;
  };
  // Simplified forms first: a Traditional form that is also a Simplified word (後/后 aside, 乾, 瞭…)
  // never changes that word's level.
  const trads: Array<[string, number]> = [];
  for (const line of text.split('\n')) {
    if (!line) continue;
    const [simp = '', trad = '', n = '', o = ''] = line.split('\t');
    const v = pack(Number(n) || 0, Number(o) || 0);
    if (!simp || v === 0) continue;
    size++;
    put(simp, v);
    for (const t of trad ? trad.split(',') : []) trads.push([t, v]);
  }
  const simps = new Set(map.keys());
  for (const [t, v] of trads) if (!simps.has(t)) put(t, v);
  // 儿化 forms also without 儿 (一会儿 → 一会, 一点儿 → 一点), unless listed on their own.
  const listed = [...map]; // a copy: the loop adds to map
  for (const [w, v] of listed) {
    if (w.length > 2 && (w.endsWith('儿') || w.endsWith('兒'))) {
      const bare = w.slice(0, -1);
      if (!map.has(bare)) map.set(bare, v);
    }
  }
  // Two-code-unit starts of listed words as a hashed bit table (a false "yes" costs one Map lookup,
  // a "no" none), and one-code-unit words in an array: most look-ups then hash no string.
  const pairs = new Uint8Array(PAIR_BITS >> 3);
  const single = new Uint8Array(0x10000);
  for (const [w, v] of map) {
    if (w.length === 1) single[w.charCodeAt(0)] = v;
    else {
      const h = pairHash(w.charCodeAt(0), w.charCodeAt(1));
      pairs[h >> 3]! |= 1 << (h & 7);
    }
  }
  const get = (word: string) => (word.length === 1 ? single[word.charCodeAt(0)]! : (map.get(word) ?? 0));
  return {
    maxLength,
    size,
    has: (word) => get(word) !== 0,
    pairStarts: (a, b) => {
      const h = pairHash(a, b);
      return (pairs[h >> 3]! & (1 << (h & 7))) !== 0;
    },
    levelOf(word, list) {
      const v = get(word);
      const l = list === 'hsk3' ? v >> 3 : v & 7;
      return l || null;
    },
  };
}

let loading: Promise<WordLevels> | null = null;

/** The shipped levels, loaded (a separate lazily-imported chunk) on first call. */
export function loadLevels(): Promise<WordLevels> {
  loading ??= import('./levels-data').then((m) => createLevels(m.levelsText));
  return loading;
}
