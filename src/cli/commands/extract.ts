/**
 * `dubao extract [--url URL] [--now ISO] FILE...`: article detection on saved pages. One JSON object per
 * file per line: {file, isArticle, title, publishedAt, publishedZone, publishedLocal, source, author, editor, lang, text, warnings};
 * a file that cannot be read or parsed gives {file, error} and exit code 1.
 */
import type { Command } from '../command';
import { articleFields } from '../article-fields';
import { loadHtmlFile, UsageError, writeJsonLine } from '../io';
import { extractArticle } from '../../core/extract/index';

export const extractCommand: Command = {
  name: 'extract',
  summary: 'find the article in saved HTML pages: body, headline, time, source, author, editor',
  usage: [
    'Usage: dubao extract [--url URL] [--now ISO] FILE...',
    '',
    'Detects the article of each saved HTML page (any charset) and prints one JSON object per file:',
    '  {file, isArticle, title, publishedAt, publishedZone, publishedLocal, source, author, editor, lang, text, warnings}',
    'publishedAt is in China time unless the page states another offset; publishedZone is the zone the page',
    'states (+00:00 for GMT/UTC; null when none) and publishedLocal the time as printed in it.',
    'text is the body paragraphs joined with "\\n"; fields not found are null. warnings starts with the',
    'decoding decision ({type:"decoding"}: declared charset, or the bytes overruling it) and any sign of',
    'garbled text ({type:"mojibake"}).',
    'An unreadable file gives {file, error}; the others are still processed and the exit code is 1.',
    '',
    'Options:',
    '  --url URL   the address the page was saved from (its date path, e.g. /2025-04/10/, is a time hint)',
    '  --now ISO   when the page was saved: completes relative and year-less dates (3小时前, 09-30 22:46)',
  ].join('\n'),
  options: { url: { type: 'string' }, now: { type: 'string' } },
  async run({ io, values, positionals }) {
    if (!positionals.length) throw new UsageError('no FILE given');
    const url = typeof values.url === 'string' ? values.url : undefined;
    const now = typeof values.now === 'string' ? new Date(values.now) : undefined;
    if (now && Number.isNaN(now.getTime())) throw new UsageError(`--now: not a date: ${String(values.now)}`);
    let code = 0;
    for (const file of positionals) {
      let line: Record<string, unknown>;
      try {
        const { document, decoding } = await loadHtmlFile(file);
        const a = extractArticle(document, { url, now });
        line = articleFields(file, a, decoding, a.text);
      } catch (err) {
        line = { file, error: (err as Error).message };
        code = 1;
      }
      await writeJsonLine(io.stdout, line);
    }
    return code;
  },
};
