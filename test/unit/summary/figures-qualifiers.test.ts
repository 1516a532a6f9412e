/**
 * Qualifiers (ANNOTATION_GUIDE §7 and the judgement calls of bench/gold/figures/README.md) and the measures they
 * touch, class by class, on news sentences written for these tests (no corpus text; some in Traditional script).
 * Each table names the class it checks; the near-misses are sentences the rule must leave as they are.
 */
import { describe, expect, test } from 'vitest';
import { figureMentions } from '../../../src/core/summary/index';

const find = (text: string, value: string) => {
  const f = figureMentions(text).find((x) => x.value === value);
  expect(f, `no figure ${value} in ${text}`).toBeDefined();
  return f!;
};

type Case = [name: string, text: string, value: string, want: string];
type Near = [name: string, text: string, value: string];

function qualifiers(cases: Case[]) {
  test.each(cases)('qualifier: %s', (_n, text, value, want) => {
    expect(find(text, value).qualifier, `${value} in ${text}`).toBe(want);
  });
}
function noQualifier(cases: Near[]) {
  test.each(cases)('no qualifier: %s', (_n, text, value) => {
    expect(find(text, value).qualifier, `${value} in ${text}`).toBeNull();
  });
}
/** The measure is exactly `want` ('' = none). */
function measures(cases: Case[]) {
  test.each(cases)('measure: %s', (_n, text, value, want) => {
    expect(find(text, value).measure?.text ?? '', `${value} in ${text}`).toBe(want);
  });
}

describe('change verbs before the amount are its qualifier, the thing that changes its measure (§7; README batches 2, 3, 7)', () => {
  qualifiers([
    ['锐减', '受疫情影响，该公司净利润锐减60%。', '60%', '锐减'],
    ['激增', '今年一季度，新能源汽车销量激增120%。', '120%', '激增'],
    ['飙升 after a part of the trading day', '该股股价盘中飙升30%。', '30%', '飙升'],
    ['下挫 after a day of the week', '国际油价周五下挫4%。', '4%', '下挫'],
    ['缩水', '房价连续三个月回落，累计缩水12%。', '12%', '缩水'],
    ['收高', '道指周五收高0.8%。', '0.8%', '收高'],
    ['高收 (Traditional)', '歐洲股市上週五高收1.2%。', '1.2%', '高收'],
    ['削减', '全市二氧化硫排放量削减18%。', '18%', '削减'],
    ['反弹 in the second clause', '该公司股价开盘暴跌25%，随后反弹10%。', '10%', '反弹'],
    ['倒退了: the verb without 了', '过去十年，这段海岸线倒退了80多米。', '80多米', '倒退'],
    ['减小了 an age', '使用新疗法后，患者的平均年龄减小了3岁。', '3岁', '减小'],
    ['瘦 (one character)', '这位歌手20天瘦20斤。', '20斤', '瘦'],
    ['精简 before a count', '政府机构精简了200名工作人员。', '200名', '精简'],
  ]);
  measures([
    ['the noun before the verb, not the verb', '过去十年，这段海岸线倒退了80多米。', '80多米', '海岸线'],
    ['a day of the week between the subject and the verb', '国际油价周五下挫4%。', '4%', '国际油价'],
    ['a part of the trading day between them', '该股股价盘中飙升30%。', '30%', '股股价'],
    ['随后 opens no subject: the last measured figure of the sentence', '该公司股价开盘暴跌25%，随后反弹10%。', '10%', '公司股价开盘'],
    ['the counted noun after the classifier of a changed count (§6)', '公司今年削减了3000个工作岗位。', '3000个', '工作岗位'],
    ['likewise after 精简', '政府机构精简了200名工作人员。', '200名', '工作人员'],
    ['an age younger by so much: the person after 的', '使用新疗法后，平均年龄减小3岁的患者有20人。', '3岁', '患者'],
  ]);
  noQualifier([
    // 增值, 减值 are also nouns of accounting (资产减值, 增值税): no change verb
    ['资产减值 is a noun', '公司计提资产减值8亿元。', '8亿元'],
    ['增值税 before the amount', '该企业全年缴纳增值税3000万元。', '3000万元'],
    ['a plain copula', '该市常住人口为120万人。', '120万人'],
  ]);
});

describe('a comparative 多/少 before the amount, after a comparison with 比/较 or before a multiple (README batch 2: 多一倍)', () => {
  qualifiers([
    ['多一倍', '今年的降水量比去年多一倍。', '一倍', '多'],
    ['多了: the word without 了', '今年的年终奖比去年还多了3天。', '3天', '多'],
    ['少了', '这批货物比原计划少了300吨。', '300吨', '少'],
    ['多 before a count', '今年新增就业岗位比去年多5000个。', '5000个', '多'],
    ['多出 as written', '新款手机的续航比旧款多出2小时。', '2小时', '多出'],
    ['Traditional', '今年的年終獎比去年還多了3天。', '3天', '多'],
  ]);
  measures([['the subject of the comparison, not the base', '今年的降水量比去年多一倍。', '一倍', '降水量']]);
  noQualifier([
    ['许多 is a word', '村里有许多3岁的孩子。', '3岁'],
    ['缺少 is a word', '他缺少3000元学费。', '3000元'],
  ]);
});

