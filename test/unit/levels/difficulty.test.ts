import { describe, expect, test } from 'vitest';
import { articleDifficulty } from '../../../src/core/levels/difficulty';

// Synthetic sentences (written for this test).
const EASY = '我们今天去学校。他是我的朋友。我很喜欢吃米饭。你好，谢谢你！我们明天去商店买东西。';
const HARD = '该省将进一步深化供给侧结构性改革，统筹推进产业链现代化，完善知识产权保护体系，推动高质量发展。';

describe('articleDifficulty (the panel\u2019s words by level, as dubao vocab)', () => {
  test('a text of first-level words needs HSK 3.0 level ≤ 2; a policy text needs ≥ 5', async () => {
    const easy = await articleDifficulty({ text: EASY, list: 'hsk3' });
    const hard = await articleDifficulty({ text: HARD, list: 'hsk3' });
    expect(easy.level95).toBeLessThanOrEqual(2);
    expect(easy.reached95).toBe(true);
    expect(hard.level95).toBeGreaterThanOrEqual(5);
    expect(easy.list).toBe('hsk3');
    const sum = Object.values(easy.byLevel).reduce((a, b) => a + b, 0);
    expect(sum).toBe(easy.counted);
    expect(easy.known).toBeNull();
  });
  test('known words give the reader\u2019s own share; entities are not counted against the reader', async () => {
    const text = '张伟今天去学校。';
    const plain = await articleDifficulty({ text, list: 'hsk3', known: new Set(['今天', '去', '学校']) });
    expect(plain.known).toBeGreaterThan(0.5);
    expect(plain.known).toBeLessThanOrEqual(1);
    const named = await articleDifficulty({ text, list: 'hsk3', entities: [{ start: 0, end: 2, type: 'PER' }] });
    expect(named.skipped).toBeGreaterThanOrEqual(1);
    expect(named.counted).toBeLessThanOrEqual(plain.counted);
  });
  test('the list is the learner\u2019s: HSK 2.0 tops at 6', async () => {
    const d = await articleDifficulty({ text: HARD, list: 'hsk2' });
    expect(d.list).toBe('hsk2');
    expect(d.level95).toBeLessThanOrEqual(6);
  });
});
