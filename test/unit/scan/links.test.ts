import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { decodeHtml } from '../../../src/core/decode/decode-html';
import { parseHtml } from '../../../src/cli/io';
import { findArticleLinks, urlShape } from '../../../src/core/scan/links';

const SITE = path.resolve(__dirname, '../../fixtures/scan/site');
const BASE = 'http://news.nanping-daily.com.cn/list/index.html';
const U = (p: string) => new URL(p, 'http://news.nanping-daily.com.cn/').href;

function listDoc(): Document {
  return parseHtml(decodeHtml(readFileSync(path.join(SITE, 'index.html'))).text);
}

describe('findArticleLinks on the GBK fixture list page', () => {
  const scan = findArticleLinks(listDoc(), BASE);
  const urls = scan.articles.map((a) => a.url);

  test('finds the 12 list items, in page order', () => {
    expect(urls).toEqual([
      U('/news/2025/0310/1001.html'),
      U('/news/2025/0312/1002.html'),
      U('/news/2025/0313/1003.html'),
      U('/news/2025/0313/show.php?id=88'),
      U('/news/2025/0314/1004.html'),
      U('/news/2025/0315/1005.html'),
      U('/news/2025/0315/1010.html'),
      U('/news/2025/0316/1006.html'),
      U('/news/2025/0316/1012.html'),
      U('/news/2025/0317/1007.html'),
      U('/news/2025/0318/1008.html'),
      U('/news/2025/0319/1009.html'),
    ]);
  });

  test('the headline is the anchor text, decoded from GBK', () => {
    expect(scan.articles[0]!.text).toBe('南屏市一季度地区生产总值同比增长6.2%');
  });

  test.each([
    ['/list/index_2.html', 'pagination'],
    ['/list/index_9.html', 'pagination'],
    ['/guonei/', 'navigation'],
    ['/about.html', 'navigation'],
    ['/sitemap.html', 'navigation'],
    ['/copyright.html', 'navigation'],
    ['/login.html', 'not-headline'],
  ])('%s is not scanned (%s)', (p, reason) => {
    expect(urls).not.toContain(U(p));
    expect(scan.rejected.find((r) => r.url === U(p))?.reason).toBe(reason);
  });

  test('a headline on another site is not scanned', () => {
    expect(urls.some((u) => u.includes('people-example'))).toBe(false);
    expect(scan.rejected.some((r) => r.reason === 'other-site' && r.text.includes('春季农业生产'))).toBe(true);
  });
});

function doc(body: string): Document {
  return parseHtml(`<!doctype html><html><head><meta charset="utf-8"></head><body>${body}</body></html>`);
}

describe('findArticleLinks on small pages', () => {
  test('<base href> decides where relative links go', () => {
    const d = parseHtml(
      '<html><head><base href="http://www.city.gov.cn/xwzx/"></head><body><ul>' +
        '<li><a href="202503/t20250312_1.html">市政府召开第十二次常务会议研究重点工作</a></li></ul></body></html>',
    );
    expect(findArticleLinks(d, 'http://www.city.gov.cn/index.html').articles.map((a) => a.url)).toEqual([
      'http://www.city.gov.cn/xwzx/202503/t20250312_1.html',
    ]);
  });
  test('a cut headline takes the title attribute', () => {
    const d = doc(
      '<ul><li><a href="/a/2025/0312/1.html" title="全市重点项目集中开工总投资超过一百亿元">全市重点项目集中开工...</a></li></ul>',
    );
    expect(findArticleLinks(d, 'http://x.com.cn/').articles[0]!.text).toBe('全市重点项目集中开工总投资超过一百亿元');
  });
  test('a bar of short channel names is navigation, a dated headline beside it is not', () => {
    const d = doc(
      '<div class="bar"><a href="/gn/">国内</a><a href="/gj/">国际</a><a href="/cj/">财经</a><a href="/ty/">体育</a></div>' +
        '<div class="news"><a href="/gn/2025-03-12/88231.shtml">省政府出台措施支持民营企业发展</a></div>',
    );
    expect(findArticleLinks(d, 'http://x.com.cn/').articles.map((a) => a.url)).toEqual(['http://x.com.cn/gn/2025-03-12/88231.shtml']);
  });
  test('the same URL twice is one link with the longer text', () => {
    const d = doc(
      '<a href="/n/2025/0312/9.html"><img src="p.jpg"></a><a href="/n/2025/0312/9.html">港口集装箱吞吐量首季突破二十万标箱</a>',
    );
    const r = findArticleLinks(d, 'http://x.com.cn/');
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0]!.text).toBe('港口集装箱吞吐量首季突破二十万标箱');
  });
  test('a document download is a file, not an article', () => {
    const d = doc(
      '<ul><li><a href="/Upload/File/202004/20200424180640_2144.pdf">某某基金管理有限公司关于旗下基金参加费率优惠活动的公告</a></li></ul>',
    );
    const r = findArticleLinks(d, 'http://x.com.cn/');
    expect(r.articles).toEqual([]);
    expect(r.rejected[0]!.reason).toBe('file');
  });
  test('javascript:, mailto: and fragment links are ignored', () => {
    const d = doc(
      '<a href="javascript:void(0)">省政府出台措施支持民营企业发展</a><a href="mailto:a@b.cn">省政府出台措施支持民营企业发展</a><a href="#top">省政府出台措施支持民营企业发展</a>',
    );
    expect(findArticleLinks(d, 'http://x.com.cn/').articles).toEqual([]);
  });
});

