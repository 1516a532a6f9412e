/** Source, author and editor rules (third pass): synthetic lines. */
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../../src/core/extract/index';
import { html } from './helpers';
import { matchAuthor, matchDatelineOrg, matchEditor, matchReporterOrg, matchSource } from '../../../src/core/extract/byline';

describe('editors: every label on the line, and names listed after one', () => {
  test.each([
    ['编辑：倪仕轩 责任编辑：杨格', '倪仕轩、杨格'],
    ['责任编辑：王敏、李洁', '王敏、李洁'],
    ['（责任编辑：张迪）', '张迪'],
    ['（松花江网编辑 孙桂芳）', '孙桂芳'],
    ['责任编辑：王敏，来源：新华社', '王敏'],
    ['编辑部地址：北京', null],
  ])('%s → %s', (line, want) => expect(matchEditor(line)).toBe(want));
});

describe('authors: names only', () => {
  test.each([
    ['記者賴淑敏 蔣龍祥 台北報導', '賴淑敏 蔣龍祥'],
    ['记者从市政府了解到，今年全市将新建学', null],
    ['记者 张三分享到', '张三'],
    ['本报记者 王建宏 张文攀', '王建宏 张文攀'],
  ])('%s → %s', (line, want) => expect(matchAuthor(line)).toBe(want));
});

describe('sources: the origin, from 来源 lines and wire datelines', () => {
  test.each([
    ['来源：人民日报', matchSource, '人民日报'],
    ['新华社北京12月7日电（记者张三）今天上午', matchDatelineOrg, '新华社'],
    ['（中央社記者張三桃園19日電）桃園市政府今天表示', matchDatelineOrg, '中央社'],
    ['本报北京12月7日电 今天上午', matchDatelineOrg, null],
    ['（光明日报记者 张三）', matchReporterOrg, '光明日报'],
  ] as Array<[string, (s: string) => string | null, string | null]>)('%s', (line, fn, want) => expect(fn(line)).toBe(want));
});

describe('structured data and script variables', () => {
  const STORY =
    '<h1>全市今年新建学校十所</h1><div class="article"><p>今天上午，市政府召开新闻发布会，介绍了全市今年新建学校的进展情况，多所学校已经开工。</p><p>有关负责人表示，新建学校将在明年秋季投入使用，可以新增学位一万多个，缓解入学压力。</p></div>';
  test.each([
    [
      'JSON-LD author object',
      '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"王小明"}}</script>',
      'author',
      '王小明',
    ],
    [
      'JSON-LD author list',
      '<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"李华"}]}</script>',
      'author',
      '李华',
    ],
    [
      'a WeChat-style script variable (epoch seconds)',
      '<script>var ct = "1567835025";</script>',
      'publishedAt',
      '2019-09-07T13:43:45+08:00',
    ],
    [
      'a publish_time variable',
      '<script>window.DATA = {publish_time: "2019-09-07 13:43:45"};</script>',
      'publishedAt',
      '2019-09-07T13:43:45+08:00',
    ],
  ] as const)('%s', (_name, head, field, want) => {
    const a = extractArticle(html(STORY, `<title>全市今年新建学校十所 - 某某网</title>${head}`));
    expect(a[field]).toBe(want);
  });
});

describe('a government disclosure page', () => {
  const STORY = [
    '二〇二二年，全县上下坚持稳中求进工作总基调，经济运行总体平稳，发展质量稳步提升，民生保障有力有效。',
    '全年地区生产总值比上年增长百分之四点五，其中第一产业增长百分之三点八，第二产业增长百分之五点一。',
    '全年居民人均可支配收入比上年增长百分之六点二，城乡居民收入差距继续缩小，消费市场逐步回暖。',
  ];
  const doc = (head: string) =>
    html(
      `<div class="meta-data"><dl><dd><label>索 引 号：</label><div>014742224A/2023-0043406</div></dd><dd><label>生成日期：</label><div>2023-05-11</div></dd><dd><label>责任部门：</label><div>某县统计局</div></dd></dl></div>` +
        `<h1>某县2022年国民经济和社会发展统计公报</h1><div class="reldocs"><h3>关联稿件：</h3><ul><li><a href="/jd.html">图文解读：《某县统计公报》</a><span class="time">2023-07-12</span></li></ul></div>` +
        `<div class="article-content">${STORY.map((s) => `<p>${s}</p>`).join('')}</div>`,
      `<title>某县2022年国民经济和社会发展统计公报 | 某县人民政府</title>${head}`,
    );
  test('the labelled date above the headline, not a related item’s date nor the page-generation stamp', () => {
    expect(extractArticle(doc('<meta name="PubDate" content="2023-08-16 10:33:59">')).publishedAt).toBe('2023-05-11');
  });
  test('the source from the government-site meta ContentSource', () => {
    expect(extractArticle(doc('<meta name="ContentSource" content="某县统计局">')).source).toBe('某县统计局');
  });
});
