/**
 * The word under a cursor offset: the longest dictionary word (CC-CEDICT or the HSK lists)
 * covering the cursor that agrees with a segmentation of the text — the reading engine's words
 * or the platform's (Intl.Segmenter): its ends are word boundaries of that segmentation, or it
 * lies inside one of its words. So 舉行 is found from 行 and 行长 is not taken out of 银行长大.
 * The character's own entry comes second. Readings come from the in-context analysis (the same
 * ones ruby shows), definitions from CC-CEDICT, levels from the HSK lists.
 */
import { loadCedict, type Cedict, type DictEntry } from '../dict/cedict';
import { loadLevels, type WordLevels } from '../levels/levels';
import { HAN_RE } from '../text/script';
import { wordSegmenter } from '../text/word-segmenter';
import { analyse, type AnalyseOptions } from './readings';
import { numbersToMarks } from './syllable';

export interface WordLevel {
  /** HSK 3.0 (2021) level, 7 for 7–9; null when not listed. */
  hsk3: number | null;
  /** HSK 2.0 level; null when not listed. */
  hsk2: number | null;
}

export interface CharEntry {
  char: string;
  pinyin: string;
  definitions: string[];
}

export interface WordAt {
  word: string;
  /** UTF-16 offsets of the word in the text. */
  start: number;
  end: number;
  /** Pinyin with tone marks, syllables separated by spaces. */
  pinyin: string;
  /** Numbered syllables (`yin2`, `hang2`) for other display styles. */
  syllables: string[];
  simplified: string;
  traditional: string;
  definitions: string[];
  /** The dictionary entries behind the definitions (readings matching the context first). */
  entries: DictEntry[];
  /** HSK levels of the word. */
  level: WordLevel;
  /** The cursor character's own entry, when the word is longer than that character. */
  char: CharEntry | null;
  /** Cantonese reading (Jyutping, space separated), when the caller asked for it (Hong Kong pages). */
  jyutping?: string;
}

export interface WordAtOptions extends AnalyseOptions {
  dict?: Cedict;
  levels?: WordLevels;
}

const norm = (p: string) => p.toLowerCase().replace(/u:/g, 'v');

/** Segment index per code point from the platform's word segmenter (null where it has none). */
export function platformWords(text: string, count: number): number[] | null {
  const seg = wordSegmenter();
  if (!seg) return null;
  const out = new Array<number>(count);
  let cp = 0;
  let w = 0;
  for (const s of seg.segment(text)) {
    for (const _ of s.segment) {
      if (cp === count) return null; // the text is longer than the characters it should index
      out[cp++] = w;
    }
    w++;
  }
  return cp === count ? out : null;
}

/** Does [a, b) agree with a segmentation (word index per code point)? */
function agrees(words: number[], a: number, b: number): boolean {
  if (words[a] === words[b - 1]) return true; // inside one word (or the word itself)
  return (a === 0 || words[a - 1] !== words[a]) && (b === words.length || words[b] !== words[b - 1]);
}

/** Pick [startCp, endCp) of the word covering code point `ci`. */
export function chooseSpan(
  chars: string[],
  simplified: string[],
  segmentations: Array<number[] | (() => number[] | null)>,
  ci: number,
  known: (simplified: string, original: string) => boolean,
  maxLength: number,
): [number, number] {
  // A segmentation may be given lazily (the platform's, made only when the first is not enough).
  const made = new Map<number, number[] | null>();
  const seg = (k: number): number[] | null => {
    const s = segmentations[k]!;
    if (typeof s !== 'function') return s;
    let w = made.get(k);
    if (w === undefined) {
      w = s();
      made.set(k, w);
    }
    return w;
  };
  const isHan = (i: number) => i >= 0 && i < chars.length && HAN_RE.test(chars[i]!);
  let lo = ci;
  let hi = ci + 1;
  while (lo > ci - maxLength + 1 && isHan(lo - 1)) lo--;
  while (hi < ci + maxLength && isHan(hi)) hi++;
  for (let len = Math.min(maxLength, hi - lo); len > 1; len--) {
    for (let a = Math.max(lo, ci - len + 1); a <= ci && a + len <= hi; a++) {
      const b = a + len;
      if (!known(simplified.slice(a, b).join(''), chars.slice(a, b).join(''))) continue;
      for (let k = 0; k < segmentations.length; k++) {
        const w = seg(k);
        if (w && agrees(w, a, b)) return [a, b];
      }
    }
  }
  return [ci, ci + 1];
}

