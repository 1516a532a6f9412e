/**
 * Key figures (see shared/corpus/entities/figures/ANNOTATION_GUIDE.md): a numeral with a unit,
 * classifier or percent sign, with its normalised number, unit, kind, qualifier (约, 以上, 力争,
 * 同比增长…) and measure — the text span naming what it counts. Works on Simplified text; the
 * caller maps Traditional text through toSimplifiedSameLength (same offsets).
 */
import { isDictionaryWord, isVerb } from './lexicon';
import { digitsOf, parseNumber, toHalfWidth } from './numbers';
import { sentenceIndexAt } from './sentences';
import { overlapIndex } from './spans';
import type { Figure, Span } from './types';
import { wordSegmenter } from '../text/word-segmenter';

/**
 * Arabic digits; a full-width 。 between full-width digits is a decimal point as some pages print it (１。３８).
 * A number split by a line break or markup is read whole when the break is inside it: the part after the
 * break starts with 0 (5 | 00万元) or follows a decimal point; two numbers apart (5 | 300万元) stay apart.
 */
const NUM_A =
  '[0-9０-９]+(?:,[0-9]{3})*(?:\\s+(?=[0０][0-9０-９])[0-9０-９]+)*(?:(?:[.．]|[。·](?=[0-9０-９]))(?:\\s+(?=[0-9０-９]))?[0-9０-９]+)?';
/** Chinese numerals, with 廿/卅/卌 (20/30/40) and the approximate 几/数 (几十, 数百, 十几). */
const NUM_C = '[零〇一二两三四五六七八九十百千廿卅卌几数]+(?:点[零〇一二三四五六七八九]+)?';
const NUM = `(?:${NUM_A}|${NUM_C})`;

/** unit → kind (Simplified). Longest units first in the regex. */
const UNITS: Record<string, string> = {};
const add = (kind: string, list: string) => list.split(' ').forEach((u) => (UNITS[u] = kind));
add(
  'money',
  '元 美元 日元 欧元 英镑 港元 港币 澳元 韩元 卢布 新台币 台币 元人民币 人民币 块钱 法郎 马克 加元 澳门元 美金 泰铢 卢比 林吉特 新加坡元 新元 瑞士法郎 瑞郎 越南盾 印尼盾 比索 里拉 兰特 雷亚尔 克朗 加拿大元 澳大利亚元 新西兰元 纽币 澳币 加币 韩圆 特别提款权 记账单位 个记账单位 元美金 元港币 元港元 元台币 元新台币',
);
add('pp', '个百分点 百分点 个基点 基点');
add('percent', '% ％ 成 ‰');
add(
  'quantity',
  '公分 吨 公斤 千克 克 毫克 微克 纳克 斤 公里 千米 米 厘米 毫米 平方公里 平方千米 平方米 平米 亩 公顷 立方米 立方厘米 平方厘米 方 升 毫升 吨标准煤 吨标煤 千瓦 千瓦时 瓦 兆瓦 度 呎 英尺 英里 海里 码 桶 马力 摄氏度 标准箱 TEU 平方呎 方呎 平方英尺 微米 纳米 光年 英寸 英吋 吋 毫安时 加仑 盎司 磅 克拉 千卡 大卡 分贝 千帕 兆帕 吉瓦 兆瓦时 像素 里 ℃ °C 公吨',
);
add('duration', '年 个月 天 小时 个小时 分钟 秒钟 秒 周 个星期 星期 个春秋 载');
add('multiple', '倍');
add('count', '胜 平 负 部委 连胜 连败 连平 连负 死 伤 亡 失踪 失联 重伤 轻伤');
add('age', '岁 周岁');
add('quantity', '点 坪');
add(
  'count',
  '人口 个 名 人 家 项 件 起 场 次 人次 所 座 台 辆 架 艘 部 条 只 头 户 篇 本 张 份 位 支 批 套 种 类 处 栋 间 例 宗 笔 株 棵 枚 颗 盘 届 期 户次 辆次 架次 艘次 门 层 幢 片 块 根 匹 首 集 册 所学校 个国家 多个 口 余人 斤 双 对 组 队 省 县 市 国 区 乡 镇 村 ' +
    '剂次 串 粒 伙 股 盒 瓶 袋 箱 桶 包 桌 排 剂 针 轮 趟 遍 餐 顿 尾 列 班 行 折 分 步 票',
);
delete UNITS['多个'];
delete UNITS['余人'];
delete UNITS['所学校'];
delete UNITS['个国家'];
const UNIT_RE = Object.keys(UNITS)
  .sort((a, b) => b.length - a.length)
  .map((u) => u.replace(/[%]/g, '\\$&'))
  // 分 as points (扳回1分, 以3分之差), not a fraction (3分之1), minutes (10分钟), minutes and seconds (2分47秒) or a
  // branch (3分公司); those have readings of their own
  .map((u) => (u === '分' ? `分(?!之[0-9０-９一二三四五六七八九十]|钟|[0-9０-９]+秒|公司|局|行|店|社|院|校|厂|球|线|制)` : u))
  .join('|');

/** Between the two ends of a range: 140至160公里, 5－6倍, 300--500元, 36%~40%. */
const RANGE_SEP = '至|到|--?|－－?|～|~|—{1,2}';
const FIG_RE = new RegExp(
  // years and months (四年零八个月, 1年6个月) before years alone; half a year or month (半年, 半个月)
  `(?<cy>${NUM})年零?(?<cmo>${NUM})个月|(?<![上下前后])(?<hf>半)(?<hu>年|个月|个小时|小时|个世纪|个百分点|米|公里|千米|公斤|斤(?!八两)|吨|亩)(?<hpost>左右)?|` +
    // a count whose unit the count noun before it gives (床位数不足1000，, 人数达3200。): the bare number, not an index (指数为89.7)
    `(?<=(?<![指系读函基倍分])[数](?:为|达到|达|不足|超过|仅|共|约|近|是|有){1,2})(?<bare>[0-9０-９]+(?:[.．][0-9０-９]+)?)(?=[，,。；;）)]|$)|` +
    // a half as a share (大约一半, 一半以上; not 另一半, the other one, nor 平日的一半, a relation to a base)
    `(?<![另对多的])(?<half>一半)(?<halfpost>以上|左右)?|` +
    // a power (10的6次方公里, 1.5乘10的8次方千米, 每立方厘米10的18次方克): one value, the rate before it included
    `(?<pw>(?:每(?:${UNIT_RE}))?(?:(?<pwm>${NUM_A})(?:乘以?|×|x|\\*))?(?<pwb>[0-9０-９]+)的(?<pwe>[0-9０-９]+)次方)(?<pwu>${UNIT_RE})?|` +
    // a round magnitude after 近 (近万名, 近百所, 近万里): a determinable number, 1 of the magnitude (超万元, 逾千人 are vague like 上万元)
    `(?<=近)(?<nm>[百千万亿]+)(?<nmu>${UNIT_RE})(?<nmpost>以上|左右|之多|多|余)?|` +
    // (a higher magnitude written before the number: 1亿|2000万人, 2万|9900元)
    `(?<rate>每(?:秒|分钟|小时|天|日|年|月|周))?(?:(?<yi>[0-9０-９]+)亿(?=[0-9０-９]+[千万])|(?<wan>[0-9０-９]+)万(?=[1-9１-９][0-9０-９]{3}(?!周?岁)(?:${UNIT_RE})))?(?<n1>${NUM})(?:(?<u1>(?<![从由](?:${NUM}))[万亿]?(?:${UNIT_RE})|[万亿])?(?<sep>${RANGE_SEP})(?<n2>${NUM}))?(?<in1>多|余|来)?[ \u00a0]?(?<mag>[十百千万亿]*?)(?<in2>多|余)?[ \u00a0]?(?<unit>${UNIT_RE})(?<post>以上|以下|以内|左右|上下|之多|多|余)?` +
    `|[百千]分之(?<pct>${NUM})` +
    // a fraction in words (四分之一, 三分之二)
    `|(?<cfb>[二三四五六七八九十]+)分之(?<cfa>[一二三四五六七八九十]+)` +
    // a fraction of whole numbers (3/4), not a run of odds or ratios (2.37/3.00/2.75)
    `|(?<![0-9０-９.．/／])(?<fa>[0-9０-９]+)[／/](?<fb>[0-9０-９]+)(?![0-9０-９/／.．])(?<fpost>以上|以下|左右)?` +
    `|(?<ch>${NUM_A})个?小时(?<cm>${NUM_A})分(?:钟)?(?:(?<cs>${NUM_A})秒)?` +
    // minutes and seconds (2分47秒): one duration
    `|(?<mm>${NUM_A})分(?<ms>${NUM_A})秒` +
    // A magnitude with no unit (100万货款, 用户达3.96亿, 6460余万, 2万-3万, 29万5千): the noun after it, if any, is what it counts.
    `|(?<bn1>${NUM_A})(?:(?<bu1>[万亿])?(?<bsep>${RANGE_SEP})(?<bn2>${NUM_A}))?(?<bin1>多|余)?[ \u00a0]?(?<bmag>[千万亿]*[万亿])(?<bthou>[0-9０-９一二三四五六七八九]千)?(?<bin2>多|余)?(?![万亿])(?![0-9０-９](?![0-9０-９]*周?岁))`,
  'g',
);

/** The dead, hurt and missing of an event tally (2死5伤, 两死三伤, 1死1重伤, 3亡2失踪): counts only in such a run. */
const TALLY_N = '[0-9０-９]+';
const CASUALTY_RECORD = new RegExp(`${TALLY_N}[死亡](?:${TALLY_N}(?:重伤|轻伤|伤|失踪|失联))+|${TALLY_N}重伤${TALLY_N}轻伤`);
const CASUALTY_UNIT = /^(?:死|伤|亡|失踪|失联|重伤|轻伤)$/;
/** A verb of causing at the end of the event before a tally (事故|造成, 车祸|酿成, 坍塌|致). */
const CAUSE_END = /(?:已|共|共计)?(?:造成|酿成|导致|致使|致)$/;
/** Wins, draws and losses of a match record. */
const MATCH_RECORD = /[0-9０-９]+胜(?:[0-9０-９]+平(?:[0-9０-９]+负)?|[0-9０-９]+负)/;

/** A per-unit after the unit: 32微克/立方米, 1.2万元/平方米, 80公里/小时. */
const PER_UNIT_RE = new RegExp(`^[/／]((?:[万亿千百])?(?:${UNIT_RE})|平)`); // 元/吨, 吨标准煤/万元
/** A currency written before the number (新台币1.5亿元, 人民币300元): qualifier and measure lie before it. */
const CURRENCY_BEFORE = /(?:人民币|新台币|台币|美元|港币|港元|日元|欧元|英镑|美金)$/;
/** A forecast word right before the measure (预计年产值可达50亿元). */
const FORECAST_BEFORE = /(?:预计|力争|有望|折合|约合)$/;

/** A rate before the value: 每张, 每人, 每平方米 (a unit of the table or one character). */
const PER_BEFORE = new RegExp(`每(?:${UNIT_RE}|[\\u4e00-\\u9fff])$`);

const COMPOSITE_RE = new RegExp(`(${NUM_A})个?小时(${NUM_A})分(?:钟)?(?:(${NUM_A})秒)?`, 'y');

/** Verbs of a change before its amount (增长5%, 大涨36%, 回落0.4个百分点, 升值35%). */
const CHANGE_VERBS = (
  '增长 下降 增加 减少 提高 降低 上升 上涨 下跌 下滑 回落 回升 上调 下调 大涨 大跌 大降 大增 暴涨 暴跌 增收 减收 升值 贬值 收窄 缩小 提升 降息 加息 升息 减息 减重 增重 偏高 偏低 偏多 偏少 ' +
  // sharper or rarer changes (锐减60%, 飙升30%, 倒退了50多米, 年龄减小12岁, 20天瘦20斤, 节省能耗2.8%; README batches 2, 6, 7)
  '上浮 下浮 节省 节约 增产 减产 锐减 骤减 激增 猛增 骤增 剧增 飙升 攀升 上扬 下挫 反弹 缩水 萎缩 下探 走高 走低 收高 收低 高收 低收 缩减 削减 精简 减小 增大 倒退 后退 跌 涨 升 降 增 减 瘦'
).split(' ');
/** Words before a number that change how it is read (ANNOTATION_GUIDE §7). */
const PRE_Q = [
  '比上年同期增长',
  '比上年同期下降',
  '比去年同期增长',
  '比去年同期下降',
  '比上年增长',
  '比上年下降',
  '比去年增长',
  '比去年下降',
  '同比增长',
  '同比下降',
  '同比增加',
  '同比减少',
  '同比提高',
  '同比增收',
  '同比上升',
  '同比上涨',
  '同比下跌',
  '环比增长',
  '环比下降',
  '增加到',
  '减少到',
  '提高到',
  '增长到',
  '扩大到',
  '上升到',
  '下降到',
  '降低到',
  '降到',
  '降至',
  '增至',
  '升至',
  '达到了',
  '跌',
  '涨',
  '跌至',
  '涨至',
  '跌到',
  '涨到',
  '增长',
  '下降',
  '增加',
  '减少',
  '提高',
  '降低',
  '上升',
  '上涨',
  '下跌',
  '增收',
  '减收',
  '相差',
  '扩大',
  ...['比', '较'].flatMap((a) =>
    ['上年同期', '去年同期', '上年', '去年', '前年', '上一年', '上月', '上个月', '上季度', '同期'].flatMap((b) =>
      ['增长', '下降', '增加', '减少', '提高', '降低', '上升', '下跌', '增收', '减收'].map((c) => a + b + c),
    ),
  ),
  '缩短至',
  '缩短到',
  '延长至',
  '延长到',
  '提升至',
  '提升到',
  '下降至',
  '减少至',
  '增加至',
  '提高至',
  '扩大至',
  '上升至',
  '减至',
  '约合',
  '折合',
  '相当于',
  '大约',
  '约',
  '近',
  '将近',
  '接近',
  '超过',
  '超',
  '逾',
  '不足',
  '不到',
  '低于',
  '高于',
  '突破',
  '高达',
  '多达',
  '仅',
  '只有',
  // only (README batch 2: 仅仅; 仅有 is read as 仅 + the copula 有, and 拟 only before a verb, FUTURE_VERB: both as
  // qualifiers of their own cost the checking half of the figure dev set a qualifier each)
  '仅仅',
  '力争',
  '预计',
  '将',
  '从',
  '由',
  '最多',
  '至少',
  '最高',
  '最低',
  // an extreme as a bound (停电时间最长达到6小时, 最小为60平方米; guide §7: 最多)
  '最长',
  '最短',
  '最大',
  '最小',
  ...['同比', '环比', '按年', '按月', '按季', '年均', '平均每年'].flatMap((a) => CHANGE_VERBS.map((c) => a + c)),
  // a change against a named base (比上年同期上涨, 比上年末增加, 较上月回落)
  ...[
    '比上年同期',
    '比去年同期',
    '比上年末',
    '比去年末',
    '比上年',
    '比去年',
    '比上月',
    '较上年',
    '较去年',
    '较上月',
    '较上年同期',
    '较去年同期',
  ].flatMap((a) => CHANGE_VERBS.filter((c) => c.length === 2).map((c) => a + c)),
  ...CHANGE_VERBS,
  // the end value of any change (冲高至, 萎缩至, 攀升到, 下调至)
  ...CHANGE_VERBS.filter((c) => c.length === 2).flatMap((c) => [`${c}至`, `${c}到`]),
  '冲高至',
  '冲高到',
  // a forecast (README batch 7: 预将达到), a closing level (batch 7: 收于); only (只要, 只能; README batch 6) is a bound
  // before a verb phrase (far bound below): as a word right before the value it cost the checking half a measure
  '预将',
  '收于',
  // the end value of a change (调到500元, 更改为50套, 提至7成), a bound or a reach (长达13个月, 未满4周岁), a forecast (或达12亿美元)
  ...'调到 调至 调整为 调整到 更改为 改为 变为 降为 升为 增为 减为 提至 回落至 回升至 下滑至 跌破 跌穿 升破'.split(' '),
  ...'长达 多达 足足 整整 未满 不满 不少于 不低于 不超过 不得超过 不能小于 不小于 不大于 最少 最多 或达 或将达 有望达'.split(' '),
  // a negated bound is one qualifier (不会超过, 不应高于); bare comparisons; approximations (大概, 差不多); 约等于 (guide §7)
  ...['不会', '不能', '不应', '不可', '不宜', '不'].flatMap((n) =>
    ['超过', '高于', '低于', '多于', '少于', '大于', '小于'].map((c) => n + c),
  ),
  ...'小于 大于 少于 多于 大概 差不多 大致 约等于'.split(' '),
]
  .filter((q, i, all) => q !== '达到了' && all.indexOf(q) === i)
  .sort((a, b) => b.length - a.length);
