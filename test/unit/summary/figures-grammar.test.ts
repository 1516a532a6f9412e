/**
 * What a figure counts, from the grammar around it, and the values a news text writes: synthetic sentences
 * written for these tests (no corpus text). Each case names the kind of fix it checks.
 */
import { describe, expect, test } from 'vitest';
import { figureMentions } from '../../../src/core/summary/index';
import { confidentMeasure } from '../../../src/core/summary/figures';

const find = (text: string, value: string) => figureMentions(text).find((f) => f.value === value);
const values = (text: string) => figureMentions(text).map((f) => f.value);

describe('numbers split by a line break or markup', () => {
  test('a break inside a number is rejoined (5 | 00万元 → 500万元)', () => {
    const f = figureMentions('这个项目总投资5\n00万元，明年完工。');
    expect(f.map((x) => x.value)).toEqual(['500万元']);
    expect(f[0]!.number).toBe(5e6);
  });
  test('a break after a decimal point is rejoined (3. | 5亿元)', () => {
    expect(figureMentions('全年营收3.\n5亿元。').map((x) => x.number)).toEqual([3.5e8]);
  });
  test('two numbers apart stay apart (5 | 300万元)', () => {
    const got = values('今年第5\n300万元的预算已经下达。');
    expect(got).toContain('300万元');
    expect(got.join(' ')).not.toMatch(/5\s*300/);
  });
  test.each([['00万元'], ['07年']])('a value never starts with a leading zero: %s', (v) => {
    expect(values(`这一数字是${v}以来的记录，另有部分款项${v}到账。`)).not.toContain(v);
  });
});

describe('values: rarer classifiers, foreign currencies, tenths, ranges, bare magnitudes', () => {
  test.each([
    ['a rarer classifier (伙)', '警方一共捣破12伙犯罪团伙。', '12伙'],
    ['a rarer classifier (粒)', '海关检获40万粒违禁药丸。', '40万粒'],
    ['a foreign currency (泰铢)', '该公司在曼谷投资500万泰铢。', '500万泰铢'],
    ['shares (股)', '大股东合计减持25.35亿股。', '25.35亿股'],
    ['index points', '沪指收于3198.5点。', '3198.5点'],
    ['hours with 个', '员工须提前3个小时到场。', '3个小时'],
    ['tenths (成)', '客流较平时激增逾6成。', '6成'],
    ['tenths with a digit (一成四)', '投诉按年跌一成四，为近年最低。', '一成四'],
    ['percent on both ends of a range', '这两项的占比为36%~40%。', '36%~40%'],
    ['a range with a double dash', '说错一个字要扣300--500元。', '300--500元'],
    ['a magnitude on both ends', '房价多在2万-3万元之间。', '2万-3万元'],
    ['a bare magnitude', '移动游戏玩家达5100万，增长很快。', '5100万'],
    ['百分之', '市场预期零售销售升百分之0.4。', '百分之0.4'],
    ['千分之', '当地发病率已达千分之八。', '千分之八'],
    ['两 as a count', '两名工人在事故中受伤。', '两名'],
    ['a duration with 多 inside (3个多小时)', '这项工作需要3个多小时。', '3个多小时'],
  ])('%s', (_n, text, want) => {
    expect(values(text)).toContain(want);
  });
  test.each([
    ['6成', 60],
    ['一成四', 14],
    ['千分之八', 0.8],
    ['29万5千', 295000],
  ])('%s reads as %d', (v, n) => {
    expect(figureMentions(`数字为${v}。`).find((f) => f.value === v)?.number).toBe(n);
  });
  test.each([
    ['a term (1年期)', '一年来1年期存款利率保持不变。', '1年'],
    ['a record high (13个月新高)', '股指创13个月新高。', '13个月'],
    ['a set phrase (三梯六伙)', '这是三梯六伙的住宅。', '六伙'],
    ['成 starting a word (成为)', '他3成为冠军的说法不对。', '3成'],
    ['股 in 股权', '公司转让4亿股权。', '4亿股'],
    ['a clock time with 点', '会议9点开始。', '9点'],
    ['a time frame with 个多月 (两个多月来)', '两个多月来，他走访了50多户村民。', '两个多'],
  ])('not a figure: %s', (_n, text, bad) => {
    expect(values(text)).not.toContain(bad);
  });
});

