import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../../src/core/extract/index';
import { happyDoc, linkedomDoc, PAGES } from './helpers';

describe.each([
  ['linkedom', linkedomDoc],
  ['happy-dom', happyDoc],
])('other fixtures on %s', (_name, load) => {
  test('portal home page is not an article', () => {
    const a = extractArticle(load(path.join(PAGES, 'portal.html')));
    expect(a.isArticle).toBe(false);
    expect(a.lang).toBe('zh-Hans');
  });

  test('English article: headline, author, time kept in its own offset, body without byline or related links', () => {
    const a = extractArticle(load(path.join(PAGES, 'english.html')));
    expect(a.isArticle).toBe(true);
    expect(a.lang).toBeNull();
    expect(a.title).toBe('City council approves new riverside park plan');
    expect(a.author).toBe('Jane Miller');
    expect(a.publishedAt).toBe('2025-03-18T14:20:00+00:00');
    expect(a.blocks[0]!.text.startsWith('The city council voted 7 to 2')).toBe(true);
    expect(a.blocks.find((b) => b.text === 'Years of planning')?.kind).toBe('heading');
    expect(a.text).not.toMatch(/Related stories|Old bridge|By Jane Miller|All rights reserved/);
    expect(a.blocks.at(-1)!.text).toMatch(/^Two council members/);
  });
});
