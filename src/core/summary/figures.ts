/**
 * Key figures (see shared/corpus/entities/figures/ANNOTATION_GUIDE.md): a numeral with a unit,
 * classifier or percent sign, with its normalised number, unit, kind, qualifier (约, 以上, 力争,
 * 同比增长…) and measure — the text span naming what it counts. Works on Simplified text; the
 * caller maps Traditional text through toSimplifiedSameLength (same offsets).
 */
import { isDictionaryWord } from './lexicon';
import { parseNumber, toHalfWidth } from './numbers';
import { sentenceIndexAt } from './sentences';
import { overlapIndex } from './spans';
import type { Figure, Span } from './types';
import { wordSegmenter } from '../text/word-segmenter';

/** Arabic digits; a full-width 。 between full-width digits is a decimal point as some pages print it (１。３８). */
const NUM_A = '[0-9０-９]+(?:,[0-9]{3})*(?:(?:[.．]|。(?=[０-９]))[0-9０-９]+)?';
/** Chinese numerals, with 廿/卅/卌 (20/30/40) and the approximate 几/数 (几十, 数百, 十几). */
const NUM_C = '[零〇一二两三四五六七八九十百千廿卅卌几数]+(?:点[零〇一二三四五六七八九]+)?';
const NUM = `(?:${NUM_A}|${NUM_C})`;

/** unit → kind (Simplified). Longest units first in the regex. */
const UNITS: Record<string, string> = {};
const add = (kind: string, list: string) => list.split(' ').forEach((u) => (UNITS[u] = kind));
add('money', '元 美元 日元 欧元 英镑 港元 港币 澳元 韩元 卢布 新台币 台币 元人民币 人民币 块钱 法郎 马克 加元 澳门元');
add('pp', '个百分点 百分点');
add('percent', '% ％');
add(
  'quantity',
  '吨 公斤 千克 克 毫克 微克 纳克 斤 公里 千米 米 厘米 毫米 平方公里 平方千米 平方米 平米 亩 公顷 立方米 方 升 毫升 千瓦 千瓦时 瓦 兆瓦 度 呎 英尺 英里 海里 码 桶 马力 摄氏度 标准箱 TEU 平方呎 方呎 平方英尺',
);
add('duration', '年 个月 天 小时 分钟 秒钟 秒 周 个星期 星期');
add('multiple', '倍');
add('age', '岁 周岁');
add(
  'count',
  '人口 个 名 人 家 项 件 起 场 次 人次 所 座 台 辆 架 艘 部 条 只 头 户 篇 本 张 份 位 支 批 套 种 类 处 栋 间 例 宗 笔 株 棵 枚 颗 盘 届 期 户次 辆次 架次 艘次 门 层 幢 片 块 根 匹 首 集 册 所学校 个国家 多个 口 余人 斤 双 对 组 队 省 县 市 国 区 乡 镇 村',
);
delete UNITS['多个'];
delete UNITS['余人'];
delete UNITS['所学校'];
delete UNITS['个国家'];
const UNIT_RE = Object.keys(UNITS)
  .sort((a, b) => b.length - a.length)
  .map((u) => u.replace(/[%]/g, '\\$&'))
  .join('|');

const FIG_RE = new RegExp(
  `(每(?:秒|分钟|小时|天|日|年|月|周))?(${NUM})(?:(至|到|-|－|～|~|—)(${NUM}))?(多|余)?[ \u00a0]?([十百千万亿]*?)(多|余)?[ \u00a0]?(${UNIT_RE})(以上|以下|以内|左右|上下|之多|多|余)?` +
    `|百分之(${NUM})` +
    `|(${NUM_A})[／/](${NUM_A})(?![0-9０-９/／])` +
    `|(${NUM_A})个?小时(${NUM_A})分(?:钟)?(?:(${NUM_A})秒)?`,
  'g',
);

/** A per-unit after the unit: 32微克/立方米, 1.2万元/平方米, 80公里/小时. */
const PER_UNIT_RE = new RegExp(`^[/／](${UNIT_RE})`);
/** A currency written before the number (新台币1.5亿元, 人民币300元): qualifier and measure lie before it. */
const CURRENCY_BEFORE = /(?:人民币|新台币|台币|美元|港币|港元|日元|欧元|英镑)$/;
/** A forecast word right before the measure (预计年产值可达50亿元). */
const FORECAST_BEFORE = /(?:预计|力争|有望)$/;

