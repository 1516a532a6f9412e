import { describe, expect, test } from 'vitest';
import { StoryGrouper } from '../../../src/core/scan/group';
import { bodyFingerprint } from '../../../src/core/scan/fingerprint';
import { statedOrigin } from '../../../src/core/scan/origin';
import type { PageRecord } from '../../../src/core/scan/analyze';

const STORY = [
  '南屏市12日召开全市优化营商环境大会，发布支持民营企业发展的二十条措施，涉及融资、用地、人才和审批等方面。',
  '根据措施，市财政今年将安排5亿元设立中小企业纾困基金，对首次贷款的小微企业给予一年贴息，贴息比例最高为50%。',
  '市发展改革委主任表示，新措施将于4月1日起施行，各部门要在一个月内出台配套细则，确保政策尽快落地见效。',
].join('\n');
const STORY_TW = [
  '南屏市12日召開全市優化營商環境大會，發布支持民營企業發展的二十條措施，涉及融資、用地、人才和審批等方面。',
  '根據措施，市財政今年將安排5億元設立中小企業紓困基金，對首次貸款的小微企業給予一年貼息，貼息比例最高為50%。',
  '市發展改革委主任表示，新措施將於4月1日起施行，各部門要在一個月內出臺配套細則，確保政策儘快落地見效。',
].join('\n');
const OTHER = [
  '南屏港今年一季度完成集装箱吞吐量20.8万标箱，同比增长14.5%，首次在一季度突破20万标箱，创下历史新高。',
  '港务集团介绍，去年底开通的江海直达航线每周往返4班，单程时间缩短至36小时，吸引了周边省份的外贸货源。',
].join('\n');

function rec(url: string, body: string, publishedAt: string | null, source: string | null, title = '标题'): PageRecord {
  return {
    url,
    title,
    publishedAt,
    author: null,
    editor: null,
    stated: statedOrigin(source, body, body),
    figures: [],
    entities: { people: [], places: [], organizations: [], documents: [] },
    keySentence: null,
    chars: body.length,
    fingerprint: bodyFingerprint(body),
  };
}

describe('StoryGrouper', () => {
  test('a Traditional reprint of a Simplified story is the same story; the earliest time and both URLs are kept', () => {
    const g = new StoryGrouper();
    g.add(rec('http://a.cn/2', STORY_TW, '2025-03-13T08:00:00+08:00', '江城晚報', '繁体标题'));
    g.add(rec('http://a.cn/1', STORY, '2025-03-12T10:00:00+08:00', '南屏日报', '原始标题'));
    g.add(rec('http://a.cn/3', OTHER, null, '南屏日报'));
    const s = g.stories();
    expect(s).toHaveLength(2);
    expect(s[0]!.urls).toEqual(['http://a.cn/2', 'http://a.cn/1']);
    expect(s[0]!.publishedAt).toBe('2025-03-12T10:00:00+08:00');
    expect(s[0]!.title).toBe('原始标题');
    expect(s[0]!.source).toBe('南屏日报');
    expect(s[0]!.pages.map((p) => p.source)).toEqual(['江城晚報', '南屏日报']);
  });

  test('a page holding most of another (an abridged reprint with an added paragraph) is the same story', () => {
    const g = new StoryGrouper();
    g.add(rec('http://a.cn/1', STORY, null, null));
    g.add(
      rec('http://a.cn/2', STORY.split('\n').slice(0, 2).join('\n') + '\n记者注意到，不少企业负责人在会后表示将用足用好政策。', null, null),
    );
    expect(g.stories().map((s) => s.urls.length)).toEqual([2]);
  });

  test('two stories sharing a sentence stay apart', () => {
    const g = new StoryGrouper();
    g.add(rec('http://a.cn/1', STORY, null, null));
    g.add(rec('http://a.cn/2', OTHER + '\n' + STORY.split('\n')[2], null, null));
    expect(g.stories()).toHaveLength(2);
  });

  test('the dateline agency is the origin, whatever 来源 each page gives', () => {
    const g = new StoryGrouper();
    const wire = `新华社北京3月12日电（记者张明）${STORY}`;
    g.add(rec('http://a.cn/1', wire, '2025-03-12T10:00:00+08:00', '南屏日报'));
    g.add(rec('http://a.cn/2', wire, '2025-03-12T11:00:00+08:00', '江城晚报'));
    expect(g.stories()[0]!.origin).toBe('新华社');
  });
});

describe('statedOrigin', () => {
  test.each([
    ['新华社北京3月12日电（记者张明）国务院常务会议12日召开。', '新华社'],
    ['（中央社記者王小明台北12日電）行政院今天通過新法案。', '中央社'],
    ['中新网上海3月12日电 上海今天发布新规。', '中新网'],
    ['据新华社电 国家统计局今天发布数据。', '新华社'],
    ['本报讯（记者李四）我市今天召开会议。', null],
    ['新华社的报道引起关注，记者今天采访了专家。', null],
  ])('%s → %s', (body, agency) => {
    expect(statedOrigin(null, body, body).agency).toBe(agency);
  });
  test.each([
    ['原标题：南屏四市签署协议', '南屏四市签署协议'],
    ['原標題：《長江中游四市簽署合作協議》', '長江中游四市簽署合作協議'],
  ])('original title in %s', (text, want) => {
    expect(statedOrigin(null, '', text).originalTitle).toBe(want);
  });
  test('转载自 names where the page was taken from', () => {
    expect(statedOrigin(null, '正文。本文转载自南屏日报，版权归原作者所有。', '').reprintedFrom).toBe('南屏日报');
  });
});
