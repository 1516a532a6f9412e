import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyse, type Analysis } from '../../../src/core/pinyin/readings';
import { createLevels, loadLevels, parseWordList, formatWordList, vocabulary } from '../../../src/core/levels/index';
import { runCliCaptured as run } from '../cli-run';

/** A hand-made analysis: words given as segments (no engine involved). */
function analysis(segments: string[]): Analysis {
  const chars: string[] = [];
  const words: number[] = [];
  segments.forEach((s, w) => {
    for (const c of s) {
      chars.push(c);
      words.push(w);
    }
  });
  const offsets = chars.map((_, i) => chars.slice(0, i).join('').length);
  return { chars, simplified: chars, offsets, syllables: chars.map(() => 'a1'), words };
}

describe('coverage arithmetic', () => {
  const levels = createLevels(['甲\t\t1\t1', '乙\t\t1\t2', '丙\t\t2\t3', '丁\t\t4\t', '戊己\t\t7\t6'].join('\n'));
  test('byLevel counts running words; level95 is the lowest level reaching 95%', () => {
    // 20 running words: 17 at level 1, 2 at level 2, 1 at level 4 → 85%, 95% at level 2.
    const segs = [...Array(17).fill('甲'), '丙', '丙', '丁'];
    const { coverage, tokens } = vocabulary(analysis(segs), levels);
    expect(tokens).toHaveLength(20);
    expect(coverage.byLevel).toEqual({ 1: 17, 2: 2, 3: 0, 4: 1, 5: 0, 6: 0, 7: 0, none: 0 });
    expect(coverage.counted).toBe(20);
    expect(coverage.level95).toBe(2);
    expect(coverage.reached95).toBe(true);
  });
  test('exactly 95% is enough; just under is not', () => {
    expect(vocabulary(analysis([...Array(19).fill('甲'), '丁']), levels).coverage.level95).toBe(1);
    expect(vocabulary(analysis([...Array(18).fill('甲'), '丁', '丁']), levels).coverage.level95).toBe(4);
  });
  test('words outside the list count against the reader; level95 then stays at the top, not reached', () => {
    const { coverage } = vocabulary(analysis(['甲', '甲', '辛', '甲']), levels);
    expect(coverage.byLevel.none).toBe(1);
    expect(coverage.level95).toBe(7);
    expect(coverage.reached95).toBe(false);
  });
  test('HSK 2.0 list: its own levels and top level 6', () => {
    const { coverage } = vocabulary(analysis(['甲', '乙', '戊己']), levels, { list: 'hsk2' });
    expect(coverage.byLevel).toEqual({ 1: 1, 2: 1, 3: 0, 4: 0, 5: 0, 6: 1, none: 0 });
    expect(coverage.level95).toBe(6);
  });
  test('numbers, names and entities are not counted', () => {
    const an = analysis(['甲', '三十五', '庚辛', '甲', '乙']);
    const { coverage, tokens } = vocabulary(an, levels, { entities: [{ start: 4, end: 6, type: 'LOC' }] });
    expect(tokens.map((t) => t.skip ?? null)).toEqual([null, 'number', 'name', null, null]);
    expect(coverage.counted).toBe(3);
    expect(coverage.skipped).toBe(2);
    expect(coverage.level95).toBe(1);
    // A person's name is left out even when its characters are listed words; in a place only unlisted words are.
    const p = vocabulary(analysis(['甲', '乙', '丙']), levels, { entities: [{ start: 0, end: 2, type: 'PER' }] });
    expect(p.coverage.counted).toBe(1);
    const l = vocabulary(analysis(['甲', '乙', '丙']), levels, { entities: [{ start: 0, end: 2, type: 'LOC' }] });
    expect(l.coverage.counted).toBe(3);
    const d = vocabulary(analysis(['甲', '庚辛']), levels, { isProperName: (w) => w === '庚辛' });
    expect(d.tokens[1]!.skip).toBe('name');
  });
  test('known words: the share of counted words the reader knows', () => {
    const { coverage, tokens } = vocabulary(analysis(['甲', '甲', '丙', '丁']), levels, { known: new Set(['甲', '丁']) });
    expect(coverage.known).toBe(0.75);
    expect(tokens.map((t) => t.known)).toEqual([true, true, false, true]);
    expect(vocabulary(analysis(['甲']), levels).coverage.known).toBeNull();
  });
  test('segments joined into a listed word, and an unlisted segment cut into listed words', () => {
    const j = vocabulary(analysis(['戊', '己', '甲']), levels);
    expect(j.tokens.map((t) => [t.text, t.level])).toEqual([
      ['戊己', 7],
      ['甲', 1],
    ]);
    const c = vocabulary(analysis(['甲丙', '乙']), levels);
    expect(c.tokens.map((t) => [t.text, t.level])).toEqual([
      ['甲', 1],
      ['丙', 2],
      ['乙', 1],
    ]);
    // Lone unlisted characters: a dictionary word when there is one, else one unknown word.
    const w = vocabulary(analysis(['庚', '辛', '甲', '壬', '癸']), levels, { isWord: (x) => x === '庚辛' });
    expect(w.tokens.map((t) => t.text)).toEqual(['庚辛', '甲', '壬癸']);
  });
});

