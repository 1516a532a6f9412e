/**
 * Article difficulty: the words of a text (Dubao's segmentation, the same the readings use) with
 * their HSK level, and coverage — running words by level, the level a reader needs to know 95% of
 * them, and with a known-word list the reader's own share. Numbers, names and other entities are
 * not counted against the reader.
 *
 * The unit agrees with the segmentation, adjusted toward the list: a segment the list lacks is cut
 * into listed words when they spell it exactly (国家主席 → 国家 + 主席), and neighbouring segments
 * that together spell a listed word are joined (不 + 好意思 → 不好意思).
 */
import type { Analysis } from '../pinyin/readings';
import { MAX_LEVEL, type LevelList, type WordLevels } from './levels';

export interface VocabToken {
  text: string;
  /** UTF-16 offsets in the text. */
  start: number;
  end: number;
  /** Numbered syllables, space separated. */
  syllables: string;
  /** Level in the chosen list, null when not listed. */
  level: number | null;
  /** Why the token is not counted against the reader (a number, a name or other entity). */
  skip?: 'number' | 'name';
  /** With a known-word list: does the reader know it? */
  known?: boolean;
}

export interface Coverage {
  /** Counted running words by level ("1".."7") and "none" (not in the list). */
  byLevel: Record<string, number>;
  /** Running words counted (entities and numbers left out). */
  counted: number;
  /** Running words left out (numbers, names). */
  skipped: number;
  /** The lowest level whose words (with all below) cover ≥ 95% of the counted words; the list's top level when none does. */
  level95: number;
  /** Whether level95 actually reaches 95% (false: too many words outside the list). */
  reached95: boolean;
  /** Share of counted words the reader knows (0–1), null without a known-word list. */
  known: number | null;
}

export interface VocabOptions {
  list?: LevelList;
  /** Words the reader knows (Simplified or Traditional forms). */
  known?: ReadonlySet<string>;
  /**
   * Spans (UTF-16) of names and other entities found by the caller (e.g. the summary engine). Every
   * word of a person's name is left out; in other entities (places, organisations) only words the
   * list lacks (a listed word such as 中国 or 政府 still counts).
   */
  entities?: ReadonlyArray<{ start: number; end: number; type?: string }>;
  /** A dictionary's say on words the list lacks (CC-CEDICT): single characters the list lacks are joined with their neighbours into such a word (政|务 → 政务). */
  isWord?: (simplified: string) => boolean;
  /** A dictionary's say on proper names (CC-CEDICT's capitalised entries: 香港, 长江), for words the list lacks. */
  isProperName?: (simplified: string) => boolean;
}

const NUMERAL = /^[零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟第几多余]+$/;

interface Piece {
  a: number;
  b: number;
  /** Level once looked up (undefined: not yet). */
  lv?: number | null;
}

/** HAN_RE on the first code unit (CJK, Extension A, compatibility ideographs, the astral planes' high surrogates). */
const hanCode = (c: number) =>
  (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xd840 && c <= 0xd87f);

/** Split [a, b) into listed words by longest match, or null when some part is not listed. */
function splitListed(a: number, b: number, listedAt: (a: number, b: number) => boolean, maxLen: number): Piece[] | null {
  const out: Piece[] = [];
  for (let i = a; i < b;) {
    let j = Math.min(b, i + maxLen);
    while (j > i + 1 && !listedAt(i, j)) j--;
    if (!listedAt(i, j)) return null;
    out.push({ a: i, b: j });
    i = j;
  }
  return out;
}

function syllablesOf(syllables: Array<string | null>, p: Piece): string {
  let out = syllables[p.a] ?? '';
  for (let i = p.a + 1; i < p.b; i++) out += ' ' + (syllables[i] ?? '');
  return out;
}

