/** Regression guard on the dev corpus: articles recognised, list pages left alone, bodies sane. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { bodyPrf } from '../../../bench/extract-score';
import { extractArticle } from '../../../src/core/extract/index';
import { linkedomDoc } from '../extract/helpers';
import { corpusDescribe, corpusFiles } from './corpus';
import { KNOWN_FAILURES } from './known-failures';

const name = (f: string) => path.basename(f);
/** Pages the engine is known to fail: expected to fail, so a fix (or a change of reason) is noticed. */
const split = (files: string[]) =>
  [files.filter((f) => !(name(f) in KNOWN_FAILURES)), files.filter((f) => name(f) in KNOWN_FAILURES)] as const;
const [nonArticles, nonArticlesKnown] = split(corpusFiles('non-article', '.html'));
const [articles, articlesKnown] = split(corpusFiles('extraction', '.json'));

function expectNotArticle(f: string): void {
  expect(extractArticle(linkedomDoc(f)).isArticle).toBe(false);
}

function expectCloseArticle(f: string): void {
  const gold = JSON.parse(readFileSync(f, 'utf8')) as { body_text: string };
  const a = extractArticle(linkedomDoc(f.replace(/\.json$/, '.html')));
  expect(a.isArticle).toBe(true);
  // A floor per page (the benchmark measures the mean against the bar).
  expect(bodyPrf(a.text, gold.body_text).f1).toBeGreaterThanOrEqual(0.85);
}

corpusDescribe('dev corpus: article detection', () => {
  test.each(nonArticles.map((f) => [name(f), f]))('%s is not an article', (_n, f) => expectNotArticle(f));
  test.each(articles.map((f) => [name(f), f]))('%s is an article close to its gold body', (_n, f) => expectCloseArticle(f));
  test.fails.each(nonArticlesKnown.map((f) => [name(f), KNOWN_FAILURES[name(f)]!, f]))('known failure: %s (%s)', (_n, _why, f) =>
    expectNotArticle(f),
  );
  test.fails.each(articlesKnown.map((f) => [name(f), KNOWN_FAILURES[name(f)]!, f]))('known failure: %s (%s)', (_n, _why, f) =>
    expectCloseArticle(f),
  );
});
