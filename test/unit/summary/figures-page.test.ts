/** Figures that are values, one row per value and measure, ranked; key sentences that are never captions. Synthetic sentences. */
import { describe, expect, test } from 'vitest';
import { summarize } from '../../../src/core/summary/index';
import { confidentMeasure } from '../../../src/core/summary/figures';
import { parseNumber } from '../../../src/core/summary/numbers';
import { isNeverKey } from '../../../src/core/summary/key-sentences';

const values = (t: string) => summarize(t).figures.map((f) => f.value);

describe('Chinese numerals in full', () => {
  test.each([
    ['卅二', 32],
    ['廿五', 25],
    ['几十', 10],
    ['十几', 10],
    ['数百', 100],
    ['两千', 2000],
  ])('%s → %d', (n, want) => {
    expect(parseNumber(n)).toBe(want);
  });
  test.each([
    ['卅二歲 (Traditional)', '一名卅二歲男子昨日被捕。', '卅二歲'],
    ['两千余人', '活动吸引了两千余人参加。', '两千余人'],
  ])('%s is read whole', (_n, text, want) => {
    expect(values(text)).toContain(want);
  });
  test.each([
    ['几十万元', '他先后借给对方几十万元。'],
    ['数百名', '该组织吸纳了数百名投诚者。'],
    ['十几个', '涉及十几个人及公司。'],
  ])('a vague amount (%s) is no figure and no misread part of one (guide §2)', (_n, text) => {
    expect(values(text)).toEqual([]);
  });
});

describe('numbers and units apart', () => {
  test.each([
    ['a unit after a space', '这款耳机售价999 美元，本月上市。', '999 美元'],
    ['a magnitude after a space', '项目总投资6400 万元，明年完工。', '6400 万元'],
    ['a full-width decimal written 。', '今年平均發放１。３８個月的年終獎金。', '１。３８個月'],
  ])('%s', (_n, text, want) => {
    expect(values(text)).toContain(want);
  });
});

describe('words that are no figures', () => {
  test.each([
    ['零部件', '这台设备由近万个零部件组成。', ['零部']],
    ['四位一体', '当地推行四位一体的管理模式。', ['四位']],
    ['唯一一家', '这是全市唯一一家提供夜间服务的书店。', ['一一家', '一家']],
    ['a year before 国内', '２０１４國內年終調查顯示結果不錯。', ['２０１４國']],
  ])('%s', (_n, text, bad) => {
    const got = values(text);
    for (const b of bad) expect(got, `figures: ${got.join(', ')}`).not.toContain(b);
  });
});

describe('one row per value and measure, ranked', () => {
  test('a repeated value is one row with its mentions', () => {
    const t = '警方追回赃款400万元。据介绍，400万元已退还。会上再次提到400万元。另有3人被捕。';
    const rows = summarize(t).figures.filter((f) => f.number === 4e6);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.mentions).toHaveLength(3);
  });
  test('the figure of the headline and lead comes first', () => {
    const t = '会议还提到，去年接待游客12万人次。全市今年新建学校15所，新增学位8000个。';
    const s = summarize(t, { title: '全市新增学位8000个' });
    expect(s.figures[0]!.value).toBe('8000个');
  });
});

describe('what it counts, from the grammar around the number', () => {
  const measureOf = (text: string, value: string) => summarize(text).figures.find((f) => f.value === value)?.measure?.text ?? null;
  test.each([
    ['an age before the person', '一名32岁男子昨晚在家中被发现。', '32岁', '男子'],
    ['an age before 的 + the person', '她带着5岁的女儿来到医院。', '5岁', '女儿'],
    ['a verb before a noun suffix (增长率)', '今年全球经济增长率将从3%降至2.3%。', '2.3%', '全球经济增长率'],
    [
      'a change after a comparison takes the measure of the figure before',
      '今年共收到投诉举报2190宗，较去年2452宗跌11%。',
      '11%',
      '投诉举报',
    ],
  ])('%s', (_n, text, value, want) => {
    expect(measureOf(text, value)).toBe(want);
  });
});

