/**
 * Figure values by class (ANNOTATION_GUIDE §1–§3 and the value judgement calls of bench/gold/figures/README.md):
 * which spans are figures and their exact extent. Sentences written for these tests (no corpus text), Simplified
 * and Traditional; each class has cases the rule fixes and near-misses it must leave as they were.
 */
import { describe, expect, test } from 'vitest';
import { figureMentions } from '../../../src/core/summary/index';

type Case = [name: string, text: string, value: string];
const values = (text: string) => figureMentions(text).map((f) => f.value);

/** `value` is a figure of `text`, exactly that span. */
function figures(cases: Case[]) {
  test.each(cases)('%s', (_n, text, value) => {
    expect(values(text), text).toContain(value);
  });
}
/** No figure of `text` starts with `part`. */
function noFigure(cases: Case[]) {
  test.each(cases)('not: %s', (_n, text, part) => {
    const hit = values(text).filter((v) => v.startsWith(part));
    expect(hit, text).toEqual([]);
  });
}

describe('a round magnitude after 近 (近万名, 近百所: a determinable number, guide §4 近百万元)', () => {
  figures([
    ['近万名 考生', '今年报名参加考试的考生近万名，比去年多出三成。', '万名'],
    ['近萬里 (Traditional)', '這支車隊一路向西，行程近萬里。', '萬里'],
    ['近千所 卫生室', '全省已建成标准化村卫生室近千所。', '千所'],
    ['近百名 before the noun', '事故发生后，近百名消防员赶到现场。', '百名'],
    ['将近万人', '开幕式当天，将近万人涌入会展中心。', '万人'],
    ['近百万元 stays one value', '这家小店一年的营业额近百万元。', '百万元'],
    ['近千家 (Traditional)', '受颱風影響，全市近千家商店暫停營業。', '千家'],
  ]);
  noFigure([
    ['上万元 is vague', '一部上万元的手机并不少见。', '万元'],
    ['超万元 is vague like 上万元', '这类家电的售价普遍超万元。', '万元'],
    ['近百年 is a time frame', '近百年来，这座小城几经变迁。', '百年'],
    ['万里长城: no bound, a name', '游客们登上了万里长城。', '万里'],
  ]);
});

describe('points (分): 扳回1分, 积4分, 3分之差', () => {
  figures([
    ['扳回1分', '下半场客队由外援扳回1分。', '1分'],
    ['积了4分', '小组赛结束后，墨西哥队只积了4分。', '4分'],
    ['拿下32分', '她在决赛中拿下32分和11个篮板。', '32分'],
    ['3分之差 is a margin, not a fraction', '这位选手以3分之差屈居亚军。', '3分'],
    ['600分以上', '今年该校有300名考生考出600分以上。', '600分以上'],
    ['8.5分 (Traditional)', '這部電影在網上獲得8.5分的評價。', '8.5分'],
    ['2分47秒 is one duration', '他以2分47秒的成绩夺冠。', '2分47秒'],
    ['三分之一 stays a fraction', '这个比例约为三分之一。', '三分之一'],
  ]);
  noFigure([
    ['a clock time', '会议于下午3点20分开始。', '20分'],
    ['a clock time with 时', '列车于13时45分抵达。', '45分'],
    ['a fraction 3分之1', '约有3分之1的学生选择留校。', '3分'],
    ['minutes', '比赛在第80分钟被打破僵局。', '80分'],
    ['十分 is an adverb', '他听到消息后十分高兴。', '十分'],
    ['a three-pointer', '他全场投中5个3分球。', '3分'],
    ['a branch office', '该公司在当地设立了2分公司。', '2分'],
  ]);
});

describe('half a point and one point (半个百分点, 一个百分点 are figures)', () => {
  figures([
    ['下调半个百分点', '央行宣布将存款准备金率下调半个百分点。', '半个百分点'],
    ['半个百分点左右', '分析人士预计通胀率将上升半个百分点左右。', '半个百分点左右'],
    ['半個百分點 (Traditional)', '失業率較上月回落半個百分點。', '半個百分點'],
  ]);
  figures([
    ['一个百分点 stays', '房贷利率比年初低了一个百分点。', '一个百分点'],
    ['半年 stays', '这项工程用了半年。', '半年'],
  ]);
});

