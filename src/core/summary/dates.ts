/**
 * Dates mentioned in a text, normalised against the publish time: 2025年4月3日, 4月3日, 3日,
 * 2025-04-03, 今年/去年/明年, 今天/昨天/明天, 本月/上月. Clock times are not dates.
 */
import { parseNumber } from './numbers';
import type { DateMention } from './types';

const D = '[0-9０-９]';
const CN = '[零〇一二三四五六七八九十]';
const NUM = `(?:${D}{1,4}|${CN}{1,4})`;
const DATE_RE = new RegExp(
  [
    `(${D}{4})[-/.．](${D}{1,2})[-/.．](${D}{1,2})(?![0-9０-９])`,
    '(今年|去年|明年|前年|后年|今天|昨天|明天|前天|后天|今日|昨日|明日|本月|上月|下月|当天|次日)',
    `((?:${D}{4}|[零〇一二三四五六七八九]{4})年)?(?:(${NUM})月(?:份)?)?(?:(${NUM})[日号])?`,
  ].join('|'),
  'g',
);

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

export function findDates(text: string, publishedAt?: string | null): DateMention[] {
  const pub = parsePublished(publishedAt);
  const out: DateMention[] = [];
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
    if (m[1]) {
      const y = Number(parseNumber(m[1])), mo = Number(parseNumber(m[2]!)), d = Number(parseNumber(m[3]!));
      if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && !/[0-9０-９]/.test(before)) iso = `${y}-${pad(mo)}-${pad(d)}`;
    } else if (m[4]) {
      const w = m[4];
      if (!pub) continue;
      const y = pub.getUTCFullYear();
      const mo = pub.getUTCMonth() + 1;
      const rel: Record<string, string> = {
        今年: `${y}`, 去年: `${y - 1}`, 明年: `${y + 1}`, 前年: `${y - 2}`, 后年: `${y + 2}`,
        今天: shift(pub, 0), 今日: shift(pub, 0), 当天: shift(pub, 0), 昨天: shift(pub, -1), 昨日: shift(pub, -1),
        明天: shift(pub, 1), 明日: shift(pub, 1), 次日: shift(pub, 1), 前天: shift(pub, -2), 后天: shift(pub, 2),
        本月: `${y}-${pad(mo)}`, 上月: mo === 1 ? `${y - 1}-12` : `${y}-${pad(mo - 1)}`, 下月: mo === 12 ? `${y + 1}-01` : `${y}-${pad(mo + 1)}`,
      };
      iso = rel[w] ?? null;
    } else {
      const yearText = m[5];
      const moText = m[6];
      const dText = m[7];
      if (/[0-9０-９第每前近约]/.test(before) || /[0-9０-９]/.test(before)) continue;
      if (!yearText && !moText) {
        // A bare day (3日) only with a publish date, and not a duration (3日内).
        if (!pub || !dText || /[内来间后前]/.test(after) || /[一-龥]/.test(before) && !/[，、。（(]|^$/.test(before)) continue;
        const d = Number(parseNumber(dText));
        if (!(d >= 1 && d <= 31)) continue;
        iso = `${pub.getUTCFullYear()}-${pad(pub.getUTCMonth() + 1)}-${pad(d)}`;
      } else {
        const y = yearText ? Number(parseNumber(yearText.slice(0, -1))) : null;
        if (yearText && !moText && !dText) {
          if (/[来代初末底度前后间内级届]/.test(after) && after !== '底' || y === null || y < 1000 || y > 2200) {
            if (!(after === '底' || after === '初' || after === '末') || y === null || y < 1000) continue;
          }
        }
        const mo = moText ? Number(parseNumber(moText)) : null;
        const d = dText ? Number(parseNumber(dText)) : null;
        if (mo !== null && !(mo >= 1 && mo <= 12)) continue;
        if (d !== null && !(d >= 1 && d <= 31)) continue;
        if (mo !== null && !yearText && !d && /[来内间]/.test(after)) continue; // 3个月来 / 8月来
        const year = y ?? (pub ? pub.getUTCFullYear() : null);
        if (year !== null && y === null && mo === null) continue;
        iso = year === null ? `--${pad(mo!)}${d ? '-' + pad(d) : ''}` : `${year}${mo ? '-' + pad(mo) + (d ? '-' + pad(d) : '') : ''}`;
        if (y === null && mo !== null && !d && !/份|月/.test(m[0])) continue;
      }
    }
    if (iso) out.push({ start, end, text: m[0], iso });
  }
  return out;
}
