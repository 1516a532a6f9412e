/** Dates in context: year-less dates resolve before publication, 当天/次日 from the day the text names. Synthetic sentences. */
import { describe, expect, test } from 'vitest';
import { findDates } from '../../../src/core/summary/dates';

const isoOf = (text: string, pub: string, mention: string) => findDates(text, pub).find((d) => d.text === mention)?.iso;

describe('a partial date is the nearest sensible one before publication', () => {
  test.each([
    ['without 去年', '11月4日，当地发生了一起事故，三人受伤。', '2005-03-10', '11月4日', '2004-11-04'],
    ['a date a few days ahead stays this year', '3月12日，展览将对公众开放。', '2005-03-10', '3月12日', '2005-03-12'],
    ['a plan months ahead stays this year', '大桥计划于10月1日建成通车。', '2005-03-10', '10月1日', '2005-10-01'],
    ['a bare day after the publish day is last month', '警方称，25日，嫌疑人被抓获。', '2005-03-10', '25日', '2005-02-25'],
    ['a bare day before it is this month', '警方称，8日，嫌疑人被抓获。', '2005-03-10', '8日', '2005-03-08'],
  ])('%s', (_n, text, pub, mention, want) => {
    expect(isoOf(text, pub, mention)).toBe(want);
  });
});

describe('当天 and 次日 count from the day the text is about', () => {
  test('after a named date', () => {
    const d = findDates('2月3日晚，他在家中摔倒。当天被送往医院，次日转入病房。', '2005-03-10');
    expect(d.find((x) => x.text === '当天')?.iso).toBe('2005-02-03');
    expect(d.find((x) => x.text === '次日')?.iso).toBe('2005-02-04');
  });
  test('with no date named, against publication', () => {
    expect(isoOf('当天下午，会议在市政府举行。', '2005-03-10', '当天')).toBe('2005-03-10');
  });
});
