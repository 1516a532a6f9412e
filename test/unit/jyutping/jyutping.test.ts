import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyse } from '../../../src/core/pinyin/readings';
import { jyutpingOf, libraryJyutping } from '../../../src/core/jyutping/index';
import { runCliCaptured as run } from '../cli-run';

const load = (f: string) =>
  readFileSync(path.resolve(__dirname, '../../fixtures/jyutping', f), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split('\t') as [string, string]);
const gold = load('gold.tsv');
const check = load('check.tsv');

const ours = (t: string) =>
  jyutpingOf(analyse(t))
    .map((x) => x.jyutping)
    .filter(Boolean)
    .join(' ');

describe('Jyutping in context', () => {
  test.each(gold)('%s → %s', (text, want) => {
    expect(ours(text)).toBe(want);
  });
  test.each([
    ['tuning half', gold],
    ['checking half', check],
  ] as const)('on the %s: ≥ 95% of syllables, and no worse than the library alone', (_, rows) => {
    let n = 0;
    let ok = 0;
    let lib = 0;
    for (const [text, want] of rows) {
      const w = want.split(' ');
      const o = ours(text).split(' ');
      const l = libraryJyutping(text)
        .map((x) => x.jyutping)
        .filter(Boolean);
      w.forEach((s, i) => {
        n++;
        if (o[i] === s) ok++;
        if (l[i] === s) lib++;
      });
    }
    expect(ok / n).toBeGreaterThanOrEqual(0.95);
    expect(ok).toBeGreaterThanOrEqual(lib);
  });
  test('polyphones 行 and 長 by their Mandarin reading', () => {
    expect(ours('行長')).toBe('hong4 zoeng2');
    expect(ours('行人')).toBe('hang4 jan4');
    expect(ours('長江')).toBe('coeng4 gong1');
    expect(ours('校長')).toBe('haau6 zoeng2');
    expect(ours('长江')).toBe('coeng4 gong1');
  });
  test('non-Han characters: null, aligned to code points', () => {
    expect(jyutpingOf(analyse('A𠀀港'))).toEqual([
      { char: 'A', jyutping: null },
      { char: '𠀀', jyutping: null },
      { char: '港', jyutping: 'gong2' },
    ]);
  });
});

describe('dubao pinyin --system jyutping', () => {
  test('json and text', async () => {
    const r = await run(['pinyin', '--system', 'jyutping'], '銀行\n');
    expect(JSON.parse(r.out)).toEqual([
      { char: '銀', jyutping: 'ngan4' },
      { char: '行', jyutping: 'hong4' },
    ]);
    const t = await run(['pinyin', '--system', 'jyutping', '--format', 'text'], '香港，行人。\n');
    expect(t.out).toBe('hoeng1 gong2， hang4 jan4。\n');
    expect((await run(['pinyin', '--system', 'wade'], '')).code).toBe(2);
  });
});