const COMPOSITE_RE = new RegExp(`(${NUM_A})个?小时(${NUM_A})分(?:钟)?(?:(${NUM_A})秒)?`, 'y');

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
  '力争',
  '预计',
  '将',
  '从',
  '由',
  '最多',
  '至少',
  '最高',
  '最低',
]
  .filter((q, i, all) => q !== '达到了' && all.indexOf(q) === i)
  .sort((a, b) => b.length - a.length);
const PRE_Q_SET = new Set(PRE_Q);
/**
 * 将 + a verb of planned action before the number is the forecast qualifier 将 (总共将安装26台机组);
 * 从/由 before a time phrase that precedes the number marks the start value (从1991年的70％降到…).
 */
const FUTURE_VERB =
  /将(?:安装|建设|建成|新增|新建|投入|完成|实现|提供|带动|吸引|培育|引进|推出|举办|开展|形成|覆盖|惠及|举行|招收|录取|安置|发放|投资|生产|销售|接待|增加|增长|减少|提高|降低|扩大|新开|开通|开设|建|增|减|再)$/;
const FROM_TIME = /(从|由)(?:[0-9０-９]{2,4}|[〇零一二三四五六七八九]{2,4})年(?:[0-9０-９]{1,2}月)?(?:底|末|初|时|年底|年初)?的?$/;
const CHANGE_Q =
  /^([比较].*(增长|下降|增加|减少|提高|降低|上升|下跌|增收|减收)|同比|环比|增长$|下降$|增加$|减少$|提高$|降低$|上升$|上涨$|下跌$|增收$|减收$|相差$|扩大$|[跌涨]$)/;
const COPULA = [
  '可达到',
  '可达',
  '有望达到',
  '控制在',
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
].sort((a, b) => b.length - a.length);

