/**
 * Qualifiers and measures by the classes of the figure annotation guide (§6 measures, §7 qualifiers), on
 * news sentences written for these tests (no corpus text): several sentences per rule, and near-misses the
 * rule must not fire on. Each case names the class it checks.
 */
import { describe, expect, test } from 'vitest';
import { figureMentions } from '../../../src/core/summary/index';

const find = (text: string, value: string) => {
  const f = figureMentions(text).find((x) => x.value === value);
  expect(f, `no figure ${value} in ${text}`).toBeDefined();
  return f!;
};
const measureOf = (text: string, value: string) => find(text, value).measure?.text ?? null;
const qualifierOf = (text: string, value: string) => find(text, value).qualifier;

type Case = [name: string, text: string, value: string, want: string];
type Near = [name: string, text: string, value: string];
/** Cases whose measure contains the wanted text (or, `exact`, is it). */
function measures(cases: Case[], exact = false) {
  test.each(cases)('%s', (_n, text, value, want) => {
    const m = measureOf(text, value);
    expect(exact ? m : (m ?? '').includes(want) && want, `measure ${m} for ${want}`).toBe(want);
  });
}
/** Near-misses: the measure does not contain `bad`. */
function measureNot(cases: Case[]) {
  test.each(cases)('not: %s', (_n, text, value, bad) => {
    expect(measureOf(text, value) ?? '').not.toContain(bad);
  });
}
function qualifiers(cases: Case[]) {
  test.each(cases)('qualifier: %s', (_n, text, value, want) => {
    expect(qualifierOf(text, value)).toBe(want);
  });
}
function noQualifier(cases: Near[]) {
  test.each(cases)('no qualifier: %s', (_n, text, value) => {
    expect(qualifierOf(text, value)).toBeNull();
  });
}

describe('measure: the subject before a time phrase between it and the verb (guide §6: temporal words are dropped)', () => {
  measures([
    ['去年 before 同比下降', '出口额去年同比下降4.2%。', '4.2%', '出口额'],
    ['a month range before 同比增长', '全市工业用电量1至5月同比增长9.6%。', '9.6%', '电量'],
    ['今年上半年 before 增长了', '全省旅游收入今年上半年增长了18%。', '18%', '旅游收入'],
    ['a year before 达到', '该公司营业收入2023年达到56亿元。', '56亿元', '营业收入'],
    ['截至 + a month end before 达到', '居民存款余额截至6月底达到3000亿元。', '3000亿元', '居民存款余额'],
    ['Traditional script', '出口額去年同比下降4.2%。', '4.2%', '出口額'],
  ]);
  measureNot([
    // the time phrase opens its clause: nothing before it is a subject
    ['a time phrase opening the clause', '据介绍，去年同比下降4.2%。', '4.2%', '据介绍'],
    // a time inside a comparison (比1996年) is the base of the change, not a time between subject and verb
    ['a time after 比 is the base, not a time between', '出口额比1996年增长12%。', '12%', '比'],
  ]);
});

describe('measure: adverbs of frequency and manner between the subject and its verb', () => {
  measures(
    [
      ['首次', '今年一季度出口额首次突破100亿美元。', '100亿美元', '出口额'],
      ['再次', '该市人口总量再次突破1000万人。', '1000万人', '市人口总量'],
      ['大幅', '公司净利润大幅增长35%。', '35%', '公司净利润'],
      ['继续', '全市空气优良天数继续保持在300天以上。', '300天以上', '空气优良天数'],
    ],
    true,
  );
});

describe('measure: the topic before a comma, opened by a scope word (全市, 该校)', () => {
  measures([
    ['全市 + noun, then a time word', '全市旅游总收入，今年上半年达到85亿元。', '85亿元', '旅游总收入'],
    ['该校 + noun, then a time word and an adverb', '该校在校学生，去年已经超过3000人。', '3000人', '在校学生'],
    ['a bare topic still counts', '社区医院，全市目前共有312所。', '312所', '社区医院'],
  ]);
  measureNot([
    // a topic clause with a verb of its own is a clause, not a topic noun
    ['a clause with a verb is no topic', '该校举办活动，去年共有3000人。', '3000人', '活动'],
  ]);
});

describe('qualifier: an extreme as a bound (guide §7 extreme: 最多; 最长, 最短, 最大, 最小 alike)', () => {
  qualifiers([
    ['最长 + a copula', '停电时间最长达到6小时。', '6小时', '最长'],
    ['最小 + 为', '推荐的户型最小为60平方米。', '60平方米', '最小'],
    ['最大 right before the value', '单机容量最大300千瓦。', '300千瓦', '最大'],
    ['最短 + 只有 keeps the nearest', '最短的一段只有3公里。', '3公里', '只有'],
    ['Traditional script', '停電時間最長達到6小時。', '6小時', '最長'],
  ]);
  noQualifier([
    ['an extreme inside a compound measure (最大功率)', '该车最大功率150千瓦。', '150千瓦'],
    ['an extreme before 的 and a count', '全球最大的5家银行都在这里。', '5家'],
  ]);
  measures([['the measure stops before the extreme (停电时间|最长达到)', '停电时间最长达到6小时。', '6小时', '停电时间']], true);
});