describe('what it counts: none rather than a stray word', () => {
  test.each([
    ['率', false],
    ['拟', false],
    ['月', false],
    ['万元低市价', false],
    ['逃生不', false],
    ['用户数', true],
    ['中标价', true],
    ['负', true],
  ])('%s → %s', (m, want) => {
    expect(confidentMeasure(m)).toBe(want);
  });
});

describe('never a key sentence', () => {
  const letters = (t: string) => t.replace(/[^\p{L}\p{N}]/gu, '').length;
  test.each([
    ['▲市民在广场上参加活动，现场气氛热烈，很多人拍照留念。'],
    ['图为开幕式现场，来自各地的代表参加了今天的会议。'],
    ['山区道路修通后，村民出行方便了很多。（王小川摄）'],
    ['拿出十万元来做房产投资，一来以钱生钱，二来为今后养老留条后路 王小川/摄'],
    ['十月一日，游客在新开放的湿地公园里观赏候鸟，拍照留念。 新华社记者 李明 摄'],
    ['游客在新开放的湿地公园里观赏候鸟，拍照留念 图/王小川'],
    ['共享充电宝。'],
    ['你还不知道？'],
    ['本网站所有内容版权归本公司所有，未经授权不得转载或使用。'],
    ['var ad = document.getElementById("top"); function show() { return 1; }'],
  ])('%s', (t) => {
    expect(isNeverKey(t, letters(t))).toBe(true);
  });
  test.each([
    ['（记者 张明 通讯员 李华）'],
    ['来源：新华社 作者：王小明 责任编辑：赵丽 2024年3月1日 10时15分 浏览次数'],
    ['本报记者 王芳 实习生 陈杰 报道'],
    ['《我想对你们说》作者：王小明，实验小学五（6）班。'],
  ])('a byline or credit line: %s', (t) => {
    expect(isNeverKey(t, letters(t))).toBe(true);
  });
  test.each([
    ['市政府今天宣布，全市将新建十所学校，新增学位一万个。'],
    ['记者从市教育局获悉，今年全市将新建十所学校，新增学位一万个。'],
    ['记者走访本市5家公立医院发现，暑期就诊人数增加了四成。'],
    ['专家透露空气污染最主要的来源，一是工业企业的燃煤。'],
    ['这部讲述山区教师的电影去年秋天在云南拍摄'],
    ['这部讲述山区教师的电影去年在云南大理拍摄。'],
    ['市民可以通过手机扫码预约参观，并在指定区域拍照和摄影'],
    ['专家透露本市空气污染最主要的来源，一是工业企业的燃煤，去年燃煤两千多万吨；'],
  ])('a news sentence can be, even with 记者 or 来源 in it: %s', (t) => {
    expect(isNeverKey(t, letters(t))).toBe(false);
  });
  test('a caption first does not become the key sentence', () => {
    const t = '▲图为新建成的大桥。\n全长三公里的跨江大桥今天正式通车，两岸居民往来时间缩短到十分钟。\n大桥由本市建设集团承建，历时三年。';
    expect(summarize(t, { keySentences: 1 }).keySentences[0]!.text).toContain('跨江大桥今天正式通车');
  });
});

describe('one person, one age row: the same age said again of a person in a later sentence', () => {
  const ageRows = (t: string) =>
    summarize(t)
      .figures.filter((f) => f.kind === 'age')
      .map((f) => f.value);
  test.each([
    ['Simplified', '一名79岁独居老翁昨日在家中身亡。警方说，这名79岁的独居老庙公平日靠香油钱维生。', ['79岁']],
    ['Traditional', '一名79歲獨居老翁昨日在家中身亡。警方說，這名79歲的獨居老廟公平日靠香油錢維生。', ['79歲']],
    ['a woman named twice', '45岁的女子在街头晕倒。路人发现这名45岁的妇人后立即报警。', ['45岁']],
  ])('%s', (_n, text, want) => {
    expect(ageRows(text), text).toEqual(want);
  });
  test.each([
    ['two people of one age in one sentence', '79岁的老翁和79岁的老妇一同获救。', ['79岁', '79岁']],
    ['two ages stay two rows', '一名79岁老翁昨日身亡。他的儿子是一名52岁的工人。', ['79岁', '52岁']],
  ])('near miss: %s', (_n, text, want) => {
    expect(ageRows(text), text).toEqual(want);
  });
});
