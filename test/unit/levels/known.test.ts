import { describe, expect, test } from 'vitest';
import { addKnown, formatWordList, KNOWN_MAX, parseKnown, parseWordList, removeKnown } from '../../../src/core/levels/index';

describe('known-word store', () => {
  test('parseKnown keeps valid Han words only, without duplicates, within the bound', () => {
    expect(parseKnown(undefined)).toEqual([]);
    expect(parseKnown('银行')).toEqual([]);
    expect(parseKnown(['银行', 3, null, 'abc', '銀行', '银行', '', '𠀀'])).toEqual(['银行', '銀行', '𠀀']);
    expect(parseKnown(['甲', '乙', '丙'], 2)).toEqual(['甲', '乙']);
  });
  test('at the bound: what does not fit is refused and counted, never dropped silently', () => {
    const full = Array.from({ length: 5 }, (_, i) => String.fromCodePoint(0x4e00 + i));
    const c = addKnown(full.slice(0, 4), ['乙', '丙', full[0]!], 5);
    expect(c.added).toBe(1);
    expect(c.refused).toBe(1);
    expect(c.list).toHaveLength(5);
    expect(c.list).toContain('乙');
    expect(c.list).toEqual([...full.slice(0, 4), '乙']);
    expect(addKnown(c.list, ['丙'], 5)).toMatchObject({ added: 0, refused: 1 });
    expect(addKnown(c.list, [full[1]!], 5)).toMatchObject({ added: 0, refused: 0 });
    expect(KNOWN_MAX).toBeGreaterThanOrEqual(10_000);
  });
  test('the default bound holds KNOWN_MAX words', () => {
    const many = Array.from(
      { length: KNOWN_MAX + 10 },
      (_, i) => String.fromCodePoint(0x4e00 + (i % 20000)) + String.fromCodePoint(0x4e00 + Math.floor(i / 20000)),
    );
    const c = addKnown([], many);
    expect(c.list).toHaveLength(KNOWN_MAX);
    expect(c.refused).toBe(10);
    expect(parseKnown(c.list)).toHaveLength(KNOWN_MAX);
  });
  test('remove, and export/import round trip (Pleco and Anki lines too)', () => {
    const list = addKnown([], ['银行', '銀行', '了解', '𠀀字']).list;
    expect(removeKnown(list, ['銀行'])).toEqual(['银行', '了解', '𠀀字']);
    expect(parseWordList(formatWordList(list))).toEqual(list);
    const imported = addKnown(list, parseWordList('政府[政府]\tzheng4fu3\tgovernment\n<b>举行</b>\tjǔxíng\n'));
    expect(imported.added).toBe(2);
    expect(imported.list.slice(-2)).toEqual(['政府', '举行']);
  });
  test('words that are not words are not added', () => {
    expect(addKnown([], ['abc', '', '一二三四五六七八九十一二三四五六七'])).toMatchObject({ added: 0, list: [] });
  });
});
