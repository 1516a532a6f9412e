/**
 * Precision rules applied to raw entity spans before they are grouped (entities.ts): trim a leading
 * function word off a span whose rest is itself a found entity (从上海 → 上海), drop spans that cut
 * through a word (创新平台 → no 新平), keep one-character places only as a province/country
 * abbreviation in a clear context, fold fragments of a longer entity into it as mentions (兰州 →
 * 兰州市, 兰 → 兰州市, 约翰逊 → 杰夫·约翰逊), never keep a person name that is part of a longer place/organisation
 * name found in the same text (高新 ⊂ 兰州高新区), and drop organisations with an unbalanced bracket.
 * Pure functions over the Simplified text; no state.
 */
import type { RawEntity } from './entities';
import { gazetteer, isKnownPlace } from './gazetteer';
import { wordSegmenter } from '../text/word-segmenter';
import { isCommonWord, isDictionaryWord, lexiconMask, properLexicon } from './lexicon';
import { hasOrgShape, hasPlaceShape } from './name-shapes';

export { isDictionaryWord } from './lexicon';

/** A span kept as a mention of a longer entity (`into`: its Simplified text and type). */
export interface FoldedSpan {
  start: number;
  end: number;
  into: string;
  type: RawEntity['type'];
}

/** Province, region and country one-character abbreviations used in news text (中美, 访华, 京津冀, 在港). */
export const ABBR = new Set(
  '京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川蜀黔贵滇云陕秦甘陇青宁新藏桂蒙港澳台中华美日韩朝俄英法德意西葡荷比瑞奥印巴越泰缅老柬菲澳加墨古以伊埃非欧亚',
);
/** The full names of the one-character abbreviations (one where it is unambiguous). */
const ABBR_FULL: Record<string, string[]> = Object.fromEntries(
  (
    '京北京 津天津 沪上海 渝重庆 冀河北 晋山西 辽辽宁 吉吉林 黑黑龙江 苏江苏 浙浙江 皖安徽 闽福建 赣江西 鲁山东 豫河南 鄂湖北 湘湖南 粤广东 琼海南 川四川 蜀四川 ' +
    '黔贵州 贵贵州 滇云南 云云南 陕陕西 秦陕西 甘甘肃 陇甘肃 青青海 宁宁夏 新新疆 藏西藏 桂广西 蒙内蒙古 港香港 澳澳门,澳大利亚 台台湾 中中国 华中国 美美国 日日本 ' +
    '韩韩国 朝朝鲜 俄俄罗斯 英英国 法法国 德德国 意意大利 西西班牙 葡葡萄牙 荷荷兰 比比利时 瑞瑞士,瑞典 奥奥地利 印印度 巴巴西,巴基斯坦 越越南 泰泰国 缅缅甸 老老挝 ' +
    '柬柬埔寨 菲菲律宾 加加拿大 墨墨西哥 古古巴 以以色列 伊伊朗 埃埃及 非非洲 欧欧洲 亚亚洲'
  )
    .split(' ')
    .map((x) => [x[0]!, x.slice(1).split(',')]),
);

/** The place a one-character abbreviation stands for among the places of the text (港 → 香港, 美 → 美国), if exactly one. */
export function abbreviationOwner(abbr: string, places: ReadonlyArray<string>): string | null {
  const full = ABBR_FULL[abbr];
  if (!full) return null;
  const hits = places.filter((p) => full.some((f) => p === f || (p.startsWith(f) && /^[省市]$/.test(p.slice(f.length)))));
  return hits.length === 1 ? hits[0]! : null;
}

/** Characters around a one-character abbreviation that make it a place: 访华, 驻港, 中方, 美军, 中美两国. */
const ABBR_BEFORE = /[访赴驻抵来返离在回入出旅援侨对全]$/;
const ABBR_AFTER = /^(?:[东南西北方军籍企资商侨胞媒币元股队区省境内外政关边两双人裔与同和]|国[家内外]?)/;
const PAIR_AFTER = /^(?:[两双关边建友合贸]|之间)/;
/** Function characters that the tagger sometimes glues onto the front of a name: 从上海, 问刘, 被省局. */
const LEADING_FUNCTION = /^[从向问对在给让被把将和与跟及同据之者的了是于为]/;

