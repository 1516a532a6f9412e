// The packed-trie engine equals opencc-js on real news text (titles and bodies of dev corpus pages).
import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { expect, it } from 'vitest';
import { loadConverter } from '../../../src/core/convert/load';
import { OPENCC_DIRECTIONS as DIRS } from '../../../src/core/convert/variant';
import { corpusDescribe, corpusFiles } from './corpus';

const IDS = ['cwced-36efbc69', 'gne-163-1', 'gne-huanqiu-1', 'twnews-ltn', 'htmldate-ts-1546021647'];

corpusDescribe('packed-trie engine equals opencc-js on real news text', () => {
  const texts = corpusFiles('extraction', '.json')
    .filter((f) => IDS.some((id) => f.endsWith(`${id}.json`)))
    .map((f) => {
      const j = JSON.parse(readFileSync(f, 'utf8')) as { body_text: string; title: string };
      return [f, j.title + '\n' + j.body_text] as const;
    });
  it('reads the five pages', () => expect(texts).toHaveLength(IDS.length));
  it.each(DIRS)('%s on extraction page text', async (_name, from, to) => {
    const mine = await loadConverter(from, to, { overrides: false });
    const ref = OpenCC.Converter({ from, to });
    for (const [f, t] of texts) expect(mine(t), f).toBe(ref(t));
  });
});
