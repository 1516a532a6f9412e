/**
 * Qualifiers and measures by the classes of the figure annotation guide (§6 measures, §7 qualifiers), on
 * news sentences written for these tests (no corpus text): several sentences per rule, and near-misses the
 * rule must not fire on. Each case names the class it checks.
 */
import { describe, expect, test } from 'vitest';
import { figureMentions } from '../../../src/core/summary/index';

const find = (text: string, value: string) => figureMentions(text).find((f) => f.value === value);
const measureOf = (text: string, value: string) => {
  const f = find(text, value);
  expect(f, `no figure ${value} in ${text}`).toBeDefined();
  return f!.measure?.text ?? null;
};

describe('measure: the subject before a time phrase between it and the verb (guide §6: temporal words are dropped)', () => {
  test.each([
    ['去年 before 同比下降', '出口额去年同比下降4.2%。', '4.2%', '出口额'],
    ['a month range before 同比增长', '全市工业用电量1至5月同比增长9.6%。', '9.6%', '电量'],
    ['今年上半年 before 增长了', '全省旅游收入今年上半年增长了18%。', '18%', '旅游收入'],
    ['a year before 达到', '该公司营业收入2023年达到56亿元。', '56亿元', '营业收入'],
    ['截至 + a month end before 达到', '居民存款余额截至6月底达到3000亿元。', '3000亿元', '居民存款余额'],
    ['Traditional script', '出口額去年同比下降4.2%。', '4.2%', '出口額'],
  ])('%s', (_n, text, value, want) => {
    expect(measureOf(text, value)).toContain(want);
  });
  test.each([
    // the time phrase opens its clause: nothing before it is a subject
    ['a time phrase opening the clause', '据介绍，去年同比下降4.2%。', '4.2%', '据介绍'],
    // a time inside a comparison (比1996年) is the base of the change, not a time between subject and verb
    ['a time after 比 is the base, not a time between', '出口额比1996年增长12%。', '12%', '比'],
  ])('not: %s', (_n, text, value, bad) => {
    expect(measureOf(text, value) ?? '').not.toContain(bad);
  });
});

describe('measure: adverbs of frequency and manner between the subject and its verb', () => {
  test.each([
    ['首次', '今年一季度出口额首次突破100亿美元。', '100亿美元', '出口额'],
    ['再次', '该市人口总量再次突破1000万人。', '1000万人', '人口总量'],
    ['大幅', '公司净利润大幅增长35%。', '35%', '净利润'],
    ['继续', '全市空气优良天数继续保持在300天以上。', '300天以上', '空气优良天数'],
  ])('%s', (_n, text, value, want) => {
    const m = measureOf(text, value);
    expect(m).toContain(want);
    expect(m).not.toMatch(/首次|再次|大幅|继续/);
  });
});

describe('measure: the topic before a comma, opened by a scope word (全市, 该校)', () => {
  test.each([
    ['全市 + noun, then a time word', '全市旅游总收入，今年上半年达到85亿元。', '85亿元', '旅游总收入'],
    ['该校 + noun, then a time word and an adverb', '该校在校学生，去年已经超过3000人。', '3000人', '在校学生'],
    ['a bare topic still counts', '社区医院，全市目前共有312所。', '312所', '社区医院'],
  ])('%s', (_n, text, value, want) => {
    expect(measureOf(text, value)).toContain(want);
  });
  test.each([
    // a topic clause with a verb of its own is a clause, not a topic noun
    ['a clause with a verb is no topic', '该校举办活动，去年共有3000人。', '3000人'],
  ])('not: %s', (_n, text, value) => {
    expect(measureOf(text, value) ?? '').not.toContain('活动');
  });
});
