/**
 * Publication time: from visible date lines near the headline, meta tags, JSON-LD and `<time>`.
 * Output is ISO 8601 — `2025-04-10T09:06:31+08:00` (China time unless the page states an offset),
 * or a bare date `2025-04-10` when the page gives no time of day.
 */

export interface FoundTime {
  iso: string;
  /** Has a time of day (minute precision at least). */
  hasTime: boolean;
}

const DEFAULT_OFFSET = '+08:00';
const TEXT_DATE_RE =
  /((?:19|20)\d{2})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})(?!\d)\s*日?\s*(?:[T\s]|&nbsp;)*(?:(?:星期|週|周)[一二三四五六日天]\s*)?(?:(?:上午|下午|晚上)\s*)?(?:(\d{1,2})\s*[:：时時]\s*(\d{2})(?:\s*[:：分]\s*(\d{2}))?)?/;

const pad = (n: number) => String(n).padStart(2, '0');

function valid(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): boolean {
  return y >= 1990 && y <= 2100 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && h <= 23 && mi <= 59 && s <= 59;
}

function build(y: number, mo: number, d: number, time: [number, number, number] | null, offset = DEFAULT_OFFSET): FoundTime | null {
  if (!valid(y, mo, d, ...(time ?? [0, 0, 0]))) return null;
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  if (!time) return { iso: date, hasTime: false };
  return { iso: `${date}T${pad(time[0])}:${pad(time[1])}:${pad(time[2])}${offset}`, hasTime: true };
}

/** First date (and time) written in a line of text. */
export function parseTextDate(text: string): FoundTime | null {
  const m = TEXT_DATE_RE.exec(text);
  if (!m) return null;
  let h = m[4] !== undefined ? Number(m[4]) : null;
  if (h !== null && /下午|晚上/.test(m[0]) && h < 12) h += 12;
  const time: [number, number, number] | null = h !== null ? [h, Number(m[5]), Number(m[6] ?? 0)] : null;
  return build(Number(m[1]), Number(m[2]), Number(m[3]), time);
}

/** Machine dates: ISO 8601 (with Z or an offset), `2019-09-07 13:43:45`, epoch seconds/ms. */
export function parseMachineDate(value: string, chinaTime = true): FoundTime | null {
  const v = value.trim();
  if (/^\d{10}(?:\d{3})?$/.test(v)) {
    const ms = v.length === 13 ? Number(v) : Number(v) * 1000;
    return fromInstant(ms, DEFAULT_OFFSET);
  }
  const m = /^((?:19|20)\d{2})-?(\d{2})-?(\d{2})(?:[T\s](\d{2}):?(\d{2})(?::?(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?/i.exec(v);
  if (!m) return parseTextDate(v);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (m[4] === undefined) return build(y, mo, d, null);
  const time: [number, number, number] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
  const zone = m[7];
  if (!zone) return build(y, mo, d, time);
  if (chinaTime && (/^z$/i.test(zone) || /^[+-]00:?00$/.test(zone))) {
    // A UTC stamp on a Chinese page: express it in China time (same instant).
    return fromInstant(Date.UTC(y, mo - 1, d, time[0], time[1], time[2]), DEFAULT_OFFSET);
  }
  if (/^z$/i.test(zone)) return build(y, mo, d, time, '+00:00');
  const off = zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  return build(y, mo, d, time, off);
}

function fromInstant(ms: number, offset: string): FoundTime | null {
  if (!Number.isFinite(ms)) return null;
  const sign = offset.startsWith('-') ? -1 : 1;
  const [oh, om] = offset.slice(1).split(':').map(Number);
  const local = new Date(ms + sign * ((oh ?? 0) * 60 + (om ?? 0)) * 60_000);
  return build(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate(), [
    local.getUTCHours(), local.getUTCMinutes(), local.getUTCSeconds(),
  ], offset);
}

const META_KEYS = [
  'article:published_time', 'og:article:published_time', 'og:published_time', 'article:published',
  'pubdate', 'publishdate', 'publish_date', 'publish-date', 'publishtime', 'publish_time', 'pubtime',
  'datepublished', 'date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'dcterms.issued',
  'sailthru.date', 'og:release_date', 'release_date', 'firstpublishedtime', 'createdate', 'created',
  'weibo:article:create_at', 'article:create_at', 'ptime', 'contentdate', 'originalpublicationdate',
];

/** From `<meta>` tags, JSON-LD `datePublished` and `<time datetime>`, in that order. */
export function machineDate(doc: Document, chinaTime = true): FoundTime | null {
  const metas = Array.from(doc.querySelectorAll('meta'));
  const byKey = new Map<string, string>();
  for (const m of metas) {
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '').toLowerCase();
    const content = m.getAttribute('content');
    if (key && content && !byKey.has(key)) byKey.set(key, content);
  }
  for (const k of META_KEYS) {
    const v = byKey.get(k);
    const t = v ? parseMachineDate(v, chinaTime) : null;
    if (t) return t;
  }
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const m = /"datePublished"\s*:\s*"([^"]+)"/.exec(s.textContent ?? '');
    const t = m ? parseMachineDate(m[1]!, chinaTime) : null;
    if (t) return t;
  }
  for (const el of Array.from(doc.querySelectorAll('time[datetime], [itemprop="datePublished"]'))) {
    const v = el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.textContent ?? '';
    const t = parseMachineDate(v, chinaTime);
    if (t) return t;
  }
  return null;
}