function definitionsFor(entries: DictEntry[], reading: string): { ordered: DictEntry[]; definitions: string[] } {
  const unique = [...new Map(entries.map((x) => [x.simplified + x.traditional + x.pinyin, x])).values()];
  const matching = unique.filter((x) => norm(x.pinyin) === reading);
  const others = unique.filter((x) => norm(x.pinyin) !== reading);
  const definitions = matching.length
    ? matching.flatMap((x) => x.definitions)
    : others.flatMap((x) => x.definitions.map((d) => `[${x.pinyin.split(' ').map(numbersToMarks).join(' ')}] ${d}`));
  return { ordered: [...matching, ...others], definitions };
}

const lookupBoth = (dict: Cedict, simplified: string, word: string) =>
  dict.lookup(simplified).concat(word !== simplified ? dict.lookup(word) : []);

/** Word under `offset` (UTF-16) in `text` (a paragraph); loads CC-CEDICT and the levels lazily on first call. */
export async function wordAt(text: string, offset: number, opts: WordAtOptions = {}): Promise<WordAt | null> {
  if (offset < 0 || offset >= text.length) return null;
  const a = analyse(text, opts);
  let ci = -1;
  for (let i = 0; i < a.chars.length; i++) {
    if (a.offsets[i]! <= offset && offset < a.offsets[i]! + a.chars[i]!.length) {
      ci = i;
      break;
    }
  }
  if (ci < 0 || !HAN_RE.test(a.chars[ci]!)) return null;
  const dict = opts.dict ?? (await loadCedict());
  const levels = opts.levels ?? (await loadLevels());
  // The platform segments the characters the engine read (inline pinyin artefacts such as 點(diǎn)
  // are not characters of the text), so its words index the same positions as a.chars.
  const segs = [a.words, () => platformWords(a.chars.join(''), a.chars.length)];
  const known = (s: string, w: string) => levels.has(w) || levels.has(s) || dict.has(s) || (w !== s && dict.has(w));
  const [s, e] = chooseSpan(a.chars, a.simplified, segs, ci, known, Math.max(dict.maxLength, levels.maxLength));
  const word = a.chars.slice(s, e).join('');
  const simplified = a.simplified.slice(s, e).join('');
  const syllables = a.syllables.slice(s, e).map((x) => x ?? '');
  const { ordered, definitions } = definitionsFor(lookupBoth(dict, simplified, word), syllables.join(' '));
  const traditional = ordered.find((x) => x.simplified === simplified)?.traditional ?? word;
  const levelOf = (list: 'hsk3' | 'hsk2') => levels.levelOf(word, list) ?? levels.levelOf(simplified, list);
  let char: CharEntry | null = null;
  if (e - s > 1) {
    const c = a.chars[ci]!;
    const syl = a.syllables[ci] ?? '';
    const own = definitionsFor(lookupBoth(dict, a.simplified[ci]!, c), syl);
    char = { char: c, pinyin: numbersToMarks(syl), definitions: own.definitions };
  }
  return {
    word,
    start: a.offsets[s]!,
    end: a.offsets[e - 1]! + a.chars[e - 1]!.length,
    pinyin: syllables.map(numbersToMarks).join(' '),
    syllables,
    simplified,
    traditional,
    definitions,
    entries: ordered,
    level: { hsk3: levelOf('hsk3'), hsk2: levelOf('hsk2') },
    char,
  };
}
