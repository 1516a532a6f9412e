/** Regression guard on the dev corpus: articles recognised, list pages left alone, bodies sane. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { bodyPrf } from '../../../bench/extract-score';
import { extractArticle } from '../../../src/core/extract/index';
import { linkedomDoc } from '../extract/helpers';
import { corpusDescribe, corpusFiles } from './corpus';

const name = (f: string) => path.basename(f);

corpusDescribe('dev corpus: article detection', () => {
  test.each(corpusFiles('non-article', '.html').map((f) => [name(f), f]))('%s is not an article', (_n, f) => {
    expect(extractArticle(linkedomDoc(f)).isArticle).toBe(false);
  });

  test.each(corpusFiles('extraction', '.json').map((f) => [name(f), f]))('%s is an article close to its gold body', (_n, f) => {
    const gold = JSON.parse(readFileSync(f, 'utf8')) as { body_text: string };
    const a = extractArticle(linkedomDoc(f.replace(/\.json$/, '.html')));
    expect(a.isArticle).toBe(true);
    // A floor per page (the benchmark measures the mean against the bar).
    expect(bodyPrf(a.text, gold.body_text).f1).toBeGreaterThanOrEqual(0.85);
  });
});
