/** The readings a learner notices first on news pages (issue 19), in the CLI's engine and in ruby. */
import { describe, expect, test } from 'vitest';
import { addRuby, readingsOf } from '../../../src/core/pinyin/index';

const at = (text: string, ch: string, nth = 0) => {
  const rs = readingsOf(text);
  const hits = rs.filter((r) => r.char === ch);
  return hits[nth]?.pinyin;
};

describe('readings a learner hits in the first minute', () => {
  test.each([
    // 为 wèi before a beneficiary, a verb done for it following
    ['持續為地方經濟發展提供支持', '為', 'wèi'],
    ['不僅為高校和科研院所提供了平台', '為', 'wèi'],
    ['这次为兰州市民办实事', '为', 'wèi'],
    ['为地方提供资金', '为', 'wèi'],
    // …but wéi where 以 opened the clause, and in words
    ['以創新為核心引擎', '為', 'wéi'],
    ['他成为老师', '为', 'wéi'],
    // 更为 / 较为 / 尤为 before an adjective: the adverb suffix wéi, Simplified and Traditional
    ['这一点更为重要', '为', 'wéi'],
    ['這一點更為重要', '為', 'wéi'],
    ['问题较为突出', '为', 'wéi'],
    ['尤為關鍵的是', '為', 'wéi'],
    // …and wèi before a beneficiary whatever precedes it
    ['政府为地方提供资金', '为', 'wèi'],
    ['這為我們提供了經驗', '為', 'wèi'],
    // 差 chà after a degree word, before a particle too
    ['质量太差了', '差', 'chà'],
    ['服务很差的', '差', 'chà'],
    ['成绩太差。', '差', 'chà'],
    // 干 gàn of a doer
    ['是我干的', '干', 'gàn'],
    ['这是谁干的好事', '干', 'gàn'],
    ['衣服干了', '干', 'gān'],
    // 塞 sāi after a passive or disposal marker
    ['他被塞纸条', '塞', 'sāi'],
    ['被人塞纸条', '塞', 'sāi'],
    ['交通堵塞', '塞', 'sè'],
    ['边塞诗', '塞', 'sài'],
  ])('%s: %s is %s', (text, ch, want) => {
    expect(at(text, ch), text).toBe(want);
  });
});

describe('了 of 为了 before a verb with 解 (为了|解决), 了解 after 为 (为|了解)', () => {
  test.each([
    ['为了解决问题', 'wèi le jiě jué wèn tí'],
    ['是为了解释清楚', 'shì wèi le jiě shì qīng chǔ'],
    ['為了解決問題', 'wèi le jiě jué wèn tí'],
    ['为了解放思想', 'wèi le jiě fàng sī xiǎng'],
    ['为了解情况', 'wèi liǎo jiě qíng kuàng'],
    ['为了解群众需求', 'wèi liǎo jiě qún zhòng xū qiú'],
    ['为了了解情况', 'wèi le liǎo jiě qíng kuàng'],
    ['记者了解到', 'jì zhě liǎo jiě dào'],
    ['群众不了解', 'qún zhòng bù liǎo jiě'],
  ])('%s → %s', (text, want) => {
    expect(
      readingsOf(text)
        .map((r) => r.pinyin)
        .join(' '),
    ).toBe(want);
  });
});

describe('了解 in ruby as in the CLI', () => {
  test.each([
    ['<p>記者了解到，蘭州市為地方經濟發展提供了支持。</p>'],
    ['<p>据了解，这次会议将于明天举行。</p>'],
    ['<p>加深對<b>中國</b>的了解</p>'],
  ])('%s', (html) => {
    document.body.innerHTML = html;
    const h = addRuby([document.querySelector('p')!]);
    const rubies = [...document.querySelectorAll('ruby')];
    const liao = rubies.flatMap((r) => [...r.querySelectorAll('rt')].map((rt) => [rt.previousSibling?.textContent, rt.textContent]));
    const i = liao.findIndex(([c]) => c === '了' || c === '瞭');
    expect(liao[i]![1]).toBe('liǎo');
    expect(liao[i + 1]).toEqual(['解', 'jiě']);
    // both characters of the word in one <ruby> (syllables of a word grouped)
    const word = rubies.find((r) => r.textContent.includes('了') && r.textContent.includes('解'));
    expect(word, 'ruby holding 了解').toBeDefined();
    h.remove();
  });
});