describe('vocabulary on real text (shipped levels and engine)', () => {
  test.each([
    ['我们今天去学校。我的朋友很喜欢吃米饭，他也喜欢喝茶。妈妈在家里看书。', 1],
    ['我們今天去學校。我的朋友很喜歡吃米飯，他也喜歡喝茶。媽媽在家裡看書。', 1],
  ])('a text of level-1 words: level95 ≤ 2 (%s)', async (text, max) => {
    const { coverage } = vocabulary(analyse(text), await loadLevels());
    expect(coverage.level95).toBeLessThanOrEqual(max + 1);
    expect(coverage.byLevel.none).toBe(0);
  });
  test.each([
    ['银行', 2],
    ['銀行', 2],
    ['举行', 2],
    ['舉行', 2],
    ['演唱会', 3],
    ['演唱會', 3],
    ['政府', 4],
    ['引發', 7],
  ])('%s gets HSK 3.0 level %i inside a sentence', async (w, level) => {
    const text = `他们昨天${w}了。`;
    const { tokens } = vocabulary(analyse(text), await loadLevels());
    const t = tokens.find((x) => x.text === w);
    expect(t, `token ${w} in ${tokens.map((x) => x.text).join('|')}`).toBeDefined();
    expect(t!.level).toBe(level);
  });
});

describe('word lists', () => {
  test('plain, Pleco and Anki exports', () => {
    const pleco = '// Pleco flashcards\n银行[銀行]\tyin2hang2\tbank\n举行\tju3xing2\tto hold\n';
    expect(parseWordList(pleco)).toEqual(['银行', '銀行', '举行']);
    const anki = '#separator:tab\n#html:true\n<b>政府</b>\tzhèngfǔ\tgovernment\n"演唱会"\tconcert\n';
    expect(parseWordList(anki)).toEqual(['政府', '演唱会']);
    expect(parseWordList('\uFEFF甲\r\n乙\n\n甲\nabc\n')).toEqual(['甲', '乙']);
    expect(parseWordList('甲\n乙\n丙\n', 2)).toEqual(['甲', '乙']);
  });
  test('round trip', () => {
    const words = ['银行', '銀行', '𠀀字', '了解'];
    expect(parseWordList(formatWordList(words))).toEqual(words);
  });
});

describe('dubao vocab', () => {
  test('tokens with code point offsets and coverage; --known', async () => {
    const r = await run(['vocab'], '😀我们去银行。');
    expect(r.code).toBe(0);
    const o = JSON.parse(r.out);
    expect(o.tokens[0]).toEqual({ text: '我们', start: 1, end: 3, pinyin: 'wǒ men', level: 1 });
    expect(o.tokens.map((t: { text: string }) => t.text)).toEqual(['我们', '去', '银行']);
    expect(o.coverage.byLevel).toMatchObject({ 1: 2, 2: 1, none: 0 });
    expect(o.coverage.level95).toBe(2);
    expect(o.coverage.known).toBeNull();
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'dubao-known-')), 'known.txt');
    writeFileSync(file, '我们\n銀行[银行]\tyin2hang2\tbank\n');
    const k = JSON.parse((await run(['vocab', '--known', file], '我们去银行。')).out);
    expect(k.coverage.known).toBe(0.667);
    expect(k.tokens.map((t: { known: boolean }) => t.known)).toEqual([true, false, true]);
    expect((await run(['vocab', '--list', 'hsk4'], '')).code).toBe(2);
    expect((await run(['vocab', '--known', '/nonexistent/file'], '')).code).toBe(2);
  });
});