/** Words of an analysed text with their levels, and the text's coverage. */
export function vocabulary(an: Analysis, levels: WordLevels, opts: VocabOptions = {}): { tokens: VocabToken[]; coverage: Coverage } {
  const list = opts.list ?? 'hsk3';
  const { chars, simplified, words, offsets, syllables } = an;
  const n = chars.length;
  const han = (i: number) => i < n && hanCode(chars[i]!.charCodeAt(0));
  // Texts and UTF-16 offsets per code point of both scripts: a word is one slice, not a join.
  const origText = chars.join('');
  const simpText = simplified === chars ? origText : simplified.join('');
  const sOff = simplified === chars ? offsets : new Array<number>(n);
  if (sOff !== offsets)
    for (let i = 0, o = 0; i < n; i++) {
      sOff[i] = o;
      o += simplified[i]!.length;
    }
  const endOf = (off: number[], text: string, b: number) => (b < n ? off[b]! : text.length);
  const word = (p: Piece) => origText.slice(offsets[p.a], endOf(offsets, origText, p.b));
  const simp = (p: Piece) => simpText.slice(sOff[p.a], endOf(sOff, simpText, p.b));
  const levelOf = (s: string, w: string) => levels.levelOf(w, list) ?? (s === w ? null : levels.levelOf(s, list));
  const listed = (s: string, w: string) => levelOf(s, w) !== null;
  // Span [a, b) listed? Numbers first: two-character starts no listed word has are most candidates.
  const pairOk = (text: string, off: number[], a: number) => levels.pairStarts(text.charCodeAt(off[a]!), text.charCodeAt(off[a]! + 1));
  const listedAt = (a: number, b: number) =>
    (b - a === 1 || pairOk(origText, offsets, a) || (simpText !== origText && pairOk(simpText, sOff, a))) &&
    listed(simp({ a, b }), word({ a, b }));
  const maxLen = Math.min(levels.maxLength, 8);
  const pieceLevel = (p: Piece) => (p.lv !== undefined ? p.lv : (p.lv = levelOf(simp(p), word(p))));

  // Entities (UTF-16 spans) as a per-code-point mark.
  const inEntity = new Uint8Array(n);
  if (opts.entities?.length) {
    let ci = 0;
    const sorted = [...opts.entities].sort((x, y) => x.start - y.start);
    for (const e of sorted) {
      while (ci < n && offsets[ci]! < e.start) ci++;
      for (let i = ci; i < n && offsets[i]! < e.end; i++) inEntity[i] = e.type === 'PER' ? 2 : 1;
    }
  }

  // 1. Han segments of the engine's segmentation.
  const segs: Piece[] = [];
  for (let i = 0; i < n;) {
    if (!han(i)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && han(j) && words[j] === words[i]) j++;
    segs.push({ a: i, b: j });
    i = j;
  }
  // 2. Toward the list: join neighbours that spell a listed word (longest first), cut unlisted segments into listed words.
  const pieces: Piece[] = [];
  for (let k = 0; k < segs.length;) {
    let joined = 0;
    for (let m = Math.min(segs.length, k + 4); m > k + 1; m--) {
      const p = { a: segs[k]!.a, b: segs[m - 1]!.b };
      let contiguous = p.b - p.a <= maxLen;
      for (let q = k + 1; q < m && contiguous; q++) contiguous = segs[q]!.a === segs[q - 1]!.b;
      if (contiguous && listedAt(p.a, p.b)) {
        pieces.push(p);
        joined = m - k;
        break;
      }
    }
    if (joined) {
      k += joined;
      continue;
    }
    const s = segs[k]!;
    const split =
      s.b - s.a > 1 && !inEntity[s.a] && pieceLevel(s) === null && !opts.isProperName?.(simp(s))
        ? splitListed(s.a, s.b, listedAt, maxLen)
        : null;
    if (split) pieces.push(...split);
    else pieces.push(s);
    k++;
  }
  // 3. Characters the list lacks, standing alone (the segmenters did not know their word: 政|务,
  // 营|商): joined with neighbours into a dictionary word, else a run of them into one unknown word.
  const isLone = (p: Piece) => p.b - p.a === 1 && !inEntity[p.a] && pieceLevel(p) === null && !NUMERAL.test(simp(p));
  const loneFlags = pieces.map(isLone);
  const lone = (q: number) => loneFlags[q]!;
  const tokensOut: Piece[] = [];
  for (let k = 0; k < pieces.length;) {
    let done = false;
    for (let m = Math.min(pieces.length, k + 3); m > k + 1 && !done; m--) {
      const p = { a: pieces[k]!.a, b: pieces[m - 1]!.b };
      let ok = p.b - p.a <= 4;
      let hasLone = false;
      for (let q = k; q < m && ok; q++) {
        if (q > k) ok = pieces[q]!.a === pieces[q - 1]!.b;
        if (lone(q)) hasLone = true;
        if (inEntity[pieces[q]!.a]) ok = false;
      }
      if (ok && hasLone && opts.isWord?.(simp(p))) {
        tokensOut.push(p);
        k = m;
        done = true;
      }
    }
    if (done) continue;
    if (lone(k)) {
      let m = k + 1;
      while (m < pieces.length && m - k < 4 && pieces[m]!.a === pieces[m - 1]!.b && lone(m)) m++;
      tokensOut.push(m === k + 1 ? pieces[k]! : { a: pieces[k]!.a, b: pieces[m - 1]!.b, lv: null });
      k = m;
      continue;
    }
    tokensOut.push(pieces[k]!);
    k++;
  }

  const byLevel: Record<string, number> = {};
  for (let l = 1; l <= MAX_LEVEL[list]; l++) byLevel[String(l)] = 0;
  byLevel.none = 0;
  let counted = 0;
  let skipped = 0;
  let known = 0;
  const tokens: VocabToken[] = tokensOut.map((p) => {
    const text = word(p);
    const s = simp(p);
    const level = pieceLevel(p);
    const t: VocabToken = {
      text,
      start: offsets[p.a]!,
      end: offsets[p.b - 1]! + chars[p.b - 1]!.length,
      syllables: syllablesOf(syllables, p),
      level,
    };
    let entity = 0;
    for (let i = p.a; i < p.b; i++) entity = Math.max(entity, inEntity[i]!);
    if (level === null && NUMERAL.test(s)) t.skip = 'number';
    else if (entity === 2 || (level === null && (entity === 1 || opts.isProperName?.(s)))) t.skip = 'name';
    if (t.skip) {
      skipped++;
      return t;
    }
    counted++;
    byLevel[level === null ? 'none' : String(level)]!++;
    if (opts.known) {
      t.known = opts.known.has(text) || opts.known.has(s);
      if (t.known) known++;
    }
    return t;
  });
  let level95 = MAX_LEVEL[list];
  let reached95 = false;
  let cum = 0;
  for (let l = 1; l <= MAX_LEVEL[list]; l++) {
    cum += byLevel[String(l)]!;
    if (counted === 0 || cum / counted >= 0.95) {
      level95 = l;
      reached95 = true;
      break;
    }
  }
  return {
    tokens,
    coverage: { byLevel, counted, skipped, level95, reached95, known: opts.known ? (counted ? known / counted : 1) : null },
  };
}

/**
 * Which code points level-adaptive ruby annotates: those of words above `level` (or in no list)
 * that the reader does not know; numbers are left bare. Returns the per-code-point mask and the
 * words chosen (the count the page shows and the tests check).
 */
export function aboveLevel(
  an: Analysis,
  levels: WordLevels,
  opts: VocabOptions & { level: number },
): { mask: Uint32Array; words: VocabToken[] } {
  const { tokens } = vocabulary(an, levels, opts);
  // 0: left bare; k ≥ 1: the k-th word chosen (ruby groups a word's syllables by it).
  const mask = new Uint32Array(an.chars.length);
  const words: VocabToken[] = [];
  let cp = 0;
  for (const t of tokens) {
    if (t.skip === 'number' || t.known || (t.level !== null && t.level <= opts.level)) continue;
    if (opts.known?.has(t.text)) continue;
    words.push(t);
    while (cp < an.offsets.length && an.offsets[cp]! < t.start) cp++;
    for (let i = cp; i < an.offsets.length && an.offsets[i]! < t.end; i++) mask[i] = words.length;
  }
  return { mask, words };
}
