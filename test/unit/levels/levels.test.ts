import { describe, expect, test } from 'vitest';
import { createLevels, levelLabel, loadLevels } from '../../../src/core/levels/index';

describe('HSK levels (shipped table)', () => {
  // [word, HSK 3.0, HSK 2.0] as the source lists them.
  test.each([
    ['的', 1, 1],
    ['我们', 1, 1],
    ['银行', 2, 3],
    ['銀行', 2, 3],
    ['举行', 2, 3],
    ['舉行', 2, 3],
    ['演唱会', 3, null],
    ['演唱會', 3, null],
    ['大会', 4, null],
    ['大會', 4, null],
    ['政府', 4, 5],
    ['引发', 7, null],
    ['引發', 7, null],
    ['长江', null, 4],
    ['長江', null, 4],
    ['一会', 1, 3], // listed as 一会儿
    ['一會', 1, 3],
    ['自治区', null, null],
  ])('%s → HSK 3.0 %s, HSK 2.0 %s', async (word, n, o) => {
    const lv = await loadLevels();
    expect(lv.levelOf(word, 'hsk3')).toBe(n);
    expect(lv.levelOf(word, 'hsk2')).toBe(o);
  });
  test('size and longest word', async () => {
    const lv = await loadLevels();
    expect(lv.size).toBeGreaterThan(11000);
    expect(lv.maxLength).toBeGreaterThanOrEqual(4);
  });
});

describe('createLevels', () => {
  test('Traditional form never overrides a Simplified word; lowest level wins', () => {
    const lv = createLevels('乙\t甲\t5\t\n甲\t\t2\t3\n丙\t丁\t6\t\n戊\t丁\t4\t6\n');
    expect(lv.levelOf('甲', 'hsk3')).toBe(2);
    expect(lv.levelOf('甲', 'hsk2')).toBe(3);
    expect(lv.levelOf('丁', 'hsk3')).toBe(4);
    expect(lv.levelOf('丁', 'hsk2')).toBe(6);
    expect(lv.levelOf('乙', 'hsk2')).toBeNull();
    expect(lv.has('己')).toBe(false);
  });
  test('labels name the list', () => {
    expect(levelLabel('hsk3', 4)).toBe('HSK 3.0 · 4');
    expect(levelLabel('hsk3', 7)).toBe('HSK 3.0 · 7–9');
    expect(levelLabel('hsk2', 6)).toBe('HSK 2.0 · 6');
  });
});
