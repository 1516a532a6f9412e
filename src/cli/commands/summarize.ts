/** `dubao summarize`: article detection + the summary engine on saved HTML pages; JSON or a Markdown citation card. */
import type { Command } from '../command';
import { loadHtmlFile, UsageError, write, writeJsonLine } from '../io';
import { extractArticle } from '../../core/extract/index';
import { summarize, type Summary } from '../../core/summary/index';

/** The extraction fields this command relies on (see src/core/extract). */
interface ArticleFields {
  isArticle: boolean;
  title?: string | null;
  publishedAt?: string | null;
  source?: string | null;
  author?: string | null;
  editor?: string | null;
  cleanText?: string | null;
  text?: string | null;
}

export function citationCard(file: string, a: ArticleFields, s: Summary): string {
  const lines: string[] = [];
  lines.push(`## ${a.title ?? file}`, '');
  const meta = [a.source && `来源：${a.source}`, a.publishedAt && `发布：${a.publishedAt}`, a.author && `作者：${a.author}`, a.editor && `编辑：${a.editor}`].filter(Boolean);
  if (meta.length) lines.push(meta.join(' · '), '');
  if (s.keySentences.length) {
    lines.push('**要点**', '');
    for (const k of s.keySentences) lines.push(`> ${k.text}`, '');
  }
  if (s.figures.length) {
    lines.push('**关键数字**', '');
    for (const f of s.figures) {
      const parts = [f.measure?.text, f.qualifier && f.qualifier !== f.value.slice(-f.qualifier.length) ? f.qualifier : null, `**${f.value}**`].filter(Boolean);
      lines.push(`- ${parts.join(' ')}`);
    }
    lines.push('');
  }
  const ent = s.entities;
  const list = (label: string, es: typeof ent.people) => {
    if (!es.length) return;
    lines.push(`**${label}**：` + es.map((e) => (e.role ? `${e.text}（${e.role}）` : e.text) + (e.aliases?.length ? `（简称${e.aliases.join('、')}）` : '')).join('、'), '');
  };
  list('人物', ent.people);
  list('机构', ent.organizations);
  list('地点', ent.places);
  list('文件', ent.documents);
  if (s.dates.length) lines.push('**日期**：' + [...new Set(s.dates.map((d) => `${d.text}（${d.iso}）`))].join('、'), '');
  return lines.join('\n') + '\n';
}

export const summarizeCommand: Command = {
  name: 'summarize',
  summary: 'key figures, people, places, organisations, documents, dates and key sentences of HTML pages',
  usage: [
    'Usage: dubao summarize [--format json|md] [--key-sentences N] FILE...',
    '',
    'For each saved HTML page: article detection, then the summary engine on its clean text.',
    'json (default): one line per file with the extraction fields plus figures, entities',
    '  {people, places, organizations, documents}, dates and keySentences.',
    'md: the citation card a journalist pastes (title, source, key sentences, figures, names).',
  ].join('\n'),
  options: { format: { type: 'string' }, 'key-sentences': { type: 'string' } },
  async run({ io, values, positionals }) {
    const format = (values.format as string | undefined) ?? 'json';
    if (format !== 'json' && format !== 'md') throw new UsageError('--format must be json or md');
    const n = values['key-sentences'] === undefined ? 3 : Number(values['key-sentences']);
    if (!Number.isInteger(n) || n < 0) throw new UsageError('--key-sentences must be a non-negative integer');
    if (!positionals.length) throw new UsageError('give at least one HTML file');
    let failed = false;
    for (const file of positionals) {
      try {
        const page = await loadHtmlFile(file);
        const article = extractArticle(page.document, { url: `file://${file}` }) as unknown as ArticleFields & Record<string, unknown>;
        const text = article.cleanText ?? article.text ?? '';
        const sum = summarize(text, {
          publishedAt: article.publishedAt ?? null,
          title: article.title ?? null,
          author: article.author ?? null,
          editor: article.editor ?? null,
          keySentences: n,
        });
        if (format === 'md') await write(io.stdout, citationCard(file, article, sum) + '\n');
        else await writeJsonLine(io.stdout, { file, ...article, ...sum });
      } catch (err) {
        failed = true;
        if (format === 'md') await write(io.stderr, `dubao summarize: ${file}: ${(err as Error).message}\n`);
        else await writeJsonLine(io.stdout, { file, error: (err as Error).message });
      }
    }
    return failed ? 1 : 0;
  },
};
