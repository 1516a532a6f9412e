/**
 * The report model every export is built from: the article's metadata and the summary with texts
 * resolved (offsets dropped). Inputs are typed structurally, so any object with the fields of the
 * extract/summary contracts fits.
 */
import { stripBidi } from '../text/bidi';

export interface ReportMeta {
  title: string | null;
  publishedAt: string | null;
  /** The outlet (site name) the page belongs to, e.g. from og:site_name; falls back to `site`. */
  outlet: string | null;
  /** The original source the outlet credits (來源). */
  source: string | null;
  author: string | null;
  editor: string | null;
  /** Host name of the page. */
  site: string | null;
  url: string | null;
  lang: string | null;
}

export interface ReportFigure {
  value: string;
  number: number | null;
  unit: string | null;
  kind: string;
  /** What it counts (the figure's measure), if known. */
  measure: string | null;
  qualifier: string | null;
  sentence: string;
}

export interface ReportEntity {
  text: string;
  role: string | null;
  /** Short names the text defines (以下简称《方案》). */
  aliases: string[];
  count: number;
}

export interface Report {
  meta: ReportMeta;
  figures: ReportFigure[];
  entities: { people: ReportEntity[]; places: ReportEntity[]; organizations: ReportEntity[]; documents: ReportEntity[] };
  dates: Array<{ text: string; iso: string }>;
  keySentences: string[];
}

interface SpanLike {
  text: string;
}
interface FigureLike {
  value: string;
  number: number | null;
  unit: string | null;
  kind: string;
  measure: SpanLike | null;
  qualifier: string | null;
  sentence: SpanLike;
}
interface EntityLike {
  text: string;
  role?: string | null;
  aliases?: readonly string[];
  mentions: readonly unknown[];
}
export interface SummaryLike {
  figures: readonly FigureLike[];
  entities: {
    people: readonly EntityLike[];
    places: readonly EntityLike[];
    organizations: readonly EntityLike[];
    documents: readonly EntityLike[];
  };
  dates: ReadonlyArray<{ text: string; iso: string }>;
  keySentences: readonly SpanLike[];
}
export interface ArticleLike {
  title: string | null;
  publishedAt: string | null;
  source: string | null;
  author: string | null;
  editor: string | null;
  lang: string | null;
}

/** Page text as the report carries it: bidi controls dropped (they would reorder what the panel and exports show). */
const t = (s: string): string => stripBidi(s);
const tn = (s: string | null | undefined): string | null => (s == null ? null : stripBidi(s));

const entity = (e: EntityLike): ReportEntity => ({
  text: t(e.text),
  role: tn(e.role),
  aliases: (e.aliases ?? []).map(t),
  count: e.mentions.length,
});

/**
 * The report of an article and its summary: the text model the panel shows and every export is
 * built from. Bidi controls of page text are dropped here, once, for all of them.
 */
export function buildReport(
  article: ArticleLike,
  summary: SummaryLike,
  page: { url?: string | null; site?: string | null; outlet?: string | null } = {},
): Report {
  return {
    meta: {
      title: tn(article.title),
      publishedAt: tn(article.publishedAt),
      outlet: tn(page.outlet),
      source: tn(article.source),
      author: tn(article.author),
      editor: tn(article.editor),
      site: tn(page.site),
      url: tn(page.url),
      lang: article.lang,
    },
    figures: summary.figures.map((f) => ({
      value: t(f.value),
      number: f.number,
      unit: tn(f.unit),
      kind: f.kind,
      measure: tn(f.measure?.text),
      qualifier: tn(f.qualifier),
      sentence: t(f.sentence.text),
    })),
    entities: {
      people: summary.entities.people.map(entity),
      places: summary.entities.places.map(entity),
      organizations: summary.entities.organizations.map(entity),
      documents: summary.entities.documents.map(entity),
    },
    dates: summary.dates.map((d) => ({ text: t(d.text), iso: d.iso })),
    keySentences: summary.keySentences.map((s) => t(s.text)),
  };
}

/** `2025-04-10T09:06:31+08:00` → `2025-04-10 09:06` as written (no time-zone shift); other text unchanged. */
export function formatDate(s: string | null): string | null {
  if (!s) return null;
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}))?/.exec(s.trim());
  if (!m) return s.trim();
  return m[2] && m[2] !== '00:00' ? `${m[1]} ${m[2]}` : m[1]!;
}

/** A file name stem from the headline and date: no path or reserved characters, at most 60 chars. */
export function fileStem(meta: Pick<ReportMeta, 'title' | 'publishedAt'>): string {
  const date = formatDate(meta.publishedAt)?.slice(0, 10) ?? '';
  const title = (meta.title ?? 'article')
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 40)
    .trim();
  return ['dubao', /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : '', title || 'article'].filter(Boolean).join('-').replace(/\s/g, '_');
}
