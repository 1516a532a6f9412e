/** `dubao summarize`: article detection + the summary engine on saved HTML pages; JSON or a Markdown citation card. */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Command } from '../command';
import { articleFields } from '../article-fields';
import { loadHtmlFile, UsageError, write, writeJsonLine } from '../io';
import { extractArticle } from '../../core/extract/index';
import { summarize } from '../../core/summary/index';
import { buildReport, citationCard, EN_CARD_LABELS, ZH_CARD_LABELS } from '../../core/report/index';

export const summarizeCommand: Command = {
  name: 'summarize',
  summary: 'key figures, people, places, organisations, documents, dates and key sentences of HTML pages',
  usage: [
    'Usage: dubao summarize [--format json|md] [--key-sentences N] [--url URL] [--labels zh|en] FILE...',
    '',
    'For each saved HTML page: article detection, then the summary engine on its clean text.',
    'json (default): one line per file with the extraction fields (file, isArticle, title,',
    '  publishedAt, source, author, editor, lang, text, warnings) plus figures, entities',
    '  {people, places, organizations, documents}, dates and keySentences.',
    'md: the citation card a journalist pastes (headline, source, reporter, date, URL, key',
    '  figures with their sentences, entities), labelled in Chinese (--labels zh) or English.',
    'A file that cannot be read gives {file, error} (json) or a message on stderr (md); exit code 1.',
  ].join('\n'),
  options: { format: { type: 'string' }, 'key-sentences': { type: 'string' }, url: { type: 'string' }, labels: { type: 'string' } },
  async run({ io, values, positionals }) {
    const format = (values.format as string | undefined) ?? 'json';
    if (format !== 'json' && format !== 'md') throw new UsageError('--format must be json or md');
    const labels = (values.labels as string | undefined) ?? 'zh';
    if (labels !== 'zh' && labels !== 'en') throw new UsageError('--labels must be zh or en');
    const n = values['key-sentences'] === undefined ? 3 : Number(values['key-sentences']);
    if (!Number.isInteger(n) || n < 0 || n > 50) throw new UsageError('--key-sentences must be an integer from 0 to 50');
    if (!positionals.length) throw new UsageError('no FILE given');
    const url = typeof values.url === 'string' ? values.url : undefined;
    let failed = false;
    for (const file of positionals) {
      try {
        const { document, decoding } = await loadHtmlFile(file);
        const a = extractArticle(document, { url });
        const sum = summarize(a.cleanText, {
          publishedAt: a.publishedAt,
          title: a.title,
          author: a.author,
          editor: a.editor,
          keySentences: n,
        });
        if (format === 'md') {
          const report = buildReport(a, sum, { url: url ?? pathToFileURL(path.resolve(file)).href });
          await write(io.stdout, citationCard(report, labels === 'zh' ? ZH_CARD_LABELS : EN_CARD_LABELS) + '\n');
        } else {
          await writeJsonLine(io.stdout, { ...articleFields(file, a, decoding, a.cleanText), ...sum });
        }
      } catch (err) {
        failed = true;
        if (format === 'md') await write(io.stderr, `dubao summarize: ${file}: ${(err as Error).message}\n`);
        else await writeJsonLine(io.stdout, { file, error: (err as Error).message });
      }
    }
    return failed ? 1 : 0;
  },
};
