/**
 * Flattened ruby annotations: pages that render `<ruby>機<rt>jī</rt></ruby>` to plain text (or copy
 * it) leave `機(jī)`. We count them and remove the reading. A damaged form `?bào)` (the character
 * lost to "?" and the opening bracket gone) is repaired from the page's own intact artefacts
 * (same syllable → same character) and otherwise dropped.
 */

const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
const SYLLABLE = `[a-zü${TONED}]{1,6}`;
const HAN = '[\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff]';
/** A Han character followed by a pinyin syllable in ASCII or full-width brackets. */
const INTACT_RE = new RegExp(`(${HAN})[(（](${SYLLABLE})[)）]`, 'g');
/** "?" + syllable + ")" — a damaged artefact whose character was lost. */
const DAMAGED_RE = new RegExp(`[?？](${SYLLABLE})[)）]`, 'g');
const TONE_RE = new RegExp(`[${TONED}]`);

/** A syllable counts only with a tone mark: `(de)`, `(ok)` or `(app)` are left alone. */
function isToned(s: string): boolean {
  return TONE_RE.test(s);
}

export interface RubyStrip {
  text: string;
  count: number;
}

/** Remove flattened pinyin readings (`機(jī)` → `機`) and count them. */
export function stripRubyArtefacts(text: string, learned?: ReadonlyMap<string, string>): RubyStrip {
  let count = 0;
  const bySyllable = new Map<string, string>(learned ?? []);
  let out = text.replace(INTACT_RE, (m, ch: string, py: string) => {
    if (!isToned(py)) return m;
    count++;
    if (!bySyllable.has(py)) bySyllable.set(py, ch);
    return ch;
  });
  out = out.replace(DAMAGED_RE, (m, py: string) => {
    if (!isToned(py)) return m;
    return bySyllable.get(py) ?? '';
  });
  return { text: out, count };
}

/** Syllable → character as the page's own intact artefacts show them (first occurrence wins). */
export function learnRubyMap(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of text.matchAll(INTACT_RE)) if (isToned(m[2]!) && !map.has(m[2]!)) map.set(m[2]!, m[1]!);
  return map;
}

/** Count-only variant (cheap check whether a page carries artefacts at all). */
export function countRubyArtefacts(text: string): number {
  let n = 0;
  for (const m of text.matchAll(INTACT_RE)) if (isToned(m[2]!)) n++;
  return n;
}