describe('values of 1990s newspaper text and rarer forms', () => {
  test.each([
    ['a Chinese decimal (一点五)', '新建了一点五公顷苗圃。', '一点五公顷', 1.5],
    ['a Chinese decimal (三点五)', '水位上涨三点五米。', '三点五米', 3.5],
    ['a Chinese decimal of two digits (三点二五) is no clock time', '水位达到三点二五米。', '三点二五米', 3.25],
    ['a decimal with 点 in digits (1点25)', '河水水位上涨了1点25米。', '1点25米', 1.25],
    ['years as 载', '维修工程历时六载。', '六载', 6],
    ['years as 春秋', '经过两国人民25个春秋的努力。', '25个春秋', 25],
    ['a match record: wins', '桑普3胜2平1负占据上风。', '3胜', 3],
    ['a record without losses', '主队近年7胜2平。', '2平', 2],
    ['years and months', '基本法历时四年零八个月制定。', '四年零八个月', 56],
    ['seven digits with a unit after them', '全年共执行案件1374012件。', '1374012件', 1374012],
    ['a fraction with an approximator after it', '全市晨练点中，社区占2/3以上。', '2/3以上', 0.666667],
    ['近 after a verb is nearly (步行近两小时)', '丈夫步行近两小时，把饭送到地里。', '两小时', 2],
    ['a court sentence in years and months', '被告被判处有期徒刑1年6个月。', '1年6个月', 18],
    ['half a year', '调查历时半年，涉及多家商户。', '半年', 0.5],
    ['index points with 余', '一周间下跌了30余点。', '30余点', 30],
    ['a winning streak', '客队刚刚迎来联赛3连胜。', '3连胜', 3],
    ['一 with an approximator after the unit', '在一个月左右的交接后，他加入了公司。', '一个月左右', 1],
    ['三次 before a verb is a count', '美国队三次击中门柱。', '三次', 3],
    ['a magnitude after 个 (10个亿)', '企业得到高达10个亿的退税。', '10个亿', 1e9],
    ['per mille', '全年出生率为9.56‰。', '9.56‰', 9.56],
    ['a fraction in words', '航空公司将取消四分之一的国内航班。', '四分之一', 0.25],
    ['百分之 with a Chinese decimal (not a clock time)', '国内生产总值年均增长百分之十二点一。', '百分之十二点一', 12.1],
    ['basis points', '央行再次降息27个基点。', '27个基点', 27],
    ['ministries (部委)', '中宣部等10部委联合下发通知。', '10部委', 10],
    ['centimetres (公分)', '两个出风口距离仅约50公分。', '50公分', 50],
    ['十 before a count (十次)', '美联储连续加息十次后暂停。', '十次', 10],
    ['a match record: draws', '桑普3胜2平1负占据上风。', '2平', 2],
    ['人 of 人民 is no unit: the magnitude stays bare', '通过600多万人民的奋斗。', '600多万', 6e6],
    ['a duration with 多 after 一', '失踪一年多的她终于出现了。', '一年多', 1],
    ['a middle dot as the decimal point', '住房支出比上年增长19·8％。', '19·8％', 19.8],
    ['a range with the unit at both ends', '流域面积300平方公里至1000平方公里的河流很多。', '300平方公里至1000平方公里', 300],
    ['两成 (tenths)', '一年粮食单产增长两成。', '两成', 20],
    ['两周 (a duration)', '高温已持续两周，还将继续。', '两周', 2],
    ['一倍 (一 before a multiple)', '人口总和比对方多一倍。', '一倍', 1],
    ['一个百分点', '增长率将下降一个百分点。', '一个百分点', 1],
    ['十 with an approximator (十多个)', '他为十多个剧种导戏。', '十多个', 10],
    ['百 with an approximator (百余台)', '他执导了百余台剧目。', '百余台', 100],
    ['千 before a currency', '一双售价千元左右的球鞋。', '千元左右', 1000],
    ['来 as an approximator', '每个房间要住30来人。', '30来人', 30],
  ])('%s', (_n, text, value, n) => {
    const f = find(text, value);
    expect(f, `no figure ${value} in ${text}: ${values(text).join(' ')}`).toBeDefined();
    expect(f!.number).toBe(n);
  });
  test.each([
    ['an anniversary (两周年)', '今天是建校两周年。', '两周'],
    ['a count after a demonstrative points back', '这三个国家都在东南亚。', '三个'],
    ['a range opened by 从 stays two values', '气温从5度到12度。', '5度到12度'],
    ['a number in a book title', '该片翻拍自电影《百元之恋》。', '百元'],
    ['上百万 is vague', '他最终被诈骗上百万元。', '百万元'],
    ['上半年 is a time, not half a year', '今年上半年营收增长。', '半年'],
    ['a tier counted from the top (头500家)', '去年美国头500家大公司的利润下降。', '500家'],
    ['a time frame ahead (未来两天)', '未来两天他们将再派飞机运送药品。', '两天'],
    ['近 + a duration opening a clause is a time frame', '近两年全市基层党校共举办培训班900期。', '两年'],
    ['a numeral opening a quoted set phrase', '因为中央“八项规定”出台，餐饮受到影响。', '八项'],
    ['odds, not a fraction', '赔率为2.37/3.00/2.75。', '2.37/3'],
    ['二次 before a noun is an ordinal', '这为油田二次开发奠定基础。', '二次'],
    ['平 outside a match record', '这里物价5平稳。', '5平'],
    ['a clock time (九点五十分) is no decimal', '会议九点五十分开始。', '九点五'],
    ['载 as a verb', '这辆车可载5人，一年半载都够用。', '半载'],
    ['the span of time a clause happens in (的时间内)', '在不到15年的时间内，该市人口翻了一番。', '15年'],
    ['短短 + a duration', '短短5天时间，展馆接待游客2万人次。', '5天'],
    ['a duration opening its clause before a comma', '3个月，完成了12次试验。', '3个月'],
    ['a duration opening its clause before its subject', '为了这个项目，20年他只回了3次家。', '20年'],
    ['a time frame after (之后)', '签约5年之后，投资者可以随时退出。', '5年'],
    ['an age that says when (岁时)', '32岁时，他辞职回乡创业。', '32岁'],
    ['a count restating the list after a colon', '全镇有卫生机构3个：卫生院、防疫站和计生服务站。', '3个'],
    ['a count after the list it counts (dates)', '铁路公司宣布，9日、10日两天全国列车停运。', '两天'],
    ['a count after the list it counts, with 等', '新增就业、居民收入、财政收入和投资增速等4个指标列全市第一。', '4个'],
    ['届 before a noun is an ordinal', '三届全国人大一次会议在北京开幕。', '三届'],
    ['期 before a noun is a phase', '工程分两期建设，一期已完工。', '两期'],
    ['a list of phases (三期、四期) is no count', '地铁三期、四期工程将于明年开工。', '三期'],
    ['a list of ordinal sessions (十九届、二十届)', '他曾任十九届、二十届中央委员。', '十九届'],
    ['a phase after the name of a project', '大兴机场二期，预计投资120亿元。', '二期'],
    ['a count pointing back (以上)', '娱乐业营业收入2239.8万元，以上3个行业均为新入规行业。', '3个'],
    ['二本, a tier of university admission', '今年全县二本以上上线人数2324人。', '二本以上'],
    ['a count restating the list after 分别是', '球队击败的三个对手分别是皇马、巴萨和马竞，士气正旺。', '三个'],
    ['a count restating the list after 包括', '会议讨论了四件事，包括环保、交通、教育和医疗。', '四件'],
    ['a count restating the list in brackets', '其中市属医院4家（人民医院、中医院、妇幼保健院、传染病医院）。', '4家'],
    [
      'a list with a bracket inside an item and a numeral in a name',
      '民营医院3个（百年康复医院、妇幼保健计划生育服务中心（妇保院）、仁爱医院）。',
      '3个',
    ],
  ])('no figure: %s', (_n, text, bad) => {
    expect(values(text)).not.toContain(bad);
  });
});

