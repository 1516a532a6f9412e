/** The "injected spam" warning: only injected unrelated content, not the site's own hidden furniture. Synthetic pages. */
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../../src/core/extract/index';
import { isKeywordStuffing, spamWords } from '../../../src/core/extract/spam';
import { html } from './helpers';

const para = (n: number) => `<p>${'市政府今天召开新闻发布会，介绍了本市交通建设的最新进展情况，'.repeat(2)}这是第${n}段。</p>`;
const page = (extra: string, head = '') =>
  html(
    `<h1>本市交通建设再提速</h1><div class="article">${para(1)}${para(2)}${para(3)}</div>${extra}`,
    `<title>本市交通建设再提速_本市新闻网</title>${head}`,
  );
const spamCount = (doc: Document) => extractArticle(doc).warnings.find((w) => w.type === 'spam')?.count ?? 0;

describe('hidden site furniture is not spam', () => {
  test.each([
    [
      'a hidden drop-down menu of links',
      '<div style="display:none"><a href="/a">新闻中心</a> <a href="/b">民生服务</a> <a href="/c">房产家居</a> <a href="/d">汽车频道</a> <a href="/e">视频直播</a></div>',
    ],
    [
      'a hidden list of sister sites',
      '<div class="hide"><a href="http://a.example.cn/">本市日报</a> <a href="http://b.example.cn/">本市晚报</a> <a href="http://c.example.cn/">本市广播电视台</a> <a href="http://d.example.cn/">本省政法网</a></div>',
    ],
    ['a hidden login box with commas', '<div hidden>请先登录，账号登录，短信登录，十天内免登录，忘记密码，没有帐号？立即注册</div>'],
    [
      'a hidden upgrade notice',
      '<div style="display:none">您的浏览器版本过低，为了获得更好的浏览体验，请升级到最新版本的浏览器，或者使用其他浏览器访问本站。</div>',
    ],
    [
      'a hidden copy of the lead paragraph (share summary)',
      '<div style="display:none">本市交通建设再提速，市政府今天召开新闻发布会，介绍了本市交通建设的最新进展情况。</div>',
    ],
  ])('%s', (_name, extra) => {
    expect(spamCount(page(extra))).toBe(0);
  });

  test('a visible tag list repeating a word is not keyword stuffing (short tags)', () => {
    expect(isKeywordStuffing('汽车,新能源汽车,汽车补贴,汽车下乡')).toBe(false);
  });
});

describe('injected content is reported', () => {
  test.each([
    [
      'hidden gambling links',
      '<div style="position:absolute;left:-9999px"><a href="http://x1.example/">澳门真人娱乐城</a> <a href="http://x2.example/">百家乐开户送彩金</a> <a href="http://x3.example/">体育投注平台</a></div>',
      1,
    ],
    ['hidden pharma text', '<div style="display:none">正品伟哥专卖 壮阳药物网购 货到付款 全国包邮 隐私发货</div>', 1],
    [
      'hidden adult keyword stuffing',
      '<div hidden><a href="#">免费在线观看精品</a>,<a href="#">久久精品视频网站</a>,<a href="#">最新久久精品电影</a></div>',
      1,
    ],
    [
      'hidden SEO paragraphs sharing one keyword prefix',
      ['甲', '乙', '丙'].map((x) => `<p style="display:none">热门推荐，本地${x}区新建公园正式开放迎客</p>`).join(''),
      3,
    ],
  ])('%s', (_name, extra, n) => {
    expect(spamCount(page(extra))).toBe(n);
  });

  test('spam words are found in Traditional too', () => {
    expect(spamWords('線上娛樂城 百家樂')).toEqual(expect.arrayContaining(['百家樂', '娛樂城']));
  });

  test('keyword stuffing of long phrases is still stuffing', () => {
    expect(isKeywordStuffing('国内精品久久人妻无码免费,婷婷五月天久久中文,亚欧无码vs在线观看,久久国产精品久久国产')).toBe(true);
  });
});
