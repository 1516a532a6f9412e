/**
 * Places and organisations chips from the structure around them (panel only, `findEntities({chips:
 * true})`): a name begun on the day of a date is a fragment (25日|获公司), names inside the byline's
 * people or the place of a credit line are not the article's (郭文海 → no 文海; （…台北报导） → no 台北),
 * and a company's short name is the company, not a place (龙湖 beside 龙湖集团).
 */
import type { RawEntity } from './entities';

/** A date's unit right after its digits: a span opening on it begins inside the date (25日|获公司). */
const DATE_UNIT = /[年月日号時时]/;

/** Does the span at `start` open on a date or the unit of one (25日|获公司 → 日获公司, 8日获公司)? */
export function opensOnDate(s: string, start: number): boolean {
  if (/^[0-9０-９]{1,4}[年月日号時时]/.test(s.slice(start, start + 5))) return true;
  return DATE_UNIT.test(s[start] ?? '') && /[0-9０-９〇零一二三四五六七八九十廿卅]/.test(s[start - 1] ?? '');
}

/** A credit line in brackets: （记者X／台北报导）, （民视新闻X台北报导）: where the reporter files from is no place of the article. */
const CREDIT_RE = /[（(][^（）()\n]{0,40}?(?:报导|报道)[）)]/g;

/** Occurrences of the byline fields' names in `s`, and its credit lines, as [start, end) ranges. */
export function bylineRanges(
  s: string,
  names: ReadonlyArray<string>,
): { names: Array<[number, number]>; credits: Array<[number, number]> } {
  const out = { names: [] as Array<[number, number]>, credits: [] as Array<[number, number]> };
  for (const n of names) {
    if (n.length < 2) continue;
    for (let p = s.indexOf(n); p >= 0; p = s.indexOf(n, p + 1)) out.names.push([p, p + n.length]);
  }
  CREDIT_RE.lastIndex = 0;
  for (let m = CREDIT_RE.exec(s); m; m = CREDIT_RE.exec(s)) out.credits.push([m.index, m.index + m[0].length]);
  return out;
}

/**
 * Spans kept as chips: none opening on a date's unit; no place or organisation inside a byline name
 * (文海 in 郭文海), no place inside a credit line (台北 of …台北报导; the credit's agency stays an
 * organisation); no place before 民族 (中华|民族 names a people).
 */
export function outsideByline(s: string, raw: RawEntity[], names: ReadonlyArray<string>): RawEntity[] {
  const ranges = bylineRanges(s, names);
  const over = (r: RawEntity, list: Array<[number, number]>) => list.some(([a, b]) => r.start < b && a < r.end);
  return raw.filter((r) => {
    if (r.role || r.type === 'DOC') return true;
    if (opensOnDate(s, r.start)) return false;
    if (r.type === 'PER') return true;
    if (r.type === 'LOC' && s.startsWith('民族', r.end)) return false;
    return !over(r, ranges.names) && !(r.type === 'LOC' && over(r, ranges.credits));
  });
}

/** Words before a place that make a common word a place: 在|大同, 前往|东方, 来自|永安. */
const TO_PLACE = /(?:[在到赴往于从至去经]|来自|位于|前往|抵达)$/;
/** Administrative units written after a place's name. */
const ADMIN_UNIT = /^[省市县区镇乡村]/;

/**
 * A place chip whose name is also a common word of the dictionary (光泽, 大堂, 城区: a county, a
 * village, a district, and words) needs the text to use it as a place: once after a word of going or
 * being somewhere, or once written with its administrative unit (光泽县).
 */
export function usedAsPlace(s: string, name: string, mentions: ReadonlyArray<{ start: number; end: number }>): boolean {
  for (const m of mentions) {
    if (TO_PLACE.test(s.slice(Math.max(0, m.start - 2), m.start)) || ADMIN_UNIT.test(s.slice(m.end, m.end + 1))) return true;
  }
  for (let p = s.indexOf(name); p >= 0; p = s.indexOf(name, p + 1)) if (ADMIN_UNIT.test(s[p + name.length] ?? '')) return true;
  return false;
}

/** The byline fields' names (陈韵平、郭文海 → both), Simplified. */
export function bylineNames(fields: ReadonlyArray<string | null | undefined>, conv: (x: string) => string): string[] {
  const out: string[] = [];
  for (const f of fields) for (const n of (f ?? '').split(/[、,，;；/／\s&]+/)) if (/^[\u4e00-\u9fff·]{2,5}$/.test(n)) out.push(conv(n));
  return out;
}

/** Words that make a company's full name from its short one: 龙湖 → 龙湖集团 (not 公司: 上海公司 is a branch). */
const COMPANY_TAIL = /^(?:集团|控股|股份|地产|集团公司|集团有限公司|控股集团|股份有限公司)$/;

/**
 * A place or person chip whose name is a company's short name found in the text (龙湖 beside 龙湖集团):
 * its mentions go to the company. Returns the keys (`TYPE:text`) to fold, each with the company's key.
 */