describe('what it counts', () => {
  test.each([
    ['the object of a verb a few words back', '该省全年完成投资120亿元。', '120亿元', '投资'],
    ['the subject before an adverb and a verb', '一年期存款利率已经超过3%。', '3%', '一年期存款利率'],
    ['the subject before a change verb and 了', '当地的耕地面积已经增加了近9倍。', '9倍', '耕地面积'],
    ['a comparison opening the clause takes the topic before it', '开盘价92.7美元，较发行价大涨36.3%。', '36.3%', '开盘价'],
    ['a comparison with 与…相比', '全年销量8370万台，与去年同期相比增长1%。', '1%', '销量'],
    ['the subject before 比', '消费支出比上个季度收窄了0.3个百分点。', '0.3个百分点', '消费支出'],
    ['相当于 with its subject', '三公消费相当于财政收入的10%。', '10%', '三公消费'],
    ['相当于 opening the clause', '全国三公消费突破9000亿元，相当于去年财政收入的10%。', '10%', '全国三公消费'],
    ['the start of a range 从…到', '当天气温从5度到12度。', '5度', '气温'],
    ['the end of a range 从…到', '当天气温从5度到12度。', '12度', '气温'],
    ['the start and end of a change (由…减至)', '企业总数将由目前约5万家减至3.5万家。', '5万家', '企业总数'],
    ['a counted noun in quotes', '网上可以找到17万多个“宝贝”。', '17万多个', '宝贝'],
    ['money with the noun after it', '公司拖欠100万货款。', '100万', '货款'],
    ['the topic before a comma', '一杯美式咖啡，在美国仅约合人民币12元。', '12元', '一杯美式咖啡'],
    ['a name after an age and 的', '今年23岁的王小明在幼儿园工作。', '23岁', '王小明'],
    ['按年 is no measure: the topic of the clause before', '私营机构1386宗，按年跌9%。', '9%', '私营机构'],
    ['环比 is no measure', '广州房价同比上涨20.9%，环比上涨0.8%。', '0.8%', '广州房价'],
    ['a rate word before the value', '小组赛门票每张90美元。', '90美元', '小组赛门票'],
    ['items of a sum', '机票1.85万元+住宿1万元+当地消费3.5万元。', '1万元', '住宿'],
    ['a classifier then a noun with 的', '全市设有儿科的社区医院312所。', '312所', '设有儿科的社区医院'],
    ['the subject before 实现', '全省地区生产总值实现3.2万亿元，同比增长6.5%。', '3.2万亿元', '地区生产总值'],
    ['a change after it takes that subject', '全省地区生产总值实现3.2万亿元，同比增长6.5%。', '6.5%', '地区生产总值'],
    ['not 共有 inside the measure', '该校共有学生3200名。', '3200名', '学生'],
    ['not the figure before inside the measure', '我国60岁以上老年人已超过2.6亿。', '2.6亿', '老年人'],
    ['a value after 、 counts what the one before counts', '全县有贫困人口1.2万户、3.5万人。', '3.5万人', '贫困人口'],
    ['a rate of a unit (每平方米) is no subject', '房价每平方米上涨了500元。', '500元', '房价'],
    ['其中 is no part of the noun', '商场内有200多家商户，其中餐饮店占三成。', '三成', '餐饮店'],
    ['a verb of cost right before the value', '这项工程耗资5亿元，历时3年。', '5亿元', '耗资'],
    ['a verb of time right before the value', '这项工程耗资5亿元，历时3年。', '3年', '历时'],
    ['a rate (每升) before a change verb', '本周油价每升上调0.2元。', '0.2元', '油价'],
    ['a day word inside the noun phrase is cut (Traditional)', '台北市昨天最高溫達36度。', '36度', '最高溫'],
    ['a clause of a copula alone counts the topic before', '去年訪港旅客人次按年增長12%，達6500萬人次。', '6500萬人次', '訪港旅客人次'],
    ['an index quoted with 收市报', '恒指收市報28000點，跌150點。', '28000點', '恒指'],
    ['a change of that index', '恒指收市報28000點，跌150點。', '150點', '恒指'],
    ['现有 is no part of the noun', '该镇现有人口3万，耕地2万亩。', '3万', '人口'],
    ['就要 before a cost', '小王每月工资5000元，房租就要2000元。', '2000元', '房租'],
    ['a noun suffix split off by the segmenter (占|比)', '这两部分的占比为36%~40%。', '36%~40%', '占比'],
    ['bare numbers sharing the unit (14、15度)', '南部低温也只有14、15度左右。', '15度左右', '南部低温'],
    ['a count of people and what they did (guide §6)', '去年有2.5亿人在网上购买机票。', '2.5亿人', '购买机票'],
    ['what they did, after an adverb', '截至昨天，已有1200名学生报名，其中800人已经缴费。', '800人', '缴费'],
    ['a split verb after the count (参|与) is read whole', '今年共有5万人次参与活动。', '5万人次', '参与活动'],
    ['the noun after a copula', '查封的房产中，其中96套是商场的商铺。', '96套', '商场的商铺'],
    ['the noun after a copula (Traditional)', '平均每10人就有1人是糖尿病患者。', '1人', '糖尿病患者'],
    ['an event verb with its subject (惠及)', '这项改造工程惠及3万人。', '3万人', '改造工程惠及'],
    ['an event verb alone (接待)', '景区国庆期间共接待80万人次。', '80万人次', '接待'],
    ['the holder before 的', '新方案的收费低于旧方案的25元。', '25元', '旧方案'],
    ['a share with its noun right after it', '公司计划出售其持有的子公司30%股权。', '30%', '股权'],
    ['the topic after a relative clause with 的', '同样配置的一台笔记本电脑，在美国约合人民币5000元。', '5000元', '笔记本电脑'],
    ['a share opening its clause: the part of the clause before', '该市安排下岗职工6400多人，占所需安置人数的80%。', '80%', '下岗职工'],
    ['a share of a base: the subject, not the base', '其中外债达国内生产总值的26%。', '26%', '外债'],
    ['a share under a bound (不得超过)', '贷款数额不得超过银行总资产的20%。', '20%', '贷款数额'],
    ['a multiple of a base', '新品种的产量是传统品种的3倍。', '3倍', '产量'],
    ['a conversion (相当于) counts its subject', '每年烧掉的天然气相当于4000万吨石油。', '4000万吨', '天然气'],
    ['a measure noun before the value and 的', '流域面积300平方公里至1000平方公里的河流很多。', '300平方公里至1000平方公里', '流域面积'],
    ['a price noun before the value and 的', '他买了一双售价千元左右的球鞋。', '千元左右', '售价'],
    ['a verb + value + 的 + noun', '淘宝将对基金公司统一征收0.3%的销售服务费。', '0.3%', '销售服务费'],
    ['a verb + value + noun', '财政每年安排1亿元资金。', '1亿元', '资金'],
    ['a verb + duration + noun', '机场对外国旅客实行72小时过境免签政策。', '72小时', '免签政策'],
    ['a verb + qualifier + value + 的 + noun', '公司每两天就赚取约1亿元的利润。', '1亿元', '利润'],
    ['an abbreviation in brackets inside the noun', '中国制造业采购经理指数（PMI）为51%。', '51%', '采购经理指数'],
    ['a time phrase between subject and verb', '两国贸易额在去年底达到了300亿美元。', '300亿美元', '贸易额'],
    ['an adverb 却 before the verb', '这间民宅售价却高达340万元。', '340万元', '售价'],
    ['各 before the value', '装甲旅和装甲团各1个。', '1个', '装甲团'],
    ['a share of those of a kind (X的占)', '全厂职工中，大专以上学历的占62.5%。', '62.5%', '大专以上学历'],
    [
      'a change after a figure in the same clause counts what it counts',
      '受外部因素影响，今年经济增长率将从去年的3.2%下降一个百分点。',
      '一个百分点',
      '经济增长率',
    ],
    ['an age before 的 and a longer noun phrase', '这是59岁的庄稼汉张家顺做出的决定。', '59岁', '张家顺'],
    ['a share after a verb: the noun after 的, not the verb', '这里聚集了超过90%的海外移民。', '90%', '海外移民'],
    ['a share after a place: the noun after 的 (a word starting with 使)', '当地公园里超过50%的使用者是老年人。', '50%', '使用者'],
    ['a level noun after 的 is no measure: the subject', '央行决定将基准利率维持在5%至5.25%的水平不变。', '5%至5.25%', '基准利率'],
    ['a noun with an abbreviation right before the value', '全年实现生产总值(GDP)262.6亿元，同比增长5.3%。', '262.6亿元', '生产总值'],
    ['a change after it takes that noun', '全年实现生产总值(GDP)262.6亿元，同比增长5.3%。', '5.3%', '生产总值'],
    ['a verb after the count opens a predicate: the subject', '全球被子植物有4000种受到威胁。', '4000种', '被子植物'],
    ['a noun made of a verb after the count is counted', '他一生总计救出27名落水者。', '27名', '落水者'],
    ['a person and 今年 before an age', '他的老伴石粉兰今年52岁，患有哮喘。', '52岁', '石粉兰'],
    ['a quoted noun before the value', '黑洞的“半径”约为1公里。', '1公里', '半径'],
    ['a classifier before a one-character place noun', '全国有9个省的成交额增长。', '9个', '省'],
    ['a match record counts for the team', '两队交锋中，桑普3胜2平1负占据上风。', '1负', '桑普'],
    ['a dimension right before the value (宽约4公里)', '宽约4公里的海峡位于两岛之间。', '4公里', '宽'],
    ['a relative clause before the counted noun (与…相关的)', '当地推出240多项与体育、自然相关的活动。', '240多项', '相关的活动'],
    ['a relative clause opened by 来自', '另有60多位来自全国各地高校的学者参加了会议。', '60多位', '高校的学者'],
    ['a relative clause opened by 以', '公司今年要裁掉1万名以中层管理者为主的员工。', '1万名', '为主的员工'],
    ['a weight then 的: the noun after', '她背着一个20多公斤重的孩子赶往医院。', '20多公斤', '孩子'],
    ['there are N people who …: what they did', '受污染地区已有200多人出现中毒迹象。', '200多人', '出现中毒迹象'],
    ['a count of a book title', '报社也捐赠了500本《藏起一半的爱》。', '500本', '藏起一半的爱'],
    ['a value in brackets right after its noun', '救助模式设定为小额贷款（2000元左右），直接到人。', '2000元左右', '小额贷款'],
    ['those of a kind before a share verb and a base', '其中发生在农村的占全县总数的70%。', '70%', '农村'],
    [
      'a long noun phrase after a count stays, even when it opens with a verb-like word',
      '全国18家钢铁企业10项可比主要技术经济指标有所改善。',
      '10项',
      '技术经济指标',
    ],
    ['a dimension after 、', '这个长580公里、宽80公里的大湖。', '80公里', '宽'],
    ['made up of N people (由…组成的)', '一支由约1500多人组成的雇佣军突袭古巴。', '1500多人', '雇佣军'],
    ['a fraction after a verb and a noun after it', '全国高铁只能保证五分之一运力。', '五分之一', '运力'],
    ['a verb with a noun suffix is part of the noun after a count', '警方救出27名落水者。', '27名', '落水者'],
    ['a match record counts for the team (Traditional)', '兩隊交鋒中，桑普3勝2平1負佔據上風。', '1負', '桑普'],
    ['a share of a base with no verb: the base', '目前，食品行业产值的70%以上，都是由小企业创造的。', '70%以上', '食品行业产值'],
    ['a noun with a place after 在 inside it', '在华直接投资项目共有1500多个。', '1500多个', '直接投资项目'],
    ['a person noun ending in 主 after an age', '警方接到一名72岁事主报警。', '72岁', '事主'],
    ['a long noun phrase after an age and 的', '15岁的山东青岛十五中女学生沈洁将出发。', '15岁', '沈洁'],
    ['个人: people', '目前一共找着18个人。', '18个', '人'],
    ['a verbal classifier before a verb: the event', '费孝通已经四次光临越秀。', '四次', '光临越秀'],
    ['a verb with 了 before the value and a noun after', '政府给他颁发了五千元奖金。', '五千元', '奖金'],
    ['a time phrase with 自 between subject and verb', '股市综合指数自本月4日跌破400点之后下降。', '400点', '综合指数'],
    ['a bound before the counted noun', '7座及以下小型客车免收通行费。', '7座', '小型客车'],
    ['a second currency in a list counts what the first counts', '他收受贿赂人民币1.5万元，港币4900元。', '4900元', '收受贿赂'],
    [
      'an elliptical clause counts what the last figure of its unit counted',
      '全国的球道将达到4万条；2010年将达到10万条左右。',
      '10万条左右',
      '球道',
    ],
    ['a numeral figure right after a classifier is no counted noun', '面粉等十七类二百零五种商品涨价。', '二百零五种', '商品'],
    ['an age with a bound before the noun it bounds', '全市还有30万65周岁及以上人口需要照护。', '65周岁', '人口'],
  ])('%s', (_n, text, value, want) => {
    const f = find(text, value);
    expect(f, `no figure ${value} in ${text}`).toBeDefined();
    expect(f!.measure?.text ?? '—', text).toContain(want.length > 4 ? want.slice(-4) : want);
  });
  test.each([
    ['A和B分别为x和y', '长江和黄河的流量分别为1000立方米和500立方米。', ['长江', '黄河的流量']],
    [
      'A、B、C分别…x、y、z',
      '货物贸易、服务贸易、对外直接投资分别累计发生2.06万亿元、8752亿元、292亿元。',
      ['货物贸易', '服务贸易', '对外直接投资'],
    ],
    [
      '分别 with no subject: the measures of the figures before, in order',
      '净利润为13.6亿美元，营业额达到30.58亿美元，分别较上年同期增长110%和66%。',
      ['净利润', '营业额', '净利润', '营业额'],
    ],
    [
      'A、B及C、D分别: items split on 、 first',
      '货物贸易、服务贸易及其他项目、对外投资分别发生2万亿元、8752亿元、292亿元。',
      ['货物贸易', '服务贸易及其他项目', '对外投资'],
    ],
  ])('coordination: %s', (_n, text, want) => {
    expect(figureMentions(text).map((f) => f.measure?.text ?? null)).toEqual(want);
  });
  test.each([
    ['实现 is no subject', '全省地区生产总值实现3.2万亿元。', '3.2万亿元', '实现'],
    ['其中 is cut whole (not 中餐)', '商场内有200多家商户，其中餐饮店占三成。', '三成', '中餐饮店'],
    ['a verb of the value, not the range word', '当天气温从5度到12度。', '5度', '到'],
    ['no stray word from a change right after', '企业总数将由目前约5万家减至3.5万家。', '5万家', '减至'],
    ['no conjunction', '那么近300亿元的利润从何而来？', '300亿元', '那么'],
    ['no time clause as a topic', '上周五，欧股高收0.6%。', '0.6%', '上周五'],
    ['no change verb after a share as its noun', '出口同比增长15%以上。', '15%以上', '以上'],
    ['no clause of time as a topic (时候)', '当他回来的时候，体重减了36斤。', '36斤', '时候'],
    ['no verb after a share as its noun', '规模占到了总量的35%到50%计算。', '35%到50%', '计算'],
    ['no estimate word (估计)', '首次申领救济人数估计跌至29万5千。', '29万5千', '估计'],
    ['among (中) is no part of the noun', '试验区10万名职工中，硕士6686名。', '10万名', '职工中'],
    ['an adverb (本来) is no measure', '本来相差10倍的利率差距将继续增大。', '10倍', '本来'],
    ['an adverb (一般) is no measure', '进针的速度很快，一般不超过1秒。', '1秒', '一般'],
    ['no elliptical measure when the clause has its own subject', '甲公司投资500万元；乙公司先后投入1000多万元。', '1000多万元', '投资'],
    [
      'no long clause after a count of people',
      '共有300人在昨天下午的比赛结束之后来到了市中心的广场上参加庆祝活动。',
      '300人',
      '在昨天下午的比赛结束之后来到了市中心的广场上参加庆祝活动',
    ],
  ])('none rather than a stray word: %s', (_n, text, value, bad) => {
    expect(find(text, value)?.measure?.text ?? '—').not.toBe(bad);
  });
});