describe('powers of ten (10的6次方公里 is one value)', () => {
  figures([
    ['10的13次方公里', '一光年约为10的13次方公里。', '10的13次方公里'],
    ['with a mantissa', '地球到太阳的距离约为1.5乘10的8次方公里。', '1.5乘10的8次方公里'],
    ['a density keeps its rate', '中子星的密度可达每立方厘米10的14次方克。', '每立方厘米10的14次方克'],
  ]);
  noFigure([['次方 is no count of times', '一光年约为10的13次方公里。', '13次']]);
});

describe('rarer units and classifiers', () => {
  figures([
    ['纳米', '这种芯片的线宽只有7纳米。', '7纳米'],
    ['光年', '这颗恒星距离地球约40光年。', '40光年'],
    ['英寸 and 毫安时', '新手机配备6.7英寸屏幕和5000毫安时电池。', '5000毫安时'],
    ['英吋 (Traditional) as 英寸', '新款平板配備11英吋螢幕。', '11英吋'],
    ['a currency after 元', '他们购入了价值5万元美金的设备。', '5万元美金'],
    ['元港幣 (Traditional)', '這輛二手車標價3萬元港幣。', '3萬元港幣'],
    ['a unit of account', '该基金的资本将增加到200亿个记账单位。', '200亿个记账单位'],
    ['rows (行)', '学生们在操场上排成12行，等待检阅。', '12行'],
    ['百余折', '他传承了百余折传统折子戏。', '百余折'],
    ['两对 before its noun', '他给孩子们带去了两对羽毛球拍。', '两对'],
    ['三包 before its noun', '志愿者送来了三包糖果。', '三包'],
    ['三根 before its noun', '桌上放着三根蜡烛。', '三根'],
    ['里 after an Arabic numeral', '从村里到镇上要走15里山路。', '15里'],
  ]);
  noFigure([
    ['行业 is no row', '全市共有20行业协会参与评比。', '20行'],
    ['打八折 is a discount, not a count', '这家店所有商品一律打八折。', '八折'],
    ['三里屯 is a place', '他在三里屯开了一家咖啡馆。', '三里'],
    ['一对一 is a set phrase', '学校采用一对一帮扶的方式。', '一对'],
    ['两队 points back to the teams', '两队在上半场互有攻守。', '两队'],
  ]);
});

describe('a base of one in a rate or conversion is a definition, not a figure', () => {
  noFigure([
    ['1亩可以', '每亩地种植200株，1亩可以收获3000斤。', '1亩'],
    ['1美元约合', '当时1美元约合7.1元人民币。', '1美元'],
    ['1英鎊相當於 (Traditional)', '當年1英鎊相當於10美元左右。', '1英鎊'],
  ]);
  figures([
    ['the converted amount stays', '当时1美元约合7.1元人民币。', '7.1元人民币'],
    ['1人 as a count stays', '事故造成1人死亡。', '1人'],
    ['11亩可以 is no base of one', '这11亩可以全部用来种植玉米。', '11亩'],
  ]);
});

describe('time frames and ages that say when (guide §2)', () => {
  noFigure([
    ['18岁之前', '大部分人在18岁之前没有接受过理财教育。', '18岁'],
    ['30歲以後 (Traditional)', '許多球員在30歲以後就逐漸退役。', '30歲'],
    ['60岁后', '他60岁后才开始学习绘画。', '60岁'],
    ['近10个赛季中', '两队在近10个赛季中交手过22次。', '10个'],
    ['过去3个季度里', '公司在过去3个季度里亏损了1.2亿元。', '3个'],
    ['三年行动计划 is a name', '该市启动了城市更新三年行动计划。', '三年'],
    ['五年規劃 (Traditional)', '全省實施鄉村振興五年規劃。', '五年'],
  ]);
  figures([
    ['an age that is a value', '这位老人今年已经92岁了。', '92岁'],
    ['60周岁及以上 stays', '全市有8.3万60周岁及以上老人。', '60周岁'],
    ['a count of seasons as a value', '他在这支球队效力了5个赛季。', '5个'],
    ['a duration that is a value', '这项工程历时五年。', '五年'],
    ['the count after a season frame stays', '两队在近10个赛季中交手过22次。', '22次'],
  ]);
});

describe('a count in apposition to the people named points back (我们两人, batch 3)', () => {
  noFigure([
    ['夫妇二人', '王先生夫妇二人都是退休教师。', '二人'],
    ['他们3人', '他们3人随后被警方带走。', '3人'],
    ['兄弟两人', '张家兄弟两人合伙开了一家店。', '两人'],
    ['母女三人 (Traditional)', '母女三人在地震中倖存。', '三人'],
  ]);
  figures([
    ['a count with no group before it', '有3人在事故中受伤。', '3人'],
    ['a count after a verb', '警方当场抓获了5人。', '5人'],
  ]);
});