/** Words that end a measure when scanning back from the number. */
const MEASURE_STOP = new Set(
  (
    '的 将 要 会 可 能 已 已经 共 达 达到 为 是 有 在 和 与 及 从 对 向 把 被 让 使 了 着 过 并 还 也 都 又 再 就 其中 其 今年 去年 明年 目前 全年 上半年 下半年 ' +
    '同期 当年 今后 当天 同时 此外 另外 截至 截止 至今 以来 期间 全市 全省 全国 全区 全县 我国 该 这 那 此 这些 一批 发布 挂牌 举办 培育 促成 实现 完成 达成 新增 新建 建成 引进 吸引 接待 ' +
    '销售 生产 投资 投入 获得 获 拥有 超过 发放 带动 签约 签订 开工 举行 开展 组织 推出 提供 预计 计划 力争 确保 争取 突破 增长 下降 增加 减少 提高 降低 上升 ' +
    '约 近 逾 超 仅 只有 高达 多达 据 据统计 统计 显示 表明 数据 其他 共同 一共 总共 分别 各 每 用 以 等 创造 形成 带来 吸纳 安置 招收 录取 解决 帮助 惠及 覆盖 ' +
    '参加 参与 出动 派出 救助 抓获 查处 破获 受理 办理 审结 收到 收 支付 花费 耗资 耗时 历时 用时 需要 需 占 占到 约合 相当于 相当 则 而 但 却 则为 首次 首 ' +
    '超出 每天 每日 每年 每月 每周 提到 提及 表示 介绍 称 说 指出 透露 再次 再度 公布 宣布 披露 报道 获悉 了解到 据介绍 据了解'
  ).split(' '),
);
/** Verbs that also name a quantity inside a compound noun (地区生产总值, 销售收入, 总投资, 工业增加值). */
const NOMINAL_VERB = new Set('投资 生产 销售 零售 出口 进口 进出口 增加 营业 经营 成交 消费 建设 运输 发电 吞吐'.split(' '));
/** One-character noun suffixes that make a verb before them a noun (增长率, 成交额, 增加值, 销售量). */
const NOUN_SUFFIX = /^[率额量值价数比]$/;
/** One-character function words and modals: a character after one of them starts the noun (的|高|处, 要|裁掉), it is no verb half. */
const PARTICLE = /[的了着过之其该这那此各每要会能可应需想得]/;
/** A one-character classifier (as a segmenter word of its own). */
const CLASSIFIER = /^[个名家项件场次所座台辆架艘部条只头户篇本张份位支批套种处栋间例宗笔株棵枚颗届期门层幢片块根匹首集册]$/;
const TAIL_STOP = /[在于被将已从向对把让使由是为和与及以并还也都又再就等]/;
const BOUNDARY = /[，,。；;：:！？!?、\n\r（(）)“”"《》【】]/;
const TEMPORAL_START = /^(?:[0-9０-９零〇一二三四五六七八九十]+(?:年|月|日|号)|今年|去年|明年|目前|全年|上半年|下半年|当年|同期)+/;

function words(s: string): string[] {
  return [...wordSegmenter()!.segment(s)].map((x) => x.segment);
}

/** A short parenthesis inside a noun: 技术经纪(理)人总量. */
const INNER_PAREN = /\p{Script=Han}[(（]\p{Script=Han}{1,4}[)）]$/u;

function measureBefore(s: string, end: number, floor: number): Span | null {
  // An adverb between the noun and the verb or number (年产量|也|将达到) is not part of the noun.
  while (end > floor + 1 && /[也都还已则又再亦]/.test(s[end - 1]!)) end--;
  let start = end;
  while (start > floor) {
    if (!BOUNDARY.test(s[start - 1]!)) {
      start--;
      continue;
    }
    // step over a parenthesis that sits inside a word (Han on both sides), not one that ends a clause
    const inner = /\p{Script=Han}/u.test(s[start] ?? '') ? INNER_PAREN.exec(s.slice(Math.max(floor, start - 7), start)) : null;
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
        (take > 0 || prev === '总' || prev === '年' || (prev.length >= 2 && !MEASURE_STOP.has(prev) && /^\p{Script=Han}+$/u.test(prev)))) ||
      // a verb before a noun suffix is part of the noun: 增长|率, 成交|额, 增加|值
      (take === 1 && NOUN_SUFFIX.test(first) && /^\p{Script=Han}{2}$/u.test(w));
    if (!nominal && (MEASURE_STOP.has(w) || /^[0-9０-９]/.test(w) || /^\s+$/.test(w))) break;
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
    else if (first.length === 1 && stop.length === 1 && /\p{Script=Han}/u.test(stop) && !PARTICLE.test(stop) && !TAIL_STOP.test(stop))
      take -= 1;
  }
  let ms = end - take;
  clause = s.slice(ms, end);
  const t = TEMPORAL_START.exec(clause);
  if (t) ms += t[0].length;
  // 2013|年|上海商品销售总额: the date's unit left behind by the digits is not part of the noun.
  else if (/[0-9０-９]/.test(s[ms - 1] ?? '') && /[年月日号]/.test(s[ms] ?? '')) ms += 1;
  if (end - ms < 1 || !/[\p{L}]/u.test(s.slice(ms, end))) return null;
  return { start: ms, end, text: s.slice(ms, end) };
}

/**
 * The subject of a share or a change stated before a pivot word in the same clause:
 * 小企业数占企业总数的99.8％ → 小企业数; 资产负债率也从1991年的70％降到39.22％ → 资产负债率;
 * 指标由5项增加到7项 → 指标.
 */
function measureBeforePivot(s: string, end: number, floor: number, valueEnd: number): Span | null {
  let start = end;
  while (start > floor && !BOUNDARY.test(s[start - 1]!)) start--;
  const clause = s.slice(start, end);
  const m = /^(.*?)(占到|占|从|由)(?!.*(?:占|从|由))/.exec(clause);
  if (!m || !m[1]) return null;
  const share = m[2] === '占' || m[2] === '占到';
  if (!share && !/[到至]/.test(s.slice(start + m[0].length, Math.min(s.length, valueEnd + 4)))) return null;
  let e = start + m[1].length;
  while (e > start && /[也都还已则将又再均]/.test(s[e - 1]!)) e--;
  const from = s[start] === '其' ? start + 1 : start;
  return e > from ? measureBefore(s, e, from) : null;
}