describe('durations and counts that are figures stay figures', () => {
  test.each([
    ['历时 + a duration', '历时半年，调查组走访了300家商户。', '半年'],
    ['持续 + a duration', '这轮高温已持续两周，气象台发布预警。', '两周'],
    ['a duration after its noun', '这套住房楼龄27年，位于市中心。', '27年'],
    ['a duration after a label and a colon', '工期：18个月，总投资5亿元。', '18个月'],
    ['a duration after a label and a colon (2)', '合同期限：3年，期满可续签。', '3年'],
    ['a count before a breakdown with numbers', '全县有卫生院17个（中心卫生院5所、普通卫生院12所）。', '17个'],
    ['a count announcing a list of another length', '报告提出四项措施：减税、降费和稳岗。', '四项'],
    ['a count whose 包括 names only some', '全市有12家医院，包括人民医院和中医院。', '12家'],
    ['届 in Chinese numerals before a verb is a count', '这项比赛只举办了三届便停办了。', '三届'],
    ['轮 in Chinese numerals at the end of a clause is a count', '双方谈判进行了三轮，没有结果。', '三轮'],
    ['a count of a list that 等 leaves open', '中宣部、文化部、卫生部等十部委联合下发通知。', '十部委'],
    ['即日起 is no list after a count', '全市3个景区即日起对老人、学生和军人免费开放。', '3个'],
    ['a count ending its clause after a list of verbs', '今年新建、改建、扩建学校3所。', '3所'],
    ['a count ending its clause after two verbs', '今年新建、改建农村公路2条。', '2条'],
    ['三本以上 books is a count, not an admission tier', '每名学生每学期阅读三本以上课外书。', '三本以上'],
    ['届 after a verb before a comma', '他连任两届，成绩突出。', '两届'],
    ['a count after a list of figures', '共评出37项文艺类奖、11项新闻类奖和4项综合奖。', '4项'],
    ['a number after a threshold (以上 is no pointer there)', '全县录取二本以上2891人。', '2891人'],
  ])('%s', (_n, text, value) => {
    expect(values(text)).toContain(value);
  });
});

