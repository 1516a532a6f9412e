import { describe, expect, test } from 'vitest';
import { runCliCaptured } from '../cli-run';

const run = runCliCaptured;

describe('dubao pinyin', () => {
  test('json: one array per line aligned to code points', async () => {
    const r = await run(['pinyin'], '银行行长\nA還𠀀\n');
    expect(r.code).toBe(0);
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines[0]).toEqual([
      { char: '银', pinyin: 'yín' },
      { char: '行', pinyin: 'háng' },
      { char: '行', pinyin: 'háng' },
      { char: '长', pinyin: 'zhǎng' },
    ]);
    expect(lines[1]).toEqual([
      { char: 'A', pinyin: null },
      { char: '還', pinyin: 'hái' },
      { char: '𠀀', pinyin: null },
    ]);
  });
  test('text format and styles', async () => {
    const r = await run(['pinyin', '--format', 'text', '--style', 'numbers'], '我们走了。\n');
    expect(r.out).toBe('wo3 men5 zou3 le5。\n');
  });
  test('bad format is a usage error', async () => {
    const r = await run(['pinyin', '--format', 'xml'], '');
    expect(r.code).toBe(2);
  });
});