describe('a government 信息公开 list (table layout, cut titles, category menu, pagination)', () => {
  const d = parseHtml(`<html><head><meta charset="utf-8"></head><body>
    <div class="head"><a href="/">网站首页</a><a href="/zwgk/">政务公开</a><a href="/hdjl/">互动交流</a><a href="/bsfw/">办事服务</a></div>
    <div class="left"><ul><li><a href="../tzgg/">通知公告</a></li><li><a href="../zcwj/">政策文件</a></li><li><a href="../rsxx/">人事信息</a></li><li><a href="../ghjh/">规划计划</a></li></ul></div>
    <table class="list">
      <tr><td><a href="./202503/t20250312_4455.html" title="关于做好2025年春季森林防火工作的通知">关于做好2025年春季森林防火工...</a></td><td>2025-03-12</td></tr>
      <tr><td><a href="./202503/t20250310_4431.html" title="市人民政府办公室关于印发城区停车管理办法的通知">市人民政府办公室关于印发城区...</a></td><td>2025-03-10</td></tr>
      <tr><td><a href="./202502/t20250228_4398.html">2025年第一批公开招聘事业单位工作人员公告</a></td><td>2025-02-28</td></tr>
      <tr><td><a href="./202502/t20250220_4377.html">关于征求《城乡供水条例（草案）》意见的公告</a></td><td>2025-02-20</td></tr>
    </table>
    <div class="page">共5页 <a href="index.html">首页</a> <a href="index.html">上一页</a> <a href="index_1.html">下一页</a> <a href="index_4.html">尾页</a></div>
    <div class="bottom"><a href="/wzdt/">网站地图</a> <a href="/lxwm/">联系我们</a> 主办单位：某市人民政府办公室</div>
  </body></html>`);
  const r = findArticleLinks(d, 'http://www.example.gov.cn/zwgk/tzgg/index.html');
  test('the four notices, full titles, nothing else', () => {
    expect(r.articles.map((a) => a.url.replace('http://www.example.gov.cn/zwgk/tzgg/', ''))).toEqual([
      '202503/t20250312_4455.html',
      '202503/t20250310_4431.html',
      '202502/t20250228_4398.html',
      '202502/t20250220_4377.html',
    ]);
    expect(r.articles[0]!.text).toBe('关于做好2025年春季森林防火工作的通知');
  });
});

describe('urlShape', () => {
  test.each([
    ['http://a.cn/2025/0312/1.html', true, true, false],
    ['http://a.cn/xwzx/202503/t20250312_445566.html', true, true, false],
    ['http://a.cn/20/0530/01/FDRAMOLJ0001899O.html', true, true, false],
    ['http://a.cn/detail.php?NEENO=285838', false, true, false],
    ['http://a.cn/news/', false, false, true],
    ['http://a.cn/news/index.html', false, false, true],
  ])('%s: dated %s, item %s, channel %s', (u, dated, item, channel) => {
    expect(urlShape(new URL(u))).toMatchObject({ dated, item, channel, media: false });
  });
  test.each([
    'http://a.cn/photoview/4TM10005/167904.html',
    'http://a.cn/videocity/video_play.asp?id=165389',
    'http://a.cn/live/room/226162.html',
  ])('%s is a media page', (u) => {
    expect(urlShape(new URL(u)).media).toBe(true);
  });
});