describe('verbs of reaching (完成, 均在), energy units, a space before the number', () => {
  test.each([
    ['完成 between a subject and its amount', '今年财政收入完成18.5亿元，比上年增长6%。', '18.5亿元', '财政收入'],
    ['累计完成', '全年社会消费品零售总额累计完成96.2亿元。', '96.2亿元', '社会消费品零售总额'],
    ['a change after it counts the same subject', '今年财政收入完成18.5亿元，比上年增长6%。', '6%', '财政收入'],
    ['完成 with an object after the value keeps the object', '二号标段提前完成了80%建设任务。', '80%', '建设任务'],
    ['之和 ends the noun (no conjunction)', '北京和上海的投资之和达到300亿元。', '300亿元', '投资之和'],
    ['a count, then the age of what it counts, then 的', '研究人员对200名8岁到10岁的儿童进行了测试。', '200名', '儿童'],
    ['a share, 的, a noun with a level in it (guide §6)', '全省75%的县及以上医院均已联网。', '75%', '县及以上医院'],
    ['均 after the noun is no part of it', '全省75%的医院均已联网。', '75%', '医院'],
    ['a level before the noun left behind by the walk back (二级及|以上医院)', '全市共有二级及以上医院35家。', '35家', '医院'],
    ['an age bound before the noun (65岁及|以上人口)', '该市65周岁及以上人口占14%。', '14%', '人口'],
    ['a verb that opens compound nouns after a count (并购|项目)', '公司今年完成了3个并购项目。', '3个', '并购项目'],
    ['a predicate after a count still counts the subject', '被子植物有4000种受到威胁。', '4000种', '被子植物'],
    ['均在: the range a subject lies in', '小区的户型均在90平方米以上。', '90平方米以上', '户型'],
    ['都在', '这批二手车的价格都在5万元左右。', '5万元左右', '价格'],
    ['a space between the verb and the number', '全乡电视覆盖率达 98.5%，比上年提高2个百分点。', '98.5%', '全乡电视覆盖率'],
  ])('%s', (_n, text, value, measure) => {
    const f = find(text, value);
    expect(f, `${value} in ${text}: got ${values(text).join(', ')}`).toBeDefined();
    expect(f!.measure?.text, text).toBe(measure);
  });
  test.each([
    ['tonnes of standard coal', '全市能源消费总量120.4万吨标准煤。', '120.4万吨标准煤'],
    ['a rate per ten thousand yuan', '单位产值能耗0.35吨标准煤/万元。', '0.35吨标准煤/万元'],
  ])('values: %s', (_n, text, value) => {
    expect(values(text)).toContain(value);
  });
});

