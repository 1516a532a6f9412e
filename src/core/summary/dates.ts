/**
 * Dates mentioned in a text, normalised against the publish time: 2025年4月3日, 4月3日, 3日,
 * 2025-04-03, 今年/去年/明年 (also 去年12月), 今天/昨天/明天, 本月/上月 (also 本月15日), 上周五,
 * the end of a range (3月1日至5日). Clock times are not dates. A date without a year resolves to the
 * nearest sensible one before publication (reports speak of the past); 当天/次日 count from the last
 * date the text named.
 */
import { parseNumber } from './numbers';
import type { DateMention } from './types';

const D = '[0-9０-９]';
const CN = '[零〇一二三四五六七八九十]';
const NUM = `(?:${D}{1,4}|${CN}{1,4})`;
const RELATIVE_YEAR = '今年|去年|明年|前年|后年';
const DATE_RE = new RegExp(
  [
    `(?<iy>${D}{4})[-/.．](?<im>${D}{1,2})[-/.．](?<id>${D}{1,2})(?![0-9０-９])`,
    // 去年12月, 明年6月底: the month of a year named relative to the publish date
    `(?<ry>${RELATIVE_YEAR})(?<rym>${NUM})月(?:份)?(?:(?<ryd>${NUM})[日号])?`,
    `(?<rm>本月|上月|下月)(?<rmd>${NUM})[日号]`,
    `(?<wk>上|本|这|下)(?:周|星期|礼拜)(?<wd>[一二三四五六日天])`,
    `(?<rel>${RELATIVE_YEAR}|今天|昨天|明天|前天|后天|今日|昨日|明日|本月|上月|下月|当天|当日|次日|翌日)`,
    // year [month [day]] | month [day] | day: never an empty match (the engine then scans for
    // the next date itself instead of stopping at every character).
    `(?<y>(?:${D}{4}|[零〇一二三四五六七八九]{4})年)(?:(?<mo>${NUM})月(?:份)?)?(?:(?<d>${NUM})[日号])?`,
    `(?<mo2>${NUM})月(?:份)?(?:(?<d2>${NUM})[日号])?`,
    `(?<d3>${NUM})[日号]`,
  ].join('|'),
  'g',
);
/** The end of a range after a full date: 3月1日至5日. */
const RANGE_END = new RegExp(`^(?:至|到|-|－|—|~|～)(${NUM})[日号]`);
const WEEKDAY: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function parsePublished(p: string | null | undefined): Date | null {
  if (!p) return null;
  const m = /(\d{4})\D(\d{1,2})\D(\d{1,2})/.exec(p);
  if (!m) return null;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

function shift(base: Date, days: number): string {
  const d = new Date(base.getTime() + days * 86400000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Words of a plan or a forecast: the sentence speaks of a date to come. */
const FUTURE_CUE = /将|计划|预计|拟|定于|即将|有望|届时|准备|打算|预定|预告|下周|下月|明年|之前完成|前完成|开幕|举行|启动|报名|截止/;

/** The sentence around [start, end) (between sentence stops). */
function sentenceAround(text: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && !/[。！？!?\n]/.test(text[a - 1]!)) a--;
  let b = end;
  while (b < text.length && !/[。！？!?\n]/.test(text[b]!)) b++;
  return text.slice(a, b);
}

/**
 * A month and day with no year, or a bare day, completed against the publish date: a report speaks
 * of the past, so a date that would fall over a month (a day: over two days) after publication is
 * the nearest one before it (an article of March 2005 saying 11月4日 means 2004-11-04), unless its
 * sentence speaks of a plan (将, 计划, 预计…).
 */
function pastDate(pub: Date, mo: number, d: number | null, sentence: string, bareDay: boolean): { y: number; mo: number } {
  const y = pub.getUTCFullYear();
  const cand = Date.UTC(y, mo - 1, d ?? 1);
  const ahead = (cand - pub.getTime()) / 86400000;
  if (FUTURE_CUE.test(sentence)) return { y, mo };
  if (bareDay && ahead > 2) return mo === 1 ? { y: y - 1, mo: 12 } : { y, mo: mo - 1 };
  if (!bareDay && ahead > 31) return { y: y - 1, mo };
  return { y, mo };
}

/** Relative words that count from the day the text is talking about (当天, 次日), not from publication. */
const STORY_RELATIVE: Record<string, number> = { 当天: 0, 当日: 0, 次日: 1, 翌日: 1, 第二天: 1, 前一天: -1 };

export function findDates(text: string, publishedAt?: string | null): DateMention[] {
  const pub = parsePublished(publishedAt);
  const out: DateMention[] = [];
  /** The last full date named in the text before the current mention: the day the story is at. */
  const storyDay = (): Date | null => {
    for (let k = out.length - 1; k >= 0; k--) {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(out[k]!.iso);
      if (m && !(out[k]!.text in STORY_RELATIVE)) return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    }
    return null;
  };
  DATE_RE.lastIndex = 0;
  for (let m = DATE_RE.exec(text); m; m = DATE_RE.exec(text)) {
    if (m[0].length === 0) {
      DATE_RE.lastIndex++;
      continue;
    }
    const start = m.index;
    const end = start + m[0].length;
    const before = text[start - 1] ?? '';
    const after = text[end] ?? '';
    let iso: string | null = null;
    const g = m.groups!;
    if (g.iy) {
      const y = Number(parseNumber(g.iy)),
        mo = Number(parseNumber(g.im!)),
        d = Number(parseNumber(g.id!));
      if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && !/[0-9０-９]/.test(before)) iso = `${y}-${pad(mo)}-${pad(d)}`;
    } else if (g.ry) {
      if (!pub) continue;
      const y = pub.getUTCFullYear() + ({ 今年: 0, 去年: -1, 明年: 1, 前年: -2, 后年: 2 } as Record<string, number>)[g.ry]!;
      const mo = Number(parseNumber(g.rym!));
      const d = g.ryd ? Number(parseNumber(g.ryd)) : null;
      if (!(mo >= 1 && mo <= 12) || (d !== null && !(d >= 1 && d <= 31))) continue;
      iso = `${y}-${pad(mo)}${d !== null ? '-' + pad(d) : ''}`;
    } else if (g.rm) {
      if (!pub) continue;
      const d = Number(parseNumber(g.rmd!));
      if (!(d >= 1 && d <= 31)) continue;
      const k = pub.getUTCMonth() + (g.rm === '上月' ? -1 : g.rm === '下月' ? 1 : 0);
      const first = new Date(Date.UTC(pub.getUTCFullYear(), k, 1));
      iso = `${first.getUTCFullYear()}-${pad(first.getUTCMonth() + 1)}-${pad(d)}`;
    } else if (g.wk) {
      if (!pub) continue;
      // Weeks run Monday to Sunday.
      const monday = -((pub.getUTCDay() + 6) % 7);
      const weeks = g.wk === '上' ? -1 : g.wk === '下' ? 1 : 0;
      iso = shift(pub, monday + weeks * 7 + WEEKDAY[g.wd!]! - 1);
    } else if (g.rel && g.rel in STORY_RELATIVE && storyDay()) {
      iso = shift(storyDay()!, STORY_RELATIVE[g.rel]!);
    } else if (g.rel) {
      const w = g.rel;
      if (!pub) continue;
      const y = pub.getUTCFullYear();
      const mo = pub.getUTCMonth() + 1;
      const rel: Record<string, string> = {
        今年: `${y}`,
        去年: `${y - 1}`,
        明年: `${y + 1}`,
        前年: `${y - 2}`,
        后年: `${y + 2}`,
        今天: shift(pub, 0),
        今日: shift(pub, 0),
        当天: shift(pub, 0),
        昨天: shift(pub, -1),
        昨日: shift(pub, -1),
        明天: shift(pub, 1),
        明日: shift(pub, 1),
        次日: shift(pub, 1),
        前天: shift(pub, -2),
        后天: shift(pub, 2),
        本月: `${y}-${pad(mo)}`,
        上月: mo === 1 ? `${y - 1}-12` : `${y}-${pad(mo - 1)}`,
        下月: mo === 12 ? `${y + 1}-01` : `${y}-${pad(mo + 1)}`,
      };
      iso = rel[w] ?? null;
    } else {
      const yearText = g.y;
      const moText = g.mo ?? g.mo2;
      const dText = g.d ?? g.d2 ?? g.d3;
      if (/[0-9０-９第每前近约]/.test(before) || /[0-9０-９]/.test(before)) continue;
      if (!yearText && !moText) {
        // A bare day (3日) only with a publish date, and not a duration (3日内).
        if (!pub || !dText || /[内来间后前]/.test(after) || (/[一-龥]/.test(before) && !/[，、。（(]|^$/.test(before))) continue;
        const d = Number(parseNumber(dText));
        if (!(d >= 1 && d <= 31)) continue;
        const at = pastDate(pub, pub.getUTCMonth() + 1, d, sentenceAround(text, start, end), true);
        iso = `${at.y}-${pad(at.mo)}-${pad(d)}`;
      } else {
        const y = yearText ? Number(parseNumber(yearText.slice(0, -1))) : null;
        if (yearText && !moText && !dText) {
          if ((/[来代初末底度前后间内级届]/.test(after) && after !== '底') || y === null || y < 1000 || y > 2200) {
            if (!(after === '底' || after === '初' || after === '末') || y === null || y < 1000) continue;
          }
        }
        const mo = moText ? Number(parseNumber(moText)) : null;
        const d = dText ? Number(parseNumber(dText)) : null;
        if (mo !== null && !(mo >= 1 && mo <= 12)) continue;
        if (d !== null && !(d >= 1 && d <= 31)) continue;
        if (mo !== null && !yearText && !d && /[来内间]/.test(after)) continue; // 3个月来 / 8月来
        const year =
          y ?? (pub && mo !== null ? pastDate(pub, mo, d, sentenceAround(text, start, end), false).y : pub ? pub.getUTCFullYear() : null);
        if (year !== null && y === null && mo === null) continue;
        iso = year === null ? `--${pad(mo!)}${d ? '-' + pad(d) : ''}` : `${year}${mo ? '-' + pad(mo) + (d ? '-' + pad(d) : '') : ''}`;
        if (y === null && mo !== null && !d && !/份|月/.test(m[0])) continue;
      }
    }
    if (!iso) continue;
    out.push({ start, end, text: m[0], iso });
    const range = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? RANGE_END.exec(text.slice(end, end + 5)) : null;
    const last = range ? Number(parseNumber(range[1]!)) : 0;
    if (range && last > Number(iso.slice(8)) && last <= 31) {
      const s0 = end + 1;
      const e0 = end + range[0].length;
      out.push({ start: s0, end: e0, text: text.slice(s0, e0), iso: `${iso.slice(0, 8)}${pad(last)}` });
      DATE_RE.lastIndex = e0;
    }
  }
  return out;
}
