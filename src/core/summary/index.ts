/**
 * Summary engine: key figures, people, places, organisations, documents, dates and key sentences
 * of a Chinese news text, offline. Traditional text is analysed through a same-length Simplified
 * copy, so every offset and text reported refers to the original string.
 */
import { detectScript } from '../text/script';
import { toSimplifiedSameLength } from '../text/to-simplified';
import { findDates } from './dates';
import { entityMentions, findEntities } from './entities';
import { distinctFigures, findFigures, rankFigures } from './figures';
import { keySentenceLead, pickKeySentences, sentenceFeatures, type SentenceFeatures } from './key-sentences';
import { sentenceIndexAt, splitSentences } from './sentences';
import type { Figure, Span, Summary, SummaryOptions } from './types';

export type { Span, Figure, Mention, Entity, DateMention, Summary, SummaryOptions } from './types';
export { entityMentions } from './entities';

const CLOCK_RE =
  /(?<![分之0-9０-９零〇一二两三四五六七八九十百千])(?:上午|下午|晚上|凌晨|中午|早上|傍晚)?[0-9０-９零一二三四五六七八九十]{1,3}(?:时|点|[:：])[0-9０-９零一二三四五六七八九十]{1,2}分?(?:[0-9０-９]{1,2}秒)?(?![米公千克吨亩元万亿%％倍个平立升斤里0-9０-９零一二三四五六七八九十])|(?:上午|下午|晚上|凌晨|中午|早上|傍晚)[0-9０-９零一二三四五六七八九十]{1,3}(?:时|点)/g;
// a run of seven or more digits is a code or a phone number unless a unit follows it (１３７４０１２件, 1500000元)
const CODE_RE = /[0-9０-９]{7,}(?![0-9０-９]|[件人元吨个户家项次辆台名张株头只册本套公千平亩])|[（(][0-9０-９]{4,6}[）)]|\d{3,4}-\d{7,8}/g;
/** A title in book-title marks (《百元之恋》, 《2046》): its numbers are part of a name. */
const TITLE_RE = /《[^《》\n]{1,40}》/g;

/** Same-length Simplified copy of `text` (itself when already Simplified). */
export function simplifiedCopy(text: string): string {
  if (detectScript(text) === null) return text;
  const s = toSimplifiedSameLength(text, 'tw');
  return s.length === text.length ? s : text;
}

/** Every figure mention of `text` in order, before rows are merged and ranked (what the panel's rows are made of). */
export function figureMentions(text: string, publishedAt?: SummaryOptions['publishedAt']): Figure[] {
  return figuresOf(text, simplifiedCopy(text), splitSentences(text), publishedAt).figures;
}

function figuresOf(text: string, s: string, sentences: Span[], publishedAt: SummaryOptions['publishedAt']) {
  const dates = findDates(s, publishedAt).map((d) => ({ ...d, text: text.slice(d.start, d.end) }));
  const exclude: Array<{ start: number; end: number }> = dates.map((d) => ({ start: d.start, end: d.end }));
  for (const re of [CLOCK_RE, CODE_RE, TITLE_RE]) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) exclude.push({ start: m.index, end: m.index + m[0].length });
  }
  return { dates, figures: findFigures(s, text, { sentences, exclude }) };
}

/** What every part of the summary is built from: the text's figures, entities and per-sentence signals. */
function analyse(text: string, opts: SummaryOptions) {
  const s = simplifiedCopy(text);
  const trad = s !== text;
  const conv = trad ? (x: string) => toSimplifiedSameLength(x, 'tw') : (x: string) => x;
  const sentences = splitSentences(text);
  const { dates, figures } = figuresOf(text, s, sentences, opts.publishedAt);
  const entities = findEntities(s, text, { title: opts.title, author: opts.author, editor: opts.editor, toSimplified: conv, chips: true });
  const mentions = entityMentions(entities);
  // Figures and mentions counted by the sentence they lie in: one lookup each, not a pass per sentence.
  const signals = sentences.map(() => ({ figures: 0, entityWeight: 0 }));
  for (const f of figures) {
    const k = sentenceIndexAt(sentences, f.start);
    if (k >= 0 && f.end <= sentences[k]!.end) signals[k]!.figures++;
  }
  for (const m of mentions) {
    const k = sentenceIndexAt(sentences, m.start);
    if (k >= 0 && m.end <= sentences[k]!.end) signals[k]!.entityWeight++;
  }
  const simp = (sp: Span) => s.slice(sp.start, sp.end);
  return { sentences, simp, title: opts.title ? conv(opts.title) : null, dates, figures, entities, signals };
}

/** The features key sentences are scored on, one per sentence (for weight studies: `sentenceScore`, `pickByScore`). */
export function keySentenceFeatures(text: string, opts: SummaryOptions = {}): { sentences: Span[]; features: SentenceFeatures[] } {
  const a = analyse(text, opts);
  return { sentences: a.sentences, features: sentenceFeatures(a.sentences, a.simp, a.title, a.signals) };
}

export function summarize(text: string, opts: SummaryOptions = {}): Summary {
  const { sentences, simp, title, dates, figures, entities, signals } = analyse(text, opts);
  const keySentences = pickKeySentences(sentences, simp, title, opts.keySentences ?? 3, signals);
  const rows = rankFigures(distinctFigures(figures), {
    title: opts.title ?? null,
    lead: keySentenceLead(sentences, simp),
    keySentences,
  });
  return { figures: rows, entities, dates, keySentences };
}