describe('magnitudes: 1亿2000万人 is one value; a range of two years before 万 is no figure', () => {
  figures([
    ['1亿2000万人', '全国有1亿2000万人参加了这项活动。', '1亿2000万人'],
    ['a bare magnitude before an age bound', '我国还有2.6亿60岁以上老年人需要照护。', '2.6亿'],
  ]);
  noFigure([
    ['2018至2020万', '这份名单涵盖2018至2020万人次的数据。', '2018至2020'],
    ['2010至2011万 (bare)', '奖品是2010至2011万龙滑雪场的门票。', '2010至2011'],
  ]);
  figures([['a range of amounts stays', '每套房价在200至300万元之间。', '200至300万元']]);
});

describe('spaces a page leaves inside a figure, and a demonstrative before one', () => {
  figures([
    ['a bare magnitude after a space', '该市常住人口达 1200 万。', '1200 万'],
    ['萬 after a space (Traditional)', '全港登記選民約 450 萬。', '450 萬'],
  ]);
  figures([['a unit after a space stays', '这款手机售价 999 美元。', '999 美元']]);
  noFigure([
    ['这 3 家 points back', '这 3 家企业均已停产。', '3 家'],
    ['那 两 名 points back', '警方随后找到了那 两名 目击者。', '两名'],
  ]);
});

describe('counts before a noun opened by 分, floors, event names and set phrases', () => {
  figures([
    ['5000个分行', '新银行将用近5000个分行覆盖全国。', '5000个'],
    ['3家分公司 (Traditional)', '該集團在內地設有3家分公司。', '3家'],
    ['跑了100米 stays', '他受伤后仍坚持跑了100米。', '100米'],
    ['12层 as a height stays', '这栋新楼共有12层。', '12层'],
  ]);
  noFigure([
    ['a floor after an address', '这套房子位于5号楼12层。', '12层'],
    ['男子100米冠军 is an event', '他获得了男子100米冠军。', '100米'],
    ['200米自由泳 is an event', '她报名参加了200米自由泳比赛。', '200米'],
    ['三番五次 is a set phrase', '他三番五次找上门来讨债。', '五次'],
  ]);
});

describe('halves (半米, 大约一半 are figures, batch 7) and the minute of a match', () => {
  figures([
    ['大约一半', '调查显示，大约一半的受访者支持这项政策。', '一半'],
    ['超过一半', '超过一半的企业实现了盈利。', '一半'],
    ['一半以上 (Traditional)', '一半以上的學生選擇留在本地升學。', '一半以上'],
    ['半米', '一夜之间水位下降了半米。', '半米'],
    ['a duration that is a value stays', '他用了11分钟就完成了答题。', '11分钟'],
  ]);
  noFigure([
    ['另一半 is a partner', '他的另一半也是医生。', '一半'],
    ['平日的一半 is a relation to a base', '地铁发车频次仅为平日的一半。', '一半'],
    ['半斤八两 is an idiom', '两人的水平半斤八两。', '半斤'],
    ['下半场11分钟 is when', '下半场11分钟，主队扳平比分。', '11分钟'],
  ]);
});

describe('more counted units (步, 票, ℃) and numerals before a tier word or after a word ending in 前', () => {
  figures([
    ['一万步', '他每天坚持步行一万步。', '一万步'],
    ['35票 (Traditional)', '立法會昨日以35票贊成、20票反對通過議案。', '35票'],
    ['1票之差', '他以1票之差落选。', '1票'],
    ['25℃左右', '明天白天气温在25℃左右。', '25℃左右'],
    ['四个一线城市', '目前四个一线城市的土地成交额均有上升。', '四个'],
    ['两所一流大学', '全省有两所一流大学。', '两所'],
    ['此前两名', '此前两名嫌疑人已被警方抓获。', '两名'],
  ]);
  noFigure([
    ['进一步 is no count', '我们要进一步扩大开放。', '一步'],
    ['三步走 names a plan', '这项改革分三步走。', '三步'],
    ['票房 is no vote', '该片上映首日票房达10亿。', '10亿票'],
    ['四位一体 is a set phrase', '推进四位一体的改革。', '四位'],
    ['前三名 is a tier', '前三名选手将获得奖金。', '三名'],
    ['最后两名 is a tier', '最后两名队员也安全返回。', '两名'],
  ]);
});

