/**
 * One linked page → a compact record for the scan table: article detection and the summary
 * engine (the same ones as `dubao summarize` and the panel), the origin the page states, and a
 * body fingerprint for reprint grouping. The Document is not kept: records stay small so a batch
 * of thousands of pages fits in bounded memory.
 */
import { extractArticle } from '../extract/index';
import { summarize } from '../summary/index';
import type { Entity } from '../summary/types';
import { bodyFingerprint } from './fingerprint';
import { statedOrigin, type StatedOrigin } from './origin';

export interface StoryFigure {
  value: string;
  unit: string | null;
  kind: string;
  /** What the number counts, as written. */
  measure: string | null;
}
export interface StoryEntities {
  people: string[];
  places: string[];
  organizations: string[];
  documents: string[];
}
export interface PageRecord {
  url: string;
  title: string | null;
  publishedAt: string | null;
  author: string | null;
  editor: string | null;
  stated: StatedOrigin;
  figures: StoryFigure[];
  entities: StoryEntities;
  keySentence: string | null;
  /** Body length in characters. */
  chars: number;
  fingerprint: Uint32Array;
}
export type PageOutcome = { kind: 'article'; record: PageRecord } | { kind: 'not-article'; reason: string };

const MAX_FIGURES = 5;
const MAX_NAMES = 8;

function names(list: Entity[]): string[] {
  return [...list]
    .sort((a, b) => b.salience - a.salience)
    .slice(0, MAX_NAMES)
    .map((e) => e.text);
}

export interface AnalyzeOptions {
  /** Headline from the list page, used when the page gives none. */
  linkText?: string;
  now?: Date;
}

export function analyzePage(doc: Document, url: string, opts: AnalyzeOptions = {}): PageOutcome {
  const a = extractArticle(doc, { url, now: opts.now });
  if (!a.isArticle) {
    return {
      kind: 'not-article',
      reason: a.cleanText.length < 200 ? 'not an article (little running text)' : 'not an article (list, index or forum page)',
    };
  }
  const sum = summarize(a.cleanText, { publishedAt: a.publishedAt, title: a.title, author: a.author, editor: a.editor, keySentences: 1 });
  // 原标题 / 转载自 lines the body selection left out sit beside the article, inside its container's parent.
  // doc.body is typed non-null, but a document can lack a body. The rule takes the cast as unneeded
  // because the left side accepts HTMLElement, but it is what makes `around` nullable.
  // oxlint-disable-next-line typescript/no-unnecessary-type-assertion
  const around = a.root?.parentElement ?? (doc.body as HTMLElement | null);
  const pageText = (around?.textContent ?? '').slice(0, 50_000);
  const key = sum.keySentences[0];
  // structuredClone copies every string: slices of the page's text would otherwise keep the whole page alive.
  return {
    kind: 'article',
    record: structuredClone({
      url,
      title: a.title ?? opts.linkText ?? null,
      publishedAt: a.publishedAt,
      author: a.author,
      editor: a.editor,
      stated: statedOrigin(a.source, a.cleanText, pageText),
      figures: sum.figures
        .slice(0, MAX_FIGURES)
        .map((f) => ({ value: f.value, unit: f.unit, kind: f.kind, measure: f.measure?.text ?? null })),
      entities: {
        people: names(sum.entities.people),
        places: names(sum.entities.places),
        organizations: names(sum.entities.organizations),
        documents: names(sum.entities.documents),
      },
      keySentence: key ? key.text : null,
      chars: a.cleanText.length,
      fingerprint: bodyFingerprint(a.cleanText),
    }),
  };
}
