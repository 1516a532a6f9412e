/** The publication time's zone: kept as the page states it (meta, JSON-LD, a GMT/UTC dateline), shown in the panel. Synthetic pages. */
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../../src/core/extract/index';
import { parseMachineDate, parseTextDate } from '../../../src/core/extract/time';
import { shownTime } from '../../../src/ui/panel/sections';
import { html } from './helpers';

const BODY = [
  '今天上午，市政府召开新闻发布会，介绍了全市今年新建学校的进展情况，多所学校已经开工。',
  '有关负责人表示，新建学校将在明年秋季投入使用，可以新增学位一万多个，缓解入学压力。',
  '据了解，这些学校分布在城区和新区，配套建设了运动场、图书馆和食堂等设施，方便学生。',
]
  .map((s) => `<p>${s}</p>`)
  .join('');
const page = (head: string, dateline = '') =>
  html(`<h1>全市今年新建学校十所</h1>${dateline}<div class="article">${BODY}</div>`, `<title>全市今年新建学校十所 - 某某网</title>${head}`);

describe('stated zones in dates', () => {
  test.each([
    ['2014-12-11 18:58 GMT', { iso: '2014-12-12T02:58:00+08:00', zone: '+00:00', local: '2014-12-11T18:58:00+00:00' }],
    ['2014年12月11日 18:58 (UTC+9)', { iso: '2014-12-11T18:58:00+09:00', zone: '+09:00', local: '2014-12-11T18:58:00+09:00' }],
    ['发布时间：2014-12-11 18:58 UTC+08:00', { iso: '2014-12-11T18:58:00+08:00', zone: '+08:00', local: '2014-12-11T18:58:00+08:00' }],
    ['2014-12-11 18:58 UTC-5', { iso: '2014-12-11T18:58:00-05:00', zone: '-05:00', local: '2014-12-11T18:58:00-05:00' }],
  ])('text: %s', (line, want) => expect(parseTextDate(line)).toEqual({ hasTime: true, ...want }));

  test.each([
    ['2014-12-11 18:58 来源：新华社', { iso: '2014-12-11T18:58:00+08:00', hasTime: true }],
    ['2014-12-11 18:58 UTCTV', { iso: '2014-12-11T18:58:00+08:00', hasTime: true }],
    ['2014-12-11 GMT', { iso: '2014-12-11', hasTime: false }],
  ])('text without a stated zone of the time: %s', (line, want) => expect(parseTextDate(line)).toEqual(want));

  test('machine dates keep the stated offset and the time as given', () => {
    expect(parseMachineDate('2019-09-07T05:43:45Z')).toEqual({
      iso: '2019-09-07T13:43:45+08:00',
      hasTime: true,
      zone: '+00:00',
      local: '2019-09-07T05:43:45+00:00',
    });
    expect(parseMachineDate('2019-09-07T13:43:45+0900')).toMatchObject({ iso: '2019-09-07T13:43:45+09:00', zone: '+09:00' });
    // An epoch or a bare local time states no zone.
    expect(parseMachineDate('1567835025')?.zone).toBeUndefined();
    expect(parseMachineDate('2019-09-07 13:43:45')?.zone).toBeUndefined();
  });
});

describe('the extract result', () => {
  test.each([
    [
      'JSON-LD datePublished with an offset',
      page('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-04-07T13:19:00+09:00"}</script>'),
      { publishedAt: '2024-04-07T13:19:00+09:00', publishedZone: '+09:00', publishedLocal: '2024-04-07T13:19:00+09:00' },
    ],
    [
      'article:published_time in UTC',
      page('<meta property="article:published_time" content="2024-04-07T05:19:00Z">'),
      { publishedAt: '2024-04-07T13:19:00+08:00', publishedZone: '+00:00', publishedLocal: '2024-04-07T05:19:00+00:00' },
    ],
    [
      'a GMT dateline',
      page('', '<div class="date">2024-04-07 05:19 GMT</div>'),
      { publishedAt: '2024-04-07T13:19:00+08:00', publishedZone: '+00:00', publishedLocal: '2024-04-07T05:19:00+00:00' },
    ],
    [
      'a dateline with no zone',
      page('', '<div class="date">2024-04-07 13:19</div>'),
      { publishedAt: '2024-04-07T13:19:00+08:00', publishedZone: null, publishedLocal: null },
    ],
  ])('%s', (_name, doc, want) => expect(extractArticle(doc)).toMatchObject(want));
});

describe('the panel shows the time as printed, with a zone other than China time', () => {
  test.each([
    [
      { publishedAt: '2024-04-07T13:19:00+08:00', publishedZone: '+00:00', publishedLocal: '2024-04-07T05:19:00+00:00' },
      '2024-04-07 05:19 UTC',
    ],
    [
      { publishedAt: '2024-04-07T13:19:00+09:00', publishedZone: '+09:00', publishedLocal: '2024-04-07T13:19:00+09:00' },
      '2024-04-07 13:19 UTC+9',
    ],
    [
      { publishedAt: '2024-04-07T13:19:00+05:30', publishedZone: '+05:30', publishedLocal: '2024-04-07T13:19:00+05:30' },
      '2024-04-07 13:19 UTC+5:30',
    ],
    [
      { publishedAt: '2024-04-07T13:19:00+08:00', publishedZone: '+08:00', publishedLocal: '2024-04-07T13:19:00+08:00' },
      '2024-04-07 13:19',
    ],
    [{ publishedAt: '2024-04-07T13:19:00+08:00', publishedZone: null, publishedLocal: null }, '2024-04-07 13:19'],
    [{ publishedAt: '2024-04-07T13:19:00+08:00' }, '2024-04-07 13:19'],
  ])('%j → %s', (a, want) => expect(shownTime(a)).toBe(want));
});