describe('bounds: only, a negated bound on a share, 整整, a record modifier (§7; README batches 2, 3, 5)', () => {
  qualifiers([
    ['仅有的 + the value: 仅', '她把仅有的500元钱全部捐给了灾区。', '500元', '仅'],
    ['仅仅 before a share', '这笔款项仅仅占总额的3%。', '3%', '仅仅'],
    ['不超过 + a base with no 的', '向非金融企业投资额不超过银行总资产20%。', '20%', '不超过'],
    ['不得超过 + a longer base', '银行对单一客户的贷款不得超过银行资本净额10%。', '10%', '不得超过'],
    ['不低于 + a base', '购房者首付比例不低于总房价30%。', '30%', '不低于'],
    ['整整 before a verb phrase', '他在这家工厂整整工作了30年。', '30年', '整整'],
    ['足足 before a verb phrase', '这场大雨足足下了三天。', '三天', '足足'],
    ['长达 before 创纪录的', '车流长达创纪录的600公里。', '600公里', '长达'],
    ['高达 before 历史最高的 (Traditional)', '當日成交額高達歷史最高的5000億元。', '5000億元', '高達'],
    ['每只 is a classifier, not 只 (the post-approximator stays)', '这种鸡每只平均重2公斤左右。', '2公斤左右', '左右'],
  ]);
  measures([
    ['仅有的 … 钱: the noun after', '她把仅有的500元钱全部捐给了灾区。', '500元', '钱'],
    ['the part before a bare share bound, not the base', '向非金融企业投资额不超过银行总资产20%。', '20%', '非金融企业投资额'],
    ['likewise before 不得超过', '银行对单一客户的贷款不得超过银行资本净额10%。', '10%', '贷款'],
    ['仅仅 is no part of the subject', '这笔款项仅仅占总额的3%。', '3%', '款项'],
    ['整整: the verb after the bound', '他在这家工厂整整工作了30年。', '30年', '工作'],
    ['只有 + a copula: the subject before 只有', '经济增长速度只有保持在8%，才能满足就业需求。', '8%', '速度'],
  ]);
  noQualifier([
    // 只有…才 is a condition, not a bound
    ['只有 + a verb … 才', '经济增长速度只有保持在8%，才能满足就业需求。', '8%'],
  ]);
  qualifiers([['只有 right before the value stays', '该镇只有3000多户居民。', '3000多户', '只有']]);
});

describe('forecasts: 将/拟 before a verb of reaching, lasting or cost (§7; README batch 3)', () => {
  qualifiers([
    ['将历时', '这次选举估计将历时三个月。', '三个月', '将'],
    ['将耗资', '新机场将耗资300亿元。', '300亿元', '将'],
    ['拟以', '该公司拟以2.3亿元收购一家芯片企业。', '2.3亿元', '拟'],
    ['拟投资', '集团拟投资80亿元建设新基地。', '80亿元', '拟'],
  ]);
  measures([['估计 between the subject and 将 (这次 no part of the noun)', '这次选举估计将历时三个月。', '三个月', '选举']]);
  noQualifier([
    ['模拟 ends a word', '系统模拟300次碰撞。', '300次'],
    ['将 before a verb of asking (a plan, no forecast value)', '公投将征求600万选民的意见。', '600万'],
  ]);
});

describe('之多 after the counted noun; a change listed on after 、 (README batches 7, 8)', () => {
  qualifiers([
    ['八条|线路之多', '进藏共有八条线路之多。', '八条', '之多'],
    ['之多 right after the value stays in it', '该市的公园有200个之多。', '200个之多', '之多'],
    ['同比增长 A、B', '今年粮食、棉花产量同比增长2.1%、3.4%。', '3.4%', '同比增长'],
    ['分别 with a change of direction: the nearest', '三大产业增加值分别增长5.1%、3.2%和下降4.6%、2.1%。', '2.1%', '下降'],
    ['分别 without one', '三大产业增加值分别增长5.1%、3.2%和下降4.6%、2.1%。', '3.2%', '增长'],
  ]);
  measures([['之多 is no part of the noun', '进藏共有八条线路之多。', '八条', '线路']]);
  noQualifier([['a list with no change before it', '全市有学校120所、医院45家。', '45家']]);
});

