import { describe, expect, test } from 'vitest';
import { extractArticle, stripRubyArtefacts } from '../../../src/core/extract/index';
import { isMetaLine, matchAuthor, matchEditor, matchReportFragment, matchSource } from '../../../src/core/extract/byline';
import { isKeywordStuffing } from '../../../src/core/extract/spam';
import { parseMachineDate, parseTextDate } from '../../../src/core/extract/time';
import { html } from './helpers';

describe('stripRubyArtefacts', () => {
  test('removes toned pinyin after a Han character and counts it', () => {
    expect(stripRubyArtefacts('手機(jī)蘭州新聞網(wǎng)')).toEqual({ text: '手機蘭州新聞網', count: 2 });
  });
  test('leaves ordinary brackets alone', () => {
    const s = '技術經紀(理)人、SK-II(ok)、蘭州(Lanzhou)、的(de)';
    expect(stripRubyArtefacts(s)).toEqual({ text: s, count: 0 });
  });
  test('repairs a damaged artefact from the page’s own readings, drops unknown ones', () => {
    expect(stripRubyArtefacts('蘭州晚報(bào) 蘭州日?qǐng)?bào)').text).toBe('蘭州晚報 蘭州日報');
  });
});

describe('dates', () => {
  test.each([
    ['2025-04-10 09:06:31 智能朗讀:', '2025-04-10T09:06:31+08:00'],
    ['2025年4月10日 09:06 来源：新华社', '2025-04-10T09:06:00+08:00'],
    ['发布时间：2019/9/7 下午1:43', '2019-09-07T13:43:00+08:00'],
    ['2022年02月13日', '2022-02-13'],
  ])('%s', (s, iso) => expect(parseTextDate(s)?.iso).toBe(iso));
  test('machine dates: offsets, UTC shown in China time, epoch', () => {
    expect(parseMachineDate('2019-09-07T05:43:45Z')?.iso).toBe('2019-09-07T13:43:45+08:00');
    expect(parseMachineDate('2019-09-07T13:43:45+0900')?.iso).toBe('2019-09-07T13:43:45+09:00');
    expect(parseMachineDate('1567835025')?.iso).toBe('2019-09-07T13:43:45+08:00');
  });
  test('impossible dates are rejected', () => expect(parseTextDate('2025-13-40 25:99')).toBeNull());
});

describe('byline lines', () => {
  test('reporter after an organisation, several names, Traditional labels', () => {
    expect(matchAuthor('蘭州日報社全媒體記者 華靜')).toBe('華靜');
    expect(matchAuthor('本报记者 王建宏 张文攀')).toBe('王建宏 张文攀');
    expect(matchAuthor('新华社记者格桑边觉')).toBe('格桑边觉');
    expect(matchAuthor('文/李明')).toBe('李明');
  });
  test('source and editor', () => {
    expect(matchSource('2019-09-07 13:43:45 来源: 证券市场红周刊')).toBe('证券市场红周刊');
    expect(matchSource('來源: 蘭州日報')).toBe('蘭州日報');
    expect(matchEditor('（责任编辑：张迪）')).toBe('张迪');
    expect(matchEditor('責任編輯:王旭偉')).toBe('王旭偉');
    expect(matchEditor('编辑部地址：北京')).toBeNull();
  });
  test.each([
    ['本文来源于国家统计局　2024-05-11 09:36', '国家统计局'],
    ['來源於中央社', '中央社'],
    ['转载自人民网', '人民网'],
    ['资金主要来源于财政拨款', null],
  ])('origin without a colon opening the line: %s', (line, source) => expect(matchSource(line)).toBe(source));
  test.each([
    ['民視新聞陳韻平、郭文海台北報導', { org: '民視新聞', names: '陳韻平、郭文海' }],
    ['台視新聞 王小明 台中報導', { org: '台視新聞', names: '王小明' }],
    ['中央社記者張三台北報導', { org: '中央社', names: '張三' }],
    ['民視新聞綜合報導', null],
    ['本台報導', null],
  ])('a story signed by outlet, reporters and place: %s', (fragment, want) => expect(matchReportFragment(fragment)).toEqual(want));
  test('prose mentioning a reporter is not a byline line', () => {
    expect(isMetaLine('记者从市交通局获悉，新线路将于下月开通，方便市民出行。')).toBe(false);
    expect(isMetaLine('责任编辑：王旭伟')).toBe(true);
  });
});

describe('spam and hidden text', () => {
  test('keyword stuffing', () => {
    expect(isKeywordStuffing('国内精品久久人妻无码免费,婷婷五月天久久中文,亚欧无码vs在线观看,久久国产精品久久国产')).toBe(true);
    expect(isKeywordStuffing('北京、上海、广州、深圳四地同步开展活动')).toBe(false);
  });
  const para = (n: number) => `<p>${'这是一段用于测试的新闻正文内容，'.repeat(3)}第${n}段。</p>`;
  test.each([
    ['inline display:none', '<div style="display:none">'],
    ['off-screen class from <style>', '<div class="lk">'],
    ['hidden attribute', '<div hidden>'],
  ])('%s block is never body text and is reported', (_n, open) => {
    const doc = html(
      `<h1>测试新闻标题</h1><div class="article">${para(1)}${para(2)}${para(3)}</div>${open}<a href="#">免费在线观看精品</a>,<a href="#">久久精品视频网站</a>,<a href="#">最新久久精品电影</a></div>`,
      '<title>测试新闻标题_测试网</title><style>.lk{position:absolute;left:-9999px}</style>',
    );
    const a = extractArticle(doc);
    expect(a.text).not.toContain('久久');
    expect(a.blocks).toHaveLength(3);
    expect(a.warnings.find((w) => w.type === 'spam')?.count).toBe(1);
  });
});

describe('headline and furniture', () => {
  test('headline from the h1 matching <title> minus its site suffix; share/related/copyright out', () => {
    const doc = html(
      `<div class="nav"><a href="/">首页</a><a href="/a">新闻</a></div>
       <h1>某市召开科技大会</h1><div class="info">2025-04-10 09:06 来源：某市日报 作者：张三</div>
       <div class="content"><p>某市昨日召开科技大会，部署今年科技创新工作。会议强调，要加快成果转化。</p>
       <p>会上发布了一批重点项目，涉及新材料、生物医药等领域，总投资超过一百亿元。</p>
       <div class="share">分享到：微信 微博</div><p>（责任编辑：李四）</p></div>
       <div class="related"><h3>相关新闻</h3><ul><li><a href="/1">某市科技成果转化再提速</a></li><li><a href="/2">某市出台新政</a></li></ul></div>
       <div class="footer">版权所有 某市新闻网 未经授权禁止转载</div>`,
      '<title>某市召开科技大会_某市新闻网</title>',
    );
    const a = extractArticle(doc);
    expect(a.title).toBe('某市召开科技大会');
    expect(a.publishedAt).toBe('2025-04-10T09:06:00+08:00');
    expect([a.source, a.author, a.editor]).toEqual(['某市日报', '张三', '李四']);
    expect(a.blocks.map((b) => b.text.slice(0, 4))).toEqual(['某市昨日', '会上发布']);
    expect(a.isArticle).toBe(true);
  });
});

describe('dates (third pass)', () => {
  test.each([
    ['2014-12-17 (16:31)', '2014-12-17T16:31:00+08:00'],
    ['2014年12月17日（16：31）', '2014-12-17T16:31:00+08:00'],
    ['2014-12-17 (港聞)', '2014-12-17'],
  ])('%s', (s, iso) => expect(parseTextDate(s)?.iso).toBe(iso));
});