describe('a comparison noun used as the unit (guide §3: 47个足球场)', () => {
  test.each([
    ['after 相当于', '新建公园的面积相当于40个足球场。', '40个足球场', '面积'],
    ['after 相当于, a longer noun', '这座仓库的占地相当于13个标准篮球场。', '13个标准篮球场', '占地'],
    ['a size after 接近', '这艘船的高度接近30层楼。', '30层楼', '高度'],
    ['a weight after 相当于', '钻井平台总重相当于3万辆小汽车。', '3万辆小汽车', '钻井平台总重'],
  ])('%s', (_n, text, value, measure) => {
    const f = find(text, value);
    expect(f, `${value} in ${text}: got ${values(text).join(', ')}`).toBeDefined();
    expect(f!.measure?.text, text).toBe(measure);
  });
  test.each([
    ['a count after 接近 that is no size', '该县有接近30个村庄完成改造。', '30个'],
    ['a substance after a conversion (a quantity unit)', '每年烧掉的天然气相当于4000万吨石油。', '4000万吨'],
    ['a count with no frame', '学校新建了两个足球场。', '两个'],
    ['a size is never compared with firms', '本届展会规模超过500家企业。', '500家'],
    ['a size is never compared with people', '场馆容量超过2000名观众。', '2000名'],
    ['a numeral starts another phrase after the noun', '这笔奖金相当于3名员工一年的工资。', '3名'],
  ])('the value stops at its unit: %s', (_n, text, value) => {
    expect(values(text)).toContain(value);
  });
});