export function companyShortForms(keys: Iterable<string>): Array<[string, string]> {
  // each company by its short name (龙湖集团 → 龙湖), so that a place or person is one lookup
  const byHead = new Map<string, string>();
  const list = [...keys];
  for (const k of list) {
    if (!k.startsWith('ORG:')) continue;
    const o = k.slice(4);
    for (let h = 2; h < o.length; h++) if (COMPANY_TAIL.test(o.slice(h)) && !byHead.has(o.slice(0, h))) byHead.set(o.slice(0, h), k);
  }
  const out: Array<[string, string]> = [];
  for (const k of list) {
    if (!k.startsWith('LOC:') && !k.startsWith('PER:')) continue;
    const owner = byHead.get(k.slice(4));
    if (owner) out.push([k, owner]);
  }
  return out;
}

/** Numerals and the classifiers of buildings and works (两栋, 一座, 3条) counting what follows them. */
const COUNTED = /(?:[一二两三四五六七八九十几数多]|[0-9０-９]+)[座栋幢条处间道]$/;
/** Last characters of a building or a work: 塔楼, 高架桥, 停车楼 (a named one is 黄鹤楼, 卢沟桥). */
const WORK_END = /[楼桥塔馆厅场站门堂殿寺庙宫阁亭厦廊坝闸]$/;
/** Words between a count and a name that announce the name: 一座名为|…楼, 一座叫|…桥. */
const NAMING = /名为|名叫|叫做?|称为|号称|即/;

/**
 * A building or a work counted before it is a kind, not a name: 两栋|塔楼, 一座跨河|高架桥, 三座人行|天桥
 * (the count at most three characters of modifier before it). A named one is not counted (登上黄鹤楼).
 */
export function countedWork(s: string, r: { start: number; end: number }): boolean {
  if (r.end - r.start < 2 || !WORK_END.test(s[r.end - 1]!)) return false;
  for (let gap = 0; gap <= 3 && r.start - gap >= 2; gap++) {
    const between = s.slice(r.start - gap, r.start);
    if (/[^\u4e00-\u9fff]/.test(between) || NAMING.test(between)) return false;
    if (COUNTED.test(s.slice(Math.max(0, r.start - gap - 4), r.start - gap))) return true;
  }
  return false;
}

/** Marks that close a list item (the list's 、 is its separator). */
const ITEM_BREAK = /[、，。；：！？,;:!?\n（）()“”「」《》]/;
/** What a list of businesses is called after its 等: 等餐饮品牌, 等商家, 等多家餐厅. */
const BUSINESS_TAIL =
  /^等(?:[一二两三四五六七八九十几数多0-9]+[家个])?(?:餐饮|知名|大型|连锁|国际|本地|零售)?(?:品牌|商家|商户|餐厅|饭店|门店|店铺|企业|公司|连锁|餐饮|商铺)/;
/** A list item that ends like a shop or a club, not a place: 购物中心, 攀岩俱乐部, 上岛咖啡. */
const SHOP_END = /(?:中心|俱乐部|公司|集团|咖啡|餐厅|酒店|饭店|超市|商场|影城|影院|书店|药房|银行|广场)$/;

/** Longest stretch read around a name for its list item, and for its list (cost stays linear in the text). */
const ITEM_MAX = 24;
const LIST_MAX = 200;

/** The 、-separated item around [start, end) (its bounds, or null outside a 、 list). */
function listItem(s: string, start: number, end: number): [number, number] | null {
  let a = start;
  while (a > 0 && start - a < ITEM_MAX && !ITEM_BREAK.test(s[a - 1]!)) a--;
  let b = end;
  while (b < s.length && b - end < ITEM_MAX && !ITEM_BREAK.test(s[b]!) && s[b] !== '等') b++;
  return s[a - 1] === '、' || s[b] === '、' ? [a, b] : null;
}

/**
 * A place chip that is a business of a list of businesses (…必胜客、上岛咖啡、好伦哥等餐饮品牌): the list says so
 * (its 等 names businesses, or another item ends like a shop), and the place is the whole item or opens it
 * before a common word (上岛|咖啡: a brand). Never a place of the gazetteer; places listed as places stay
 * (北京、上海等城市; 华北、华南|市场).
 */
export function businessInList(
  s: string,
  r: { start: number; end: number },
  isPlace: (w: string) => boolean,
  isCommon: (w: string) => boolean,
): boolean {
  const item = listItem(s, r.start, r.end);
  if (!item || isPlace(s.slice(r.start, r.end))) return false;
  const [a, b] = item;
  const rest = s.slice(r.end, b);
  // a word of place or time after a place is no brand (北京、上海|之后, 上海|市区)
  const brand = a === r.start && rest.length >= 2 && isCommon(rest) && !/^[之以等方一]|[省市县区州镇乡村路街道城]$/.test(rest);
  if (a !== r.start || (b !== r.end && !brand)) return false;
  // the whole list: items from the first 、-run's start to its end
  let lo = a;
  while (lo > 0 && a - lo < LIST_MAX && !/[，。；：！？,;:!?\n]/.test(s[lo - 1]!)) lo--;
  let hi = b;
  while (hi < s.length && hi - b < LIST_MAX && !/[，。；！？,;!?\n]/.test(s[hi]!) && s[hi] !== '等') hi++;
  if (BUSINESS_TAIL.test(s.slice(hi, hi + 12))) return true;
  const self = s.slice(a, b);
  return s
    .slice(lo, hi)
    .split('、')
    .some((w) => w !== self && SHOP_END.test(w));
}
