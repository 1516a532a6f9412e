import { describe, expect, test } from 'vitest';
import { runCliCaptured as run } from '../cli-run';

describe('dubao lookup', () => {
  test.each([
    ['特區政府今日舉行記者會。', '舉行', 2],
    ['歌手在紅館舉行演唱會。', '演唱會', 3],
    ['新疆维吾尔自治区政府', '自治区', 2],
  ])('%s: the whole word %s with the cursor on its last character', async (text, word, hsk3) => {
    const at = [...text].indexOf([...word].at(-1)!, [...text].indexOf([...word][0]!));
    const r = await run(['lookup', '--at', String(at)], text);
    expect(r.code).toBe(0);
    const o = JSON.parse(r.out);
    expect(o.word).toBe(word);
    expect(o.end - o.start).toBe([...word].length);
    expect(o.level).toBe(word === '自治区' ? null : hsk3);
    expect(o.definitions.length).toBeGreaterThan(0);
  });
  test('code point offsets across lines and astral characters', async () => {
    const r = await run(['lookup', '--at', '5', '--list', 'hsk2'], '𠀀a\n他在銀行');
    const o = JSON.parse(r.out);
    expect([o.word, o.start, o.end, o.pinyin, o.level]).toEqual(['銀行', 5, 7, 'yín háng', 3]);
  });
  test('not Chinese: null; bad arguments: exit 2', async () => {
    expect(JSON.parse((await run(['lookup', '--at', '0'], 'abc')).out)).toBeNull();
    expect((await run(['lookup'], 'abc')).code).toBe(2);
    expect((await run(['lookup', '--at', '0', '--list', 'x'], 'abc')).code).toBe(2);
  });
});