const AFTER_STOP = /[在于被将已从向对把让使由是为和与及并还也都又再就等了的，,。；;：:！？!?、\n\r（(）)“”"《》【】\s0-9０-９]/;

function measureAfter(s: string, from: number): Span | null {
  let e = from;
  while (e < s.length && e - from < 16 && !AFTER_STOP.test(s[e]!)) e++;
  // keep a following noun phrase that continues past a 的 ("有产科的乡卫生院")
  if (s[e] === '的' && e - from <= 6) {
    let e2 = e + 1;
    while (e2 < s.length && e2 - from < 20 && !AFTER_STOP.test(s[e2]!)) e2++;
    if (e2 > e + 1 && BOUNDARY.test(s[e2] ?? '，')) e = e2;
  }
  if (e - from < 1) return null;
  const ws = words(s.slice(from, e));
  // A verb or qualifier right after the number is no counted noun (5项增加到7项: the segmenter
  // keeps 增加到 and 降到 as one word).
  const stop = (w: string) => MEASURE_STOP.has(w) || PRE_Q_SET.has(w);
  if (ws.length && stop(ws[0]!)) return null;
  let len = 0;
  for (const w of ws) {
    if (len > 0 && stop(w)) break;
    len += w.length;
  }
  e = from + len;
  return { start: from, end: e, text: s.slice(from, e) };
}

/** Last characters of a noun for a person (男子, 女儿, 老翁, 母亲, 学生). */
const PERSON_END = /[子男女儿翁人童生孩妇婆公者员手父母亲姐妹兄弟孙夫妻友师长嫂伯叔姨娘爷奶]/;

/** After an age, the person it is the age of: the shortest start of the noun phrase (≤ 4 characters) ending like a person noun. */
function personAfterAge(s: string, m: Span): Span | null {
  for (let e = m.start + 2; e <= Math.min(m.end, m.start + 4); e++)
    if (PERSON_END.test(s[e - 1]!)) return { start: m.start, end: e, text: s.slice(m.start, e) };
  return null;
}

export interface FigureContext {
  sentences: Span[];
  /** Spans that are dates or times: figures overlapping them are dropped. */
  exclude: Array<{ start: number; end: number }>;
}

/** The most characters before a figure searched for its measure and qualifier (news clauses: < 80). */
const CLAUSE_REACH = 200;

function sentenceOf(sentences: Span[], pos: number): Span {
  const k = sentenceIndexAt(sentences, pos);
  return k >= 0 ? sentences[k]! : (sentences[sentences.length - 1] ?? { start: 0, end: 0, text: '' });
}

function preQualifier(s: string, vs: number, floor: number): { q: string; start: number } | null {
  const tryAt = (b: number) => {
    for (const q of PRE_Q) if (b - q.length >= floor && s.startsWith(q, b - q.length)) return { q, start: b - q.length };
    return null;
  };
  const direct = tryAt(vs);
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

/**
 * A Chinese numeral that is part of a word, not a value: a word of the dictionary that starts before
 * it (唯一|一家, 统一) or runs on past it, a lone 零 (零部件), a set phrase of numerals (四位一体).
 */
function inWord(s: string, start: number, end: number): boolean {
  const v = s.slice(start, end);
  if (/[0-9０-９]/.test(v)) return false;
  // 零 alone is no value (零|部件); a numeral and classifier run on by another numeral is a set phrase (四位一体, 三心二意)
  if (/^[零〇]\p{Script=Han}?$/u.test(v) || /^[一二两三四五六七八九十百千万]/.test(s[end] ?? '')) return true;
  if (start > 0 && /\p{Script=Han}/u.test(s[start - 1]!) && isDictionaryWord(s.slice(start - 1, start + 1))) return true;
  for (let k = 1; k <= 2 && end + k <= s.length; k++) if (isDictionaryWord(s.slice(start, end + k))) return true;
  return false;
}

/** Find key figures in Simplified text `s`; `orig` (same length) supplies the text reported. */
export function findFigures(s: string, orig: string, ctx: FigureContext): Figure[] {
  const out: Figure[] = [];
  const excluded = overlapIndex(s.length, ctx.exclude);
  FIG_RE.lastIndex = 0;
  for (let m = FIG_RE.exec(s); m; m = FIG_RE.exec(s)) {
    COMPOSITE_RE.lastIndex = m.index;
    const comp = COMPOSITE_RE.exec(s);
    if (comp && comp[0].length > m[0].length) {
      m = Object.assign([comp[0], ...new Array<string | undefined>(13).fill(undefined), comp[1], comp[2], comp[3]], {
        index: m.index,
        input: s,
      }) as unknown as RegExpExecArray;
      FIG_RE.lastIndex = m.index + comp[0].length;
    }
    const start = m.index;
    let end = start + m[0].length;
    if (excluded(start, end)) continue;
    const before = s[start - 1] ?? '';
    let after = s[end] ?? '';
    if (/[第A-Za-zＡ-Ｚａ-ｚ0-9０-９.．#＃]/.test(before)) continue;
    if (inWord(s, start, end)) continue;
    // a four-digit year before a place classifier is a date: ２０１４國內 (2014 + 国内)
    if (/^[0-9０-９]{4}$/.test(m[2] ?? '') && /^(?:19|20|１９|２０)/.test(m[2]!) && /^[省县市国区乡镇村]$/.test(m[8] ?? '')) continue;
    let number: number | null;
    let numberMax: number | null = null;
    let unit: string | null;
    let kind: string;
    let postQ: string | null = null;
    if (m[14]) {
      number = Number(parseNumber(m[14])) * 3600 + Number(parseNumber(m[15]!)) * 60 + (m[16] ? Number(parseNumber(m[16])) : 0);
      unit = '秒';
      kind = 'duration';
    } else if (m[11]) {
      number = parseNumber(m[11]);
      unit = '%';
      kind = 'percent';
    } else if (m[12]) {
      const a = parseNumber(m[12]);
      const b = parseNumber(m[13]!);
      if (a === null || !b || a >= b) continue;
      number = Math.round((a / b) * 1e6) / 1e6;
      unit = '';
      kind = 'fraction';
    } else {
      const [, rate, n1, , n2, in1, mag, in2, u, post] = m;
      if (n1 === undefined || u === undefined) continue; // a branch of the pattern without a number
      const isCn = !/[0-9０-９]/.test(n1);
      if (isCn && /^[一两]$/.test(n1) && !mag) continue; // 一 as an article
      if (isCn && /^[十百千]$/.test(n1) && !mag) continue;
      if (/^(前|头|后|最后|倒数)$/.test(s.slice(Math.max(0, start - 2), start).replace(/^.(?=.$)/, '')) && isCn) continue;
      unit = u!;
      kind = UNITS[unit] ?? 'count';
      number = parseNumber(n1, mag);
      numberMax = n2 ? parseNumber(n2, mag) : null;
      if (number === null) continue;
      postQ = post ?? in2 ?? in1 ?? null;
      const bareNum = number;
      if (kind === 'duration') {
        if (unit === '年' && !mag && bareNum >= 1000) continue;
        if (/^(来|以来|前|后|内|以内|间|里|中|代|底|初|末|度|级|届|之内|之间)/.test(s.slice(end, end + 2))) continue;
        if (s.slice(Math.max(0, start - 2), start).endsWith('连续')) continue; // 连续8年: when, not how long (guide §2)
        if (unit === '年' && /[0-9０-９]/.test(toHalfWidth(n1)) && n1.length === 4) continue;
      }
      if (unit === '周' && isCn) continue;
      if (/^(度|期|届|层|门|集|首|块|口|片|对|双|组|队|根|匹)$/.test(unit) && isCn) continue;
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
    if (/^[号时点分期届]/.test(after) && kind === 'count') continue;
    const sentence = sentenceOf(ctx.sentences, start);
    // How far back the words of a figure are looked for: its sentence, within CLAUSE_REACH characters
    // (a run without punctuation costs each figure a bounded walk, not one to the sentence start).
    const floor = Math.max(sentence.start, start - CLAUSE_REACH);
    const cur = CURRENCY_BEFORE.exec(s.slice(Math.max(floor, start - 3), start));
    const vs = cur ? start - cur[0].length : start; // where the words before the value end
    const pre = preQualifier(s, vs, floor);
    let qualifier = pre ? orig.slice(pre.start, pre.start + pre.q.length) : postQ;
    if (!pre && postQ) {
      const at = s.lastIndexOf(postQ, end - postQ.length);
      if (at >= start) qualifier = orig.slice(at, at + postQ.length);
    }
    if (pre && CHANGE_Q.test(pre.q) && kind !== 'pp') kind = 'change';
    // measure: counted noun after a classifier, else the compound noun before the number
    let measure: Span | null = null;
    const postEnd = end;
    if (unit === '人口') measure = null;
    else if ((kind === 'count' || kind === 'quantity' || kind === 'age') && /[\p{Script=Han}A-Za-z]/u.test(after) && !/^[的以]/.test(after))
      measure = measureAfter(s, postEnd);
    else if (after === '的' && kind !== 'change') measure = measureAfter(s, postEnd + 1);
    if (measure && kind === 'age') measure = personAfterAge(s, measure);
    if (!measure && unit !== '人口') measure = measureBeforePivot(s, pre && pre.q !== '从' && pre.q !== '由' ? pre.start : vs, floor, end);
    if (!measure && unit !== '人口') {
      const qs = pre ? pre.start : vs;
      const b = copulaStart(s, qs, floor);
      measure = measureBefore(s, b, floor);
      const fc = measure && !qualifier ? FORECAST_BEFORE.exec(s.slice(Math.max(floor, measure.start - 2), measure.start)) : null;
      if (fc) qualifier = orig.slice(measure!.start - fc[0].length, measure!.start);
    }
    if (measure && !confidentMeasure(s.slice(measure.start, measure.end))) measure = null;
    if (!measure && (kind === 'change' || pre)) {
      // the measure of the last figure of the sentence that has one (2190宗贪污举报，较去年2452宗跌11%)
      for (let k = out.length - 1; k >= 0 && out[k]!.sentence.start === sentence.start; k--) {
        if (out[k]!.measure) {
          measure = { ...out[k]!.measure!, text: s.slice(out[k]!.measure!.start, out[k]!.measure!.end) };
          break;
        }
      }
    }
    out.push({
      start,
      end,
      value: orig.slice(start, end),
      number,
      ...(numberMax !== null ? { numberMax } : {}),
      unit: toOrigUnit(unit, s, orig, start, end),
      kind,
      measure:
        measure && confidentMeasure(s.slice(measure.start, measure.end))
          ? { start: measure.start, end: measure.end, text: orig.slice(measure.start, measure.end) }
          : null,
      qualifier,
      sentence,
    });
  }
  return out;
}

/** Single characters that are never what a figure counts. */
const STRAY_ONE =
  /^[跌涨升降增减年月日天时分秒周即就也都又再才则而并且拟参多余约近达为是有在和与及将已共率额量值价数比其该这那此每各的了着过之以于被把让向从对等说称]$/;

/**
 * A measure worth showing: no stray single character (率, 拟, 参, 月), no digits or a unit left from the number
 * before (万元低市价), not ending on a negation or an aspect word (逃生不). "—" beats a stray word.
 */
export function confidentMeasure(m: string): boolean {
  const letters = m.replace(/[^\p{L}]/gu, '');
  // one character counts only as a noun or verb of its own (负16盘, 对垒→垒), not a function word, a
  // time word, a noun suffix or a classifier left alone (月, 即, 率, 宗)
  if (!letters || (letters.length === 1 && (STRAY_ONE.test(letters) || letters in UNITS))) return false;
  // digits of a name (PM2.5, 5G) are fine; digits of their own are a number left over
  if (/(?:^|[^A-Za-z0-9.．])[0-9０-９]/.test(m) || /^[万亿元％%的之]/.test(m)) return false;
  return !/[不没未了着过]$/.test(m);
}

/** Same value: the number and unit, or the text when there is no number. */
const valueKey = (f: Figure) => (f.number !== null ? `${f.number}|${f.numberMax ?? ''}|${f.unit ?? ''}` : toHalfWidth(f.value));

/**
 * One row per distinct value and measure: a repeat of a value with the same measure, or with none on
 * one side, is a mention of the row (its measure taken from the mention that has one). Rows keep the
 * document order of their first mention.
 */
export function distinctFigures(figs: Figure[]): Figure[] {
  const rows: Figure[] = [];
  for (const f of figs) {
    const k = valueKey(f);
    const row = rows.find((r) => valueKey(r) === k && (!r.measure || !f.measure || r.measure.text === f.measure.text));
    if (!row) {
      rows.push({ ...f, mentions: [{ start: f.start, end: f.end }] });
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
