// The summary engine never throws on real article text: every extraction-corpus page.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../../src/core/decode/decode-html';
import { parseHtml } from '../../../src/cli/io';
import { extractArticle } from '../../../src/core/extract/index';
import { summarize } from '../../../src/core/summary/index';

const DIR = path.resolve(__dirname, '../../../../shared/corpus/extraction');

describe('summary on every corpus page', () => {
  for (const f of readdirSync(DIR).filter((n) => n.endsWith('.html'))) {
    it(f, () => {
      const a = extractArticle(parseHtml(decodeHtml(readFileSync(path.join(DIR, f))).text));
      const s = summarize(a.cleanText, { publishedAt: a.publishedAt, title: a.title, author: a.author, editor: a.editor });
      for (const fig of s.figures) expect(a.cleanText.slice(fig.start, fig.end)).toBe(fig.value);
      for (const k of s.keySentences) expect(a.cleanText.slice(k.start, k.end)).toBe(k.text);
    });
  }
});
