/**
 * The learners' word list (filled from the hover popup, kept in storage.local under `wordlist`):
 * validation of stored data, adding without duplicates within a visible bound (never dropping a
 * word silently), and the sentence-card exports: Anki TSV (quoted as Anki's importer reads it) and
 * CSV. Each entry is a sentence card: word, reading in context, definition, level, the sentence it
 * was met in with the word marked, the headline and URL of the page.
 */
import { csvField } from './csv';
import { stripBidi } from '../text/bidi';

export interface WordEntry {
  /** The word; for a sentence card (`kind: 'sentence'`), the sentence itself. */
  word: string;
  /** 'sentence': a card for a whole sentence the learner kept (the panel's key sentences), not a word. */
  kind?: 'sentence';
  /** The reading in context (pinyin). */
  pinyin?: string;
  /** The definition. */
  gloss?: string;
  /** The word's level, e.g. "HSK 3.0 · 4" (filled by callers that know it). */
  level?: string;
  /** The sentence it was met in. */
  sentence?: string;
  /** Where the word stands in `sentence` (UTF-16 offset); its first occurrence when absent. */
  at?: number;
  /** The headline of the page. */
  title?: string;
  url?: string;
  /** Epoch ms when added. */
  added?: number;
}

export const WORDLIST_KEY = 'wordlist';
/** The longest sentence kept on a sentence card (and the longest sentence a word card carries). */
export const MAX_CARD_SENTENCE = 500;
/** The most words the list holds. */
export const WORDLIST_MAX = 5000;
/** From this many words on, every add warns that the list is nearly full (export, then make room). */
export const WORDLIST_WARN_AT = WORDLIST_MAX - 100;

const str = (v: unknown, max: number): string | undefined => {
  if (typeof v !== 'string') return undefined;
  const s = stripBidi(v).trim().slice(0, max);
  return s || undefined;
};

/** One entry validated (fields trimmed, bounded, bidi controls removed), or null. */
function parseEntry(r: unknown): WordEntry | null {
  if (typeof r !== 'object' || r === null) return null;
  const o = r as Record<string, unknown>;
  const kind = o.kind === 'sentence' ? 'sentence' : undefined;
  const word = str(o.word, kind ? MAX_CARD_SENTENCE : 32);
  if (!word) return null;
  const e: WordEntry = kind ? { word, kind } : { word };
  const pinyin = str(o.pinyin, 200);
  const gloss = str(o.gloss, 500);
  const level = str(o.level, 40);
  const sentence = str(o.sentence, MAX_CARD_SENTENCE);
  const title = str(o.title, 300);
  const url = str(o.url, 2000);
  if (pinyin) e.pinyin = pinyin;
  if (gloss) e.gloss = gloss;
  if (level) e.level = level;
  if (sentence) {
    e.sentence = sentence;
    const at = o.at;
    if (typeof at === 'number' && Number.isInteger(at) && at >= 0 && sentence.startsWith(word, at)) e.at = at;
  }
  if (title) e.title = title;
  if (url) e.url = url;
  if (typeof o.added === 'number' && Number.isFinite(o.added)) e.added = o.added;
  return e;
}

/** Accepts anything read from storage; returns valid entries only (unique by word, oldest first). */
export function parseWordList(raw: unknown): WordEntry[] {
  if (!Array.isArray(raw)) return [];
  const seen = new Set<string>();
  const out: WordEntry[] = [];
  for (const r of raw) {
    const e = parseEntry(r);
    if (!e || seen.has(e.word)) continue;
    seen.add(e.word);
    out.push(e);
    if (out.length >= WORDLIST_MAX) break;
  }
  return out;
}

/** How full the list is, for the count the UI shows ("Word list 4,912 / 5,000"). */
export interface WordListStatus {
  count: number;
  max: number;
  /** At WORDLIST_WARN_AT or more: time to export and make room. */
  nearlyFull: boolean;
  full: boolean;
}

export function wordListStatus(list: readonly WordEntry[]): WordListStatus {
  return { count: list.length, max: WORDLIST_MAX, nearlyFull: list.length >= WORDLIST_WARN_AT, full: list.length >= WORDLIST_MAX };
}

/**
 * What an add did, for the UI to show: `added` / `updated` (the word was there), `full` (nothing
 * changed: the list holds WORDLIST_MAX words; export it, then make room with `withoutOldest`), or
 * `invalid` (no word). `warning` is set from WORDLIST_WARN_AT words on, before anything is refused.
 */
export interface AddResult {
  list: WordEntry[];
  outcome: 'added' | 'updated' | 'full' | 'invalid';
  status: WordListStatus;
  warning: string | null;
}