describe('qualifiers', () => {
  test.each([
    ['仅 before a verb', '他仅用了3天完成任务。', '3天', '仅'],
    ['最多 before a verb', '体育馆最多容纳300人。', '300人', '最多'],
    ['至少 before an adverb and a verb', '环保部门至少已经研究了10年。', '10年', '至少'],
    ['从 of a range', '当天气温从5度到12度。', '5度', '从'],
    ['到 of a range', '当天气温从5度到12度。', '12度', '到'],
    ['环比上涨 whole', '房价环比上涨0.77%。', '0.77%', '环比上涨'],
    ['按年跌 whole', '私营机构1386宗，按年跌9%。', '9%', '按年跌'],
    ['大涨', '股价较发行价大涨36.3%。', '36.3%', '大涨'],
    ['下滑', '公司去年净利下滑73%。', '73%', '下滑'],
    ['长达', '拖欠货款长达13个月。', '13个月', '长达'],
    ['未满', '家长带未满4周岁的儿童出行。', '4周岁', '未满'],
    ['跌穿', '国际金价跌穿1200美元。', '1200美元', '跌穿'],
    ['the end of a change (调到)', '月保从400元调到500元。', '500元', '调到'],
    ['相当于 a few words back', '全国三公消费突破9000亿元，相当于去年财政收入的10%。', '10%', '相当于'],
    ['折合 before the measure', '底价成交，折合楼面价2060元/平。', '2060元/平', '折合'],
    ['a shared qualifier in a list', '净利润和营业额分别较上年同期增长110%和66%。', '66%', '较上年同期增长'],
    ['a change against a named base (比上年同期上涨)', '居民消费价格比上年同期上涨0.1%。', '0.1%', '比上年同期上涨'],
    ['比上年末增加', '常住人口比上年末增加353人。', '353人', '比上年末增加'],
    ['年均增长', '国内生产总值年均增长12.1%。', '12.1%', '年均增长'],
    ['a change of interest rates (降息)', '央行再次降息27个基点。', '27个基点', '降息'],
    ['a negated bound whole (不会超过)', '今年的通胀率不会超过3%。', '3%', '不会超过'],
    ['a bound on a share of a base', '单笔贷款不得超过银行资本金的10%。', '10%', '不得超过'],
    ['大概 before a verb', '这次活动大概来了两千多人。', '两千多人', '大概'],
    ['约等于', '1个特别提款权约等于1.4美元。', '1.4美元', '约等于'],
    ['小于 after a modal', '护栏的间距应小于11厘米。', '11厘米', '小于'],
    ['及以上: the threshold keeps its bound', '全市有8.3万60周岁及以上老人。', '60周岁', '以上'],
  ])('%s', (_n, text, value, want) => {
    expect(find(text, value)?.qualifier ?? null, text).toBe(want);
  });
  test.each([
    ['从 with no end is no start value', '界面新闻从8个不同角度作了报道。', '8个'],
    ['约 ending a word (签约)', '双方签约300个项目。', '300个'],
    ['a time is no base of a share (低于去年的)', '今年一季度失业率低于去年的5.2%。', '5.2%'],
  ])('none: %s', (_n, text, value) => {
    expect(find(text, value)?.qualifier ?? null, text).toBeNull();
  });
});

const measureOf = (text: string, value: string) => {
  const f = find(text, value);
  return f?.measure ? text.slice(f.measure.start, f.measure.end) : null;
};

describe('a place, a part of the day or a clock time inside the noun before the value (guide §6: the measure starts after temporal words)', () => {
  test.each([
    ['part of the day and clock time (Traditional)', '嘉義清晨六點低溫15度，山區有霧。', '15度', '低溫'],
    ['part of the day and clock time (Simplified)', '嘉义清晨六点低温15度，山区有雾。', '15度', '低温'],
    ['clock time with 时', '台北今天上午八時氣溫只有12度。', '12度', '氣溫'],
    ['afternoon then clock time', '台中下午兩點最高溫33度。', '33度', '最高溫'],
    ['afternoon alone', '广州午后气温达到35度。', '35度', '气温'],
    ['a digit hour left behind, and the scale word 零下', '北京今晨5时最低气温零下8度。', '8度', '最低气温'],
    ['near miss: a day word still cut (no clock)', '上海昨天最高温36度。', '36度', '最高温'],
  ])('%s', (_n, text, value, want) => {
    expect(measureOf(text, value), text).toBe(want);
  });
  test('near miss: 点 inside a word is no clock time (重点项目)', () => {
    expect(measureOf('这批重点项目投资达120亿元。', '120亿元')).toContain('重点项目');
  });
});

describe('time gone by since an event, opening its clause before a comma, is when, not how long (guide §2)', () => {
  test.each([
    ['过了 (Traditional)', '過了10年，命案發生處成了凶宅。', '10年'],
    ['过了 (Simplified)', '过了10年，命案发生处成了凶宅。', '10年'],
    ['经过', '经过3年，这片荒地变成了果园。', '3年'],
    ['又过了 with a Chinese numeral', '又过了两个月，他终于拿到了赔偿。', '两个月'],
    ['an event verb (开盘)', '开盘两小时，推出的房源售出约7成。', '两小时'],
  ])('%s', (_n, text, value) => {
    expect(values(text), text).not.toContain(value);
  });
  test.each([
    ['a subject before the event verb keeps it (该片上映3天)', '该片上映3天，票房突破5亿元。', '3天'],
    ['a label before the duration keeps it (工期)', '工期18个月，总投资12亿元。', '18个月'],
    ['a cost of time keeps it (历时)', '历时5年，大桥终于建成通车。', '5年'],
  ])('near miss: %s', (_n, text, value) => {
    expect(values(text), text).toContain(value);
  });
});

describe('a counted noun after the value ends before an adverb or a time frame (线索|成功破案, 房源|两小时内售罄)', () => {
  test.each([
    ['an adverb of success', '警方共发现156条涉电信网络诈骗线索成功破案。', '156条', '涉电信网络诈骗线索'],
    ['an adverb of success (Traditional)', '警方共發現156條涉電信網路詐騙線索成功破案。', '156條', '涉電信網路詐騙線索'],
    ['a time frame in Chinese numerals', '开盘后，180套房源两小时内售罄。', '180套', '房源'],
    ['a time frame (Traditional)', '開盤後，180套房源兩小時內售罄。', '180套', '房源'],
    ['an adverb of sequence', '现场300名游客陆续离开。', '300名', '游客'],
    ['a day word', '共有15家企业昨天签约。', '15家', '企业'],
  ])('%s', (_n, text, value, want) => {
    expect(measureOf(text, value), text).toBe(want);
  });
  test('near miss: an adverb right after the value still opens the predicate, not the place before (机上4人|全部…)', () => {
    expect(measureOf('一架直升机坠毁，机上4人全部丧生。', '4人')).toMatch(/^全部/);
  });
});

