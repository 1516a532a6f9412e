/** Headline by agreement of <title>, og:title and the heading; the site's own name never the headline. Synthetic pages. */
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../../src/core/extract/index';
import { siteName, titleSiteName } from '../../../src/core/extract/site-name';
import { html } from './helpers';

const STORY = [
  '<p>受强烈大陆冷气团影响，明天白天北部低温约只有十三度，南部约十七到十九度，明晚温度将持续下降。</p>',
  '<p>气象局表示，明天强烈大陆冷气团影响，中部以北及东北部气温较低，其他地区早晚气温亦低。</p>',
  '<p>气象局指出，大陆冷气团在明天到十四号清晨影响最为明显，整体气温要到十四日白天后才有回升。</p>',
].join('');

describe('headline', () => {
  test.each([
    {
      name: 'og:title is only the site name, <title> is site-wide: the line above the story is the headline, not "site / section"',
      head: '<meta property="og:site_name" content="公视新闻网"><meta property="og:title" content="-公视新闻网"><title>公共电视台 新闻网</title>',
      body: `<table><tr><td><a href="/">公视新闻网</a> / 生活</td></tr><tr><td>强烈大陆冷气团明发威 愈晚愈冷</td></tr></table>${STORY}`,
      want: '强烈大陆冷气团明发威 愈晚愈冷',
    },
    {
      name: 'a site-wide <title> without separators loses to the line above the story',
      head: '<title>中国广播公司全球资讯网</title>',
      body: `<div>官网首页 &gt; 新闻网 &gt; 生活</div><div>强烈大陆冷气团明发威 愈晚愈冷</div><div>2014/12/11 18:58 报导</div>${STORY}`,
      want: '强烈大陆冷气团明发威 愈晚愈冷',
    },
    {
      name: 'a heading with the date glued on: the part agreeing with og:title',
      head: '<meta property="og:title" content="强烈大陆冷气团明发威 愈晚愈冷"><title></title>',
      body: `<div class="title">强烈大陆冷气团明发威 愈晚愈冷2014/12/1 18:13</div>${STORY}`,
      want: '强烈大陆冷气团明发威 愈晚愈冷',
    },
    {
      name: 'a heading with a bracketed section label: the part agreeing with <title>',
      head: '<title>强烈大陆冷气团明发威 愈晚愈冷- 星岛日报网页</title>',
      body: `<table><tr><td class="bodyhead">强烈大陆冷气团明发威 愈晚愈冷 (港闻)</td></tr></table>${STORY}`,
      want: '强烈大陆冷气团明发威 愈晚愈冷',
    },
    {
      name: '<title> that is "-site" only: the h1, not a welcome line naming the site',
      head: '<title>-铜雀历史网</title>',
      body: `<div>欢迎访问铜雀历史网!微信公众号：</div><h1>明天强烈冷气团来袭</h1>${STORY}`,
      want: '明天强烈冷气团来袭',
    },
    {
      name: 'a subtitle after —— is kept, the site suffix is not',
      head: '<title>冷气团明发威——专家提醒注意保暖_天气频道_某某网</title>',
      body: STORY,
      want: '冷气团明发威——专家提醒注意保暖',
    },
  ])('$name', ({ head, body, want }) => {
    expect(extractArticle(html(body, head)).title).toBe(want);
  });
});

describe('the site as source', () => {
  test('a channel is not the outlet; the outlet may come first in <title>', () => {
    expect(titleSiteName('無綫新聞 - 財經 - 市料美零售銷售續升 - tvb.com', '市料美零售銷售續升')).toBe('無綫新聞');
  });
  test('"网页" after the outlet is not part of its name', () => {
    expect(siteName(html('', '<title>廉署貪污舉報今年跌11%- 星島日報網頁</title>'), '廉署貪污舉報今年跌11%')).toBe('星島日報');
  });
  test('a one-character name before the outlet word is a name (上報), the bare word is not (財經)', () => {
    expect(titleSiteName('吳宗憲：別只往負面想 -- 上報 / 焦點', null)).toBe('上報');
    expect(titleSiteName('標題 - 財經', '標題')).toBeNull();
  });
});
