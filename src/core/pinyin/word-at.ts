/**
 * The word under a cursor offset: the shared segmentation's word when the dictionary knows it,
 * else the longest dictionary match covering the cursor, else the character. Readings come from
 * the in-context analysis (the same ones ruby shows), definitions from CC-CEDICT.
 */
import { loadCedict, type Cedict, type DictEntry } from '../dict/cedict';
import { HAN_RE } from '../text/script';
import { analyse, type AnalyseOptions } from './readings';
import { numbersToMarks } from './syllable';

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
}

const norm = (p: string) => p.toLowerCase().replace(/u:/g, 'v');

/** Pick [startCp, endCp) of the word covering code point `ci`. */
function chooseSpan(chars: string[], simplified: string[], words: number[], ci: number, dict: Cedict): [number, number] {
  const isHan = (i: number) => i >= 0 && i < chars.length && HAN_RE.test(chars[i]!);
  let s = ci;
  let e = ci + 1;
  while (s > 0 && words[s - 1] === words[ci] && isHan(s - 1)) s--;
  while (e < chars.length && words[e] === words[ci] && isHan(e)) e++;
  if (e - s > 1 && dict.lookup(simplified.slice(s, e).join('')).length) return [s, e];
  const max = Math.max(1, dict.maxLength);
  let best: [number, number] = [ci, ci + 1];
  for (let a = ci; a > ci - max && isHan(a); a--) {
    for (let b = Math.min(chars.length, a + max); b > Math.max(ci + 1, a + (best[1] - best[0])); b--) {
      let ok = true;
      for (let k = a; k < b; k++) if (!isHan(k)) { ok = false; break; }
      if (ok && dict.lookup(simplified.slice(a, b).join('')).length) { best = [a, b]; break; }
    }
  }
  return best;
}

/** Word under `offset` (UTF-16) in `text` (a paragraph); loads CC-CEDICT lazily on first call. */
export async function wordAt(text: string, offset: number, opts: AnalyseOptions & { dict?: Cedict } = {}): Promise<WordAt | null> {
  if (offset < 0 || offset >= text.length) return null;
  const a = analyse(text, opts);
  let ci = -1;
  for (let i = 0; i < a.chars.length; i++) {
    if (a.offsets[i]! <= offset && offset < a.offsets[i]! + a.chars[i]!.length) { ci = i; break; }
  }
  if (ci < 0 || !HAN_RE.test(a.chars[ci]!)) return null;
  const dict = opts.dict ?? (await loadCedict());
  const [s, e] = chooseSpan(a.chars, a.simplified, a.words, ci, dict);
  const word = a.chars.slice(s, e).join('');
  const simplified = a.simplified.slice(s, e).join('');
  const syllables = a.syllables.slice(s, e).map((x) => x ?? '');
  const reading = syllables.join(' ');
  const entries = dict.lookup(simplified).concat(word !== simplified ? dict.lookup(word) : []);
  const unique = [...new Map(entries.map((x) => [x.simplified + x.traditional + x.pinyin, x])).values()];
  const matching = unique.filter((x) => norm(x.pinyin) === reading);
  const others = unique.filter((x) => norm(x.pinyin) !== reading);
  const ordered = [...matching, ...others];
  const definitions = matching.length
    ? matching.flatMap((x) => x.definitions)
    : others.flatMap((x) => x.definitions.map((d) => `[${x.pinyin.split(' ').map(numbersToMarks).join(' ')}] ${d}`));
  const traditional = ordered.find((x) => x.simplified === simplified)?.traditional ?? word;
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
  };
}
