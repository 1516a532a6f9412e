/** Byline, source and time rules (second pass), each on small synthetic lines or pages. */
import { describe, expect, test } from 'vitest';
import { edgeFragments, isMetaLine, matchAuthor, matchBareNames, matchEditor, matchSource } from '../../../src/core/extract/byline';
import { extractArticle } from '../../../src/core/extract/index';
import { isLikelyPersonName, leadingName, splitPersonNames } from '../../../src/core/extract/names';
import { siteName, titleSiteName } from '../../../src/core/extract/site-name';
import { parseRelativeDate, parseTextDate, parseYearlessDate, urlDate, withYear } from '../../../src/core/extract/time';
import { html } from './helpers';

describe('name priors', () => {
  test('surname + 1–2 given characters, compound surnames, · names', () => {
    expect(isLikelyPersonName('胡晓蓉')).toBe(true);
    expect(isLikelyPersonName('謝明俊')).toBe(true);
    expect(isLikelyPersonName('欧阳娜娜')).toBe(true);
    expect(isLikelyPersonName('买买提·艾力')).toBe(true);
    expect(isLikelyPersonName('完')).toBe(false);
    expect(isLikelyPersonName('新华社')).toBe(false);
    expect(isLikelyPersonName('海外网')).toBe(false);
    expect(isLikelyPersonName('全文完')).toBe(false);
    expect(isLikelyPersonName('王小明明明')).toBe(false);
  });
  test('a name running on into an affiliation is cut where the next word starts', () => {
    expect(leadingName('方敏北京大学经济学院教授')).toBe('方敏');
    expect(leadingName('王小明清华大学教授')).toBe('王小明');
    expect(leadingName('欧阳娜娜复旦大学')).toBe('欧阳娜娜');
    expect(leadingName('北京大学教授')).toBeNull();
  });
  test('several names', () => {
    expect(splitPersonNames('余毅菁 向雪妮')).toEqual(['余毅菁', '向雪妮']);
    expect(splitPersonNames('王一鸣、李华')).toEqual(['王一鸣', '李华']);
    expect(splitPersonNames('南美站 测试')).toBeNull();
  });
});

describe('byline lines (second pass)', () => {
  test('the outlet qualifying 记者 is not part of the name', () => {
    expect(matchAuthor('采写：南都记者 余毅菁 向雪妮')).toBe('余毅菁 向雪妮');
    expect(matchAuthor('记者 张三 通讯员 李四')).toBe('张三');
  });
  test('a name run on into the affiliation is cut', () => {
    expect(matchAuthor('(作者：方敏北京大学经济学院教授)')).toBe('方敏');
  });
  test('a wire dateline runs the name into the place', () => {
    expect(matchAuthor('（中央社記者張小明台北10日電）')).toBe('張小明');
    expect(matchAuthor('新华社记者李华北京电')).toBe('李华');
  });
  test('作者 followed by page furniture is no byline', () => {
    expect(matchAuthor('作者最新文章')).toBeNull();
    expect(matchAuthor('作者简介：长期从事新闻工作')).toBeNull();
  });
  test('labels separated by 丨 / | / ｜', () => {
    expect(matchEditor('编辑丨张三')).toBe('张三');
    expect(matchAuthor('作者 | 李四')).toBe('李四');
    expect(matchSource('来源丨人民日报')).toBe('人民日报');
    expect(matchAuthor('〔記者王小明／台北報導〕')).toBe('王小明');
  });
  test('an outlet’s editor named after the label; 编辑部 is not an editor', () => {
    expect(matchEditor('（松花江网编辑 孙桂芳）')).toBe('孙桂芳');
    expect(matchEditor('人民网编辑部主任')).toBeNull();
  });
  test('bylines inside the first/last paragraph', () => {
    expect(edgeFragments('推动云南工业高质量发展。（记者 胡晓蓉）')).toEqual({ opening: null, closing: '记者 胡晓蓉' });
    expect(edgeFragments('据新华社拉萨电（记者 格桑边觉）记者近日从会上了解到。').opening).toBe('记者 格桑边觉');
    expect(edgeFragments('他说这很重要（见下图）然后离开了').closing).toBeNull();
  });
  test('a bare name closing the story is the reporter; （完）/（新华社） are not', () => {
    expect(matchBareNames('张巨峰')).toBe('张巨峰');
    expect(matchBareNames('完')).toBeNull();
    expect(matchBareNames('新华社')).toBeNull();
  });
  test('a line that is only a bracketed byline is metadata', () => {
    expect(isMetaLine('（松花江网编辑 孙桂芳）')).toBe(true);
    expect(isMetaLine('（张巨峰）')).toBe(true);
    expect(isMetaLine('（上）')).toBe(false);
  });
});