/** Forms of address after a surname or name: 小姐, 先生, 律师, 李总. */
const ADDRESS_TAIL = /(?:小姐|先生|女士|律师|老师|师傅|总)$/;

/** Words for the area around or of a place, which news corpora leave outside the place's name. */
const AREA_AFTER = /(?:地区|族|市中心|一带|境内|沿岸|流域)$/;

/** Characters that end a clause after a name rather than the name: 阎红彦等, 李舸摄, 吕祖谦撰. */
const TRAILING_FUNCTION = /^[等摄说报撰以都与在是笑称讲也就又]$/;

function wordBounds(s: string, lo: number, hi: number, seg: Intl.Segmenter): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const piece = s.slice(lo, hi);
  for (const w of seg.segment(piece)) out.push([lo + w.index, lo + w.index + w.segment.length]);
  return out;
}

/**
 * True when a multi-character place or organisation span starts and ends strictly inside words of
 * the surrounding text (创新|平台 → 新平), i.e. it straddles two words rather than naming anything.
 */
export function cutsThroughWords(s: string, start: number, end: number): boolean {
  const lo = Math.max(0, start - 6);
  const hi = Math.min(s.length, end + 6);
  const words = wordBounds(s, lo, hi, wordSegmenter()!);
  const startInside = words.some(([a, b]) => a < start && start < b && b < end);
  const endInside = words.some(([a, b]) => a > start && a < end && end < b);
  return startInside && (endInside || end - start <= 2);
}

/** True when `start` falls strictly inside a word of the surrounding text (转|型综改示范区). */
export function startsInsideSegment(s: string, start: number): boolean {
  return wordBounds(s, Math.max(0, start - 6), Math.min(s.length, start + 6), wordSegmenter()!).some(([a, b]) => a < start && start < b);
}

/** True when the span starts or ends strictly inside a word of the surrounding text. */
export function cutsEitherEnd(s: string, start: number, end: number): boolean {
  const words = wordBounds(s, Math.max(0, start - 6), Math.min(s.length, end + 6), wordSegmenter()!);
  return words.some(([a, b]) => (a < start && start < b) || (a < end && end < b));
}

/** True when character `i` belongs to a longer word of the text that does not contain `j` (创新|港: 新). */
function inOtherWord(s: string, i: number, j: number): boolean {
  const lo = Math.max(0, i - 4);
  return wordBounds(s, lo, Math.min(s.length, i + 5), wordSegmenter()!).some(
    ([a, b]) => a <= i && i < b && b - a > 1 && !(a <= j && j < b),
  );
}

/**
 * True when the character at `i` is part of a common word of the dictionary (not a proper name):
 * 豪华, 中南部, 美元, 中央 — but not the cue words of a visit (访华, 来华, 返台), nor a word of two
 * parties (中外, 中西), nor where it begins a proper word (电|台商: 台商 is one).
 */
function inCommonWord(s: string, i: number): boolean {
  const two = s.slice(i, i + 2);
  const properAfter = isDictionaryWord(two) && !isCommonWord(two);
  for (const [a, b] of [
    [i - 1, i + 1],
    [i, i + 2],
    [i, i + 3],
    [i - 2, i + 1],
    [i - 1, i + 2],
  ] as const) {
    if (a < 0 || b > s.length) continue;
    const w = s.slice(a, b);
    if (!/^[\u4e00-\u9fff]+$/.test(w) || !isCommonWord(w)) continue;
    if (b === i + 1 && (properAfter || (a === i - 1 && ABBR_BEFORE.test(s[a]!)))) continue;
    if ([...(s.slice(a, i) + s.slice(i + 1, b))].every((x) => ABBR.has(x) || x === '外')) continue;
    return true;
  }
  return false;
}

/** A one-character place kept on its own: an abbreviation next to another one or in a clear cue. */
export function isAbbreviationPlace(s: string, start: number): boolean {
  const c = s[start]!;
  const prev = s[start - 1] ?? '';
  const next = s[start + 1] ?? '';
  // a pair of countries before a relation word: 中塞建交, 中尼边境, 中保双边
  if (ABBR.has(prev) && PAIR_AFTER.test(s.slice(start + 1, start + 3))) return true;
  if (ABBR.has(next) && PAIR_AFTER.test(s.slice(start + 2, start + 4))) return true;
  if (!ABBR.has(c) || inCommonWord(s, start)) return false;
  if ((ABBR.has(prev) && !inOtherWord(s, start - 1, start)) || (ABBR.has(next) && !inOtherWord(s, start + 1, start))) return true;
  return ABBR_BEFORE.test(s.slice(Math.max(0, start - 1), start)) || ABBR_AFTER.test(s.slice(start + 1, start + 3));
}