describe('an event tally (2死5伤): the dead and hurt are counts of the event', () => {
  test.each([
    [
      'dead and hurt',
      '事故造成2死5伤。',
      [
        ['2死', '事故'],
        ['5伤', '事故'],
      ],
    ],
    [
      'Traditional',
      '車禍釀成2死5傷，肇事司機當場被捕。',
      [
        ['2死', '車禍'],
        ['5傷', '車禍'],
      ],
    ],
    [
      'seriously hurt',
      '工地坍塌致1死1重伤。',
      [
        ['1死', '工地坍塌'],
        ['1重伤', '工地坍塌'],
      ],
    ],
    [
      'the verb alone: the subject before it',
      '台风已造成3亡2失踪。',
      [
        ['3亡', '台风'],
        ['2失踪', '台风'],
      ],
    ],
  ])('%s', (_n, text, want) => {
    expect(
      figureMentions(text).map((f) => [f.value, f.measure ? text.slice(f.measure.start, f.measure.end) : null]),
      text,
    ).toEqual(want);
  });
  test.each([
    ['an idiom', '他九死一生逃出火场。'],
    ['死 of a noun', '1死者家属获赔50万元。'],
  ])('near miss, no tally: %s', (_n, text) => {
    expect(
      values(text).filter((v) => /[死伤亡]/.test(v)),
      text,
    ).toEqual([]);
  });
});

describe('a bound before a rate or time word and a verb phrase (最多|每天|接待游客|8000人)', () => {
  test.each([
    ['Simplified', '景区最多每天接待游客8000人。', '8000人', '最多'],
    ['Traditional', '景區最多每天接待遊客8000人。', '8000人', '最多'],
    ['with a modal', '这家医院最多每天可接诊病人500人。', '500人', '最多'],
    ['至少 with 每年', '该厂至少每年生产钢材30万吨。', '30万吨', '至少'],
  ])('%s', (_n, text, value, want) => {
    expect(find(text, value)?.qualifier ?? null, text).toBe(want);
  });
  test.each([
    ['the rate word before the bound (already found)', '景区每天最多接待游客8000人。', '8000人', '最多'],
    ['a phrase too long for a bound stays unqualified', '他最多的时候在工地上一天搬砖头运水泥共3000块。', '3000块', null],
  ])('near miss: %s', (_n, text, value, want) => {
    expect(find(text, value)?.qualifier ?? null, text).toBe(want);
  });
});

describe('an event then 后 opening the noun before the value is a time clause, not part of the measure (开盘后|沪指)', () => {
  test.each([
    ['开盘后', '开盘后沪指下跌1.2%。', '1.2%', '沪指'],
    ['開盤後 (Traditional)', '開盤後滬指下跌1.2%。', '1.2%', '滬指'],
    ['a policy issued', '政策出台后房价上涨5%。', '5%', '房价'],
    ['午盘后', '午盘后恒指跌200点。', '200点', '恒指'],
  ])('%s', (_n, text, value, want) => {
    expect(measureOf(text, value), text).toBe(want);
  });
  test('near miss: 后 inside a noun (售后服务) stays in it', () => {
    expect(measureOf('这里售后服务网点达300个。', '300个')).toContain('售后服务网点');
  });
});

describe('a verb opening a long noun phrase before the value is the predicate, the noun its object (梳理|…线索|156条)', () => {
  test.each([
    ['Simplified', '共梳理涉电信网络诈骗线索156条。', '156条', '涉电信网络诈骗线索'],
    ['Traditional', '共梳理涉電信網路詐騙線索156條。', '156條', '涉電信網路詐騙線索'],
  ])('%s', (_n, text, value, want) => {
    expect(measureOf(text, value), text).toBe(want);
  });
  test.each([
    ['an event count keeps its verb (guide §6)', '执法人员受伤13人。', '13人', '执法人员受伤'],
    ['a verb with a suffix is a noun (保障性住房)', '全市新建保障性住房3万套。', '3万套', '保障性住房'],
    ['a nominal verb stays (完成|投资)', '今年完成投资120亿元。', '120亿元', '投资'],
  ])('near miss: %s', (_n, text, value, want) => {
    expect(measureOf(text, value), text).toBe(want);
  });
});

describe('the noun a classifier counts, after the value (guide §6)', () => {
  test.each([
    ['an adverb the segmenter splits (悉|数) ends the noun', '随后，9名涉案犯罪嫌疑人悉数落网。', '9名', '涉案犯罪嫌疑人'],
    ['仍 ends the noun', '共有3000名游客仍滞留在机场。', '3000名', '游客'],
    ['全部 ends the noun', '3家银行全部停业整顿。', '3家', '银行'],
    [
      'a modifier with 的 before the head noun (两张|不同银行的储蓄卡)',
      '让其开通两张不同银行的储蓄卡，并开通网银。',
      '两张',
      '不同银行的储蓄卡',
    ],
    ['a 的-phrase ending the clause', '他名下有两套不同小区的住房。', '两套', '不同小区的住房'],
    // near-misses that must keep their measure
    ['a relative clause opened by 有', '共有5家有产科的乡卫生院。', '5家', '有产科的乡卫生院'],
    ['a noun with no 的', '全市新增3家养老机构。', '3家', '养老机构'],
  ])('%s', (_n, text, value, want) => {
    const f = find(text, value);
    expect(f, `no figure ${value} in ${text}`).toBeDefined();
    expect(f!.measure?.text ?? '—', text).toBe(want);
  });
});

describe('a name that opens with 万 is a measure; a magnitude left from the number is none', () => {
  test.each([
    ['a county named 万…', '2022年万载县农业机械总动力33.7万千瓦。', '33.7万千瓦', '万载县农业机械总动力'],
    ['a district named 万…', '万州区常住人口156万人。', '156万人', '万州区常住人口'],
    [
      'the change after it takes the same noun',
      '2022年万载县农业机械总动力33.7万千瓦（不包括农业运输车），比上年增长6.9%。',
      '6.9%',
      '万载县农业机械总动力',
    ],
  ])('%s', (_n, text, value, want) => {
    const f = find(text, value);
    expect(f, `no figure ${value} in ${text}`).toBeDefined();
    expect(f!.measure?.text ?? '—', text).toBe(want);
  });
  test.each([['万元低市价'], ['亿元人民币'], ['万人次'], ['的增速'], ['万千瓦']])('%s is no measure', (m) => {
    expect(confidentMeasure(m)).toBe(false);
  });
  test.each([['万载县农业机械总动力'], ['万科集团营业收入']])('%s is a measure', (m) => {
    expect(confidentMeasure(m)).toBe(true);
  });
});