const PRE_Q_SET = new Set(PRE_Q);
/** PRE_Q by last character, longest first as in PRE_Q: only the words that can end right before a position are tried. */
const PRE_Q_BY_END = new Map<string, string[]>();
for (const q of PRE_Q) {
  const list = PRE_Q_BY_END.get(q.slice(-1));
  if (list) list.push(q);
  else PRE_Q_BY_END.set(q.slice(-1), [q]);
}
/**
 * 将 + a verb of planned action before the number is the forecast qualifier 将 (总共将安装26台机组);
 * 从/由 before a time phrase that precedes the number marks the start value (从1991年的70％降到…).
 */
const FUTURE_VERB =
  /(?:将|拟)(?:历时|耗资|耗时|用时|持续|募集|融资|出资|收购|以|安装|建设|建成|新增|新建|投入|完成|实现|提供|带动|吸引|培育|引进|推出|举办|开展|形成|覆盖|惠及|举行|招收|录取|安置|发放|投资|生产|销售|接待|增加|增长|减少|提高|降低|扩大|新开|开通|开设|建|增|减|再)$/;
const FROM_TIME =
  /(从|由)(?:(?:[0-9０-９]{2,4}|[〇零一二三四五六七八九]{2,4})年(?:[0-9０-９]{1,2}月)?|去年|上年|前年|今年|上月|上季度|同期|目前|现在|原来|过去|年|月|[上前]一?(?:周|个?月|季度?|年)|当初|最初|此前|以前|之前)(?:底|末|初|时|年底|年初|年末|月底|月初)?的?$/;
/** 比/较, a base of a few words, a change verb: the change against that base (guide §7: 比上年同期增长). */
const BASE_CHANGE = new RegExp(
  `[比较]([^，,。；;：:、的0-9０-９\\s]{1,6}?)(?:${CHANGE_VERBS.filter((c) => c.length === 2).join('|')})了?$`,
);
/** The base of such a change is an earlier time (常年, 前一个月, 上季度, 此前), not a thing (较发行价|大涨: the verb alone). */
const TIME_BASE =
  /^(?:(?:[上前去今本往常当同]|上一|前一)?[一二两三四五六七八九十]?个?(?:年|月|季度|周|日|交易日|年度)(?:同期|末|底|初)?|此前|以往|平时|上次|同期)$/;
/** Change verbs of two or more characters: a verb before the noun it changes (节省|能耗|2.8%) ends that noun. */
const CHANGE_WORD = new Set(CHANGE_VERBS.filter((c) => c.length >= 2));
const CHANGE_BEFORE = new RegExp(`(${[...CHANGE_WORD].join('|')})了?$`);
const CHANGE_Q = new RegExp(`^(?:[比较].*(?:${CHANGE_VERBS.join('|')})|同比|环比|按年|按月|(?:${CHANGE_VERBS.join('|')}|相差|扩大)$)`);
const COPULA = [
  '可达到',
  '可达',
  '有望达到',
  '控制在',
  // a range a subject lies in (户型均在|100平方米以上, 价格都在|3000元左右)
  '均在',
  '都在',
  '保持在',
  '稳定在',
  '维持在',
  '达到',
  '达',
  '为',
  '是',
  '有',
  '共有',
  '共',
  '总计',
  '累计',
  '合计',
  '共计',
  '了',
  '已',
  '已达',
  // verbs of reaching between a subject and its amount (地区生产总值|实现|3.2万亿元, 恒指|收市报|28000点,
  // 税收收入|完成|11.1亿元, 进出口总额|累计完成|8亿美元)
  '实现',
  '完成',
  '等于',
  '录得',
  // a cost (房租就要|2000元)
  '就要',
  '需要',
  '收市报',
  '收盘报',
  '收报',
  '收于',
  '报收',
].sort((a, b) => b.length - a.length);

/** Words that end a measure when scanning back from the number. */
const MEASURE_STOP = new Set(
  (
    '的 将 要 会 可 能 已 已经 共 达 达到 为 是 有 在 和 与 及 从 对 向 把 被 让 使 了 着 过 并 还 也 都 又 再 就 其中 其 今年 去年 明年 目前 全年 上半年 下半年 ' +
    '同期 当年 今后 当天 同时 此外 另外 截至 截止 至今 以来 期间 全市 全省 全国 全区 全县 我国 该 这 那 此 这些 一批 发布 挂牌 举办 培育 促成 实现 完成 达成 新增 新建 建成 引进 吸引 接待 ' +
    '销售 生产 投资 投入 获得 获 拥有 超过 发放 带动 签约 签订 开工 举行 开展 组织 推出 提供 预计 计划 力争 确保 争取 有望 可望 预期 突破 增长 下降 增加 减少 提高 降低 上升 ' +
    '约 近 逾 超 仅 只有 高达 多达 据 据统计 统计 显示 表明 数据 其他 共同 一共 总共 分别 各 每 用 以 等 创造 形成 带来 吸纳 安置 招收 录取 解决 帮助 惠及 覆盖 ' +
    '参加 参与 出动 派出 救助 抓获 查处 破获 受理 办理 审结 收到 收 支付 花费 耗资 耗时 历时 用时 需要 需 占 占到 约合 相当于 相当 则 而 但 却 则为 首次 首 ' +
    '即 便 此次 这次 本次 该次 刚满 年满 已满 仅仅 仅有 整整 足足 一般 通常 往往 本来 原来 原本 本报讯 讯 估计 预期 预测 现有 共有 总计 合计 共计 折合 最多 最少 至少 只 将近 不到 不足 大约 同比 环比 按年 按月 相比 那么 这么 如此 那样 这样 因此 所以 于是 然后 如果 虽然 但是 可是 不过 而且 甚至 肯定 一定 可能 也许 大概 或许 应该 必须 更 很 最 太 超出 每天 每日 每年 每月 每周 提到 提及 表示 介绍 称 说 指出 透露 再次 再度 公布 宣布 披露 报道 获悉 了解到 据介绍 据了解'
  ).split(' '),
);
/** Verbs that also name a quantity inside a compound noun (地区生产总值, 销售收入, 总投资, 工业增加值). */
const NOMINAL_VERB = new Set(
  '投资 生产 销售 零售 出口 进口 进出口 增加 营业 经营 成交 消费 建设 运输 发电 吞吐 并购 研发 改造 培训 投入'.split(' '),
);
/** A clause opened by time going by or by an event, right before a duration (过了|10年，, 开盘后|两小时，). */
const ELAPSED_BEFORE =
  /(?:^|[，,。；;：:！？!?\n])(?:又|再)?(?:过了|过去了|经过了?|开盘|开业|开幕|开赛|开场|开学|开播|上市|上映|发车|起飞|出发|入住|出狱|退休|毕业)(?:后|以后|之后)?(?:又|才|仅|不到|约|近|大约|短短)?$/;