/**
 * A one-character abbreviation that is part of a name (chips): the first character of a district after its
 * city (新北市|中和, 台北市|中山区), or one half of a quoted two-character name («吉泰», 「中美」 as a brand).
 */
function namePart(s: string, i: number): boolean {
  if (/[市县]/.test(s[i - 1] ?? '') && !ABBR.has(s[i + 1] ?? '')) return true;
  const open = /[“「『"]/;
  const close = /[”」』"]/;
  return (open.test(s[i - 1] ?? '') && close.test(s[i + 2] ?? '')) || (open.test(s[i - 2] ?? '') && close.test(s[i + 1] ?? ''));
}

/** A country's side (中方, 俄方, not 西方/比方/中方面), a visit to China or Beijing (访华, 进京), people of (台商, 港人, 华侨). */
const ONE_ABBR =
  /[中美日英法德俄韩朝印巴越泰菲乌以阿澳](?=方(?![面法式向案针便位圆形言块]))|([访来驻在赴离抵]|进|晋)(?=[华京])|[台港澳华](?=[商胞人侨裔])/g;

/**
 * Two country/province abbreviations before a relation word that the tagger left out: 中保双边,
 * 中塞建交, 德法关系 → two places each. Not where a longer name covers them (加中贸易理事会) or the
 * first belongs to a word before it (北京中关村), nor a place name itself (西藏合作).
 */
export function abbreviationPairs(s: string, taken: ReadonlyArray<{ start: number; end: number }>): RawEntity[] {
  const out: RawEntity[] = [];
  for (let i = 0; i + 2 < s.length; i++) {
    if (!ABBR.has(s[i]!) || !ABBR.has(s[i + 1]!) || !PAIR_AFTER.test(s.slice(i + 2, i + 4))) continue;
    if (gazetteer().places.words.has(s.slice(i, i + 2)) || (i > 0 && inOtherWord(s, i, i + 1))) continue;
    if (taken.some((t) => t.start < i + 2 && i < t.end && (t.start < i || t.end > i + 2))) continue;
    out.push({ start: i, end: i + 1, type: 'LOC' }, { start: i + 1, end: i + 2, type: 'LOC' });
  }
  // One abbreviation in a fixed phrase: 中方, 访华, 进京, 台商, 港人.
  ONE_ABBR.lastIndex = 0;
  for (let m = ONE_ABBR.exec(s); m; m = ONE_ABBR.exec(s)) {
    const i = m.index + (m[1] ? m[1].length : 0);
    if (!out.some((o) => o.start === i) && !taken.some((t) => t.start <= i && i < t.end)) out.push({ start: i, end: i + 1, type: 'LOC' });
  }
  return out;
}

const text = (s: string, r: { start: number; end: number }) => s.slice(r.start, r.end);

/**
 * Two or three place abbreviations before 地区 name one region (港台地区, 港澳台地区, 京津冀地区), not
 * each place apart (港|台): the chip is the region with its 地区.
 */
function abbreviationRegion(s: string, r: RawEntity): boolean {
  const t = text(s, r);
  return r.type === 'LOC' && !r.role && t.length >= 2 && t.length <= 3 && [...t].every((c) => ABBR.has(c)) && s.startsWith('地区', r.end);
}

/**
 * A place span that is two places side by side is two places (江苏省徐州市 → 江苏省 + 徐州市,
 * 安徽砀山 → 安徽 + 砀山), and two country/province abbreviations are two places (中美 → 中 + 美).
 */
export function splitPlaces(s: string, r: RawEntity): RawEntity[] {
  if (r.role || (r.type !== 'LOC' && r.type !== 'ORG')) return [r];
  const t = text(s, r);
  if (t.length === 2 && ABBR.has(t[0]!) && ABBR.has(t[1]!) && t !== '中华' && !gazetteer().places.words.has(t)) {
    return [
      { start: r.start, end: r.start + 1, type: 'LOC' },
      { start: r.start + 1, end: r.end, type: 'LOC' },
    ];
  }
  const { places } = gazetteer();
  if (r.type !== 'LOC' || t.length < 4 || places.words.has(t)) return [r];
  for (let k = 2; k <= t.length - 2; k++) {
    if (places.words.has(t.slice(0, k)) && places.words.has(t.slice(k))) {
      return [
        { start: r.start, end: r.start + k, type: 'LOC' },
        { start: r.start + k, end: r.end, type: 'LOC' },
      ];
    }
  }
  return [r];
}

/**
 * Apply the precision rules. Spans with a role (bylines, title words) are trusted as they are.
 * Returns the spans to keep as entities and the spans folded into a longer entity as its mentions.
 */
export function refineSpans(s: string, raw: RawEntity[], chips = false): { kept: RawEntity[]; folded: FoldedSpan[] } {
  const { givenChars } = properLexicon();
  raw = completeNames(
    s,
    raw.flatMap((r) => (chips && abbreviationRegion(s, r) ? [{ ...r, end: r.end + 2 }] : splitPlaces(s, r))),
    (c) => givenChars.has(c),
    chips,
  );
  const typeOf = new Map<string, RawEntity['type']>();
  for (const r of raw) if (!typeOf.has(text(s, r))) typeOf.set(text(s, r), r.type);
  // 1. A function character glued to the front of a found entity: 从上海 → 上海.
  let spans: RawEntity[] = raw.map((r) => {
    if (r.role || r.type === 'DOC') return r;
    const t = text(s, r);
    if (t.length < 2 || !LEADING_FUNCTION.test(t)) return r;
    const rest = t.slice(1);
    const restType = typeOf.get(rest);
    return restType ? { start: r.start + 1, end: r.end, type: restType } : r;
  });
  // 1b. A function or speech character glued to the end of a person name: 阎红彦等, 李舸摄, 林森以.
  spans = spans.map((r) =>
    r.type === 'PER' && !r.role && r.end - r.start >= 3 && TRAILING_FUNCTION.test(s[r.end - 1]!) ? { ...r, end: r.end - 1 } : r,
  );
  // 1b'. A form of address glued to a name is not part of it (田申申|小姐); a surname with one is no name (杨律师, 李总).
  spans = spans.flatMap((r) => {
    if (r.type !== 'PER' || r.role) return [r];
    const m = ADDRESS_TAIL.exec(text(s, r));
    if (!m) return [r];
    return r.end - r.start - m[0].length >= 2 ? [{ ...r, end: r.end - m[0].length }] : [];
  });
  // 1c. A generic area word after a place is not part of its name: 华北|地区, 塞尔维亚|族, 马赛|市中心.
  spans = spans.map((r) => {
    if (r.type !== 'LOC' || r.role) return r;
    const m = AREA_AFTER.exec(text(s, r));
    if (chips && m && abbreviationRegion(s, { ...r, end: r.end - m[0].length })) return r;
    return m && r.end - r.start - m[0].length >= 2 ? { ...r, end: r.end - m[0].length } : r;
  });
  // 2. Organisations with an unbalanced bracket; places and organisations cutting through words.
  spans = spans.filter((r) => {
    if (r.role || r.type === 'DOC') return true;
    const t = text(s, r);
    if (r.type === 'ORG' && (t.match(/[（(]/g)?.length ?? 0) !== (t.match(/[）)]/g)?.length ?? 0)) return false;
    if (r.type !== 'PER' && t.length >= 2 && cutsThroughWords(s, r.start, r.end)) return false;
    // an organisation beginning or ending inside a word of the text is a fragment: 防水|材料有限公司, 中美合作共|赢
    if (r.type === 'ORG' && t.length >= 3 && cutsEitherEnd(s, r.start, r.end)) return false;
    return true;
  });
  const longer = new Map<string, RawEntity['type']>();
  for (const r of spans) if (r.end - r.start >= 2 && !longer.has(text(s, r))) longer.set(text(s, r), r.type);
  const kept: RawEntity[] = [];
  const folded: FoldedSpan[] = [];
  for (const r of spans) {
    if (r.role || r.type === 'DOC') {
      kept.push(r);
      continue;
    }
    const t = text(s, r);
    // 3. Fragments of a longer entity of the same type: 兰州 → 兰州市, 耐克 → 耐克公司, 约翰逊 → 杰夫·约翰逊.
    const into = foldTarget(t, r.type, longer);
    if (r.type === 'LOC' && t.length === 1) {
      if (isAbbreviationPlace(s, r.start) && !(chips && namePart(s, r.start))) kept.push(r);
      else if (into) folded.push({ start: r.start, end: r.end, into, type: r.type });
      continue;
    }
    if (into) {
      folded.push({ start: r.start, end: r.end, into, type: r.type });
      continue;
    }
    // 4. A person name inside a longer place or organisation name found in the text: 高新 ⊂ 兰州高新区.
    if (r.type === 'PER' && t.length >= 2) {
      let owner: string | null = null;
      for (const [y, ty] of longer) if (ty !== 'PER' && ty !== 'DOC' && y.length > t.length && y.includes(t) && !y.startsWith(t)) owner = y;
      if (owner) continue;
    }
    kept.push(r);
  }
  // A target may itself be a fragment (兰 → 兰州 → 兰州市): fold into the end of the chain.
  const foldedText = new Map(folded.map((f) => [`${f.type}:${text(s, f)}`, f.into]));
  for (const f of folded) {
    for (let k = 0, next = foldedText.get(`${f.type}:${f.into}`); next && k < 4; k++, next = foldedText.get(`${f.type}:${f.into}`))
      f.into = next;
  }
  return { kept, folded };
}

/** Suffixes that make a longer name the same place or organisation: 兰州 → 兰州市, 耐克 → 耐克公司. */
const SAME_PLACE = /^(?:省|市|县|区|州|盟|旗|镇|乡|村|自治区|自治州|自治县|特别行政区|地区)$/;
const SAME_ORG = /^(?:集团|公司|集团公司|股份公司|有限公司|股份有限公司|有限责任公司|集团有限公司|集团股份有限公司)$/;

/**
 * The longer entity that `t` is a short form of, if exactly one fits: a place or organisation plus a
 * generic suffix, the start of a person's full name (何建 → 何建栋), the last part of a transcribed
 * name (约翰逊 → 杰夫·约翰逊); a one-character place folds into the shortest place it starts.
 */
function foldTarget(t: string, type: RawEntity['type'], longer: Map<string, RawEntity['type']>): string | null {
  const found: string[] = [];
  for (const [y, ty] of longer) {
    if (ty !== type || y.length <= t.length) continue;
    const rest = y.startsWith(t) ? y.slice(t.length) : null;
    const fits =
      type === 'LOC'
        ? rest !== null && (t.length === 1 || SAME_PLACE.test(rest))
        : type === 'ORG'
          ? rest !== null && SAME_ORG.test(rest)
          : type === 'PER'
            ? rest !== null || y.endsWith(`·${t}`)
            : false;
    if (fits) found.push(y);
  }
  if (found.length === 1) return found[0]!;
  if (type === 'LOC' && t.length === 1 && found.length > 1) return found.reduce((a, b) => (b.length < a.length ? b : a));
  return null;
}

// ---------- People a journalist can trust: name shape, not a dictionary word, not a place ----------

/** Characters of transliterated foreign names (菲利普, 阿克拉姆, 佩拉夫妮): a run of 3+ of them is a foreign name shape. */
const TRANSLIT = new Set(
  '阿埃艾安昂奥澳巴拜班邦保鲍贝本比彼毕宾波伯博布查达戴丹道德登迪蒂丁东杜敦多厄恩尔法范菲费芬丰弗夫福盖甘冈戈格贡古圭哈海汉豪赫亨洪胡华怀霍基吉加贾杰金卡凯坎康考柯科克肯库夸奎拉莱赖兰朗劳勒雷蕾里理丽利莉连列林琳隆卢鲁伦罗洛马玛迈麦曼芒梅门蒙米敏明莫默姆穆纳娜奈南内尼妮宁纽努诺欧帕潘庞佩蓬皮普奇齐乔切钦琼萨塞赛桑瑟森沙莎山尚舍申什施斯松苏索塔泰坦汤唐特提廷托瓦万旺威韦维温文沃乌西希锡谢辛休雅亚扬耶伊因英尤于约泽扎詹兹佐娅丝黛萝茨霍娃嘉杨龙',
);

/** Offices held abroad as much as at home, before a name (总统|拜登, 总理|莫迪, 发言人|普莱斯). */
const OFFICE_ROLE = /^(?:副?总统|副?总理|首相|主席|发言人|大使|部长|外长|国务卿|教练|主教练)$/;

/**
 * Two transliteration characters that are no dictionary word and no place (拜登, 莫迪): a foreign name's shape
 * only right after an office, where the tagger took it for a person (总统|拜登); on its own two such characters
 * are too often a word or a place (巴西, 阿里).
 */
function isShortTransliteration(name: string): boolean {
  return name.length === 2 && [...name].every((c) => TRANSLIT.has(c)) && !isDictionaryWord(name) && !isKnownPlace(name);
}

/** Given-name parts that make a surname no name: 陈姓, 李男, 王某, 张氏. */
const BARE_GIVEN = /^(?:[姓男女某氏家总]|先生|女士|小姐|太太|老师|师傅|同学|医生|警官|姓男子|姓女子)$/;

/** A count where a given name would be: 四|两人 of 张三、李四两人, 王|三人 (a count after names is no part of them). */
const COUNT_GIVEN = /^[两二三四五六七八九十几][人名位]$/;

/**
 * A person's name has a name shape: surname + one or two given characters (or a double surname +
 * one or two), or a transliterated foreign name (with a middle dot, or 3+ transliteration
 * characters), or capitalised Latin words (two or more).
 */
export function hasNameShape(name: string): boolean {
  if (/^[A-Za-z][A-Za-z .'-]*$/.test(name)) return /^[A-Z][a-z]+(?:[ -][A-Z][a-z]+)+$/.test(name);
  if (/[·•・]/.test(name)) return /^[\u4e00-\u9fff]+(?:[·•・-][\u4e00-\u9fff]+)+$/.test(name) && name.length >= 4;
  if (!/^[\u4e00-\u9fff]{2,5}$/.test(name)) return false;
  const { surnames, doubleSurnames } = gazetteer();
  const dbl = doubleSurnames.has(name.slice(0, 2)) && name.length >= 3;
  const given = name.slice(dbl ? 2 : 1);
  if (BARE_GIVEN.test(given) || COUNT_GIVEN.test(given)) return false;
  if ((dbl || surnames.has(name[0]!)) && name.length <= (dbl ? 4 : 3)) return true;
  return name.length >= 3 && [...name].every((c) => TRANSLIT.has(c));
}

/**
 * Is this person (Simplified text) worth showing: a name shape, not a common word of the
 * dictionary (孙子, 文静), not a known place (台北).
 */
export function isTrustedPerson(name: string): boolean {
  if (!hasNameShape(name)) return false;
  if (gazetteer().places.words.has(name)) return false;
  return !isWordNotName(name);
}

/**
 * A dictionary word (孙子, 谢谢), or three characters opening with one (黄金周, 国内线; not a transliteration
 * like 马克龙). The proper-noun
 * lexicon is no help here: it lists 黄金周, 伏特加 and 莫斯科 as person names.
 */
function isWordNotName(name: string): boolean {
  if (isCommonWord(name)) return true;
  return name.length === 3 && isCommonWord(name.slice(0, 2)) && ![...name].every((c) => TRANSLIT.has(c));
}

/** Two characters that make one word: in the dictionary, or one word to the segmenter (坦言, 明天). */
export function isWordPair(w: string): boolean {
  if (isDictionaryWord(w)) return true;
  for (const x of wordSegmenter()!.segment(w)) return x.segment.length === w.length;
  return false;
}

/** A part of a country by direction (南部, 东北部, 东半部): a region of the text, not a named place. */
const DIRECTION_PART = /^(?:[东南西北中]{1,2}[半]?部|[东南西北]{1,2}方)$/;
/** An organisation word with no name before it (委员会, 研究所, 管委会, 子公司). */
const GENERIC_ORG_ONLY =
  /^(?:委员会|管委会|研究所|研究院|研究中心|子公司|分公司|总公司|公司|集团|办公室|加工厂|工厂|小组|[审设]计小组|中心|协会|学会|立委|联盟|联合会|基金会|俱乐部)$/;

/** Is this place or organisation (Simplified) more than a common word (南部, 子公司, 太贵)? Known places stay. */
export function isTrustedName(name: string, type: 'LOC' | 'ORG', known: (w: string) => boolean): boolean {
  if (DIRECTION_PART.test(name) || (type === 'ORG' && GENERIC_ORG_ONLY.test(name))) return false;
  if (name.length < 2 || known(name)) return true;
  if (type === 'LOC' && gazetteer().places.words.has(name)) return true;
  return !isCommonWord(name);
}

/** Characters that end a name and begin the clause after it (的, 说, 和...): never a given-name character. */
const CLAUSE_CHAR = /[的了是在和与及也亦都就说对向从被把将为于等以又还已曾把让给跟同称]/;

/** Characters a name never ends with but a clause opens with, before the words they govern (chips): 张伟从|广州, 李男则|被…. */
export const GOVERNING = /^[从则仍却亦]$/;

/** A numeral and a classifier after a name, no given name: 罗斯|一人, 王强|两次. */
export const NUMERAL_CLASSIFIER = /^[一二两三四五六七八九几][人个位名次年天回场]/;

/** `name` is written at least twice in `s` followed by another character than `c` (贾玲 beside one 贾玲唱); answers kept in `memo`. */
function writtenAlone(s: string, name: string, c: string, memo: Map<string, boolean>): boolean {
  const key = name + c;
  let yes = memo.get(key);
  if (yes !== undefined) return yes;
  let n = 0;
  for (let p = s.indexOf(name); p >= 0 && n < 2; p = s.indexOf(name, p + 1)) if (s[p + name.length] !== c) n++;
  yes = n >= 2;
  memo.set(key, yes);
  return yes;
}

/**
 * A two-character name (surname + one) the tagger cut before its last given character: 贾明|怡增持,
 * 管浩|鸣的 → 贾明怡, 管浩鸣; not when the next character joins the name's last one or the word after
 * it (李明|天 is 明天; 王刚|才 is 刚才). And a three-character name whose last character begins the
 * next word (张凡|坦言) is cut to two, unless the next characters are a word of their own (钟爱华|表示).
 */
export function completeNames(s: string, spans: RawEntity[], givenChar: (c: string) => boolean, chips = false): RawEntity[] {
  const { surnames } = gazetteer();
  const starts = new Set(spans.map((r) => r.start));
  const alone = new Map<string, boolean>();
  return spans.map((r) => {
    // a transliterated name cut inside its last part: 雅思娜·佩拉夫|妮表示
    if (r.type === 'PER' && /[·•・]/.test(s.slice(r.start, r.end))) {
      let e = r.end;
      while (e < s.length && e < r.end + 2 && TRANSLIT.has(s[e]!) && !CLAUSE_CHAR.test(s[e]!) && !isDictionaryWord(s.slice(e, e + 2))) e++;
      return e > r.end && !starts.has(r.end) ? { ...r, end: e } : r;
    }
    if (r.type !== 'PER' || r.role || !surnames.has(s[r.start]!)) return r;
    const len = r.end - r.start;
    const c = s[r.end] ?? '';
    const after = s[r.end + 1] ?? '';
    // a given-name character, or any character closing the name before punctuation or a clause word (陈炳|辰，)
    const closes = !after || !/[\u4e00-\u9fff]/.test(after) || CLAUSE_CHAR.test(after);
    // for chips, also a character before a common word that opens the clause after the name (李一|桐减肥, 朱旭|峥此前)
    const beforeWord = chips && isCommonWord(s.slice(r.end + 1, r.end + 3));
    // (for chips, not where the text writes the name alone at least twice, 贾玲|唱： beside 贾玲说, 贾玲表示,
    // nor a numeral before a classifier, 罗斯|一人, nor a governing character, 张伟|从, nor after 某 a character
    // no given name has, 刘某|犯 beside 王某智)
    if (
      len === 2 &&
      /[\u4e00-\u9fff]/.test(c) &&
      (givenChar(c) || closes || beforeWord) &&
      !CLAUSE_CHAR.test(c) &&
      !(chips && (GOVERNING.test(c) || (s[r.end - 1] === '某' && !givenChar(c)))) &&
      !starts.has(r.end) &&
      !(chips && (writtenAlone(s, s.slice(r.start, r.end), c, alone) || NUMERAL_CLASSIFIER.test(s.slice(r.end, r.end + 2))))
    ) {
      if (!isWordPair(s[r.end - 1]! + c) && !(after && isDictionaryWord(c + after)) && !isDictionaryWord(s.slice(r.end, r.end + 3)))
        return { ...r, end: r.end + 1 };
    }
    if (len === 3) {
      // not when the next character opens a word of its own (钟爱华|表示: 华表 is a word, but 表示 is the word there)
      if (
        c &&
        /[\u4e00-\u9fff]/.test(c) &&
        isWordPair(s[r.end - 1]! + c) &&
        !isDictionaryWord(s.slice(r.start + 1, r.end)) &&
        !(after && isDictionaryWord(c + after))
      )
        return { ...r, end: r.end - 1 };
    }
    return r;
  });
}

/**
 * A surname and the way one addresses its bearer, no name: 张经理, 陆主任, 徐阿婆, 王警官, 李老板
 * (hasNameShape already refuses 先生, 女士, 某).
 */
const ADDRESSED =
  /^[\u4e00-\u9fff](?:经理|总监|主任|主管|老板|老板娘|阿婆|阿姨|阿伯|阿公|阿嬷|阿妈|老汉|老太|老伯|老爷子|婆婆|爷爷|奶奶|大爷|大妈|大娘|大姐|大哥|大叔|师傅|老师|医生|护士|警官|律师|会计|局长|处长|科长|院长|校长|所长|站长|村长|镇长|乡长|县长|市长|书记|部长|厅长|主席|总裁|董事|同学|教授|博士|记者|编辑)$/;
/** A place's unit at the end: 黄茅镇, 株潭乡 are places, not people (and 刘庄村 of three or more characters; 木村 is a surname). */
const PLACE_UNIT_END = /[省市县区镇乡街]$/;

/** An activity and a company word at the end of an organisation: 经营|公司, 管理|中心 (…what the head before them is). */
const ACTIVITY_COMPANY = /^([\u4e00-\u9fff]*)([\u4e00-\u9fff]{2})(?:公司|集团|中心)$/;

/**
 * A company named by what it does, no name: the two characters before 公司/集团/中心 are an activity (the
 * dictionary makes an agent of them: 经营者, 管理员, 开发商), with nothing before them or only a common word
 * (委托|经营公司). A name keeps its head (苹果公司, 深圳市投资|管理公司).
 */
export function activityCompany(name: string): boolean {
  const m = ACTIVITY_COMPANY.exec(name);
  if (!m || (m[1] && !isCommonWord(m[1]))) return false;
  return ['者', '员', '商'].some((x) => isDictionaryWord(m[2] + x));
}

/**
 * Is a grouped entity (Simplified text) worth a chip? People need a name shape; those found only
 * by the tagger also must not be a dictionary word or a place; a role's name never starts with a
 * preposition (记者|从上海…). Places and organisations must be more than a common word, and as
 * panel chips (`chips`) have a place's or an organisation's shape (name-shapes.ts).
 */
export function isTrustedEntity(type: RawEntity['type'], text: string, role: string | null | undefined, chips = false): boolean {
  if (type === 'DOC') return true;
  if (type === 'PER') {
    // (for chips, no place: 摄 ends a photo credit, and the next sentence may open with one, …摄 武汉市园林局表示)
    if (role)
      return (
        (hasNameShape(text) || (OFFICE_ROLE.test(role) && isShortTransliteration(text))) &&
        !LEADING_FUNCTION.test(text) &&
        !isWordNotName(text) &&
        !(chips && PLACE_UNIT_END.test(text))
      );
    return (
      isTrustedPerson(text) && !(chips && (ADDRESSED.test(text) || PLACE_UNIT_END.test(text) || (text.length >= 3 && text.endsWith('村'))))
    );
  }
  if (chips && text.length >= 2 && !(type === 'ORG' ? hasOrgShape(text) : hasPlaceShape(text))) return false;
  if (chips && type === 'ORG' && activityCompany(text)) return false;
  return isTrustedName(text, type, (w) => lexiconMask(w) !== 0);
}
