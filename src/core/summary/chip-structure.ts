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
