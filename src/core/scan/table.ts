/**
 * The scan table as rows and its exports: JSON Lines (one line per story / failed link / skipped
 * page), spreadsheet-safe CSV (report/csv's field quoting) and a Markdown digest.
 */
import { csvField } from '../report/csv';
import type { Story } from './group';

export type ScanRow =
  ({ type: 'story' } & Story) | { type: 'failed'; url: string; error: string } | { type: 'skipped'; url: string; reason: string };

export function storyRow(s: Story): ScanRow {
  return { type: 'story', ...s };
}

/** One JSON Lines object per row, story fields in the documented order. */
export function rowJson(r: ScanRow): Record<string, unknown> {
  if (r.type !== 'story') return r;
  return {
    type: 'story',
    urls: r.urls,
    title: r.title,
    publishedAt: r.publishedAt,
    source: r.source,
    origin: r.origin,
    author: r.author,
    editor: r.editor,
    figures: r.figures,
    entities: r.entities,
    keySentence: r.keySentence,
    originalTitle: r.originalTitle,
    pages: r.pages,
  };
}

export function figureText(f: Story['figures'][number]): string {
  return f.measure ? `${f.value}（${f.measure}）` : f.value;
}

export const CSV_COLUMNS = [
  'type',
  'title',
  'url',
  'other_urls',
  'published_at',
  'source',
  'origin',
  'original_title',
  'author',
  'editor',
  'figures',
  'people',
  'places',
  'organizations',
  'key_sentence',
  'problem',
] as const;

export function csvRow(r: ScanRow): string {
  const v: Record<(typeof CSV_COLUMNS)[number], string | null> =
    r.type === 'story'
      ? {
          type: 'story',
          title: r.title,
          url: r.urls[0] ?? null,
          other_urls: r.urls.slice(1).join(' '),
          published_at: r.publishedAt,
          source: r.source,
          origin: r.origin,
          original_title: r.originalTitle,
          author: r.author,
          editor: r.editor,
          figures: r.figures.map(figureText).join('; '),
          people: r.entities.people.join('、'),
          places: r.entities.places.join('、'),
          organizations: r.entities.organizations.join('、'),
          key_sentence: r.keySentence,
          problem: null,
        }
      : {
          type: r.type,
          title: null,
          url: r.url,
          other_urls: null,
          published_at: null,
          source: null,
          origin: null,
          original_title: null,
          author: null,
          editor: null,
          figures: null,
          people: null,
          places: null,
          organizations: null,
          key_sentence: null,
          problem: r.type === 'failed' ? r.error : r.reason,
        };
  return CSV_COLUMNS.map((c) => csvField(v[c])).join(',');
}

export function csvHeader(): string {
  return CSV_COLUMNS.join(',');
}

/** The whole table as CSV (CRLF rows; a BOM so spreadsheets read UTF-8). */
export function tableCsv(rows: readonly ScanRow[], opts: { bom?: boolean } = {}): string {
  return (opts.bom ? '\ufeff' : '') + [csvHeader(), ...rows.map(csvRow)].join('\r\n') + '\r\n';
}

/** Markdown text of page data: no markup of its own (brackets, emphasis, HTML) survives. */
export function mdText(s: string): string {
  return s
    .replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`)
    .replace(/\s+/g, ' ')
    .trim();
}

function mdUrl(u: string): string {
  return u.replace(/[()\s<>]/g, (c) => encodeURIComponent(c));
}

export function storyMarkdown(s: Story): string {
  const lines = [`## [${mdText(s.title ?? s.urls[0] ?? '')}](${mdUrl(s.urls[0] ?? '')})`, ''];
  const meta = [
    s.publishedAt && `时间 ${mdText(s.publishedAt)}`,
    s.source && `来源 ${mdText(s.source)}`,
    s.origin && s.origin !== s.source && `最初来源 ${mdText(s.origin)}`,
    s.author && `作者 ${mdText(s.author)}`,
    s.editor && `编辑 ${mdText(s.editor)}`,
  ].filter(Boolean);
  if (meta.length) lines.push(meta.join(' · '), '');
  if (s.originalTitle) lines.push(`原标题：${mdText(s.originalTitle)}`, '');
  if (s.keySentence) lines.push(`> ${mdText(s.keySentence)}`, '');
  if (s.figures.length) lines.push(`数字：${s.figures.map((f) => mdText(figureText(f))).join('；')}`, '');
  const e = s.entities;
  const ents = [
    ['人物', e.people],
    ['地点', e.places],
    ['机构', e.organizations],
  ] as const;
  const entLine = ents
    .filter(([, l]) => l.length)
    .map(([k, l]) => `${k}：${l.map(mdText).join('、')}`)
    .join('；');
  if (entLine) lines.push(entLine, '');
  if (s.urls.length > 1) {
    lines.push(`同一报道 ${s.urls.length} 处：`);
    for (const p of s.pages)
      lines.push(`- <${mdUrl(p.url)}>${p.source ? ` 来源 ${mdText(p.source)}` : ''}${p.publishedAt ? ` ${mdText(p.publishedAt)}` : ''}`);
    lines.push('');
  }
  return lines.join('\n');
}

export function tableMarkdown(rows: readonly ScanRow[], heading = 'Dubao 扫描摘要'): string {
  const stories = rows.filter((r): r is Extract<ScanRow, { type: 'story' }> => r.type === 'story');
  const problems = rows.filter((r): r is Exclude<ScanRow, { type: 'story' }> => r.type !== 'story');
  const out = [`# ${heading}`, '', `${stories.length} 篇报道${problems.length ? `，${problems.length} 个链接未收录` : ''}。`, ''];
  for (const s of stories) out.push(storyMarkdown(s));
  if (problems.length) {
    out.push('## 未收录的链接', '');
    for (const p of problems) out.push(`- <${mdUrl(p.url)}> ${mdText(p.type === 'failed' ? p.error : p.reason)}`);
    out.push('');
  }
  return out.join('\n');
}
