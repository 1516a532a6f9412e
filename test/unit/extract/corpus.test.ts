/** Regression guard on the dev corpus: articles recognised, list pages left alone, bodies sane. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../../src/core/extract/index';
import { CORPUS, linkedomDoc } from './helpers';
import { bodyPrf } from '../../../bench/extract-score';

const ART = path.join(CORPUS, 'extraction');
const NON = path.join(CORPUS, 'non-article');

describe('dev corpus', () => {
  test('every non-article page says isArticle: false', () => {
    for (const f of readdirSync(NON).filter((x) => x.endsWith('.html'))) {
      expect([f, extractArticle(linkedomDoc(path.join(NON, f))).isArticle]).toEqual([f, false]);
    }
  });

  test('articles are recognised and their body is close to the gold body', () => {
    for (const f of readdirSync(ART).filter((x) => x.endsWith('.json'))) {
      const gold = JSON.parse(readFileSync(path.join(ART, f), 'utf8')) as { body_text: string };
      const a = extractArticle(linkedomDoc(path.join(ART, f.replace(/\.json$/, '.html'))));
      expect([f, a.isArticle]).toEqual([f, true]);
      // A floor per page (the benchmark measures the mean against the bar).
      expect([f, bodyPrf(a.text, gold.body_text).f1 >= 0.85]).toEqual([f, true]);
    }
  });
});
