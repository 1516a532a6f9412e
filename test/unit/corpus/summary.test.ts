// The summary engine never throws on real article text, and its spans are the text: every extraction-corpus page.
import path from 'node:path';
import { expect, test } from 'vitest';
import { extractArticle } from '../../../src/core/extract/index';
import { summarize } from '../../../src/core/summary/index';
import { linkedomDoc } from '../extract/helpers';
import { corpusDescribe, corpusFiles } from './corpus';

corpusDescribe('dev corpus: summary on every page', () => {
  test.each(corpusFiles('extraction', '.html').map((f) => [path.basename(f), f]))('%s', (_n, f) => {
    const a = extractArticle(linkedomDoc(f));
    const s = summarize(a.cleanText, { publishedAt: a.publishedAt, title: a.title, author: a.author, editor: a.editor });
    for (const fig of s.figures) expect(a.cleanText.slice(fig.start, fig.end), fig.value).toBe(fig.value);
    for (const k of s.keySentences) expect(a.cleanText.slice(k.start, k.end), k.text).toBe(k.text);
  });
});
