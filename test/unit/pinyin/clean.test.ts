import { describe, expect, test } from 'vitest';
import { createClean } from '../../../src/content/features/pinyin/clean';
import type { FeatureContext } from '../../../src/content/context';

describe('clean (inline pinyin artefacts)', () => {
  test('the headline is cleaned with the article, and restore is exact', () => {
    document.body.innerHTML = '<h1>強(qiáng)化創(chuàng)新</h1><div id="a"><p>科技大會(huì)召開</p><p>蘭州市為地方</p></div>';
    const before = document.body.innerHTML;
    const blocks = [...document.querySelectorAll('#a p')].map((element) => ({ element }));
    const c = { document, article: () => ({ isArticle: true, blocks }), isOwnUi: () => false } as unknown as FeatureContext;
    const clean = createClean();
    clean.apply(c);
    expect(document.querySelector('h1')!.textContent).toBe('強化創新');
    expect(document.querySelector('#a p')!.textContent).toBe('科技大會召開');
    clean.remove();
    expect(document.body.innerHTML).toBe(before);
  });
});