describe('qualifier: a rate word (每公斤, 每桶) between the qualifier and the value (guide §3: 每 + a non-time unit stays outside)', () => {
  qualifiers([
    ['the end of a change (升至|每公斤)', '今年以来，猪肉价格已升至每公斤32元。', '32元', '升至'],
    ['the start of a change (从|每斤)', '小麦收购价从每斤1.1元提高到1.3元。', '1.1元', '从'],
    ['start and end both with a rate word', '国际油价从每桶80美元跌至每桶65美元。', '65美元', '跌至'],
    ['Traditional script', '國際油價從每桶80美元跌至每桶65美元。', '80美元', '從'],
  ]);
  noQualifier([
    ['a rate word alone', '门票每张90元。', '90元'],
    ['从 with no change after it', '从每人100元的标准说起。', '100元'],
  ]);
});

describe('qualifier: 从/由 before a time phrase and 的 marks the start value (guide §7 start/end)', () => {
  qualifiers([
    ['由年初的', '储蓄存款余额由年初的500亿元增加到620亿元。', '500亿元', '由'],
    ['由上年末的', '居民存款由上年末的2000亿元增加到2300亿元。', '2000亿元', '由'],
    ['从前一周的 + a rate word', '油价从前一周的每桶70美元降到68美元。', '70美元', '从'],
    ['从上个月的', '失业率从上个月的5.2%降到4.9%。', '5.2%', '从'],
  ]);
  // no change follows: 从 opens a source, not a start value
  noQualifier([['从 + a time with no change after it', '从年初的300元说起，大家都很关心。', '300元']]);
});

describe('measure: a bound before a short verb phrase leaves that phrase its grammar (guide §6 event counts, classifier + noun)', () => {
  measures(
    [
      ['an event count after 至少造成', '这次地震至少造成32人遇难。', '32人', '遇难'],
      ['an event count after 最多导致', '事故最多导致5人受伤。', '5人', '受伤'],
      ['money then its noun after 最少需要缴纳', '每位参赛者最少需要缴纳200元报名费。', '200元', '报名费'],
      ['money then its noun after 仅需支付', '每位乘客仅需支付10元服务费。', '10元', '服务费'],
    ],
    true,
  );
  qualifiers([['the bound is still the qualifier', '这次地震至少造成32人遇难。', '32人', '至少']]);
});

describe('measure: a numeral or demonstrative with its classifier alone names nothing; the noun after 的 does', () => {
  measures([
    ['一座 before 高达 … 的', '这是一座高达120米的大楼。', '120米', '大楼'],
    ['这个 before 长达 … 的', '这个长达30公里的隧道已经贯通。', '30公里', '隧道'],
  ]);
});

describe('measure and qualifier: a currency is the unit of a conversion, not what it measures (guide §6, §7 conversion)', () => {
  measures([
    ['折合 + a currency + 约', '这批黄金折合人民币约1.2亿元。', '1.2亿元', '黄金'],
    ['约合 + a currency', '该项目投资约合人民币68亿元。', '68亿元', '项目投资'],
    ['a currency that is the subject stays the measure', '人民币已累计升值35%。', '35%', '人民币'],
  ]);
  test('a currency left by the value before is no measure', () => {
    expect(measureOf('原油均价上周明显下降，从前一周的每桶13.22美元下降到每桶12.59美元。', '12.59美元')).not.toBe('美元');
  });
  qualifiers([
    ['折合 before a currency', '这批黄金折合人民币3000万元。', '3000万元', '折合'],
    ['约合 before a currency', '这笔交易约合人民币68亿元。', '68亿元', '约合'],
  ]);
});

describe('measure: a share names its ratio noun when one closes the base (guide §6: 比重, 达标率)', () => {
  measures(
    [
      ['的比重 + 达到', '出口占该公司销售收入的比重达到60%。', '60%', '比重'],
      ['的比重 + a change verb', '第三产业占GDP的比重上升到52%。', '52%', '比重'],
      ['的比例 + 已超过', '私营企业占全部企业的比例已超过七成。', '七成', '比例'],
      ['的份额 + 约为', '该品牌占全国市场的份额约为15%。', '15%', '份额'],
      ['no ratio noun: the part', '女性占参赛人数的45%。', '45%', '女性'],
      ['no ratio noun, a bound after: the part', '民营企业数量占全市企业总数的九成以上。', '九成以上', '民营企业数量'],
    ],
    true,
  );
});

