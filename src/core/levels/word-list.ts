/**
 * Plain word lists in and out: one word a line. Reading also accepts Pleco exports
 * (`银行[銀行]\tyin2hang2\tbank`, `// category` lines) and Anki notes exported as text (`#separator:tab`
 * headers, the word in the first field, HTML around it): the first run of Han characters of each
 * line is the word, and a `[…]` right after it is its other script.
 */
const HAN_RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{3134f}]+/u;

/** Words of a list, in order, without duplicates (at most `max`). */
export function parseWordList(text: string, max = Infinity): string[] {
  const out = new Set<string>();
  for (const raw of text.split(/\r?\n/)) {
    if (out.size >= max) break;
    const line = raw.replace(/^\uFEFF/, '');
    if (!line.trim() || line.startsWith('#') || line.startsWith('//')) continue;
    // The first field (tab, or Anki's ; and , separators), without HTML tags.
    const field = (line.split('\t')[0] ?? '').replace(/<[^>]*>/g, '').replace(/&nbsp;/g, ' ');
    const m = HAN_RUN.exec(field) ?? HAN_RUN.exec(line.replace(/<[^>]*>/g, ''));
    if (!m) continue;
    out.add(m[0]);
    const alt = /^\[([^\]]+)\]/.exec(field.slice(m.index + m[0].length));
    const other = alt && HAN_RUN.exec(alt[1]!);
    if (other && out.size < max) out.add(other[0]);
  }
  return [...out];
}

/** A word list as text: one word a line. */
export function formatWordList(words: Iterable<string>): string {
  let s = '';
  for (const w of words) s += w + '\n';
  return s;
}