describe('site name as the source fallback', () => {
  test('og:site_name, then JSON-LD publisher, then the outlet in the <title> suffix', () => {
    expect(siteName(html('', '<meta property="og:site_name" content="中時電子報"><title>標題 - 社會 - 中時</title>'), '標題')).toBe(
      '中時電子報',
    );
    expect(
      siteName(
        html(
          '',
          '<script type="application/ld+json">{"author":{"name":"甲"},"publisher":{"@type":"Organization","name":"自由時報"}}</script>',
        ),
        null,
      ),
    ).toBe('自由時報');
    expect(titleSiteName('父親掐死兒後自縊 - 生活 - 自由時報電子報', '父親掐死兒後自縊')).toBe('自由時報電子報');
    expect(titleSiteName('吳宗憲：鼓勵患者別只往負面想 -- 上報 / 焦點', null)).toBe('上報');
    expect(titleSiteName('耐克鞋的气垫伤机_商业频道', null)).toBeNull();
  });
});

describe('time (second pass)', () => {
  test('a two-digit day glued to the time by adjacent inline elements', () => {
    expect(parseTextDate('发布时间：2019-09-3022:46')?.iso).toBe('2019-09-30T22:46:00+08:00');
    expect(parseYearlessDate('发布时间：09-3022:46')).toEqual({ month: 9, day: 30, time: [22, 46, 0] });
  });
  test('year-less dates: MM-DD needs a time, M月D日 does not; a full date is not year-less', () => {
    expect(parseYearlessDate('9月30日 22:46')).toEqual({ month: 9, day: 30, time: [22, 46, 0] });
    expect(parseYearlessDate('10月9日')).toEqual({ month: 10, day: 9, time: null });
    expect(parseYearlessDate('比分 3-2')).toBeNull();
    expect(parseYearlessDate('2019-09-30 22:46')).toBeNull();
  });
  test('the year comes from a machine date that agrees, else the fallback', () => {
    const md = { month: 9, day: 30, time: [22, 46, 0] as [number, number, number] };
    expect(withYear(md, [{ iso: '2019-09-30T22:46:13+08:00', hasTime: true }], null)?.iso).toBe('2019-09-30T22:46:00+08:00');
    expect(withYear(md, [{ iso: '2019-12-29', hasTime: false }], null)).toBeNull();
    expect(withYear(md, [], 2024)?.iso).toBe('2024-09-30T22:46:00+08:00');
  });
  test.each([
    ['http://www.he.xinhuanet.com/news/2012-06/04/content_25340717.htm', '2012-06-04'],
    ['https://china.chinadaily.com.cn/a/202311/17/WS65571297a310d5acd876f404.html', '2023-11-17'],
    ['http://www.gov.cn/xinwen/t20250410_123.html', '2025-04-10'],
    ['https://news.sina.com.cn/c/2019-11-25/doc-iihnzahi3275702.shtml', '2019-11-25'],
    ['https://www.example.com/20250410/a.html', '2025-04-10'],
  ])('URL date %s', (u, iso) => expect(urlDate(u)?.iso).toBe(iso));
  test('URLs without a date', () => {
    expect(urlDate('https://news.mydrivers.com/1/725/725506.htm')).toBeNull();
    expect(urlDate('https://www.upmedia.mg/news_info.php?SerialNo=83141')).toBeNull();
  });
  test('relative dates, in China time', () => {
    const now = new Date('2025-04-10T02:00:00Z'); // 10:00 in China
    expect(parseRelativeDate('3小时前', now)?.iso).toBe('2025-04-10T07:00:00+08:00');
    expect(parseRelativeDate('昨天 22:46', now)?.iso).toBe('2025-04-09T22:46:00+08:00');
    expect(parseRelativeDate('2天前', now)?.iso).toBe('2025-04-08');
    expect(parseRelativeDate('发布于 今天', now)?.iso).toBe('2025-04-10');
    expect(parseRelativeDate('今天天气很好，大家出门游玩', now)).toBeNull();
    expect(parseRelativeDate('发布于上周', now)).toBeNull();
  });
});

const P = (n: number) => `<p>这是一段用于测试的新闻正文内容，讲述了本市的最新进展情况，第${n}段。</p>`;