describe('qualifier: a change against an earlier time named in full (guide §7: 比上年同期增长), any time base', () => {
  qualifiers([
    ['较常年 + 偏高', '市区平均气温较常年偏高1.5度。', '1.5度', '较常年偏高'],
    ['比常年同期 + 偏少, over a post bound', '该地区降水量比常年同期偏少三成以上。', '三成以上', '比常年同期偏少'],
    ['较前一个月 + 下降了 (了 left out)', '进口额较前一个月下降了3.2%。', '3.2%', '较前一个月下降'],
    ['比上季度 + 回落', '制造业指数比上季度回落0.8个百分点。', '0.8个百分点', '比上季度回落'],
    ['Traditional script', '市區平均氣溫較常年偏高1.5度。', '1.5度', '較常年偏高'],
  ]);
  qualifiers([
    // a thing as the base (发行价, 计划) is no time: the verb alone
    ['a thing as the base: the verb alone', '股价较发行价大涨36.3%。', '36.3%', '大涨'],
    ['a plan as the base: the verb alone', '今年粮食产量比计划增加5万吨。', '5万吨', '增加'],
    // 相比 is a word: no 比 + base
    ['与…相比: the verb alone', '与去年相比增长5%。', '5%', '增长'],
    // 每升: the unit of a rate, not the verb 升
    ['每升 is a rate unit, not the verb 升', '目前国内油价已降至每升7元左右。', '7元左右', '降至'],
  ]);
  noQualifier([['比较 (rather) is no comparison', '这个价格比较高，达到500元。', '500元']]);
});

describe('measure: the subject of a level or range it lies in (在), and a time frame left out of the noun (guide §2, §6)', () => {
  measures(
    [
      ['在 + a range', '工程投资在140至160亿元之间。', '140至160亿元', '工程投资'],
      ['在 + a bound after the value', '每张门票的价格在200元以上。', '200元以上', '价格'],
      ['连续8个月 is no part of the noun', '全市连续8个月CPI低于2%。', '2%', 'CPI'],
      ['连续3个星期 is no part of the noun', '该市连续3个星期降水量超过50毫米。', '50毫米', '降水量'],
    ],
    true,
  );
  measures([['在 + 左右', '今年夏天气温在35度左右。', '35度左右', '气温']]);
});

describe('measure: a compound noun made with 投入, and the whole person noun after an age (guide §6 compound nouns; ages)', () => {
  measures(
    [
      ['研发投入', '据悉，该公司去年研发投入达12亿元。', '12亿元', '研发投入'],
      ['财政投入', '全县财政投入为3.5亿元。', '3.5亿元', '全县财政投入'],
      ['小男孩 after an age', '活动现场，一名8岁的小男孩表演了钢琴独奏。', '8岁', '小男孩'],
      ['女孩子 after an age', '一名5岁的女孩子走失了。', '5岁', '女孩子'],
      ['a name after an age stays the name', '23岁的谭凤获得冠军。', '23岁', '谭凤'],
    ],
    true,
  );
});

describe('qualifier: 约 before a short verb phrase or a share of a base (guide §7 approximation)', () => {
  qualifiers([
    ['约 + a verb', '屋顶约呈70度角。', '70度', '约'],
    ['约 + 占 … 的', '老年人约占总人口的20%。', '20%', '约'],
    ['仅 + 占 … 的', '该行业仅占全市经济总量的3%。', '3%', '仅'],
    ['Traditional script', '老年人約佔總人口的20%。', '20%', '約'],
  ]);
  noQualifier([
    ['约 ending a word (签约) before a share', '签约占比达到全部的30%。', '30%'],
    ['约 ending a word (签约) before a verb', '该项目签约金额达3亿元。', '3亿元'],
  ]);
});

describe('measure: a phrase of manner or condition before the verb is no subject (按可比价计算, 在…指导下)', () => {
  measures(
    [
      ['按可比价计算 opening a clause: the topic before', '全年农业总产值41.6亿元，按可比价计算增长3.9%。', '3.9%', '农业总产值'],
      ['按现价计算 after the subject', '该县生产总值按现价计算达到120亿元。', '120亿元', '县生产总值'],
      ['在…带动下 opening the sentence', '在政策带动下，全市新能源汽车销量增长了35%。', '35%', '新能源汽车销量'],
    ],
    true,
  );
  measureNot([['the manner phrase is not the measure', '全年农业总产值41.6亿元，按可比价计算增长3.9%。', '3.9%', '计算']]);
});

