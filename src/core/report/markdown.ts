/** The Markdown citation card: headline, outlet and source, reporter, date, URL, key figures with their sentences, entities. */
import { stripBidi } from '../text/bidi';
import { formatDate, type Report, type ReportEntity } from './model';

export interface CardLabels {
  outlet: string;
  source: string;
  reporter: string;
  editor: string;
  date: string;
  url: string;
  figures: string;
  entities: string;
  people: string;
  places: string;
  organizations: string;
  documents: string;
  keySentences: string;
  untitled: string;
}

export const EN_CARD_LABELS: CardLabels = {
  outlet: 'Outlet',
  source: 'Source',
  reporter: 'Reporter',
  editor: 'Editor',
  date: 'Date',
  url: 'URL',
  figures: 'Key figures',
  entities: 'Entities',
  people: 'People',
  places: 'Places',
  organizations: 'Organisations',
  documents: 'Documents',
  keySentences: 'Key sentences',
  untitled: '(untitled)',
};

export const ZH_CARD_LABELS: CardLabels = {
  outlet: '媒体',
  source: '来源',
  reporter: '记者',
  editor: '编辑',
  date: '日期',
  url: '链接',
  figures: '关键数字',
  entities: '实体',
  people: '人物',
  places: '地点',
  organizations: '机构',
  documents: '文件',
  keySentences: '要点',
  untitled: '（无标题）',
};

/** Escape text so Markdown renders it literally (no links, emphasis, HTML or tables from page text). */
export function mdEscape(s: string): string {
  return stripBidi(s)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]{}()<>#+!|~]/g, (c) => `\\${c}`)
    .replace(/^(\d+)\./, '$1\\.')
    .replace(/^-/, '\\-');
}

/**
 * A URL usable as a link destination `<…>` and as an autolink: only http(s); bidi controls dropped;
 * whitespace, other control and format characters, angle brackets, backslashes (`\>` would escape the closing bracket) and
 * parentheses percent-encoded, so the link always ends where it should and points where it says.
 */
export function safeUrl(url: string | null): string | null {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  return stripBidi(url).replace(/[\s\p{Cc}\p{Cf}<>\\()]/gu, (c) =>
    c.codePointAt(0)! < 0x80 ? '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0') : encodeURIComponent(c),
  );
}

function entityLine(list: ReportEntity[]): string {
  return list
    .map(
      (e) =>
        `${mdEscape(e.text)}${e.aliases.length ? ` = ${e.aliases.map(mdEscape).join(' = ')}` : ''}${e.role ? ` (${mdEscape(e.role)})` : ''}${e.count > 1 ? ` ×${e.count}` : ''}`,
    )
    .join(', ');
}

export function citationCard(r: Report, labels: CardLabels = EN_CARD_LABELS, opts: { maxFigures?: number } = {}): string {
  const m = r.meta;
  const out: string[] = [];
  const url = safeUrl(m.url);
  const title = mdEscape(m.title ?? '') || labels.untitled;
  out.push(`### ${url ? `[${title}](<${url}>)` : title}`, '');
  const esc = (v: string | null) => (v && v.trim() ? mdEscape(v) : null);
  /** Label/value pairs on one line; values are already escaped. */
  const line = (pairs: Array<[string, string | null]>) => {
    const parts = pairs.filter(([, v]) => v).map(([k, v]) => `**${k}:** ${v}`);
    if (parts.length) out.push(`- ${parts.join(' · ')}`);
  };
  const outlet = m.outlet && m.site && m.outlet !== m.site ? `${esc(m.outlet)} (${esc(m.site)})` : esc(m.outlet ?? m.site);
  line([
    [labels.outlet, outlet],
    [labels.source, esc(m.source)],
  ]);
  line([
    [labels.reporter, esc(m.author)],
    [labels.editor, esc(m.editor)],
  ]);
  line([[labels.date, esc(formatDate(m.publishedAt))]]);
  if (url) out.push(`- **${labels.url}:** <${url}>`);

  if (r.keySentences.length) {
    out.push('', `**${labels.keySentences}**`, '');
    for (const k of r.keySentences) if (k.trim()) out.push(`> ${mdEscape(k)}`, '');
    out.pop();
  }

  const figures = r.figures.slice(0, opts.maxFigures ?? 20);
  if (figures.length) {
    out.push('', `**${labels.figures}**`, '');
    for (const f of figures) {
      const what = [f.measure, f.qualifier]
        .filter(Boolean)
        .map((x) => mdEscape(x!))
        .join(', ');
      out.push(`- **${mdEscape(f.value)}**${what ? ` — ${what}` : ''}`);
      if (f.sentence.trim()) out.push(`  > ${mdEscape(f.sentence)}`);
    }
  }
  const groups: Array<[string, ReportEntity[]]> = [
    [labels.people, r.entities.people],
    [labels.places, r.entities.places],
    [labels.organizations, r.entities.organizations],
    [labels.documents, r.entities.documents],
  ];
  if (groups.some(([, l]) => l.length)) {
    out.push('', `**${labels.entities}**`, '');
    for (const [name, list] of groups) if (list.length) out.push(`- ${name}: ${entityLine(list)}`);
  }
  return out.join('\n') + '\n';
}
