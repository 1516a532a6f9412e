import { describe, expect, test } from 'vitest';
import { wordAt } from '../../../src/core/pinyin/index';
import { createCedict, loadCedict } from '../../../src/core/dict/cedict';

describe('CC-CEDICT', () => {
  test('lookups by Simplified and Traditional headword', async () => {
    const d = await loadCedict();
    expect(d.size).toBeGreaterThan(30000);
    const bank = d.lookup('银行');
    expect(bank[0]!.traditional).toBe('銀行');
    expect(bank[0]!.definitions.join(' ')).toMatch(/bank/);
    expect(d.lookup('銀行')[0]!.simplified).toBe('银行');
    expect(d.lookup('行').map((e) => e.pinyin)).toEqual(expect.arrayContaining(['hang2', 'xing2']));
    expect(d.lookup('不存在的词语啊')).toEqual([]);
  });
  test.each([
    ['银行', true],
    ['銀行', true],
    ['银', true],
    ['银行长', false],
    ['银行行', false],
    ['', false],
    ['zz', false],
  ])('has(%s) is %s, as lookup says', async (w, yes) => {
    const d = await loadCedict();
    expect(d.has(w)).toBe(yes);
    expect(d.lookup(w).length > 0).toBe(yes);
  });
  test.each([
    ['香港', true],
    ['長江', true],
    ['长江', true],
    ['银行', false],
    ['行', false],
    ['不存在', false],
  ])('isProperName(%s) is %s', async (w, yes) => {
    const d = await loadCedict();
    expect(d.isProperName(w)).toBe(yes);
    const es = d.lookup(w);
    expect(es.length > 0 && es.every((e) => /^[A-Z]/.test(e.pinyin))).toBe(yes);
  });
  test('createCedict works on unsorted input', () => {
    const d = createCedict('乙\t\tyi3\tsecond\n甲\t\tjia3\tfirst/armour\n');
    expect(d.lookup('甲')[0]!.definitions).toEqual(['first', 'armour']);
    expect(d.lookup('乙')[0]!.pinyin).toBe('yi3');
    expect([d.has('甲'), d.has('乙'), d.has('丙'), d.has('甲乙')]).toEqual([true, true, false, false]);
  });
});

describe('wordAt: the whole word, not the character under the cursor', () => {
  // [text, word, cursor on which character of it] — the words a learner meets first (issue 19).
  const cases: Array<[string, string]> = [
    ['特區政府今日舉行記者會。', '舉行'],
    ['歌手昨晚在紅館舉行演唱會，吸引上萬人。', '演唱會'],
    ['全國人民代表大會今日開幕。', '大會'],
    ['全国人民代表大会今日开幕。', '大会'],
    ['事件引發社會關注。', '引發'],
    ['新疆维吾尔自治区政府发布通知。', '自治区'],
    ['他在银行工作。', '银行'],
    ['長江水位持續上漲。', '長江'],
    ['长江水位持续上涨。', '长江'],
  ];
  const rows = cases.flatMap(([text, word]) => [...word].slice(1).map((_, k) => [text, word, k + 1] as const));
  test.each(rows)('%s: cursor on character %#', async (text, word, k) => {
    const at = text.indexOf(word) + k;
    const w = (await wordAt(text, at))!;
    expect(w.word, `cursor on ${text[at]} of ${word}`).toBe(word);
    expect(w.start).toBe(text.indexOf(word));
    expect(w.char!.char).toBe(text[at]);
  });
  test('a dictionary word that cuts through the segmentation is not taken (银行|长大, not 行长)', async () => {
    const w = (await wordAt('他在银行长大。', 3))!;
    expect(w.word).toBe('银行');
  });
  test('level and whole definitions', async () => {
    const w = (await wordAt('特區政府今日舉行記者會。', 7))!;
    expect(w.level).toEqual({ hsk3: 2, hsk2: 3 });
    expect(w.definitions[0]).toBe('to hold (a meeting, ceremony etc)');
    const z = (await wordAt('作為香港市民', 1))!;
    expect(z.definitions.join('; ')).toMatch(/to act as/);
  });
});

describe('wordAt on text with inline pinyin artefacts (the seed page: 強(qiáng)化…布局。重點(diǎn))', () => {
  // The artefacts are not characters of the text: the platform's words must index the characters
  // the engine read, or the popup shows a word several characters before the cursor.
  test.each([
    [
      '《方案》還提出,要強(qiáng)化基礎(chǔ)研究布局。重點(diǎn)推進(jìn)加速器醫(yī)用同位素藥物研發(fā)平臺(tái)等重大科技基礎(chǔ)設(shè)施建設(shè),支持科研“新四軍”建設(shè)基礎(chǔ)學(xué)科研究中心。',
      '重點',
      '重',
    ],
    [
      '《方案》還提出,要強(qiáng)化基礎(chǔ)研究布局。重點(diǎn)推進(jìn)加速器醫(yī)用同位素藥物研發(fā)平臺(tái)等重大科技基礎(chǔ)設(shè)施建設(shè),支持科研“新四軍”建設(shè)基礎(chǔ)學(xué)科研究中心。',
      '基礎',
      '礎',
    ],
  ])('%s: cursor on %s', async (text, word, ch) => {
    const at = text.indexOf(ch, text.indexOf(word.slice(0, 2)));
    const w = (await wordAt(text, at))!;
    expect(w.word).toBe(word);
  });
});

describe('wordAt', () => {
  test('segmenter word under the cursor with its in-context reading', async () => {
    const text = '他在银行工作，行长很忙。';
    const w = (await wordAt(text, 3))!;
    expect(w.word).toBe('银行');
    expect([w.start, w.end]).toEqual([2, 4]);
    expect(w.pinyin).toBe('yín háng');
    expect(w.traditional).toBe('銀行');
    expect(w.definitions.join(' ')).toMatch(/bank/);
    const z = (await wordAt(text, 7))!;
    expect(z.word).toBe('行长');
    expect(z.pinyin).toBe('háng zhǎng');
  });
  test('Traditional text: both scripts, readings from context', async () => {
    const w = (await wordAt('他們還在銀行', 4))!;
    expect(w.word).toBe('銀行');
    expect(w.simplified).toBe('银行');
    expect(w.traditional).toBe('銀行');
    const h = (await wordAt('他們還在銀行', 2))!;
    expect(h.syllables[h.word.indexOf('還')]).toBe('hai2');
  });
  test('non-Han or out of range gives null', async () => {
    expect(await wordAt('abc 中', 1)).toBeNull();
    expect(await wordAt('中', 5)).toBeNull();
  });
  test('single polyphone: definitions of the reading in context first', async () => {
    const w = (await wordAt('我们走了', 3))!;
    expect(w.syllables).toEqual(['le5']);
    expect(w.entries[0]!.pinyin).toBe('le5');
  });
});