describe('measure: a change after a clause that is a noun phrase alone changes that noun (guide §6: nearest mention)', () => {
  measures(
    [
      ['a topic noun phrase, then 同比增长', '该市居民人均消费支出，同比增长6.2%。', '6.2%', '市居民人均消费支出'],
      ['a topic after 的, then 比上年下降', '全县规模以上企业的综合能耗，比上年下降3.1%。', '3.1%', '综合能耗'],
      ['Traditional script', '該市居民人均消費支出，同比增長6.2%。', '6.2%', '市居民人均消費支出'],
      // a manner phrase as its own clause is no topic: the measure of the figure before
      ['a manner clause is skipped', '全县实现生产总值262.6亿元，按可比价格计算，同比增长5.3%。', '5.3%', '生产总值'],
    ],
    true,
  );
});

describe('measure: a quarter or a run of months opening the noun is a time, not part of it (guide §6: stop at temporal words)', () => {
  measures(
    [
      ['第二季度', '第二季度GDP增长7.9%。', '7.9%', 'GDP'],
      ['前三季度', '前三季度财政收入达到80亿元。', '80亿元', '财政收入'],
      ['前10个月', '前10个月利税增长12%。', '12%', '利税'],
    ],
    true,
  );
});

describe('value: half a unit more is one duration (三年半, 一个半小时; guide §3 composite durations)', () => {
  test.each([
    ['N年半', '这个项目历时三年半才完成。', '三年半', 3.5],
    ['N天半 in digits', '他在这里工作了3天半。', '3天半', 3.5],
    ['一个半小时 (一 is a number here)', '他用了一个半小时跑完全程。', '一个半小时', 1.5],
    ['N个半月', '谈判持续了三个半月。', '三个半月', 3.5],
    ['Traditional script', '這個項目歷時三年半才完成。', '三年半', 3.5],
  ])('%s', (_n, text, value, n) => {
    expect(find(text, value).number).toBe(n);
  });
  test.each([
    ['a time frame (三年半来) stays no figure', '三年半来，他走遍了全县。'],
    ['一年半载 (a set phrase) stays no figure', '这点钱一年半载都够用。'],
  ])('%s', (_n, text) => {
    expect(figureMentions(text).map((f) => f.value)).toEqual([]);
  });
});

describe('measure: a word of expectation (有望, 可望, 预期) is never the measure; an elliptical clause counts what the figure before counted', () => {
  measures(
    [
      ['有望 after a time', '两国贸易额去年达到500亿美元，今年有望突破600亿美元。', '600亿美元', '两国贸易额'],
      ['可望 after a time', '该市粮食产量去年为80万吨，今年可望超过85万吨。', '85万吨', '市粮食产量'],
    ],
    true,
  );
});

describe('measure: no half word and no discourse phrase as the measure ("—" beats a stray word)', () => {
  measures(
    [
      ['a verb split by a stop character (参|与) ends the counted noun', '另外，还有300多名志愿者参与服务。', '300多名', '志愿者'],
      ['给予 split likewise', '全市共有120户家庭给予补助。', '120户', '家庭'],
    ],
    true,
  );
  measureNot([
    ['总体来看 is no topic', '总体来看，全年增长了约6%。', '6%', '来看'],
    ['从数据看 is no topic', '从数据来看，全年下降了约2%。', '2%', '来看'],
  ]);
});

describe('measure: money then a purpose verb (投入8亿元支持…) is measured by the verb before it', () => {
  measures(
    [
      ['投入 … 支持', '他们投入8亿元支持基础设施建设。', '8亿元', '投入'],
      ['拨款 … 推行', '政府将拨款50亿元推行计划。', '50亿元', '拨款'],
      // a noun after the amount is still what it counts
      ['a noun after the amount stays the measure', '公司安排1亿元资金用于研发。', '1亿元', '资金'],
    ],
    true,
  );
});

describe('a change restated after 或 (跌320点或1.1%) keeps the change and its measure (README batch 7)', () => {
  test.each([
    ['after a comma', '沪指下跌232.79点，或0.68%。', '0.68%', '下跌', '沪指'],
    ['right after the amount', '恒指昨日收报28000点，跌320点或1.1%。', '1.1%', '跌', '恒指'],
    ['Traditional script', '恒指昨日收報28000點，跌320點或1.1%。', '1.1%', '跌', '恒指'],
  ])('%s', (_n, text, value, q, m) => {
    const f = find(text, value);
    expect([f.qualifier, f.measure?.text]).toEqual([q, m]);
  });
  measureNot([['或 is never a measure', '恒指昨日收报28000点，跌320点或1.1%。', '320点', '或']]);
  noQualifier([['或 between two amounts with no change', '他们要求赔偿5万元或10万元。', '10万元']]);
});