function warningOf(status: WordListStatus): string | null {
  if (status.full) return `The word list is full (${status.count} of ${status.max} words): export it, then remove old words to add more.`;
  if (status.nearlyFull) return `The word list is nearly full (${status.count} of ${status.max} words): export it soon.`;
  return null;
}

/** The list with `entry` added at the end (or updated in place when the word is there); a full list is left as it is. */
export function addWord(list: readonly WordEntry[], entry: WordEntry): AddResult {
  const e = parseEntry(entry);
  const result = (l: WordEntry[], outcome: AddResult['outcome']): AddResult => {
    const status = wordListStatus(l);
    return { list: l, outcome, status, warning: warningOf(status) };
  };
  if (!e) return result([...list], 'invalid');
  const i = list.findIndex((x) => x.word === e.word);
  if (i >= 0)
    return result(
      list.map((x, k) => (k === i ? { ...x, ...e } : x)),
      'updated',
    );
  if (list.length >= WORDLIST_MAX) return result([...list], 'full');
  return result([...list, e], 'added');
}

/** The list with `entry` added or updated (addWord's list: a full list is returned unchanged, never trimmed). */
export function withWord(list: readonly WordEntry[], entry: WordEntry): WordEntry[] {
  return addWord(list, entry).list;
}

/** The list without its `n` oldest words: only on the user's request, after the export was offered. */
export function withoutOldest(list: readonly WordEntry[], n: number): WordEntry[] {
  return list.slice(Math.max(0, Math.floor(n)));
}

/** The sentence split around the word: before, the word, after (null when the word is not in it, and for a sentence card). */
export function markedSentence(e: WordEntry): [string, string, string] | null {
  if (!e.sentence || e.kind === 'sentence') return null;
  const at = e.at !== undefined && e.sentence.startsWith(e.word, e.at) ? e.at : e.sentence.indexOf(e.word);
  if (at < 0) return null;
  return [e.sentence.slice(0, at), e.word, e.sentence.slice(at + e.word.length)];
}

/**
 * One field of Anki's text import, which reads RFC 4180 quoting (Anki's CSV reader, tab-separated
 * here): a field holding a tab, line break or double quote — or starting with '#', which would
 * make the line a comment — is wrapped in double quotes with its quotes doubled; anything else as is.
 */
export function tsvField(v: string | undefined): string {
  const s = stripBidi(v ?? '');
  return /[\t\r\n"]/.test(s) || s.startsWith('#') ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Text for an HTML field (page text is shown as text, never parsed as markup). */
function html(s: string | undefined): string {
  return (s ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r\n?|\n/g, '<br>');
}

export const ANKI_COLUMNS = ['Word', 'Reading', 'Definition', 'Level', 'Sentence', 'Headline', 'Source'] as const;

/**
 * Anki import file of sentence cards: word, reading, definition, level, the sentence with the word
 * in bold, headline, source URL. `#html:true` so the bold shows; every field is HTML-escaped
 * first, so page text is only ever text on the card.
 */
export function ankiTsv(list: readonly WordEntry[]): string {
  const head = ['#separator:tab', '#html:true', `#columns:${ANKI_COLUMNS.join('\t')}`];
  const rows = list.map((e) => {
    const m = markedSentence(e);
    const sentence = m ? `${html(m[0])}<b>${html(m[1])}</b>${html(m[2])}` : html(e.sentence);
    return [html(e.word), html(e.pinyin), html(e.gloss), html(e.level), sentence, html(e.title), html(e.url)].map(tsvField).join('\t');
  });
  return [...head, ...rows].join('\n') + '\n';
}

export const WORDLIST_CSV_COLUMNS = ['word', 'reading', 'definition', 'level', 'sentence', 'headline', 'url', 'added'] as const;

/**
 * CSV of the word list (RFC 4180, CRLF rows, spreadsheet formulas neutralised): the sentence with
 * the word marked 【thus】, `added` as an ISO date.
 */
export function wordListCsv(list: readonly WordEntry[], opts: { bom?: boolean } = {}): string {
  const rows = [WORDLIST_CSV_COLUMNS.join(',')];
  for (const e of list) {
    const m = markedSentence(e);
    const sentence = m ? `${m[0]}【${m[1]}】${m[2]}` : e.sentence;
    const date = e.added !== undefined ? new Date(e.added) : null;
    const added = date && Number.isFinite(date.getTime()) ? date.toISOString() : '';
    rows.push(
      [e.word, e.pinyin, e.gloss, e.level, sentence, e.title, e.url, added]
        .map((v) => csvField(v === undefined ? null : stripBidi(v)))
        .join(','),
    );
  }
  return (opts.bom ? '\ufeff' : '') + rows.join('\r\n') + '\r\n';
}
