/**
 * Inline pinyin artefacts: flattened ruby like `機(jī)` or `網（wǎng）` left in page text.
 * `artefactReadings` finds them so their readings can be used; the text cleaning itself
 * (`stripRubyArtefacts`) lives in src/core/extract/.
 */
import { convert } from 'pinyin-pro';

// A Han character followed by one pinyin syllable with tone marks in ASCII or full-width parentheses.
const ARTEFACT_RE = /([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])[(（]([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,7})[)）]/g;
const MARKED = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]/;

export interface Artefact {
  /** UTF-16 index of the annotated Han character. */
  index: number;
  /** UTF-16 end (exclusive) of the whole artefact `X(…)`. */
  end: number;
  /** Numbered syllable, e.g. `ji1`. */
  syllable: string;
}

/** All `X(pīnyīn)` artefacts of text (only syllables that carry a tone mark or look like pinyin). */
export function findArtefacts(text: string): Artefact[] {
  const out: Artefact[] = [];
  for (const m of text.matchAll(ARTEFACT_RE)) {
    const raw = m[2]!.toLowerCase();
    if (!MARKED.test(raw) && !/^[a-z]+$/.test(raw)) continue;
    let num = convert(raw, { format: 'symbolToNum' }).replace(/ü/g, 'v');
    if (!/[1-5]$/.test(num)) num += '5';
    if (!/^[a-z]{1,6}[1-5]$/.test(num)) continue;
    out.push({ index: m.index, end: m.index + m[0].length, syllable: num });
  }
  return out;
}

/** UTF-16 index of each annotated character → its numbered syllable (`機(jī)` → 0 ↦ `ji1`). */
export function artefactReadings(text: string): Map<number, string> {
  return new Map(findArtefacts(text).map((a) => [a.index, a.syllable]));
}
