/**
 * The learners' word list (filled from the hover popup, kept in storage.local under `wordlist`):
 * validation of stored data, adding without duplicates, and the Anki export (TSV with Anki's
 * file headers, so it imports as plain text in the right columns).
 */

export interface WordEntry {
  word: string;
  pinyin?: string;
  gloss?: string;
  /** The sentence it was met in. */
  sentence?: string;
  url?: string;
  /** Epoch ms when added. */
  added?: number;
}

export const WORDLIST_KEY = 'wordlist';
export const WORDLIST_MAX = 5000;

const str = (v: unknown, max: number): string | undefined =>
  typeof v === 'string' && v.trim() ? v.trim().slice(0, max) : undefined;

/** Accepts anything read from storage; returns valid entries only (unique by word, oldest first). */
export function parseWordList(raw: unknown): WordEntry[] {
  if (!Array.isArray(raw)) return [];
  const seen = new Set<string>();
  const out: WordEntry[] = [];
  for (const r of raw) {
    if (typeof r !== 'object' || r === null) continue;
    const o = r as Record<string, unknown>;
    const word = str(o.word, 32);
    if (!word || seen.has(word)) continue;
    seen.add(word);
    const e: WordEntry = { word };
    const pinyin = str(o.pinyin, 200);
    const gloss = str(o.gloss, 500);
    const sentence = str(o.sentence, 500);
    const url = str(o.url, 2000);
    if (pinyin) e.pinyin = pinyin;
    if (gloss) e.gloss = gloss;
    if (sentence) e.sentence = sentence;
    if (url) e.url = url;
    if (typeof o.added === 'number' && Number.isFinite(o.added)) e.added = o.added;
    out.push(e);
    if (out.length >= WORDLIST_MAX) break;
  }
  return out;
}

/** The list with `entry` added (or updated in place when the word is already there). */
export function withWord(list: readonly WordEntry[], entry: WordEntry): WordEntry[] {
  const [e] = parseWordList([entry]);
  if (!e) return [...list];
  const i = list.findIndex((x) => x.word === e.word);
  if (i >= 0) return list.map((x, k) => (k === i ? { ...x, ...e } : x));
  return [...list, e].slice(-WORDLIST_MAX);
}

/** One TSV field: tabs and line breaks become spaces (Anki reads them as separators). */
export function tsvField(v: string | undefined): string {
  return (v ?? '').replace(/[\t\r\n]+/g, ' ').trim();
}

/** Anki import file: word, pinyin, gloss, sentence, source URL; `#html:false` so nothing is parsed as HTML. */
export function ankiTsv(list: readonly WordEntry[]): string {
  const head = ['#separator:tab', '#html:false', '#columns:Word\tPinyin\tMeaning\tSentence\tSource'];
  const rows = list.map((e) => [e.word, e.pinyin, e.gloss, e.sentence, e.url].map(tsvField).join('\t'));
  return [...head, ...rows].join('\n') + '\n';
}