/** Verbs of cost or time that name the value right after them. */
const COST_VERB = new Set('耗资 耗时 历时 用时 耗费 花费 花了 用了 历经 费时 为期'.split(' '));
/** Verbs of how long an event lasts (历时, 为期): the event before them is what the duration measures. */
const LASTS_VERB = /^(?:历时|为期|历经)$/;
/** Verbs whose object is the quantity that follows: 完成|投资|120亿元. */
const DONE_VERB = /^(?:完成|实现|计划|新增|累计|共|拟|预计|全年|已|将)$/;
/** One-character noun suffixes that make a verb before them a noun (增长率, 成交额, 增加值, 销售量). */
const NOUN_SUFFIX = /^[率额量值价数比]$/;
/** One-character function words and modals: a character after one of them starts the noun (的|高|处, 要|裁掉), it is no verb half. */
const PARTICLE = /[的了着过之其该这那此各每要会能可应需想得]/;
/** A one-character classifier (as a segmenter word of its own). */
const CLASSIFIER = /^[个名家项件场次所座台辆架艘部条只头户篇本张份位支批套种处栋间例宗笔株棵枚颗届期门层幢片块根匹首集册段]$/;
const TAIL_STOP = /[在于被将已从向对把让使由是为和与及以并还也都又再就等]/;
const BOUNDARY = /[，,。；;：:！？!?、\n\r（(）)“”"《》【】+＋=＝]/;
const TEMPORAL_START =
  /^(?:[0-9０-９零〇一二三四五六七八九十]+(?:年|月份|月|日|号)|今年|去年|明年|目前|全年|上半年|下半年|当年|同期|第?[一二三四1-4１-４]季度|前[一二三]季度|前[0-9０-９一二三四五六七八九十]{1,2}个月|随后|此后|其后|之后|然后|当时|此前|近日|(?:盘中|早盘|午盘|尾盘)(?:后|以后|之后)?|周[一二三四五六日末]|星期[一二三四五六日天])+/;

/** The segmenter's words, two single characters that make a dictionary word joined (营|收 → 营收, 之|比 → 之比). */
function words(s: string): string[] {
  const ws = [...wordSegmenter()!.segment(s)].map((x) => x.segment);
  for (let i = ws.length - 1; i > 0; i--)
    if (ws[i]!.length === 1 && ws[i - 1]!.length === 1 && /\p{Script=Han}/u.test(ws[i]!) && isDictionaryWord(ws[i - 1]! + ws[i]!))
      ws.splice(i - 1, 2, ws[i - 1]! + ws[i]!);
  return ws;
}

/** A day or period word inside a noun phrase: what follows it is the measure (台北市昨天最高温 → 最高温). */
const TIME_INSIDE =
  /(?:昨天|今天|明天|昨日|今日|明日|去年|今年|明年|上月|本月|上周|本周|日前|目前|近日|当天|当日|同期|(?:开盘|收盘|开市|午盘|上市|开业|开幕|开赛|发布|公布|出台|实施|启动)(?:后|以后|之后|以来)|清晨|早晨|凌晨|上午|中午|下午|午后|傍晚|晚上|晚间|夜间|深夜|今晨|今早|今晚|昨晚|昨夜|[零〇一二两三四五六七八九十]{1,3}[点时](?:[零〇一二三四五六七八九十]{1,3}分|半|许)?(?![零〇一二两三四五六七八九十]))(?=\p{Script=Han}{2})/gu;
/** A unit of the scale a temperature is read on, left between its noun and the value (最低气温|零下|8度). */
const SCALE_BEFORE = /(?:零下|摄氏|华氏)+$/;

/** A short parenthesis inside a noun: 技术经纪(理)人总量. */
const INNER_PAREN = /\p{Script=Han}[(（](?:\p{Script=Han}{1,4}|[A-Za-z]{2,6})[)）]$|[“「"]\p{Script=Han}{1,6}[”」"]$/u;

function measureBefore(s: string, end: number, floor: number): Span | null {
  // An adverb between the noun and the verb or number (年产量|也|将达到) is not part of the noun.
  while (end > floor + 1 && /[也都还已则又再亦]/.test(s[end - 1]!)) end--;
  const scale = SCALE_BEFORE.exec(s.slice(Math.max(floor, end - 6), end));
  if (scale && end - scale[0].length > floor) end -= scale[0].length;
  let start = end;
  while (start > floor) {
    if (!BOUNDARY.test(s[start - 1]!)) {
      start--;
      continue;
    }
    // step over a parenthesis that sits inside a word (Han on both sides), not one that ends a clause
    const inner =
      start === end || /\p{Script=Han}/u.test(s[start] ?? '') ? INNER_PAREN.exec(s.slice(Math.max(floor, start - 8), start)) : null;
    if (!inner) break;
    start -= inner[0].length - 1;
  }
  let clause = s.slice(start, end);
  if (!clause) return null;
  const ws = words(clause);
  let take = 0;
  let first = '';
  let k = ws.length - 1;
  let sinceNominal = -1; // words taken since a nominal verb (-1: none yet)
  for (; k >= 0; k--) {
    const w = ws[k]!;
    // A compound around a nominal verb is short (地区|生产|总值, 技术|合同|年|成交|额): four words before it at most.
    if (sinceNominal >= 4) break;
    // A verb that forms a noun with what follows it (生产|总值, 销售|收入, 增加|值) or with 总/年
    // before it (总|投资, 年|销售) belongs to the measure.
    const prev = ws[k - 1] ?? '';
    const nominal =
      (NOMINAL_VERB.has(w) &&
        (take > 0 ||
          prev === '总' ||
          prev === '年' ||
          // the object of a verb of completion right before the number (完成|投资|120亿元, 计划|投资|5亿元)
          (take === 0 && k === ws.length - 1 && DONE_VERB.test(prev)) ||
          (prev.length >= 2 && !MEASURE_STOP.has(prev) && /^\p{Script=Han}+$/u.test(prev)))) ||
      // a verb before a noun suffix is part of the noun: 增长|率, 成交|额, 增加|值
      (take === 1 && NOUN_SUFFIX.test(first) && /^\p{Script=Han}{2}$/u.test(w)) ||
      // one character before a noun suffix the segmenter split off (占|比)
      (take === 1 && NOUN_SUFFIX.test(first) && /^\p{Script=Han}$/u.test(w) && !PARTICLE.test(w) && !TAIL_STOP.test(w));
    // a verb of cost or time right before the value names it (耗资|5亿元, 历时|3年)
    if (take === 0 && COST_VERB.has(w)) {
      // a time it lasts names the event before it when there is one (比赛|历时|两天, 会议|为期|3天; README batch 4)
      const event = LASTS_VERB.test(w) && k > 0 ? measureBefore(s, end - w.length, floor) : null;
      if (event && event.end === end - w.length && confidentMeasure(event.text) && !isVerb(event.text.slice(-2))) return event;
      take = w.length;
      first = w;
      k--;
      break;
    }
    // 之和, 之差, 之比 end a noun (最大之和), they are no conjunction
    if (/^[和差比]$/.test(w) && ws[k - 1] === '之' && take === 0) {
      take = 2;
      first = `之${w}`;
      k--;
      continue;
    }
    if (!nominal && (MEASURE_STOP.has(w) || CHANGE_WORD.has(w) || /^[0-9０-９]/.test(w) || /^\s+$/.test(w))) break;
    if (w.length === 1 && TAIL_STOP.test(w)) break;
    take += w.length;
    first = w;
    if (sinceNominal >= 0) sinceNominal++;
    else if (nominal) sinceNominal = 0;
  }
  // 这座|大桥全长: a classifier after a demonstrative or a numeral is not part of the noun; 收|治|患者:
  // one character left of a one-character stop word is the rest of a split verb, not the noun.
  if (take > first.length && k >= 0) {
    const stop = ws[k]!;
    if (CLASSIFIER.test(first) && /^(?:[这那该此每各本其]|[0-9０-９零〇一二两三四五六七八九十百千万]+)$/.test(stop)) take -= first.length;
    else if (
      first.length === 1 &&
      stop.length === 1 &&
      /\p{Script=Han}/u.test(stop) &&
      !PARTICLE.test(stop) &&
      !TAIL_STOP.test(stop) &&
      // (a verb split in two: 收|治 is a word, 有|展 of 设有|展厅 is none)
      (stop !== '有' || isDictionaryWord(stop + first))
    )
      take -= 1;
  }
  let ms = end - take;
  // a bound the walk left behind its level (二级及|以上医院, 65岁及|以上长者) opens no noun: the noun is what follows
  if (/^以[上下]\p{Script=Han}{2}/u.test(s.slice(ms, end))) ms += 2;
  clause = s.slice(ms, end);
  const t = TEMPORAL_START.exec(clause);
  if (t) ms += t[0].length;
  else if (clause.search(TIME_INSIDE) >= 0) {
    // the last day, part of the day or clock time (台北市|昨天|最高温, 嘉义|清晨|六点|低温)
    let last = 0;
    for (const m of clause.matchAll(TIME_INSIDE)) last = m.index + m[0].length;
    ms += last;
  } else if (/^其中?/.test(clause))
    ms += /^其中?/.exec(clause)![0].length; // 其中|餐饮店, not 中餐
  // 2013|年|上海商品销售总额: the date's unit left behind by the digits is not part of the noun.
  // likewise a clock time's hour (今晨5|时|最低气温)
  else if (/[0-9０-９]/.test(s[ms - 1] ?? '') && /[年月日号时点]/.test(s[ms] ?? '')) ms += 1;
  // 连续8个|月|CPI: a time frame's unit left behind by its number (guide §2: 连续8个月 is no part of anything)
  else if (/[0-9０-９零〇一二两三四五六七八九十]个$/.test(s.slice(Math.max(0, ms - 2), ms)) && /^(?:月|星期|小时)/.test(clause))
    ms += /^(?:月|星期|小时)/.exec(clause)![0].length;
  // a verb opening a long noun phrase (梳理|涉电信网络诈骗线索|156条) is the predicate: the noun is its object
  // (the verb a word of its own, the phrase ending in a noun: 执法|人员|受伤 is an event, 保障性|住房 a noun)
  // (the clause's words, not a second segmentation: the measure starts on a word boundary or the rule stays out)
  let wi = 0;
  for (let at = start; wi < ws.length && at < ms; wi++) at += ws[wi]!.length;
  const aligned = start + ws.slice(0, wi).reduce((n, w) => n + w.length, 0) === ms;
  if (end - ms >= 5 && aligned) {
    const [v = '', next = ''] = ws.slice(wi);
    const tail = ws[ws.length - 1] ?? '';
    if (
      v.length === 2 &&
      isVerb(v) &&
      !NOMINAL_VERB.has(v) &&
      !COST_VERB.has(v) &&
      !/^[性者员人率额量值价数比品物类型式化费金款]$/.test(next) &&
      !isVerb(tail) &&
      !isVerb(next)
    )
      ms += 2;
  }
  if (end - ms < 1 || !/[\p{L}]/u.test(s.slice(ms, end))) return null;
  return { start: ms, end, text: s.slice(ms, end) };
}

/**
 * The subject of a share or a change stated before a pivot word in the same clause:
 * 小企业数占企业总数的99.8％ → 小企业数; 资产负债率也从1991年的70％降到39.22％ → 资产负债率;
 * 指标由5项增加到7项 → 指标.
 */
function measureBeforePivot(s: string, end: number, floor: number, valueEnd: number): Span | 'topic' | null {
  let start = end;
  while (start > floor && !BOUNDARY.test(s[start - 1]!)) start--;
  const clause = s.slice(start, end);
  // the last pivot of the clause: a share (占), the start of a change (从/由) or a comparison (比/较/相比/相当于),
  // 比 and 较 only as words of their own (not 比例, 比重, 较大)
  let at = -1;
  let pivot = '';
  for (const m of clause.matchAll(/占到|占|从|由|相当于|相比|比|较/g)) {
    if (/^[比较占]$/.test(m[0]) && m.index + 2 <= clause.length && isDictionaryWord(clause.slice(m.index, m.index + 2))) continue;
    if (
      /^[比较占]$/.test(m[0]) &&
      m.index > 0 &&
      (isDictionaryWord(clause.slice(m.index - 1, m.index + 1)) || clause[m.index - 1] === '之')
    )
      continue;
    at = m.index;
    pivot = m[0];
  }
  if (at < 0) return null;
  const comparison = /^(?:相当于|相比|比|较)$/.test(pivot);
  // 较2013年第四季度相比增长1%, 与去年相比: a comparison that opens the clause
  if (comparison && /^(?:较|比|与|同|和)/.test(clause) && !isDictionaryWord(clause.slice(0, 2))) return 'topic';
  const share = pivot === '占' || pivot === '占到';
  // a ratio noun after the base names the share (占地区生产总值的|比重|达到52%; guide §6: 比重, 达标率)
  if (share) {
    const se = subjectEnd(s, end, start + at + pivot.length);
    const ratio = RATIO_NOUN.exec(s.slice(start + at + pivot.length, se));
    if (ratio) return { start: se - ratio[1]!.length, end: se, text: ratio[1]! };
  }
  if (!share && !comparison && !/[到至为成]/.test(s.slice(start + at + pivot.length, Math.min(s.length, valueEnd + 4)))) return null;
  let e = start + at;
  while (e > start && /[也都还已则将又再均]/.test(s[e - 1]!)) e--;
  // those of a kind (大专以上学历的|占62.5%): the noun before 的 is the part
  if (share && s[e - 1] === '的' && e - 1 > start && /^(?:到|了|约|近|逾|超过)?$/.test(s.slice(start + at + pivot.length, end))) e--;
  const from = start + (/^其中?/.exec(clause)?.[0].length ?? 0);
  // a comparison that opens its clause compares the topic of the clause before (营收30亿元，较去年增长5%)
  if (e <= from) return comparison ? 'topic' : null;
  return measureBefore(s, e, from);
}

/** A ratio noun closing the base of a share (…的比重, …的比例, …的份额). */
const RATIO_NOUN = /的(比重|比例|份额|占比)$/;

/** A change verb starting here (发行价|大涨, 货款|减至). */
const CHANGE_AT = /^(?:大涨|大跌|大降|大增|暴涨|暴跌|上涨|下跌|下降|增长|减至|增至|降至|升至|跌至|涨至)/;
const AFTER_STOP = /[在于被将已从向对把让使由是为和与及并还也都均便又再就等了的，,。；;：:！？!?、\n\r（(）)“”"《》【】\s0-9０-９]/;

/** Adverbs that open the predicate after a counted noun (线索|成功|破案, 房源|全部|售罄, 游客|陆续|离开), matched on the text: the segmenter may split them (悉|数). */
const ADVERB_AFTER = new RegExp(
  `^(?:${'成功 顺利 全部 全数 陆续 相继 先后 悉数 一律 一并 当场 随即 立即 迅速 终于 已于 仍然 仍 正在'.split(' ').join('|')})`,
);
/** A time frame or day word after a counted noun (房源|两小时内|售罄, 游客|昨天|涌入): the noun ends before it. */
const TIME_AFTER = /^(?:[零〇一二两三四五六七八九十几半]+(?:个)?(?:小时|天|日|周|星期|月|年|分钟)|昨天|今天|昨日|今日|当天|当日|目前)/;

function measureAfter(s: string, from: number): Span | null {
  // a bound then the counted noun (7座|及以下|小型客车): the noun after the bound
  const bound = /^及?以[上下]/.exec(s.slice(from, from + 3));
  if (bound) from += bound[0].length;
  // a counted noun in quotes (17万多个“宝贝”)
  if (/[“「『"]/.test(s[from] ?? '') && /[\p{Script=Han}A-Za-z]/u.test(s[from + 1] ?? '')) {
    const close = s.slice(from + 1, from + 12).search(/[”」』"]/);
    if (close > 0) return { start: from + 1, end: from + 1 + close, text: s.slice(from + 1, from + 1 + close) };
  }
  // a change or its end right after the number (5万家减至3.5万家, 147套更改为50套) is no counted noun
  if (/^[到至]/.test(s[from] ?? '') || PRE_Q.some((q) => q.length >= 2 && s.startsWith(q, from))) return null;
  let e = from;
  // a stop character that starts a word of its own is no stop (使用者, 对象, 向导)
  const stopsAt = (i: number) =>
    (AFTER_STOP.test(s[i]!) &&
      !(
        /[使对向让把被从由均便并]/.test(s[i]!) &&
        isDictionaryWord(s.slice(i, i + 2)) &&
        !/^并(?:且|不|非|未|没|无|列)/.test(s.slice(i, i + 2))
      ) &&
      // a level and those above it inside the noun (县及以上|有产科的医疗保健机构; 以 is no stop: 大专以上学历)
      !(i > from && /^及以[上下]/.test(s.slice(i, i + 3)))) ||
    // another figure in Chinese numerals (十七类|二百零五种)
    (i >= from &&
      /^[一二两三四五六七八九十百千]+[零〇一二两三四五六七八九十百千]*[个种类项件名家所条]/.test(s.slice(i, i + 6)) &&
      !isDictionaryWord(s.slice(i - 1, i + 1)));
  while (e < s.length && e - from < 16 && !stopsAt(e) && !(e > from && CHANGE_AT.test(s.slice(e, e + 2)))) e++;
  // a stop character that ends a word begun before it (志愿者|参与): that word's first half is no part of the noun
  if (
    e > from + 1 &&
    e < s.length &&
    AFTER_STOP.test(s[e]!) &&
    /\p{Script=Han}/u.test(s[e - 1]!) &&
    isDictionaryWord(s.slice(e - 1, e + 1)) &&
    !isDictionaryWord(s.slice(e - 2, e))
  )
    e--;
  // keep a following noun phrase that continues past a 的 ("有产科的乡卫生院")
  let de = -1;
  if (s[e] === '的' && e - from <= 6) {
    let e2 = e + 1;
    while (e2 < s.length && e2 - from < 20 && !AFTER_STOP.test(s[e2]!)) e2++;
    if (e2 > e + 1 && BOUNDARY.test(s[e2] ?? '，')) [de, e] = [e, e2];
  }
  if (e - from < 1) return null;
  const ws = words(s.slice(from, e));
  // A verb or qualifier right after the number is no counted noun (5项增加到7项: the segmenter
  // keeps 增加到 and 降到 as one word).
  const stop = (w: string) => MEASURE_STOP.has(w) || PRE_Q_SET.has(w);
  // a nominal verb opening a compound noun is part of it (销售|服务费, 投资|额度)
  if (ws.length && stop(ws[0]!) && !(NOMINAL_VERB.has(ws[0]!) && ws.length > 1 && !stop(ws[1]!))) return null;
  let len = 0;
  ws.forEach((w, i) => {
    if (len < 0) return;
    // a verb ends the noun, unless a noun suffix makes it part of it (雇佣|军, 参赛|者)
    const verbEnds = isVerb(w) && !NOMINAL_VERB.has(w) && !/^[军者员人工费率额量品物机站所厂局处室队]$/.test(ws[i + 1] ?? '');
    // a level and those above it stay in the noun (县|及|以上|医疗机构)
    const level = (w === '及' && /^以[上下]$/.test(ws[i + 1] ?? '')) || /^以[上下]$/.test(w) || from + len === de;
    if (
      len > 0 &&
      !level &&
      (stop(w) ||
        verbEnds ||
        ADVERB_AFTER.test(s.slice(from + len, from + len + 2)) ||
        TIME_AFTER.test(s.slice(from + len, from + len + 5))) &&
      !(len === ws[0]!.length && NOMINAL_VERB.has(ws[0]!) && w === ws[1])
    ) {
      e = from + len;
      len = -1;
      return;
    }
    len += w.length;
  });
  if (len >= 0) e = from + len;
  // among them, at the end of the clause (10万名职工中，…): 中 is no part of the noun
  if (e - from >= 3 && /[中里]$/.test(s.slice(from, e)) && BOUNDARY.test(s[e] ?? '。')) e--;
  return { start: from, end: e, text: s.slice(from, e) };
}

/** Nouns of a level a value reaches (5%的水平, 0.84%的新高): no measure of their own. */
const LEVEL_NOUN = /^(?:水平|新高|新低|高位|低位|高点|低点|关口|大关|记录|纪录)/;

/** Last characters of a noun that names a quantity (面积, 售价, 价值, 金额, 费用, 年薪, 产量, 温度, 期限). */
const MEASURE_NOUN_END = /(?:[价值额费薪资款税率量积度数距速限龄重]|面积|长度|高度|宽度|深度|人口|规模|总和)$/;

/** Verbs between a part and the base of its share (占, 相当于, 超过, 是): 外债|达|国内生产总值的26％. */
const SHARE_VERB_G = /占到|占了|占|相当于|不得超过|不超过|超过|高于|低于|达到|达|是|为/g;

/**
 * A noun after a count that a relative clause with 的 opens (有产科的乡卫生院, 与体育相关的活动): the clause and its
 * head noun, up to the end of the clause, at most 24 characters; none when no 的 comes before a boundary.
 */
function relativeNounAfter(s: string, from: number): Span | null {
  let e = from;
  while (e < s.length && e - from < 24 && (s[e] === '、' || !BOUNDARY.test(s[e]!))) e++;
  const de = s.lastIndexOf('的', e - 1);
  if (de <= from || de >= e - 1) return null;
  // the head noun after the last 的: up to a verb or a stop
  const head = measureAfter(s, de + 1);
  if (!head || head.end - head.start < 2 || !confidentMeasure(head.text)) return null;
  // the clause must start like a modifier (有, 与, 来自, 获得, 含, 以…为主), not a new predicate
  if (!/^(?:有|与|同|来自|获得|含|以|在|由|经|被|从事|涉及|具有|拥有|属于)/.test(s.slice(from, from + 4))) return null;
  return { start: from, end: head.end, text: s.slice(from, head.end) };
}

/** Units that count people or households: what follows them may be what they did (1人當場死亡, 3亿人在中国使用…). */
const PERSON_UNIT = /^(?:人|名|人次|位|户|户次|个人)$/;
/** A copula after a value whose predicate noun says what the value counts (其中337套是酒店的房产). */
const COPULA_AFTER = /^(?:是|为|系|属于?)(?![期止何否])/;
/** An adverb opening the verb phrase after a count of people (已经报名, 都参加了); a place with 在 stays in it. */
const VP_OPENER = /^(?:已经|已|都|还|也|将|曾|正在|先后|同时|共同)/;

/**
 * When nothing before a figure names what it counts, the clause after it can: the noun phrase after a copula
 * (其中337套|是|伯豪瑞庭酒店的房产) or, after a count of people, what they did (3.13亿人|在中国使用移动音乐应用;
 * guide §6: 1人當場死亡 → 當場死亡). Up to the end of the clause, at most 16 characters; none otherwise.
 */
function predicateAfter(s: string, from: number, unit: string): Span | null {
  let b = from;
  const cop = COPULA_AFTER.exec(s.slice(b, b + 3));
  if (cop) b += cop[0].length;
  else if (PERSON_UNIT.test(unit)) {
    const op = VP_OPENER.exec(s.slice(b, b + 12));
    if (op) b += op[0].length;
  } else return null;
  let e = b;
  while (e < s.length && !BOUNDARY.test(s[e]!) && !/\s/.test(s[e]!)) e++;
  if (e - b < 2 || e - b > 16 || /[0-9０-９]/.test(s.slice(b, e))) return null;
  const text = s.slice(b, e).replace(/[了着过]$/, '');
  return confidentMeasure(text) ? { start: b, end: b + text.length, text } : null;
}

/**
 * Verbs of an event whose count follows them (guide §6: 执法人员受伤13人 → 执法人员受伤, 获胜912盘 → 获胜):
 * with no noun between them and the number, the verb, with the subject right before it, names what is counted.
 */
const EVENT_VERB = new Set(
  (
    '惠及 覆盖 吸纳 安置 招收 录取 帮助 救助 参加 参与 出动 派出 抓获 查处 破获 受理 办理 审结 接待 ' +
    '吸引 带动 培训 救治 收治 转移 疏散 遇难 死亡 受伤 失踪 感染 确诊 治愈 出院 报名 就业 上岗 入学 毕业 获救 被困 涉及 涉案'
  ).split(' '),
);

function eventVerbBefore(s: string, b: number, floor: number): Span | null {
  for (const len of [2, 3]) {
    const v = s.slice(b - len, b);
    if (b - len < floor || !EVENT_VERB.has(v)) continue;
    const subj = measureBefore(s, b - len, floor);
    const start = subj && subj.end === b - len && confidentMeasure(subj.text) ? subj.start : b - len;
    return { start, end: b, text: s.slice(start, b) };
  }
  return null;
}

/** Last characters of a noun for a person (男子, 女儿, 老翁, 母亲, 学生). */
const PERSON_END = /[子男女儿翁人童生孩妇婆公者员手父母亲姐妹兄弟孙夫妻友师长嫂伯叔姨娘爷奶主]/;

/** After an age, the person it is the age of: the shortest start of the noun phrase (≤ 4 characters) ending like a person noun. */
function personAfterAge(s: string, m: Span): Span | null {
  for (let e = m.start + 2; e <= Math.min(m.end, m.start + 4); e++)
    if (PERSON_END.test(s[e - 1]!)) {
      // a person noun of two such characters is whole (小男|孩, 小女|孩): not cut after its first
      if (e < m.end && PERSON_END.test(s[e]!) && isDictionaryWord(s.slice(e - 1, e + 1))) e++;
      return { start: m.start, end: e, text: s.slice(m.start, e) };
    }
  return null;
}

export interface FigureContext {
  sentences: Span[];
  /** Spans that are dates or times: figures overlapping them are dropped. */
  exclude: Array<{ start: number; end: number }>;
}

/** A bound, then the base a share is taken of (不得超过|银行总资产的, 不到|全国总量的); a time is no base (低于|去年的|5.2% compares with last year's rate). */
const SHARE_BOUND =
  /(不得超过|不会超过|不能超过|不应超过|不超过|超过|不足|不到|低于|高于|最多|至少|接近|将近|大约|约|仅仅|仅有|只有|仅)(?!去年|上年|前年|往年|同期|上月|上季度|今年)[^，,。；;：:的\s0-9０-９]{1,12}的$/;
/** A bound, then a base noun right before a share (不超过|银行总资产|20%, 不低于|总房价|30%). */
const SHARE_BOUND_BARE = /(不得超过|不会超过|不能超过|不超过|不低于|不少于|不足|不到|最多|至少)([^，,。；;：:的\s0-9０-９]{2,10})$/;
/** A conversion frame at the end of the words before a value (相当于, 约合, 折合, 等于, 相当于约). */
const COMPARE_FRAME = /(?:相当于|约合|折合|等于|相当)(?:约|近|将近|大约)?$/;
/** A measure of size that can be compared to so many things (面积, 高度, 总重). */
const DIMENSION_END = /(?:面积|高度|重量|总重|长度|体积|容量|大小|规模|距离|占地|身高|体重|宽度|深度)$/;

/** After a count: an optional noun, then a colon or a bracket opening a list of exactly `n` items with no digits in them. */
function restatesList(s: string, end: number, n: number): boolean {
  const marked = /^[\p{Script=Han}]{0,6}?([：:（(])/u.exec(s.slice(end, end + 8));
  // …三个对手分别是A、B和C; 五件事，包括A、B… (the list ends at the clause's end)
  // 即 only after a comma (三个对手，即A、B和C): 即日起, 即将 are no list
  const named = marked ? null : /^[\p{Script=Han}]{0,6}?(?:[，,]?(?:分别是|分别为|包括)|[，,]即)[：:]?/u.exec(s.slice(end, end + 12));
  const opener = marked?.[1] ?? '';
  if (!marked && !named) return false;
  let i = end + (marked ?? named)![0].length;
  let depth = 0;
  let body = '';
  for (; i < s.length && i - end < 400; i++) {
    const c = s[i]!;
    if (/[（(]/.test(c)) depth++;
    else if (/[）)]/.test(c)) {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0) {
      if (/[。；;！？!?]/.test(c) || (!/[：:]/.test(opener) && /[：:]/.test(c)) || (named && /[，,]/.test(c))) break;
      body += c;
    }
  }
  if (body.length < 2 || /[0-9０-９]/.test(body)) return false;
  return body.split(/[、，,]|以及|和|及|与/).filter((x) => x.trim()).length === n;
}

/** Before a count: a list of exactly `n` items (split on 、, the last two joined by 和/及/与), then 等 or nothing. */
function restatesListBefore(s: string, start: number, end: number, n: number): boolean {
  let b = start;
  if (s[b - 1] === '等') b--;
  // a count ending its clause counts the noun in the last item (新建、改建、扩建学校|3所。), no list before it
  else if (end >= s.length || /[，,。；;！？!?]/.test(s[end]!)) return false;
  let a = b;
  while (a > 0 && a > start - 80 && !/[，,。；;：:！？!?\n（(）)“”]/.test(s[a - 1]!)) a--;
  const list = s.slice(a, b);
  // the items are names, not figures or clauses (…13家、瞪羚企业|2家; …协会主办的此次比赛历时|两天)
  if (!list.includes('、') || /[0-9０-９的]/.test(list.replace(/[0-9０-９]{1,2}[日号]/g, ''))) return false;
  const parts = list.split('、');
  const last = parts[parts.length - 1]!;
  const count = parts.length + (/[和及与]/.test(last.slice(1)) ? 1 : 0);
  return count === n && last.length <= 12 && parts.every((p) => p.length > 0 && p.length <= 16);
}

/** The most characters before a figure searched for its measure and qualifier (news clauses: < 80). */
const CLAUSE_REACH = 200;

function sentenceOf(sentences: Span[], pos: number): Span {
  const k = sentenceIndexAt(sentences, pos);
  return k >= 0 ? sentences[k]! : (sentences[sentences.length - 1] ?? { start: 0, end: 0, text: '' });
}

/** A modifier of record or surprise between a bound and its value (创纪录的, 历史最高的, 前所未有的). */
const RECORD_DE = /(?:(?:创|破)(?:历史)?(?:纪录|记录|新高|新低)|历史(?:最高|最低|新高|新低)|前所未有|惊人)的$/;

/** The character before `b` is a word of its own in the segmenter's reading of the few characters before it. */
function standsAlone(s: string, b: number, floor: number): boolean {
  const ws = words(s.slice(Math.max(floor, b - 6), b));
  return ws.length >= 2 && ws[ws.length - 1]!.length === 1 && ws[ws.length - 2]!.length >= 2;
}

function preQualifier(s: string, vs: number, floor: number): { q: string; start: number } | null {
  const tryAt = (b: number) => {
    for (const q of PRE_Q_BY_END.get(s[b - 1] ?? '') ?? [])
      if (b - q.length >= floor && s.startsWith(q, b - q.length)) {
        // one character that ends a word is not the qualifier (签约|300个, 新增|5家), unless the segmenter reads it
        // as a word of its own (损失|约800万元: 失约 is a word too)
        if (q.length === 1 && b - 2 >= floor && isDictionaryWord(s.slice(b - 2, b)) && !standsAlone(s, b, floor)) continue;
        // nor the unit of a rate (每升|7元: 升 the litre, not the verb)
        if (q.length === 1 && s[b - 2] === '每') continue;
        return { q, start: b - q.length };
      }
    return null;
  };
  // 仅有的|两千元 (the only ... there is): 仅 bounds the value (README batch 5)
  const only = /(仅|只)(?:有|存|剩)的$/.exec(s.slice(Math.max(floor, vs - 3), vs));
  if (only) return { q: only[1]!, start: vs - only[0].length };
  // a qualifier before a record modifier (长达|创纪录的|631公里, 高达|历史最高的|…)
  const record = RECORD_DE.exec(s.slice(Math.max(floor, vs - 8), vs));
  const direct = tryAt(vs) ?? (record ? tryAt(vs - record[0].length) : null);
  // a change against any named base (较常年偏高|1.5度, 比常年同期偏少|三成): 比/较 as a word of its own (not 比例, 比较, 相比)
  const win = s.slice(Math.max(floor, vs - 12), vs);
  const based = BASE_CHANGE.exec(win);
  if (based && TIME_BASE.test(based[1]!) && (!direct || based[0].replace(/了$/, '').length > direct.q.length)) {
    const at = vs - win.length + based.index;
    if (!isDictionaryWord(s.slice(at, at + 2)) && !(at > 0 && isDictionaryWord(s.slice(at - 1, at + 1))))
      return { q: based[0].replace(/了$/, ''), start: at };
  }
  if (direct) return direct;
  for (const c of COPULA) {
    if (vs - c.length >= floor && s.startsWith(c, vs - c.length)) {
      const q = tryAt(vs - c.length);
      if (q) return q;
    }
  }
  const before = s.slice(Math.max(floor, vs - 16), vs);
  const m = FUTURE_VERB.exec(before) ?? FROM_TIME.exec(before);
  if (m) return { q: m[0][0]!, start: vs - before.length + m.index };
  return null;
}

function copulaStart(s: string, b: number, floor: number): number {
  for (const c of COPULA) if (b - c.length >= floor && s.startsWith(c, b - c.length)) return b - c.length;
  return b;
}

/** A clause of time or a source, never a topic that a figure counts (上周五，…; 据统计，…). */
const TIME_TOPIC =
  /^(?:[上下本今昨明前去当近]|日前|目前|此前|此后|随后|同时|其中|另外|此外|据|记者|[0-9０-９])|(?:[周年月日天时]|星期.|以来|期间|前后|时候|之际|之后|以后|之前|以前|来看|看来|而言|来说|说来)$/;

/** Adverbs between a subject and its verb (利率已经超过3%, 面积已经增加了近9倍). */
const ADVERB_BEFORE =
  /(?:只有|仅有|仅仅|整整|足足|估计|今年|现年|如今|已经|目前|仍然|依然|同比|环比|按年|按月|可能|或将|将会|竟然|应当|应该|必须|首次|首度|再次|再度|一度|一举|继续|依旧|大幅|小幅|明显|稳步|均|都|也|还|已|则|又|再|亦|将|仍|就|更|或|会|可|却|竟|才|各|应|须|只|仅)$/;
/** A phrase of manner or condition before a verb: 按可比价计算, 按现价算, 以美元计, 在专业医师指导下. */
const MANNER_PP =
  /(?:按照?|依照|以)[^，,。；;：:、的]{1,8}?(?:计算|来算|计|算)$|在[^，,。；;：:、]{1,10}?(?:指导|帮助|支持|带动|推动|影响|情况)下$/;
/**
 * A bare time phrase between a subject and its verb (出口额|去年|同比下降4.2%, 工业用电量|1至5月|同比增长,
 * 旅游收入|今年上半年|增长了18%, 存款余额|截至6月底|达到): when the figure's clause is, not what it measures (guide §6).
 */
const TIME_BETWEEN = new RegExp(
  `(?:(?:截至|截止)?(?:${[
    '[0-9０-９]{4}年',
    '[〇零一二三四五六七八九]{4}年',
    '今年|去年|明年|前年|上年|当年|同期|目前|如今|现在|近年|近期|日前|上周|本周|上月|本月|当月|当天|昨天|今天|昨日|今日',
    // a day of the week or a part of the trading day (油价|周五|下挫4%, 股价|盘中|飙升30%)
    '周[一二三四五六日末]|星期[一二三四五六日天]|盘中|早盘|午盘|尾盘',
    '[0-9０-９]{1,2}(?:[至到\\-－—~～][0-9０-９]{1,2})?月份?',
    '前?[一二三四1-4１-４]季度',
    '[上下]半年',
    '前[0-9０-９一二三四五六七八九十两]{1,2}个?月',
  ].join('|')})(?:底|末|初|以来|中旬|上旬|下旬)?)+$`,
);
/** A time phrase between a subject and its verb (之比|在6月底|达到了251%, 产量|于去年|达到…). */
const TIME_PP_BEFORE =
  /(?:在|于|自|从)[^，,。；;、]{1,8}?(?:年底|月底|年末|月末|年初|月初|底|末|初|时|期间|以来|前|后|[0-9０-９]日|[0-9０-９]月|起)$/;

/**
 * Where the subject before a figure ends: back over the verb chain between them, the copula, a change verb
 * with its 了, adverbs (土地面积|已经增加了近|9倍; 定期存款利率|已经超过|3%).
 */
function subjectEnd(s: string, b: number, floor: number, overTime = false): number {
  for (let guard = 0; guard < 6; guard++) {
    const c = copulaStart(s, b, floor);
    if (c < b) {
      b = c;
      continue;
    }
    if (s[b - 1] === '了' && b - 1 > floor) {
      b--;
      continue;
    }
    const q = PRE_Q_BY_END.get(s[b - 1] ?? '')?.find((w) => w.length >= 2 && b - w.length >= floor && s.startsWith(w, b - w.length));
    if (q) {
      b -= q.length;
      continue;
    }
    const adv = ADVERB_BEFORE.exec(s.slice(Math.max(floor, b - 2), b));
    if (adv && b - adv[0].length > floor) {
      b -= adv[0].length;
      continue;
    }
    const tpp = TIME_PP_BEFORE.exec(s.slice(Math.max(floor, b - 12), b));
    if (tpp && b - tpp[0].length > floor) {
      b -= tpp[0].length;
      continue;
    }
    // a phrase of manner or condition before the verb (按可比价计算|增长, 在专业医师指导下|减): no subject
    const mpp = MANNER_PP.exec(s.slice(Math.max(floor, b - 14), b));
    if (mpp && b - mpp[0].length > floor) {
      b -= mpp[0].length;
      continue;
    }
    // a time phrase between a subject and a verb (出口额|去年|同比下降): not one opening the clause, nor one
    // right before the value (no verb after it)
    const tb = TIME_BETWEEN.exec(s.slice(Math.max(floor, b - 12), b));
    if (
      overTime &&
      tb &&
      b - tb[0].length > floor &&
      !BOUNDARY.test(s[b - tb[0].length - 1]!) &&
      !/[比较与同到至自]/.test(s[b - tb[0].length - 1]!) &&
      !TAIL_STOP.test(s[b - tb[0].length - 1]!) &&
      /\p{Script=Han}/u.test(s[b] ?? '') &&
      !/[零〇一二两三四五六七八九十百千]/.test(s[b]!)
    ) {
      b -= tb[0].length;
      continue;
    }
    // a one-character bound that is no end of a word (低温|约|只有)
    if (/[约近逾超]/.test(s[b - 1] ?? '') && b - 1 > floor && (!isDictionaryWord(s.slice(b - 2, b)) || standsAlone(s, b, floor))) {
      b--;
      continue;
    }
    break;
  }
  return b;
}

/** Both ends of a range are years (2010至2011): a date before a name that opens with 万 (万龙…), not an amount. */
const yearRange = (a: string, b: string): boolean => [a, b].every((y) => /^(?:19|20)[0-9]{2}$/.test(toHalfWidth(y)));

/**
 * A Chinese numeral that is part of a word, not a value: a word of the dictionary that starts before
 * it (唯一|一家, 统一) or runs on past it, a lone 零 (零部件), a set phrase of numerals (四位一体).
 */
function inWord(s: string, start: number, end: number): boolean {
  const v = s.slice(start, end);
  if (/[0-9０-９]/.test(v)) return false;
  // 零 alone is no value (零|部件); a numeral and classifier run on by another numeral is a set phrase (四位一体, 三心二意)
  if (/^[零〇]\p{Script=Han}?$/u.test(v)) return true;
  // 一成四 (14%): a tenth and its digit; otherwise a numeral run on by another is a set phrase
  // (not when the numeral opens a word that modifies the noun after it: 四个|一线城市, 两所|一流大学)
  const tier = isDictionaryWord(s.slice(end, end + 2)) && /^[\p{Script=Han}]$/u.test(s[end + 2] ?? '') && !/[的地得之]/.test(s[end + 2]!);
  if (/^[一二两三四五六七八九十百千万]/.test(s[end] ?? '') && !v.endsWith('成') && v.length === 2 && !tier) return true;
  if (start > 0 && /\p{Script=Han}/u.test(s[start - 1]!) && isDictionaryWord(s.slice(start - 1, start + 1))) return true;
  for (let k = 1; k <= 2 && end + k <= s.length; k++) if (isDictionaryWord(s.slice(start, end + k))) return true;
  // a four-character set phrase around it (一日三餐, 三番五次, 十年九旱)
  for (let a = Math.max(0, start - 2); a <= start; a++)
    if (a + 4 >= end && a + 4 <= s.length && isDictionaryWord(s.slice(a, a + 4))) return true;
  return false;
}

/**
 * Chinese decimals written digit by digit (一点五公顷, 三点五米) read as the digits they are (1.5, 3.5): one
 * character for one, so every offset stays; not clock times (九点五十分, 一点半) — the next character is no numeral or 分/刻/钟.
 */
function digitDecimals(s: string): string {
  if (!s.includes('点')) return s;
  return s.replace(
    /(?<![一二两三四五六七八九十百千万亿〇零0-9])([一二三四五六七八九〇零0-9]+)点([一二三四五六七八九〇零0-9]+)(?![一二两三四五六七八九十百千万亿〇零0-9分刻钟秒时])/g,
    (_m, a: string, b: string) => `${digitsOf(a)}.${digitsOf(b)}`,
  );
}

/**
 * 届/期/轮/集 in Chinese numerals (start..end) as a count: nothing follows but a verb or a mark (只举办了三届便夭折,
 * 进行了三轮，), and a verb or 了/共/计/分/过 comes before (连任两届, 共四十集). A list of them (三期、四期工程;
 * 十九届、二十届) are ordinals or phases, and so is one after a name (大兴机场二期，) or after 第/前/头.
 */
function sessionCount(s: string, start: number, end: number, unit: string): boolean {
  if (!/^(?:届|期|轮|集)$/.test(unit)) return false;
  if (!/^(?:[，,。；;！？!?、]|便|就|了|后|之后)/.test(s.slice(end, end + 2))) return false;
  if (/^、[一二两三四五六七八九十百]+[届期轮集]/.test(s.slice(end, end + 6))) return false;
  const before = s[start - 1] ?? '';
  if (/[第前头]/.test(before)) return false;
  return !/\p{Script=Han}/u.test(before) || /[了共计分过]/.test(before) || isVerb(s.slice(Math.max(0, start - 2), start));
}

/** A numeral or a demonstrative with its classifier and no noun (一座, 这个): it names nothing. */
const NUMERAL_CLASSIFIER =
  /^[一二两三四五六七八九十几这那该此每各其][个名家项件场次所座台辆架艘部条只头户篇张份位支批套种处栋间例宗笔株棵枚颗届门层幢片块根匹首集册]$/;

/** Words of scope or reference that open a topic before its noun (全市|旅游总收入，…; 该校|在校学生，…): no verb, at most three characters. */
function scopeOnly(head: string): boolean {
  return head.length <= 3 && /^(?:全|该|这|那|本|我|其|各)/.test(head) && !words(head).some((w) => w.length >= 2 && isVerb(w));
}

/** Find key figures in Simplified text `s`; `orig` (same length) supplies the text reported. */
export function findFigures(text: string, orig: string, ctx: FigureContext): Figure[] {
  const s = digitDecimals(text);
  const out: Figure[] = [];
  const excluded = overlapIndex(s.length, ctx.exclude);
  let coord: { clauseStart: number; at: number; first: number; last?: number } | null = null;
  const lists: Array<{ clauseStart: number; at: number; first: number; last: number }> = [];
  FIG_RE.lastIndex = 0;
  for (let m = FIG_RE.exec(s); m; m = FIG_RE.exec(s)) {
    let g: Record<string, string | undefined> = m.groups!;
    let len = m[0].length;
    COMPOSITE_RE.lastIndex = m.index;
    const comp = COMPOSITE_RE.exec(s);
    if (comp && comp[0].length > len) {
      g = { ch: comp[1], cm: comp[2], cs: comp[3] };
      len = comp[0].length;
      FIG_RE.lastIndex = m.index + len;
    }
    const start = m.index;
    let end = start + len;
    if (excluded(start, end)) continue;
    const before = s[start - 1] ?? '';
    let after = s[end] ?? '';
    if (/[第A-Za-zＡ-Ｚａ-ｚ0-9０-９.．#＃]/.test(before)) continue;
    // (一个半 is a word, but 一个半小时 is one and a half hours)
    if (inWord(s, start, end) && !/^个半(?:小时|月|星期)/.test(s.slice(end - 1, end + 3))) continue;
    // a number written with a leading zero is a code or a year (07年, 00万元 left by a split number), not a value
    if (/^[0０][0-9０-９]/.test(s.slice(start, end))) continue;
    // a four-digit year before a place classifier is a date: ２０１４國內 (2014 + 国内)
    if (/^[0-9０-９]{4}$/.test(g.n1 ?? '') && /^(?:19|20|１９|２０)/.test(g.n1!) && /^[省县市国区乡镇村]$/.test(g.unit ?? '')) continue;
    let number: number | null;
    let numberMax: number | null = null;
    let unit: string | null;
    let kind: string;
    let postQ: string | null = null;
    if (g.cy) {
      const y = parseNumber(g.cy);
      const mo = parseNumber(g.cmo!);
      if (y === null || mo === null || mo >= 12) continue;
      number = y * 12 + mo;
      unit = '个月';
      kind = 'duration';
    } else if (g.hf) {
      if (/^(?:来|以来|前|后|内|以内|里|中)/.test(s.slice(end, end + 2))) continue; // 半年来: when, not how long
      number = 0.5;
      unit = g.hu!;
      kind = UNITS[unit] ?? 'duration';
      postQ = g.hpost ?? null;
    } else if (g.bare) {
      number = parseNumber(g.bare);
      if (number === null) continue;
      unit = '';
      kind = 'count';
    } else if (g.half) {
      number = 0.5;
      unit = '';
      kind = 'fraction';
      postQ = g.halfpost ?? null;
    } else if (g.pw) {
      const base = Number(toHalfWidth(g.pwb!));
      number = (g.pwm ? Number(parseNumber(g.pwm)) : 1) * base ** Number(toHalfWidth(g.pwe!));
      unit = g.pwu ?? '';
      kind = UNITS[unit] ?? 'count';
      const rate = /^每(.+?)[0-9０-９]/.exec(g.pw);
      if (rate) unit = `${unit}/${rate[1]}`;
    } else if (g.nm) {
      unit = g.nmu!;
      number = parseNumber('1', g.nm);
      kind = UNITS[unit] ?? 'count';
      postQ = g.nmpost ?? null;
      if (number === null || kind === 'duration' || kind === 'age') continue; // 近万年 is a time frame
    } else if (g.mm) {
      number = Number(parseNumber(g.mm)) * 60 + Number(parseNumber(g.ms!));
      unit = '秒';
      kind = 'duration';
    } else if (g.ch) {
      number = Number(parseNumber(g.ch)) * 3600 + Number(parseNumber(g.cm!)) * 60 + (g.cs ? Number(parseNumber(g.cs)) : 0);
      unit = '秒';
      kind = 'duration';
    } else if (g.pct) {
      number = parseNumber(g.pct);
      if (number === null) continue;
      if (s[start] === '千') number /= 10; // 千分之八 = 0.8%
      unit = '%';
      kind = 'percent';
    } else if (g.fa || g.cfa) {
      // 3/4, 2／3以上, 四分之一 (written denominator first)
      const a = parseNumber((g.fa ?? g.cfa)!);
      const b = parseNumber((g.fb ?? g.cfb)!);
      if (a === null || !b || a >= b) continue;
      number = Math.round((a / b) * 1e6) / 1e6;
      unit = '';
      kind = 'fraction';
      postQ = g.fpost ?? null;
    } else if (g.bn1) {
      // a bare magnitude: 万/亿 with no unit after it; a range of two years is a date before a name (2010至2011|万龙…)
      if (g.bn2 && yearRange(g.bn1, g.bn2)) continue;
      number = parseNumber(g.bn1, g.bu1 ?? g.bmag);
      if (number === null) continue;
      if (g.bthou) number += Number(parseNumber(g.bthou.slice(0, -1))) * 1000;
      numberMax = g.bn2 ? parseNumber(g.bn2, g.bmag) : null;
      postQ = g.bin2 ?? g.bin1 ?? null;
      unit = '';
      kind = 'count';
      const per = /^[/／]平(?:方米|米)?/.exec(s.slice(end, end + 4));
      if (per) {
        unit = `/${per[0].slice(1)}`;
        kind = 'money';
        end += per[0].length;
        after = s[end] ?? '';
        FIG_RE.lastIndex = end;
      }
    } else {
      const { rate, n1, u1, n2, in1, mag, in2, post } = g;
      const u = g.unit;
      if (n1 === undefined || u === undefined) continue; // a branch of the pattern without a number
      const isCn = !/[0-9０-９]/.test(n1);
      // two digits that are no approximate pair (四五倍, 二三十 count up by one): the first ends a name (李四|二人,
      // 王五|两名), the number starts at the second
      if (isCn && /^[一二两三四五六七八九]{2}$/.test(n1) && digitsOf(n1[1]!) !== String(Number(digitsOf(n1[0]!)) + 1)) {
        FIG_RE.lastIndex = start + 1;
        continue;
      }
      // 36%~40%, 2万-3万元, 300平方公里至1000平方公里: the same unit on both ends
      if (u1 && !(/[%％]/.test(u1) ? /[%％]/.test(u) : u1 === `${mag ?? ''}${u}` || (/^[万亿]$/.test(u1) && mag?.includes(u1)))) continue;
      // 一 as an article, except before a multiple or a point (多一倍, 下降一个百分点) or as a tenth's digit
      if (
        isCn &&
        /^一$/.test(n1) &&
        !mag &&
        !(u === '成' && /^[一二三四五六七八九]/.test(after)) &&
        !(u === '个' && /^半(?:小时|月|星期)/.test(s.slice(end, end + 3))) &&
        !/^(?:倍|个?百分点)$/.test(u) &&
        !/^(?:多|余|左右|以上)$/.test(post ?? '')
      )
        continue;
      // 两 counts (两名, 两场) but not in set phrases of places (两国, 两岸) or measures of pieces (两块)
      if (isCn && /^两$/.test(n1) && !mag && (/^(省|县|市|国|区|乡|镇|村|块)$/.test(u) || UNITS[u] === 'quantity')) continue;
      // 十/百/千 alone are words (十分, 百货, 千万), but not before an approximator (十多个, 百余台) or a currency (千元左右)
      if (
        isCn &&
        /^[十百千]$/.test(n1) &&
        !mag &&
        !in1 &&
        UNITS[u] !== 'money' &&
        !(n1 === '十' && /^(?:天|次|个|人|名|家|项|倍|所|场|件|位|种|部委)$/.test(u))
      )
        continue;
      // 上百, 上千, 上万 (some hundreds) are vague (guide §2)
      if (isCn && /^[百千万]/.test(n1) && s[start - 1] === '上') continue;
      // vague amounts (几十万元, 数百名, 十几个) state no number: no figure (guide §2), and never a misread part (十万元)
      if (isCn && /[几数]/.test(n1)) continue;
      // rarer units read only where nothing else can be meant: 分 as points not after a clock's hour (9点20分, 13时45分)
      // or a dime (3角5分), nor a single Chinese numeral (十分, 三分天下); 里 (a Chinese mile) not after a Chinese numeral
      // (三里屯, 千里之外); 行 (rows) only Arabic and not opening a word (9行, not 4行业); 折 (acts of an opera) only
      // approximate (百余折), a discount (打八折) being no count
      if (u === '分' && (/[时点角]/.test(s[start - 1] ?? '') || (isCn && n1.length < 2))) continue;
      if (u === '里' && isCn) continue;
      if (u === '行' && (isCn || isDictionaryWord(s.slice(end - 1, end + 1)))) continue;
      if (/^[步票]$/.test(u) && isDictionaryWord(s.slice(end - 1, end + 1))) continue; // 10亿|票房, 1万|步行
      if (u === '步' && isCn && !mag) continue; // 进一步, 三步走: a step of a plan; 一万步 is a count
      if (u === '折' && !/[多余]/.test(`${in1 ?? ''}${in2 ?? ''}${post ?? ''}`)) continue;
      // (前 ending a word is no tier: 目前|四个一线城市, 此前|两名)
      if (
        /^(前|头|后|最后|倒数)$/.test(s.slice(Math.max(0, start - 2), start).replace(/^.(?=.$)/, '')) &&
        isCn &&
        !(/[前后]/.test(s[start - 1]!) && s.slice(start - 2, start) !== '最后' && isDictionaryWord(s.slice(start - 2, start)))
      )
        continue;
      // a tier or a span counted from the start (头500家大公司, 今年头3个月, 前10名) is a rank or a time, not a figure
      if (/[头前]/.test(s[start - 1] ?? '') && !isDictionaryWord(s.slice(start - 2, start)) && /^(?:家|名|个月|天|年|位|强)$/.test(u))
        continue;
      // a time frame ahead or behind (未来两天, 过去3年, 最近两周): when, not how long
      if (UNITS[u] === 'duration' && /(?:未来|过去|最近|这|那)$/.test(s.slice(Math.max(0, start - 2), start))) continue;
      if (UNITS[u] === 'duration' && s[start - 1] === '近' && (start < 2 || BOUNDARY.test(s[start - 2]!))) continue;
      unit = u;
      kind = UNITS[unit] ?? 'count';
      number = parseNumber(n1, mag);
      numberMax = n2 ? parseNumber(n2, mag) : null;
      if (number === null) continue;
      if (g.yi) number += Number(parseNumber(g.yi)) * 1e8; // 1亿2000万人
      if (g.wan) number += Number(parseNumber(g.wan)) * 1e4; // 2万9900元
      postQ = post ?? in2 ?? in1 ?? null;
      // a threshold and its class (65周岁及以上人口): the value stops at the threshold, the bound is its qualifier
      if (!postQ && /^及以[上下]/.test(s.slice(end, end + 3))) postQ = s.slice(end + 1, end + 3);
      // N个多月, N个多小时: a duration with 多 inside it (两个多月来 is a time frame)
      const tu = unit === '个' && post === '多' ? /^(?:月|小时|星期)/.exec(s.slice(end, end + 2))?.[0] : undefined;
      if (tu) {
        end += tu.length;
        after = s[end] ?? '';
        FIG_RE.lastIndex = end;
        unit = `个${tu}`;
        kind = 'duration';
      }
      // half a unit more (三年半, 两天半; 一个半小时, 三个半月): one duration, half added
      if (!post && !n2 && after === '半') {
        const hu = unit === '个' ? /^半(?:小时|月|星期)/.exec(s.slice(end, end + 3))?.[0] : /^(?:年|天|周)$/.test(unit) ? '半' : undefined;
        if (hu) {
          end += hu.length;
          after = s[end] ?? '';
          FIG_RE.lastIndex = end;
          if (unit === '个') unit = `个${hu.slice(1)}`;
          kind = 'duration';
          number += 0.5;
        }
      }
      const bareNum = number;
      if (u1 && numberMax !== null && /[万亿]/.test(u1)) number = parseNumber(n1, u1);
      if (n2 && mag && yearRange(n1, n2)) continue; // 2018至2020|万…: years
      if (kind === 'duration') {
        if (unit === '年' && !mag && bareNum >= 1000) continue;
        if (/^(来|以来|前|后|内|以内|间|里|中|代|底|初|末|度|级|届|之内|之间|之后|之前|以后|以前|期|新高|新低)/.test(s.slice(end, end + 2)))
          continue;
        // the span a plan or campaign is named by (三年行动计划, 五年规划): part of its name
        if (/^(?:行动|计划|规划|纲要|攻坚)/.test(s.slice(end, end + 2))) continue;
        if (s.slice(Math.max(0, start - 2), start).endsWith('连续')) continue; // 连续8年: when, not how long (guide §2)
        // the minute of a match (下半场11分钟, 开场5分钟): when, not how long (batch 5)
        if (/(?:上半场|下半场|开场|开赛|加时赛|补时)$/.test(s.slice(Math.max(0, start - 3), start))) continue;
        // a span of time the clause happens in (在不到20年的时间内, 短短两年多时间里, 短短3天时间): when, not how long
        if (/^多?的?时间(?:里|内|中|之内)/.test(s.slice(end, end + 6)) || s.slice(Math.max(0, start - 2), start) === '短短') continue;
        // the time over which a change or a task is done, before the verb whose amount follows (20天瘦20斤, 1年要完成3年的习题):
        // adverbial, the amount is the figure (batch 7)
        if (
          /^(?:就|要|能|可|便)?\p{Script=Han}/u.test(s.slice(end, end + 2)) &&
          (isVerb(s.slice(end, end + 2)) || /^(?:就|要|能|可|便|瘦|减|涨|跌|增|降|长|胖)/.test(after)) &&
          /^[^，,。；;！？!?]{1,8}?[0-9０-９]/.test(s.slice(end, end + 10))
        )
          continue;
        // the time a plan uses to reach its end (利用3年时间基本解决…, 用两年时间建成): how it is done, not how long anything measures
        if (
          /(?:利用|[^了]用|争取用|力争用)(?:约|大约)?$/.test(s.slice(Math.max(0, start - 4), start)) &&
          /^多?的?时间/.test(s.slice(end, end + 4))
        )
          continue;
        // a duration opening its clause before a comma or a subject (7个月，23次常务会议; 36年他只探了6次亲); after a
        // label's colon it is the label's value (工期：18个月，)
        if (
          (start === 0 || (BOUNDARY.test(s[start - 1]!) && !/[：:]/.test(s[start - 1]!))) &&
          /^(?:[，,]|他|她|我|它)/.test(s.slice(end, end + 1))
        )
          continue;
        // time gone by since an event, opening its clause before a comma (过了10年，…; 开盘两小时，…; 上市后不到一年，…):
        // when the rest happens, not how long anything measures (guide §2)
        if (/^[，,]/.test(after) && ELAPSED_BEFORE.test(s.slice(Math.max(0, start - 8), start))) continue;
        if (unit === '年' && /[0-9０-９]/.test(toHalfWidth(n1)) && n1.length === 4) continue;
      }
      if (unit === '周' && isCn && /^[年岁]/.test(after)) continue; // 两周年 is an anniversary, 两周 a duration
      // 二次开发, 二次元: 二次 before a noun is an ordinal (a count of two is 两次)
      if (unit === '次' && n1 === '二' && /\p{Script=Han}/u.test(after) && !/^[的了]/.test(after)) continue;
      // a match record (3胜2平1负, 5胜3负): wins, draws and losses are counts only in that run
      if (/^[胜平负]$/.test(unit) && !MATCH_RECORD.test(s.slice(Math.max(0, start - 8), Math.min(s.length, end + 8)))) continue;
      // the dead and hurt of an event tally (2死5伤): counts only in that run, never 1死 of a word or a phrase (九死一生)
      if (CASUALTY_UNIT.test(unit)) {
        const around = s.slice(Math.max(0, start - 10), Math.min(s.length, end + 10));
        const at = start - Math.max(0, start - 10);
        const m = CASUALTY_RECORD.exec(around);
        if (!m || m.index > at || m.index + m[0].length < at + (end - start)) continue;
      }
      // 人 of 人民 is no unit (６００多万|人民, 13亿人民): a magnitude stays bare
      // 10个亿 (colloquial): a magnitude after 个 is the value
      if (unit === '个' && /^[万亿]/.test(after) && !mag) {
        end += 1;
        number = (number ?? 0) * (after === '亿' ? 1e8 : 1e4);
        after = s[end] ?? '';
        FIG_RE.lastIndex = end;
        unit = '';
      }
      if (unit === '人' && after === '民') {
        if (!mag) continue;
        end -= unit.length;
        after = s[end] ?? '';
        FIG_RE.lastIndex = end;
        unit = '';
      }
      // in Chinese numerals these classifiers mostly open a name or an ordinal (三届全国人大, 二度梅, 两期工程)
      if (
        /^(度|期|届|层|门|集|首|块|口|片|对|双|组|队|根|匹|包|排|班|列|轮|遍|尾|股|伙|串|粒)$/.test(unit) &&
        isCn &&
        !sessionCount(s, start, end, unit) &&
        // (a classifier of things before the noun it counts is a count: 两对球拍, 三根蜡烛, 五包糖果 — not 一对一, 两对手)
        !(
          /^(对|双|根|匹|包|串|粒)$/.test(unit) &&
          !n1.startsWith('一') &&
          /\p{Script=Han}/u.test(after) &&
          !/^[一二两三四五六七八九十]/.test(after) &&
          !isDictionaryWord(unit + after) &&
          !isDictionaryWord(s.slice(end - 1, end + 2))
        )
      )
        continue;
      // 成 is a tenth (6成 = 60%, 一成四 = 14%), not the start of a word (成为, 成本, 成交); 股 a share, not 股权/股东
      if (unit === '成') {
        const tenth = /^[一二三四五六七八九](?:(?![\p{Script=Han}])|(?=[的之左以]))/u.exec(s.slice(end, end + 2));
        if (!tenth && isDictionaryWord(s.slice(end - 1, end + 1))) continue;
        number = bareNum * 10 + (tenth ? Number(parseNumber(tenth[0])) : 0);
        if (numberMax !== null) numberMax *= 10;
        if (tenth) {
          end += 1;
          after = s[end] ?? '';
          FIG_RE.lastIndex = end;
        }
      }
      if (unit === '股' && /^[权东票市价民份本]/.test(after)) continue;
      // index points (2198.2点) have a decimal or hundreds; 9点 is a time, 三点 a list
      if (unit === '点' && (isCn || !(/[.．]|[0-9０-９]{3}/.test(n1) || in1 === '余') || /^[多半钟整]/.test(after))) continue;
      if (
        /^(省|县|市|国|区|乡|镇|村)$/.test(unit) &&
        (isCn || (/^[、市县]/.test(after) === false && /[\p{Script=Han}]/u.test(after) && after !== '，'))
      ) {
        if (isCn) continue;
      }
      if (unit === '度' && /^(假|日)/.test(after)) continue;
      if (unit === '名' && /[次列]/.test(after)) continue;
      const per = post ? null : PER_UNIT_RE.exec(s.slice(end, end + 6));
      if (per && !rate) {
        unit = `${unit}/${per[1]}`;
        end += per[0].length;
        after = s[end] ?? '';
        FIG_RE.lastIndex = end;
      }
      if (rate) unit = `${unit}/${rate.slice(1)}`;
      if (kind === 'percent') unit = '%';
      if (/[多余]/.test(in1 ?? '') && /[多余]/.test(post ?? '')) postQ = post!;
    }
    // (a count before a noun opened by 分 is a count: 5000个|分行, 3家|分公司)
    if (
      /^[号时点分期届]/.test(after) &&
      kind === 'count' &&
      !(after === '分' && [2, 3].some((k) => isDictionaryWord(s.slice(end, end + k))))
    )
      continue;
    // a classifier that opens a verb with the next character is none (骁龙8|处理器, not 8处)
    if (kind === 'count' && unit.length === 1 && s[end - 1] === unit && isVerb(s.slice(end - 1, end + 1))) continue;
    // a floor after an address (5号楼12层, 3栋8层) is an ordinal, as 家住10楼 (batch 5)
    if (unit === '层' && /(?:号楼?|栋|幢|座|单元)$/.test(s.slice(Math.max(0, start - 2), start))) continue;
    // a distance naming an event (男子100米冠军, 200米自由泳, 110米栏): part of the event's name, no figure (batch 2)
    if (
      /^(?:米|公里|千米)$/.test(unit) &&
      (/(?:男子|女子|混合)$/.test(s.slice(Math.max(0, start - 2), start)) ||
        /^(?:自由泳|蛙泳|仰泳|蝶泳|混合泳|个人混合泳|栏|短跑|长跑|赛跑|接力|决赛|预赛|半决赛|冠军|金牌|银牌|铜牌)/.test(
          s.slice(end, end + 5),
        ))
    )
      continue;
    // 一本, 二本: the tiers of university admission (二本以上上线人数), no count of books (三本以上课外书 is one)
    if (
      unit === '本' &&
      /^[一二三]本(?:(?:以上|以下)?(?:上线|院校|线|批|高校|大学|录取)|(?:以上|以下)[0-9０-９])/.test(s.slice(start, start + 6))
    )
      continue;
    // an age that says when (24岁时, 27岁那年): a time, not a figure (guide §2)
    if (kind === 'age' && /^(?:时|那年|那一年|的时候|之前|以前|之后|以后|前|后)/.test(s.slice(end, end + 4))) continue;
    // a count of seasons, quarters or terms followed by in/since (近15个赛季中, 过去3个季度里): when, not how many
    if (unit === '个' && /^(?:赛季|季度|年度|财年|学期|世纪|交易日|工作日)(?:中|内|里|来|以来|之内|期间)/.test(s.slice(end, end + 5)))
      continue;
    // a base of one in a rate or a conversion (1亩可以收获…, 1美元约合7.1元): a definition, not a figure (batch 2, 5)
    if (
      number === 1 &&
      /^1$/.test(toHalfWidth(s.slice(start, start + 1))) &&
      /^(?:约等于|等于|约合|折合|相当于|合|可以|可|能够|能)/.test(s.slice(end, end + 3))
    )
      continue;
    // a count in apposition to the people just named (夫妇二人, 他们3人, 兄弟两人): it points back, no new figure
    if (
      /^(?:人|位|个)$/.test(unit) &&
      /(?:我们|你们|他们|她们|咱们|夫妇|夫妻|兄弟|姐妹|姊妹|母女|父子|母子|父女|师徒|兄妹|姐弟|祖孙|婆媳|叔侄|爷孙)$/.test(
        s.slice(Math.max(0, start - 2), start),
      )
    )
      continue;
    // a count followed by the list it counts, item for item (文化机构3个：文化馆、博物馆和图书馆): it only restates the list (guide §2)
    if (kind === 'count' && number !== null && number >= 2 && number <= 20 && restatesList(s, end, number)) continue;
    // a numeral opening a quoted set phrase (“八项规定”, “三个代表”) is part of a name
    if (
      /[“「"]/.test(s[start - 1] ?? '') &&
      /^[^”」"，。]{0,4}[”」"]/.test(s.slice(end, end + 5)) &&
      /[一二两三四五六七八九十]/.test(s[start]!)
    )
      continue;
    // …or the numeral after one in a quoted slogan (“两个一百年”, “三个1亿人”): a name of its parts
    if (
      /[“「"][一二两三四五六七八九十]+[个项条大]$/.test(s.slice(Math.max(0, start - 5), start)) &&
      /^[^”」"，。]{0,4}[”」"]/.test(s.slice(end, end + 5))
    )
      continue;
    // a count after a demonstrative points back to things already named (这三个国家, 这两件大事): no new figure
    if (
      kind === 'count' &&
      (/[这那此][ \u00a0]*$/.test(s.slice(Math.max(0, start - 3), start)) ||
        /(?:^|[，,。；;：:\n])(?:以上|上述|前述)$/.test(s.slice(Math.max(0, start - 3), start)))
    )
      continue;
    // a count after the list it counts, item for item (9日、10日两天; A、B、C和D等4个指标): it restates the list (guide §2)
    if (
      (kind === 'count' || kind === 'duration') &&
      number !== null &&
      number >= 2 &&
      number <= 20 &&
      restatesListBefore(s, start, end, number)
    )
      continue;
    const sentence = sentenceOf(ctx.sentences, start);
    // How far back the words of a figure are looked for: its sentence, within CLAUSE_REACH characters
    // (a run without punctuation costs each figure a bounded walk, not one to the sentence start).
    const floor = Math.max(sentence.start, start - CLAUSE_REACH);
    const cur = CURRENCY_BEFORE.exec(s.slice(Math.max(floor, start - 3), start));
    let vs = cur ? start - cur[0].length : start; // where the words before the value end
    while (vs > floor && /[ \u3000\u00a0\t]/.test(s[vs - 1]!)) vs--; // a space a page left before the number (覆盖率达 100%)
    let pre = preQualifier(s, vs, floor);
    // a rate word between the qualifier and the value (升至|每公斤|32元, 从|每斤|1.1元): the qualifier is before it
    if (!pre) {
      const pm = PER_BEFORE.exec(s.slice(Math.max(floor, vs - 4), vs));
      if (pm && vs - pm[0].length > floor) pre = preQualifier(s, vs - pm[0].length, floor);
    }
    // 从/由 marks a start value only when the change goes on to an end (从400元调到500元), not 从8个角度
    if (
      pre &&
      /^[从由]$/.test(pre.q) &&
      !/^[^，,。；;！？!?]*?(?:到|至|为|(?<![组构形完达造促])成|降|增|升|减|调|跌|涨)/.test(s.slice(end, end + 24))
    )
      pre = null;
    // 只有 + a verb … 才 is a condition, not a bound (增长速度只有保持在|8％，才能…)
    if (pre && pre.q === '只有' && pre.start + 2 < vs && /才/.test(s.slice(end, sentence.end))) pre = null;
    let farBound = false;
    // a bound before a short verb phrase (仅用了3天, 最多容纳300人, 至少已经研究了10年)
    if (!pre) {
      // (a rate or time word after the bound does not count in its reach: 最多|每天|接待游客|8000人)
      const far =
        /(不得超过|不超过|不低于|不少于|整整|足足|只要|只能|只需|仅|只|最多|最少|至少|将近|不到|不足|超过|大约|大概|差不多|约)((?:每[天日年月周]|一天|一年|全年|当天)?[\p{Script=Han}]{1,5})$/u.exec(
          s.slice(Math.max(floor, vs - 11), vs),
        );
      if (far && !/[，,。；;的]/.test(far[2]!) && !CURRENCY_BEFORE.test(far[2]!)) {
        const at = vs - far[0].length;
        const word = (a: number, b: number) => a >= 0 && isDictionaryWord(s.slice(a, b));
        // the bound is a word of its own: not the end of one (签约, 不只) nor the start (仅仅是 is fine, 只是 is not)
        // (只 after a numeral or 每 is a classifier: 每只|平均重2公斤)
        if (
          !word(at - 1, at + far[1]!.length) &&
          !(far[1]!.length === 1 && word(at, at + 2)) &&
          !(far[1] === '只' && /[每这那几一两二三四五六七八九十0-9０-９]/.test(s[at - 1] ?? ''))
        ) {
          pre = { q: far[1]!, start: at };
          farBound = true;
        }
      }
    }
    // a comparative 多/少 right before the amount (比去年多|一倍, 比原计划少了|300吨, 多出|2小时; README batch 2): with a
    // comparison (比/较 a word of its own) earlier in the clause, or a multiple; not the end of a word (许多, 缺少)
    if (!pre) {
      const cmp = /([多少])(出|了)?$/.exec(s.slice(Math.max(floor, vs - 2), vs));
      const at = cmp ? vs - cmp[0].length : -1;
      if (cmp && at > floor && !isDictionaryWord(s.slice(at - 1, at + 1))) {
        let cs = at;
        while (cs > floor && !BOUNDARY.test(s[cs - 1]!)) cs--;
        const compared = [...s.slice(cs, at).matchAll(/[比较]/g)].some(
          (c) =>
            !isDictionaryWord(s.slice(cs + c.index, cs + c.index + 2)) && !isDictionaryWord(s.slice(cs + c.index - 1, cs + c.index + 1)),
        );
        if (compared || unit === '倍' || cmp[2] === '出') pre = { q: cmp[2] === '出' ? cmp[0] : cmp[1]!, start: at };
      }
    }
    // the end of a range opened by 从/由 in the clause (气温从5度到12度)
    if (!pre && /[到至]/.test(s[vs - 1] ?? '') && /[从由][^，,。；;]*$/.test(s.slice(floor, vs - 1)))
      pre = { q: s[vs - 1]!, start: vs - 1 };
    let qualifier = pre ? orig.slice(pre.start, pre.start + pre.q.length) : postQ;
    if (!pre && postQ) {
      const at = s.lastIndexOf(postQ, end - postQ.length);
      if (at >= start) qualifier = orig.slice(at, at + postQ.length);
    }
    // The clause before the value: a comparison frame (相当于去年收入的10%; ，较去年2452宗; ，至51.45美元)
    // names its qualifier and leaves the measure to the topic of the clause before.
    let clauseStart = vs;
    for (;;) {
      while (clauseStart > floor && !BOUNDARY.test(s[clauseStart - 1]!)) clauseStart--;
      // an abbreviation in brackets inside the noun (采购经理指数（PMI）为51%) does not end the clause
      const inner = clauseStart > floor ? INNER_PAREN.exec(s.slice(Math.max(floor, clauseStart - 8), clauseStart)) : null;
      if (!inner || clauseStart === vs) break;
      clauseStart -= inner[0].length - 1;
    }
    const lead = s.slice(clauseStart, vs);
    const frame = pre
      ? null
      : (/(相当于|约合)[^0-9０-９，,。]{0,10}$/.exec(lead) ??
        (/^(?:比|较)/.test(lead) && !(lead.length >= 2 && isDictionaryWord(lead.slice(0, 2))) && lead.length <= 4
          ? /^(比|较)/.exec(lead)
          : null) ??
        /^(至|到)$/.exec(lead));
    if (frame && !(postQ && !pre)) qualifier = orig.slice(clauseStart + frame.index, clauseStart + frame.index + frame[1]!.length);
    // a clause of a copula alone (，达6500万人次) or opened by a comparison counts the topic of the clause before
    let topic = (!!frame && (frame.index === 0 || /^(?:至|到)$/.test(frame[1]!))) || /^(?:达到?|为|共计?|合计|总计|累计)$/.test(lead);
    // a change of a count keeps its classifier's noun (削减了|3000个|工作岗位): the kind before the change names it
    const counted = kind === 'count' || kind === 'quantity' || kind === 'age';
    const age = kind === 'age';
    if (pre && CHANGE_Q.test(pre.q) && kind !== 'pp') kind = 'change';
    // measure: counted noun after a classifier, else the compound noun before the number
    let measure: Span | null = null;
    const postEnd = end;
    const nounAfter = /[\p{Script=Han}A-Za-z“「"]/u.test(after) && !/^(?:的|以[上下内来后前])/.test(s.slice(end, end + 2));
    // a verb right before the value (or its qualifier) takes the value with the noun after it as its object:
    // 征收|0.3%的销售服务费, 赚取|约1亿元的利润, 安排|1亿元资金, 实行|72小时过境免签政策 — that noun is the measure
    // (a bound before a short verb phrase leaves that verb right before the value: 最少需要缴纳|200元报名费)
    // (将/拟 before a verb of their own, 将投入|2.5亿元: that verb is right before the value)
    const vFrom = pre && !farBound && !(/^[将拟]$/.test(pre.q) && pre.start + 1 < vs) ? pre.start : vs;
    const vAt = vFrom - (s[vFrom - 1] === '了' ? 1 : 0); // 颁发了|五千元奖金
    const vw = s.slice(Math.max(floor, vAt - 2), vAt);
    const verbBefore =
      vw.length === 2 && isVerb(vw) && !CHANGE_VERBS.includes(vw) && (!COPULA.includes(vw) || DONE_VERB.test(vw)) && !PRE_Q_SET.has(vw);
    // a dimension right before the value (宽约4公里的海峡, 长580公里、宽80公里): the dimension is what it measures
    const dimAt = pre ? pre.start : vs;
    const dimension =
      kind === 'quantity' &&
      /[长宽高深厚重]/.test(s[dimAt - 1] ?? '') &&
      (dimAt - 1 <= floor || /[，,、的：:\s]/.test(s[dimAt - 2] ?? '，'))
        ? { start: dimAt - 1, end: dimAt, text: s[dimAt - 1]! }
        : null;
    if (dimension) measure = dimension;
    // a count of a title (捐赠了500本|《藏起一半的爱》): the title
    else if (after === '《' && /^《[^》]+》/.test(s.slice(postEnd, postEnd + 31))) {
      const close = s.indexOf('》', postEnd) + 1;
      measure = { start: postEnd, end: close, text: s.slice(postEnd, close) };
    }
    // a value in brackets right after its noun (小额贷款（2000元左右）)
    else if (/[（(]/.test(s[vs - 1] ?? '') && /[\p{Script=Han}]/u.test(s[vs - 2] ?? '')) measure = measureBefore(s, vs - 1, floor);
    // an event that lasts (为期4天的|工作会议): the noun after 的 is what the duration measures
    else if (s.slice(Math.max(floor, vs - 2), vs) === '为期' && after === '的') measure = measureAfter(s, postEnd + 1);
    // made up of N people (由约1500多人|组成的|美国雇佣军): the noun after is what they make up
    else if (s.startsWith('组成的', postEnd) || s.startsWith('构成的', postEnd)) measure = measureAfter(s, postEnd + 3);
    else if (unit === '人口') measure = null;
    // a conversion (相当于4000万吨石油, 约合5000元) counts what its subject counts, not the noun after it
    else if (counted && nounAfter && !/^(?:相当于|约合|折合)$/.test(pre?.q ?? '')) {
      measure = measureAfter(s, postEnd);
      // a relative clause before the counted noun (240多项|与体育相关的活动, 11个|获得准字号的药品, 4071所|有产科的乡卫生院)
      const rel = relativeNounAfter(s, postEnd);
      if (rel && (!measure || measure.end <= rel.end)) measure = rel;
      // a weight or size then 的 (20多公斤|重的|孩子): the noun after is whose it is
      if (/^[重长高宽深厚]的/.test(s.slice(postEnd, postEnd + 2))) measure = measureAfter(s, postEnd + 2) ?? measure;
      if (measure && kind !== 'age' && !confidentMeasure(measure.text)) {
        // a classifier before a one-character place or group noun (9个|省, 6个|队) counts it
        if (!countedOne(unit, measure.text)) measure = null; // 参|与: a stray half word
      }
      // there are N people who … (受污染区已有200多人|出现中毒迹象): what they did
      const existential = PERSON_UNIT.test(unit) && s.slice(floor, pre ? pre.start : vs).endsWith('有');
      if (existential && isVerb(s.slice(postEnd, postEnd + 2))) measure = predicateAfter(s, postEnd, unit) ?? measure;
      // a verbal classifier before a verb counts that event (已经四次|光临越秀, 三次|击中门柱; guide §6)
      if (/^(?:次|遍|趟|回)$/.test(unit) && (isVerb(s.slice(postEnd, postEnd + 2)) || /^[到去来]/.test(after))) {
        let e = postEnd;
        while (e < s.length && e - postEnd < 12 && !BOUNDARY.test(s[e]!)) e++;
        if (e - postEnd >= 2 && e - postEnd < 12) measure = { start: postEnd, end: e, text: s.slice(postEnd, e) };
      }
      // a verb after the count opens a predicate (被子植物有4000种|受到威胁): the subject before names what is counted
      // (not a noun made of a verb: 落水|者, 参赛|选手; nor a subject that is itself a verb: 救出|27名落水者)
      if (
        measure &&
        kind !== 'age' &&
        !/^(?:次|遍|趟|回)$/.test(unit) &&
        !existential &&
        isVerb(s.slice(postEnd, postEnd + 2)) &&
        measure.end - measure.start <= 6 &&
        !/[者员人手家物品]$/.test(measure.text) &&
        // nor a verb that opens compound nouns (并购|项目, 投资|项目)
        !NOMINAL_VERB.has(s.slice(postEnd, postEnd + 2))
      ) {
        const subj = measureBefore(s, subjectEnd(s, pre && !farBound ? pre.start : vs, floor), floor);
        if (subj && confidentMeasure(subj.text) && !TIME_TOPIC.test(subj.text) && !isVerb(subj.text.slice(-2))) measure = subj;
      }
    }
    // X的: the noun after 的, unless a subject stands right before a qualifier (市场份额升至0.84%的新高)
    else if (verbBefore && nounAfter && /^(?:money|percent|multiple|duration|pp|fraction)$/.test(kind)) {
      // a purpose verb after the amount (投入|8亿元|支持…, 拨款|50亿元|推行…) names no noun: the verb before names the amount
      measure =
        kind === 'money' &&
        isVerb(s.slice(postEnd, postEnd + 2)) &&
        !NOMINAL_VERB.has(s.slice(postEnd, postEnd + 2)) &&
        // not a noun made of the verb and a suffix (报名|费, 参赛|者)
        !/[军者员人工费率额量品物机站所厂局处室队金款]/.test(s[postEnd + 2] ?? '')
          ? { start: vAt - 2, end: vAt, text: vw }
          : measureAfter(s, postEnd);
    } else if (after === '的' && (kind !== 'change' || age)) {
      // (an age younger or older by so much is still the age of the person after 的: 年轻8岁的|妻子)
      const subject =
        pre && !/^[从由]$/.test(pre.q) && !age && !verbBefore ? measureBefore(s, subjectEnd(s, pre.start, floor), floor) : null;
      // a measure noun right before the value (流域面积|300平方公里的河流, 一双售价|千元左右的鞋) names it, not the noun after 的
      const right = pre || verbBefore ? null : measureBefore(s, vs, floor);
      // a level noun after 的 (维持在5%的水平, 升至0.84%的新高) is no measure: the subject before is
      const level = LEVEL_NOUN.test(s.slice(postEnd + 1, postEnd + 4));
      const levelSubject = level ? measureBefore(s, subjectEnd(s, pre ? pre.start : vs, floor), floor) : null;
      measure =
        subject &&
        confidentMeasure(subject.text) &&
        !NUMERAL_CLASSIFIER.test(subject.text) &&
        subject.end === subjectEnd(s, pre!.start, floor) &&
        subject.end - subject.start >= 2 &&
        subjectEnd(s, pre!.start, floor) === pre!.start &&
        !isVerb(subject.text.slice(-2)) &&
        !/[里中内上]$/.test(subject.text) &&
        pre!.start + pre!.q.length >= vs - 1
          ? subject
          : levelSubject && confidentMeasure(levelSubject.text)
            ? levelSubject
            : right && right.end - right.start >= 2 && MEASURE_NOUN_END.test(right.text) && confidentMeasure(right.text)
              ? right
              : measureAfter(s, postEnd + 1);
    }
    if (measure && age) {
      const person = personAfterAge(s, measure);
      // 23岁的谭凤: a name after 的 is the person
      // 23岁的谭凤, 59岁的枣阳庄稼汉张家顺: the noun phrase after 的 is the person
      // 65周岁及以上|人口: after a bound, the noun phrase is whom the age bounds
      const bounded = /^及?以[上下]/.test(s.slice(postEnd, postEnd + 3));
      measure =
        person ?? ((after === '的' || bounded) && measure.end - measure.start <= 14 && measure.end - measure.start >= 2 ? measure : null);
    }
    // a share with its noun right after it and nothing more (持有阿里巴巴集团15％|股权|的计划): the noun is what it is a share of
    if (!measure && kind === 'percent' && !pre && nounAfter) {
      const na = measureAfter(s, postEnd);
      if (
        na &&
        isDictionaryWord(na.text) &&
        !isVerb(na.text) &&
        /^[的，,。；;、）)\s]?$/.test(s[na.end] ?? '') &&
        confidentMeasure(na.text)
      )
        measure = na;
    }
    if (!measure && unit !== '人口' && !topic) {
      const pv = measureBeforePivot(s, pre && !farBound && pre.q !== '从' && pre.q !== '由' ? pre.start : vs, floor, end);
      if (pv === 'topic') topic = true;
      else measure = pv;
    }
    if (!measure && unit !== '人口' && !topic) {
      // a bound before a verb phrase leaves the verb to name what is measured (至少已经研究了|10年)
      const qs = pre && !farBound ? pre.start : vs;
      let b = subjectEnd(s, qs, floor, true);
      // a range or level the subject lies in (投资|在|140至160亿元之间, 价格|在|200元以上)
      if (s[b - 1] === '在' && b - 1 > floor && !pre) b = subjectEnd(s, b - 1, floor, true);
      // a currency between a conversion and the value (折合|人民币|约1.2亿元): the subject is before the conversion
      const cw = CURRENCY_BEFORE.exec(s.slice(Math.max(floor, b - 3), b));
      if (cw && /(?:折合|约合|相当于)$/.test(s.slice(Math.max(floor, b - cw[0].length - 3), b - cw[0].length)))
        b = subjectEnd(s, b - cw[0].length, floor, true);
      // 每张90美元, 每股153.1港元: the rate word is not the subject, but names the measure when nothing else does
      const pm = PER_BEFORE.exec(s.slice(Math.max(floor, b - 6), b));
      // (a rate of time, 每日|累计不超过20万元, says how often, never what is measured)
      const per = pm && !/^每[天日月年周]$/.test(pm[0]) ? { start: b - pm[0].length, end: b, text: s.slice(b - pm[0].length, b) } : null;
      if (pm) {
        b = subjectEnd(s, b - pm[0].length, floor);
        // a second rate before it (物业费|每月|每平方米|2.5元): the subject is before both
        const pm2 = PER_BEFORE.exec(s.slice(Math.max(floor, b - 6), b));
        if (pm2 && b - pm2[0].length > floor) b = subjectEnd(s, b - pm2[0].length, floor);
      }
      measure = measureBefore(s, b, floor);
      if (measure && !countedOne(unit, s.slice(measure.start, measure.end)) && !confidentMeasure(s.slice(measure.start, measure.end)))
        measure = null;
      // a place or object after a preposition opening the clause is no subject (，在美国|约合人民币5000元)
      if (
        measure &&
        measure.end - measure.start <= 4 &&
        /[在于对向自]/.test(s[measure.start - 1] ?? '') &&
        (measure.start - 1 <= floor || BOUNDARY.test(s[measure.start - 2] ?? '，'))
      )
        measure = null;
      measure ??= per;
      // a share or multiple of a base (外债达|国内生产总值的|26％, 生长期长，是|传统栽培模式的|3倍): the base is not what
      // is measured, the part is — the subject before the verb, or the topic of the clause before (guide §6)
      if (!measure && s[b - 1] === '的' && (kind === 'percent' || kind === 'multiple')) {
        const base = measureBefore(s, b - 1, floor);
        if (base) {
          // the last share verb of the clause before the base (占|所需安置人数的80％)
          let ve = -1;
          for (const v of s.slice(clauseStart, base.start).matchAll(SHARE_VERB_G)) ve = clauseStart + v.index;
          // no verb: the value is a share of the base itself (行业产值的|70％以上，都是由小企业创造的)
          if (ve < 0 && !words(s.slice(clauseStart, base.start)).some((w) => isVerb(w)) && confidentMeasure(base.text)) {
            measure = base;
            ve = clauseStart;
          } else if (ve < 0) ve = subjectEnd(s, base.start, floor);
          const pe = subjectEnd(s, ve, floor);
          const part = ve > clauseStart ? measureBefore(s, s[pe - 1] === '的' && pe - 1 > clauseStart ? pe - 1 : pe, floor) : null;
          if (measure) {
            /* the base itself */
          } else if (part && confidentMeasure(part.text) && !TIME_TOPIC.test(part.text)) measure = part;
          else if (ve <= clauseStart + 1) topic = true;
          b = -1; // the base is never the measure
        }
      }
      // X的 + value (方案一和方案二的|18元): the holder before 的 is what the value belongs to
      if (!measure && b > 0 && s[b - 1] === '的' && b - 1 > floor && kind !== 'change') {
        const holder = measureBefore(s, b - 1, floor);
        if (
          holder &&
          holder.end - holder.start >= 2 &&
          !TIME_TOPIC.test(holder.text) &&
          // (a verb phrase before 的 says who the people counted are: 高职单招录取的|930人, 在事故中受伤的|3人)
          (!isVerb(holder.text.slice(-2)) || (kind === 'count' && PERSON_UNIT.test(unit))) &&
          confidentMeasure(holder.text)
        )
          measure = holder;
      }
      if (!measure && b > 0 && (kind === 'count' || kind === 'quantity')) measure = eventVerbBefore(s, b, floor);
      if (!measure && (kind === 'count' || kind === 'quantity')) measure = predicateAfter(s, postEnd, unit);
      const fc = measure && !qualifier ? FORECAST_BEFORE.exec(s.slice(Math.max(floor, measure.start - 2), measure.start)) : null;
      if (fc) qualifier = orig.slice(measure!.start - fc[0].length, measure!.start);
    }
    // a count then the age or size of what it counts (335名|12岁到13岁的|儿童): the noun after 的
    if (!measure && kind === 'count' && /^[0-9０-９]/.test(after)) {
      const desc = /^[0-9０-９][^，,。；;、的]{0,10}的/.exec(s.slice(postEnd, postEnd + 14));
      if (desc) measure = measureAfter(s, postEnd + desc[0].length);
    }
    // money, a share or a multiple with no subject before it: the noun right after it (较68美元发行价, 73.9%大学生)
    if (!measure && nounAfter && /^(?:money|percent|multiple|change)$/.test(kind)) measure = measureAfter(s, postEnd);
    // the topic before a comma, when the clause of the figure has no subject (一杯咖啡，在美国仅约合人民币12元)
    // (a comparison or conversion frame with no figure before it in the sentence counts that topic too); the topic may
    // follow a relative clause with 的 (用料并无差别的|一杯中杯美式咖啡，…)
    const earlier = out.length > 0 && out[out.length - 1]!.sentence.start === sentence.start;
    // a figure earlier in the same clause (从去年的3.2%下降|一个百分点) speaks of the same thing: no topic from before it
    const inClause = out.length > 0 && out[out.length - 1]!.start >= clauseStart;
    // a change after a clause that is a noun phrase alone (…9个省的技术成交幅度，比上一年增长20%) changes that noun:
    // its nearest mention (guide §6), when that clause holds no figure
    // (the clause before is walked only when its topic could be the measure)
    const topicClause = !measure && !inClause && kind !== 'age' && /[，,]/.test(s[clauseStart - 1] ?? '') && clauseStart - 1 > floor;
    let ps = clauseStart - 1;
    if (topicClause) while (ps > floor && !BOUNDARY.test(s[ps - 1]!)) ps--;
    const nounClause =
      topicClause &&
      kind === 'change' &&
      !(out.length > 0 && out[out.length - 1]!.end > ps) &&
      !/[0-9０-９]/.test(s.slice(ps, clauseStart));
    if (topicClause && (!topic || !earlier || nounClause) && (kind !== 'change' || nounClause)) {
      const t = measureBefore(s, clauseStart - 1, ps);
      if (
        t &&
        (t.start === ps || s[t.start - 1] === '的' || scopeOnly(s.slice(ps, t.start))) &&
        t.end - t.start >= 2 &&
        t.end - t.start <= 12 &&
        !/^[于对从据]/.test(lead) &&
        !TIME_TOPIC.test(t.text) &&
        // a phrase of manner or condition (按可比价格计算，) is no topic
        !MANNER_PP.test(s.slice(ps, clauseStart - 1)) &&
        !/^(?:按|依照|以)/.test(s.slice(ps, clauseStart - 1))
      )
        measure = t;
    }
    // a measure never runs over the figure before it (60岁以上|老年人)
    const last = out[out.length - 1];
    if (measure && last && last.end > measure.start && last.end < measure.end)
      measure = { ...measure, start: last.end, text: s.slice(last.end, measure.end) };
    // a change restated after 或 (跌320点|或|1.1%): the same change of the same thing (README batch 7)
    if (last && last.kind === 'change' && !pre && /^[，,]?或$/.test(s.slice(last.end, vs))) {
      qualifier = last.qualifier;
      measure = last.measure ? { ...last.measure, text: s.slice(last.measure.start, last.measure.end) } : measure;
      kind = 'change';
    }
    if (measure && !countedOne(unit, s.slice(measure.start, measure.end)) && !confidentMeasure(s.slice(measure.start, measure.end)))
      measure = null;
    // the draws and losses of a match record count what its wins count (桑普3胜|2平|1负)
    if (/^[平负]$/.test(unit) && last && last.end === start && /[胜平]$/.test(s.slice(last.start, last.end))) measure = last.measure;
    // an event tally (车祸造成|2死|5伤) counts the event: not the verb of causing, and every part of the run alike
    if (CASUALTY_UNIT.test(unit)) {
      if (last && last.end === start && CASUALTY_UNIT.test(last.unit ?? '')) measure = last.measure;
      else if (measure) {
        const cause = CAUSE_END.exec(s.slice(measure.start, measure.end));
        // the verb alone (台风已|造成|3亡): the subject before its adverbs, or none
        const subject = cause && cause.index < 2 ? measureBefore(s, subjectEnd(s, measure.start, floor), floor) : null;
        measure = !cause
          ? measure
          : cause.index >= 2
            ? { start: measure.start, end: measure.start + cause.index, text: s.slice(measure.start, measure.start + cause.index) }
            : subject && confidentMeasure(subject.text)
              ? subject
              : null;
      }
    }
    // 贫困人口1.2万户、3.5万人: a value alone after 、 counts what the value before it counts
    if (!measure && !lead && s[clauseStart - 1] === '、' && last && last.end === clauseStart - 1 && last.measure) measure = last.measure;
    // 14、15度: bare numbers sharing the unit of the last one: the measure lies before the first
    if (!measure && !lead && s[clauseStart - 1] === '、') {
      const bare = /(?:[0-9０-９]+(?:[.．][0-9０-９]+)?、)+$/.exec(s.slice(Math.max(floor, clauseStart - 24), clauseStart));
      if (bare) {
        const ns = clauseStart - bare[0].length;
        const q = preQualifier(s, ns, floor);
        const m = measureBefore(s, subjectEnd(s, q ? q.start : ns, floor), floor);
        if (m && confidentMeasure(m.text)) measure = m;
      }
    }
    if (!measure && (kind === 'change' || pre || topic)) {
      // the measure of the last figure of the sentence that has one (2190宗贪污举报，较去年2452宗跌11%)
      for (let k = out.length - 1; k >= 0 && out[k]!.sentence.start === sentence.start; k--) {
        if (topic && out[k]!.end > clauseStart) continue; // a comparison's topic lies before its clause, not in it (较68美元发行价)
        if (out[k]!.measure) {
          measure = { ...out[k]!.measure!, text: s.slice(out[k]!.measure!.start, out[k]!.measure!.end) };
          break;
        }
      }
    }
    // a second currency in a list (收受贿赂人民币1.5万元，港币4900元) counts what the first counts
    if (!measure && cur && lead === '' && last && last.sentence.start === sentence.start && last.kind === 'money' && last.measure)
      measure = last.measure;
    // an elliptical clause with no subject of its own (保龄球道将达到4万条；2010年将达到10万条左右) counts what the last
    // figure of the same unit counted, a sentence or two back (guide §10)
    // (the clause before the value is only a time, adverbs and a verb of reaching: 2010年|将|达到)
    const noSubject = () =>
      s
        .slice(clauseStart, subjectEnd(s, vs, clauseStart))
        .replace(TEMPORAL_START, '')
        .replace(/^(?:到|至|在|于)?(?:[0-9０-９]+年)?/, '').length <= 1;
    if (!measure && !topic && kind !== 'change' && unit && noSubject()) {
      const u = toHalfWidth(unit);
      for (let k = out.length - 1; k >= 0 && start - out[k]!.end < 120; k--) {
        const f = out[k]!;
        if (f.measure && f.unit && toHalfWidth(s.slice(f.start, f.end)).endsWith(u)) {
          measure = { ...f.measure, text: s.slice(f.measure.start, f.measure.end) };
          break;
        }
      }
    }
    // A和B分别为x和y: the figures of a list after 分别 take the nouns before it in order, or the measures of the
    // figures before the clause when it has none (净利润13.6亿美元，营收30.58亿美元，分别增长110%和66%)
    const list = /分别/.exec(lead);
    if (list && !(coord && coord.at === clauseStart + list.index)) {
      // the nouns of the list run back over 、 (A、B、C分别…)
      let ls = clauseStart;
      while (s[ls - 1] === '、' && ls - 1 > floor) for (ls--; ls > floor && !BOUNDARY.test(s[ls - 1]!);) ls--;
      coord = { clauseStart: ls, at: clauseStart + list.index, first: out.length };
    } else if (coord && !(out.length && /^(?:、|和|及|与|，|,)$/.test(s.slice(out[out.length - 1]!.end, start)))) coord = null;
    if (coord && (list || coord.first < out.length)) coord.last = out.length;
    // a bound on a share of a base (不得超过|银行总资产的|20%): the bound is the share's qualifier
    if (!qualifier && kind === 'percent') {
      const b = SHARE_BOUND.exec(s.slice(Math.max(floor, vs - 20), vs));
      const at = b ? vs - b[0].length : -1;
      // a one-character bound that ends a word is none (签约|占比…的30%)
      if (b && !(b[1]!.length === 1 && at > 0 && isDictionaryWord(s.slice(at - 1, at + 1)))) qualifier = orig.slice(at, at + b[1]!.length);
    }
    // a bound on a share with no 的 (投资额不超过|银行总资产|20%): the base is no measure, the part before the bound is
    const bare = kind === 'percent' && measure ? SHARE_BOUND_BARE.exec(s.slice(Math.max(floor, vs - 16), vs)) : null;
    if (bare && !qualifier) qualifier = orig.slice(vs - bare[0].length, vs - bare[0].length + bare[1]!.length);
    if (bare && measure && (measure.start >= vs - bare[0].length + bare[1]!.length || measure.end === vs)) {
      const part = measureBefore(s, subjectEnd(s, vs - bare[0].length, floor), floor);
      if (part && confidentMeasure(part.text) && !TIME_TOPIC.test(part.text)) measure = part;
    }
    // a comparison noun used as the unit (相当于|13个标准篮球场, 面积接近|两个足球场; guide §3: `47个足球场`): the value
    // runs over the noun, and the thing compared keeps its measure
    const sizeOf = () => {
      const subj = pre && /^(?:接近|将近|近|约|超过)$/.test(pre.q) ? measureBefore(s, subjectEnd(s, pre.start, floor), floor) : null;
      return subj && DIMENSION_END.test(subj.text) ? subj : null;
    };
    // a size is compared with things (个|座|层|栋…), never with people or firms (规模超过|500家|企业, 容量超过|2000名|观众)
    const framed = kind === 'count' && COMPARE_FRAME.test(lead);
    const size = kind === 'count' && !framed && /[个座层栋幢间块张]$/.test(s.slice(start, end)) ? sizeOf() : null;
    if (framed || size) {
      const noun = measureAfter(s, end);
      if (
        noun &&
        noun.start === end &&
        noun.end - noun.start <= 6 &&
        !s.slice(end, noun.end).includes('的') &&
        // a numeral starts another phrase (相当于|3名|员工一年的工资)
        !/[0-9０-９一二两三四五六七八九十百千万]/.test(noun.text) &&
        !/^[0-9０-９一二两三四五六七八九十百千万]/.test(s[noun.end] ?? '') &&
        !isVerb(noun.text.slice(0, 2))
      ) {
        if (size) measure = size;
        else if (measure && measure.start >= end) measure = null;
        end = noun.end;
        FIG_RE.lastIndex = end;
      }
    }
    // a currency left by the value before or named by a conversion (…13.22美元下降到每桶|12.59美元; 折合|人民币) is a unit, not
    // what is measured; a currency that is the subject (人民币|已累计升值35%) is
    if (
      measure &&
      CURRENCY_BEFORE.exec(s.slice(measure.start, measure.end))?.[0].length === measure.end - measure.start &&
      (/[0-9０-９万亿千百]/.test(s[measure.start - 1] ?? '') ||
        /(?:折合|约合|相当于)$/.test(s.slice(Math.max(0, measure.start - 3), measure.start)))
    )
      measure = null;
    // a change verb right before the noun it changes, the noun right before the value (节省|能耗|2.8%, 减少|细纹|47%;
    // README batch 6): the verb is the qualifier
    const changed =
      !qualifier && measure && measure.end === vs ? CHANGE_BEFORE.exec(s.slice(Math.max(floor, measure.start - 3), measure.start)) : null;
    if (changed) {
      const at = measure!.start - changed[0].length;
      qualifier = orig.slice(at, at + changed[1]!.length);
      kind = 'change';
    }
    // a counted noun between the classifier and 之多 (八条|线路之多; README batch 8): 之多 is the qualifier, not the noun
    const aplenty = kind === 'count' && !postQ && !pre ? /^\p{Script=Han}{1,6}?之多/u.exec(s.slice(end, end + 9)) : null;
    if (aplenty) {
      qualifier = orig.slice(end + aplenty[0].length - 2, end + aplenty[0].length);
      if (measure && measure.end === end + aplenty[0].length)
        measure = { ...measure, end: measure.end - 2, text: s.slice(measure.start, measure.end - 2) };
    }
    // a change listed on after 、 with no words of its own (同比增长2.1%、|3.4%): the same change (README batch 7)
    if (!qualifier && last && last.kind === 'change' && last.qualifier && s.slice(last.end, start) === '、') {
      qualifier = last.qualifier;
      kind = 'change';
    }
    out.push({
      start,
      end,
      value: orig.slice(start, end).replace(/[^\S\n]*\n\s*/g, ''),
      number,
      ...(numberMax !== null ? { numberMax } : {}),
      unit: toOrigUnit(unit, s, orig, start, end),
      kind,
      measure:
        measure && (confidentMeasure(s.slice(measure.start, measure.end)) || countedOne(unit, s.slice(measure.start, measure.end)))
          ? { start: measure.start, end: measure.end, text: orig.slice(measure.start, measure.end) }
          : null,
      qualifier,
      sentence,
    });
    if (coord && coord.last === out.length - 1 && coord.last > coord.first) {
      const prev = lists[lists.length - 1];
      if (prev && prev.first === coord.first) prev.last = coord.last;
      else lists.push({ ...coord, last: coord.last });
    }
  }
  for (const l of lists) assignRespectively(s, orig, out, l);
  return out;
}

/** 分别: the k-th figure of the list counts the k-th noun before 分别, or the k-th measured figure before the clause. */
function assignRespectively(s: string, orig: string, out: Figure[], l: { clauseStart: number; at: number; first: number; last: number }) {
  const n = l.last - l.first + 1;
  const subject = s.slice(l.clauseStart, l.at);
  let spans: Array<{ start: number; end: number }> = [];
  if (/^[\s也都还已则将又再均]*$/.test(subject)) {
    const sentStart = out[l.first]!.sentence.start;
    // the measured figures of the sentence before the clause, walking back only within the sentence
    for (let k = l.first - 1; k >= 0 && out[k]!.sentence.start === sentStart && spans.length < n; k--) {
      const f = out[k]!;
      if (f.measure && f.end <= l.clauseStart) spans.unshift(f.measure);
    }
  } else {
    // split on 、 first (服务贸易及其他经常项目 is one item), on conjunctions too when that gives too few items
    for (const sep of [/、/g, /、|以及|和|与|及/g]) {
      spans = [];
      let p = l.clauseStart;
      for (const m of subject.matchAll(sep)) {
        spans.push({ start: p, end: l.clauseStart + m.index });
        p = l.clauseStart + m.index + m[0].length;
      }
      spans.push({ start: p, end: l.at });
      if (spans.length === n) break;
    }
  }
  // the qualifier before the list is every figure's (分别增长110%和66%)
  // (the nearest before it, when the list changes direction: 分别增长5.1%、3.2%和下降4.6%、2.1%)
  for (let k = l.first + 1; k <= l.last; k++) {
    const f = out[k]!;
    if (f.qualifier === null && out[k - 1]!.qualifier !== null) {
      f.qualifier = out[k - 1]!.qualifier;
      if (out[k - 1]!.kind === 'change') f.kind = 'change';
    }
  }
  if (spans.length !== n || spans.some((sp) => sp.end - sp.start < 2 || !confidentMeasure(s.slice(sp.start, sp.end)))) return;
  spans.forEach((sp, k) => (out[l.first + k]!.measure = { start: sp.start, end: sp.end, text: orig.slice(sp.start, sp.end) }));
}

/** A classifier before a one-character place or group noun counts it (9个|省, 6个|队). */
const countedOne = (unit: string, m: string): boolean =>
  (unit === '个' && /^[省市县国区镇乡村队组人]$/.test(m)) ||
  // a share of people (有63%的|人, 5成四的|人)
  (/^(?:%|％|成)$/.test(unit) && m === '人');

/** Single characters that are never what a figure counts. */
const STRAY_ONE =
  /^[跌涨升降增减年月日天时分秒周即就也都又再才则而并且拟参多余约近达为是有在和与及或将已共总率额量值价数比其该这那此每各的了着过之以于被把让向从对等说称内外中间前后更很最太较还]$/;

/**
 * A measure worth showing: no stray single character (率, 拟, 参, 月), no digits or a unit left from the number
 * before (万元低市价), not ending on a negation or an aspect word (逃生不). "—" beats a stray word.
 */
export function confidentMeasure(m: string): boolean {
  const letters = m.replace(/[^\p{L}]/gu, '');
  // one character counts only as a noun or verb of its own (负16盘, 对垒→垒), not a function word, a
  // time word, a noun suffix or a classifier left alone (月, 即, 率, 宗)
  if (!letters || (letters.length === 1 && (STRAY_ONE.test(letters) || (letters in UNITS && !/^[胜平负]$/.test(letters))))) return false;
  // digits of a name (PM2.5, 5G) are fine; digits of their own are a number left over, and so is a magnitude with a
  // unit (万元低市价), not a name that opens with 万 (万载县, 万科)
  // (a rate base of output opens a bulletin's measure: 万元GDP能耗, 万元工业增加值用水量)
  if (
    /(?:^|[^A-Za-z0-9.．])[0-9０-９]/.test(m) ||
    (/^(?:[万亿]+[元美港日欧英台人吨户个次千平公亩辆套株头只家所]|[元％%的之])/.test(m) &&
      !/^万元(?:GDP|生产总值|产值|增加值|工业增加值)/.test(m))
  )
    return false;
  return !/[不没未了着过]$/.test(m);
}

/** Same value: the number and unit, or the text when there is no number. */
const valueKey = (f: Figure) => (f.number !== null ? `${f.number}|${f.numberMax ?? ''}|${f.unit ?? ''}` : toHalfWidth(f.value));

/** How far apart two mentions of one person's age may stand (about a paragraph). */
const SAME_PERSON_REACH = 300;

/**
 * The same age said twice of a person named by two nouns (79岁独居老翁 … 这名79岁独居老庙公): both measures are
 * person nouns, in different sentences within a paragraph — one person named again, one row.
 */
function samePersonAge(row: Figure, f: Figure): boolean {
  if (row.kind !== 'age' || f.kind !== 'age' || !row.measure || !f.measure) return false;
  if (!PERSON_END.test(row.measure.text.slice(-1)) || !PERSON_END.test(f.measure.text.slice(-1))) return false;
  // in one sentence two nouns are two people (79岁的老翁和79岁的老妇); a later sentence names the person again
  if (f.sentence.start === row.sentence.start) return false;
  const last = row.mentions![row.mentions!.length - 1]!;
  return Math.abs(f.start - last.end) <= SAME_PERSON_REACH;
}

/**
 * One row per distinct value and measure: a repeat of a value with the same measure, or with none on
 * one side, is a mention of the row (its measure taken from the mention that has one). Rows keep the
 * document order of their first mention.
 */
export function distinctFigures(figs: Figure[]): Figure[] {
  const rows: Figure[] = [];
  // rows by value: a figure is compared with the rows of its own value only (linear in the figures, not quadratic)
  const byValue = new Map<string, Figure[]>();
  for (const f of figs) {
    const k = valueKey(f);
    const same = byValue.get(k) ?? [];
    const row = same.find((r) => !r.measure || !f.measure || r.measure.text === f.measure.text || samePersonAge(r, f));
    if (!row) {
      const created = { ...f, mentions: [{ start: f.start, end: f.end }] };
      rows.push(created);
      same.push(created);
      byValue.set(k, same);
      continue;
    }
    row.mentions!.push({ start: f.start, end: f.end });
    if (!row.measure && f.measure) row.measure = f.measure;
    if (!row.qualifier && f.qualifier) row.qualifier = f.qualifier;
  }
  return rows;
}

/**
 * Figures ranked for the panel: those in the headline, the lead sentence and the key sentences
 * first, then by mentions, a measure, position. The panel shows the first rows and the rest behind "more".
 */
export function rankFigures(rows: Figure[], ctx: { title: string | null; lead: Span | null; keySentences: Span[] }): Figure[] {
  const title = ctx.title ? toHalfWidth(ctx.title) : '';
  const within = (sp: Span | null, m: { start: number; end: number }) => !!sp && m.start >= sp.start && m.end <= sp.end;
  const score = (f: Figure) => {
    const ms = f.mentions ?? [f];
    const digits = toHalfWidth(f.value).replace(/[^0-9.]/g, '');
    return (
      (title && digits && title.includes(digits) ? 3 : 0) +
      (ms.some((m) => within(ctx.lead, m)) ? 2 : 0) +
      (ms.some((m) => ctx.keySentences.some((k) => within(k, m))) ? 1 : 0) +
      Math.log2(ms.length) * 0.5 +
      (f.measure ? 0.5 : 0)
    );
  };
  return rows
    .map((f, i) => ({ f, i, sc: score(f) }))
    .sort((a, b) => b.sc - a.sc || a.i - b.i)
    .map((x) => x.f);
}

/** Report the unit in the original script (Traditional texts keep Traditional units). */
function toOrigUnit(unit: string, s: string, orig: string, start: number, end: number): string {
  if (unit === '%' || unit === '' || unit.includes('/')) return unit;
  const i = s.lastIndexOf(unit, end);
  return i >= start ? orig.slice(i, i + unit.length) : unit;
}
