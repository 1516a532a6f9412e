/** Exports of an article summary: Markdown citation card, JSON, CSV of figures, Anki TSV of a word list. */
export {
  buildReport,
  formatDate,
  fileStem,
  type Report,
  type ReportMeta,
  type ReportFigure,
  type ReportEntity,
  type ArticleLike,
  type SummaryLike,
} from './model';
export { citationCard, mdEscape, safeUrl, EN_CARD_LABELS, ZH_CARD_LABELS, type CardLabels } from './markdown';
export { figuresCsv, csvField, FIGURE_COLUMNS } from './csv';
export { reportJson, JSON_FORMAT } from './json';
export {
  parseWordList,
  withWord,
  addWord,
  withoutOldest,
  wordListStatus,
  markedSentence,
  ankiTsv,
  tsvField,
  wordListCsv,
  ANKI_COLUMNS,
  WORDLIST_CSV_COLUMNS,
  WORDLIST_KEY,
  WORDLIST_MAX,
  WORDLIST_WARN_AT,
  type WordEntry,
  type AddResult,
  type WordListStatus,
} from './wordlist';
export { stripBidi } from '../text/bidi';