describe('two numeral digits that are no approximate pair: the first ends a name', () => {
  noFigure([
    ['李四二人 after the names it counts', '张三、李四二人被当场抓获。', '四二人'],
    ['王五两名', '赵六、王五两名队员随后归队。', '五两名'],
  ]);
  figures([
    ['李四|两人: the count starts at 两', '张三和李四两人被当场抓获。', '两人'],
    ['四五倍 stays', '新设备的效率是旧设备的四五倍。', '四五倍'],
    ['五六米 stays', '这条河宽五六米。', '五六米'],
    ['二三千元 stays', '当时的月工资是二三千元。', '二三千元'],
  ]);
});

describe('a numeral inside a quoted slogan after another numeral is part of its name', () => {
  noFigure([
    ['“两个一百年”', '我国已实现了“两个一百年”中的第一个目标。', '一百年'],
    ['“三个1亿人”', '他说城镇化路径是“三个1亿人”。', '1亿人'],
    ['「兩個一百年」 (Traditional)', '報告多次提到「兩個一百年」目標。', '一百年'],
  ]);
  figures([['a quoted claim of an amount stays', '当地流传着“7000万嫁女”的说法。', '7000万']]);
});

describe('a bare number whose unit the count noun before it gives (床位数不足1000)', () => {
  figures([
    ['床位数不足１０００', '目前全国旅馆床位数不足１０００，供不应求。', '１０００'],
    ['人数达3200', '今年报名人数达3200。', '3200'],
    ['戶數約為12500 (Traditional)', '該區登記戶數約為12500，較去年增加。', '12500'],
  ]);
  noFigure([['an index level is no figure', '当月消费者信心指数为89.7。', '89.7']]);
  figures([['…and that figure keeps its unit', '人数达3200人。', '3200人']]);
});

describe('the time a plan uses to reach its end is how it is done, not a figure (利用3年时间)', () => {
  noFigure([
    ['利用3年时间', '北京将利用3年时间基本解决这些家庭的住房困难。', '3年'],
    ['用两年时间', '该市计划用两年时间建成新机场。', '两年'],
    ['力爭用五年時間 (Traditional)', '當局力爭用五年時間完成改造。', '五年'],
  ]);
  figures([
    ['用了3年时间 is what it cost', '他用了3年时间才完成这部作品。', '3年'],
    ['花了5年时间 is what it cost', '他花了5年时间研发这款产品。', '5年'],
  ]);
});

describe('the time over which a change is done, before the verb and its amount, is adverbial (20天瘦20斤)', () => {
  noFigure([
    ['20天瘦20斤', '这位演员20天瘦20斤，引发热议。', '20天'],
    ['1年要完成', '这里的学生1年要完成3年的课程。', '1年'],
    ['三個月減重 (Traditional)', '他三個月減重15公斤。', '三個月'],
  ]);
  figures([
    ['the amount stays', '这位演员20天瘦20斤，引发热议。', '20斤'],
    ['24小时值班 is the value of a state', '他们昼夜24小时值班。', '24小时'],
    ['9个月没领到工资 is the value of a state', '工人们9个月没领到工资。', '9个月'],
    ['工作了3年 stays', '他工作了3年，攒下2万元。', '3年'],
  ]);
});

describe('万 followed by its thousands (2萬9900元) is one value; 公噸 a unit', () => {
  figures([
    ['2萬9900元 (Traditional)', '這部手機售價新台幣2萬9900元。', '2萬9900元'],
    ['3万2000元', '这次捐款共计3万2000元。', '3万2000元'],
    ['5万1000棵', '志愿者们共种下5万1000棵树。', '5万1000棵'],
    ['20公噸 (Traditional)', '這批貨物重達20公噸。', '20公噸'],
  ]);
  figures([
    ['two values in a row stay apart', '票价为2万元，共售出300张。', '300张'],
    ['29万5千 stays one bare value', '该市去年新增人口29万5千。', '29万5千'],
    ['30万|65周岁 stay apart', '全市还有30万65周岁及以上老人需要照护。', '65周岁'],
  ]);
});

describe('a classifier that opens a verb with the next character is no classifier', () => {
  noFigure([
    ['骁龙8|处理器', '这款手机搭载骁龙8处理器。', '8处'],
    ['麒麟9|处理 (Traditional)', '新機採用麒麟9處理器。', '9處'],
  ]);
  figures([
    ['3处 before a noun stays', '山体滑坡造成3处道路中断。', '3处'],
    ['200个人 stays a count', '现场来了200个人。', '200个'],
  ]);
});