describe('a change verb before the noun it changes (README batch 6: 节省能耗2.8%)', () => {
  qualifiers([
    ['节省 + the noun', '新材料可以节省能耗15%。', '15%', '节省'],
    ['减少 + the noun', '使用后减少细纹47%。', '47%', '减少'],
    ['降低 + the noun after 将', '新设备将降低成本20%。', '20%', '降低'],
    ['提高 + the noun', '该措施提高效率15%。', '15%', '提高'],
    ['同比 stays with its verb (§7)', '出口额同比增长12%。', '12%', '同比增长'],
  ]);
  measures([
    ['the noun after the verb, not the verb', '新材料可以节省能耗15%。', '15%', '能耗'],
    ['the noun after 降低', '新设备将降低成本20%。', '20%', '成本'],
  ]);
  noQualifier([
    ['由 … 组成 is no start of a change', '一期由两栋塔楼组成。', '两栋'],
    ['a nominal verb in a compound noun (增加值)', '全市工业增加值5亿元。', '5亿元'],
  ]);
  qualifiers([['由 … 涨到 still opens a change', '房价由每平方米8000元涨到9000元。', '8000元', '由']]);
});

describe('page paragraphs: a statistical bulletin and news paragraphs with several figures (§6 measures)', () => {
  const bulletin =
    '全年全市规模以上工业综合能源消费量21.5万吨标准煤，比上年下降2.4%；万元GDP能耗0.35吨标准煤/万元，下降4.1%。' +
    '全年粮食总产量32.6万吨，比上年增产1.8%。';
  const news =
    '事故共造成3人死亡、12人受伤，直接经济损失约800万元。新馆建筑面积2.8万平方米，设有展厅12个。' +
    '在被调查的2000名大学生中，有63%的人表示毕业后愿意去基层工作。';
  measures([
    ['a rate base of output opens the measure (万元GDP能耗)', bulletin, '0.35吨标准煤/万元', '万元GDP能耗'],
    ['its change after a comma', bulletin, '4.1%', '万元GDP能耗'],
    ['增产 against the year before', bulletin, '1.8%', '粮食总产量'],
    ['损失|约: 约 a word of its own, not the end of 失约', news, '800万元', '直接经济损失'],
    ['设有|展厅: 有展 is no split verb', news, '12个', '展厅'],
    ['a share of people: the noun after 的', news, '63%', '人'],
    ['收治|患者 stays', '医院收治患者300人。', '300人', '患者'],
  ]);
  qualifiers([
    ['增产', bulletin, '1.8%', '比上年增产'],
    ['约 after 损失', news, '800万元', '约'],
  ]);
  noQualifier([['签约 still ends a word', '该公司签约300个项目。', '300个']]);
});

describe('page paragraphs: property and policy news (§6 measures)', () => {
  const property = '该楼盘首期推出的300套房源当天即售出280套，成交金额超过4亿元。小区绿化率达到35%，物业费每月每平方米2.5元。';
  const policy = '新修订的办法规定，单笔提现金额不得超过5万元，每日累计不超过20万元。据悉，该市今年将投入2.5亿元用于老旧小区改造。';
  measures([
    ['即 is no part of the verb phrase', property, '280套', '售出'],
    ['two rates before the value (每月|每平方米): the subject before both', property, '2.5元', '物业费'],
    ['a rate of time is no measure: the nearest mention of the same unit', policy, '20万元', '单笔提现金额'],
    ['将 + a verb of spending: the verb names the amount', policy, '2.5亿元', '投入'],
  ]);
  measures([['a rate of things still names the measure when nothing else does (unchanged)', '门票每张90美元。', '90美元', '门票']]);
});

describe('forecasts, closing levels, ends of changes, bounds before a verb; durations of an event (README batches 4, 6, 7)', () => {
  qualifiers([
    ['预将达到', '全年销售额预将达到12亿元。', '12亿元', '预将'],
    ['收于 a closing level', '道指收于33979.33点。', '33979.33点', '收于'],
    ['上浮 after 最高可', '贷款利率最高可上浮30%。', '30%', '上浮'],
    ['萎缩至: the end of any change', '成交量萎缩至800亿元。', '800亿元', '萎缩至'],
    ['攀升到', '全市常住人口攀升到120万人。', '120万人', '攀升到'],
    ['只能 before a verb', '这辆车只能坐5个人。', '5个', '只能'],
    ['只要 before a verb (Traditional)', '辦理手續只要花15分鐘。', '15分鐘', '只要'],
  ]);
  measures([
    ['预将 is no part of the subject', '全年销售额预将达到12亿元。', '12亿元', '销售额'],
    ['为期: the event before it', '会议为期3天。', '3天', '会议'],
    ['历时: the event before it', '此次比赛历时两天。', '两天', '比赛'],
    ['历时 with nothing before it names the duration (unchanged)', '历时两天，比赛圆满结束。', '两天', '历时'],
    ['the end of a change: the subject', '成交量萎缩至800亿元。', '800亿元', '成交量'],
  ]);
  noQualifier([['收报 stays a copula', '恒指收报28000点。', '28000点']]);
});

describe('a count of people after a verb phrase with 的: the phrase says who they are (§6: 执法人员受伤13人 → 执法人员受伤)', () => {
  measures([['受伤的 + a count of people', '昨天受伤的3人已被送往医院。', '3人', '受伤']]);
  measures([['a noun after the classifier still wins (unchanged)', '今年新录取的1200名学生已全部报到。', '1200名', '学生']]);
});