describe('article metadata on synthetic pages', () => {
  test('reporter signed in brackets at the end of the last paragraph', () => {
    const doc = html(
      `<h1>测试新闻标题</h1><div class="time">2025-04-10 09:06</div><div class="content">${P(1)}${P(2)}<p>会议强调要加快发展。（记者 胡晓蓉）</p></div>`,
      '<title>测试新闻标题</title>',
    );
    expect(extractArticle(doc).author).toBe('胡晓蓉');
  });
  test('a bare name in brackets closing the story', () => {
    const doc = html(
      `<h1>测试新闻标题</h1><div class="time">2025-04-10 09:06</div><div class="content">${P(1)}${P(2)}<p>活动将在三地举行。（张巨峰）</p></div>`,
      '<title>测试新闻标题</title>',
    );
    expect(extractArticle(doc).author).toBe('张巨峰');
  });
  test('a bracketed editor line after the body is out of the body; a legal notice ends the article', () => {
    const doc = html(
      `<h1>测试新闻标题</h1><div class="time">2025-04-10 09:06</div><div class="content">${P(1)}${P(2)}<p>（松花江网编辑 孙桂芳）</p>
       <p>反侵权公告：</p><p>未经书面许可，擅自转载本报社作品的，将涉嫌侵犯著作权人合法权益，本报社郑重公告如下。</p></div>`,
      '<title>测试新闻标题</title>',
    );
    const a = extractArticle(doc);
    expect(a.editor).toBe('孙桂芳');
    expect(a.blocks).toHaveLength(2);
  });
  test('year-less dateline: the year from a machine date that agrees, or from `now`, else none', () => {
    const body = `<h1>测试新闻标题</h1><div class="info"><span>发布时间：09-30</span><span>22:46</span></div><div class="content">${P(1)}${P(2)}${P(3)}</div>`;
    const withMeta = html(body, '<title>测试新闻标题</title><meta itemprop="dateUpdate" content="2019-09-30 22:46:13">');
    expect(extractArticle(withMeta).publishedAt).toBe('2019-09-30T22:46:00+08:00');
    const bare = html(body, '<title>测试新闻标题</title>');
    expect(extractArticle(bare).publishedAt).toBeNull();
    expect(extractArticle(bare, { now: new Date('2025-01-05T00:00:00Z') }).publishedAt).toBe('2024-09-30T22:46:00+08:00');
  });
  test('no date on the page: the URL’s date, else an e-paper issue date above the headline', () => {
    const body = `<h1>测试新闻标题</h1><div class="content">${P(1)}${P(2)}${P(3)}</div>`;
    expect(extractArticle(html(body, '<title>测试新闻标题</title>'), { url: 'http://x.cn/a/202202/13/content_1.html' }).publishedAt).toBe(
      '2022-02-13',
    );
    const paper = html(`<div><span>2022年02月13日</span></div><div class="detail">${body}</div>`, '<title>测试新闻标题</title>');
    expect(extractArticle(paper).publishedAt).toBe('2022-02-13');
  });
  test('source falls back to the site name; <meta name=author> naming the editor is not the author', () => {
    const doc = html(
      `<h1>测试新闻标题</h1><div class="time">2025-04-10 09:06</div><div class="content">${P(1)}${P(2)}<p>【责任编辑：严玉洁】</p></div>`,
      '<title>测试新闻标题 - 测试日报网</title><meta name="author" content="严玉洁">',
    );
    const a = extractArticle(doc);
    expect(a.source).toBe('测试日报网');
    expect(a.editor).toBe('严玉洁');
    expect(a.author).toBeNull();
  });
  test('a self-media account marked as the author', () => {
    const doc = html(
      `<h1>测试新闻标题</h1><div class="author-txt"><p class="author-name">IT之家</p><div>2025-04-10 09:06</div></div><div class="content">${P(1)}${P(2)}</div><div class="more">作者最新文章</div>`,
      '<title>测试新闻标题</title>',
    );
    expect(extractArticle(doc).author).toBe('IT之家');
  });
});

describe('end of the article (second pass)', () => {
  test('reader comments signed with a masked IP are not body; 原标题 lines with ！ are metadata', () => {
    const doc = html(
      `<h1>测试新闻标题</h1><div class="time">2025-04-10 09:06</div><div class="content"><p>原标题：快讯！测试新闻标题</p>${P(1)}${P(2)}
       <p>lr9111[219.130.79.*] 认为：</p><p>赞同楼上所说的，其实好多东西都是这样，只不过转了个圈。</p></div>`,
      '<title>测试新闻标题</title>',
    );
    expect(extractArticle(doc).blocks.map((b) => b.text.slice(-4))).toEqual(['第1段。', '第2段。']);
  });
});
