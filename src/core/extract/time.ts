/**
 * Publication time: from visible date lines near the headline, meta tags, JSON-LD and `<time>`.
 * Output is ISO 8601 — `2025-04-10T09:06:31+08:00` (China time unless the page states an offset),
 * or a bare date `2025-04-10` when the page gives no time of day.
 */

export interface FoundTime {
  iso: string;
  /** Has a time of day (minute precision at least). */
  hasTime: boolean;
  /** The zone the page states for the time (`+00:00` for UTC/GMT/Z, `+09:00`…); absent when it states none. */
  zone?: string;
  /** The time as the page prints it, in the zone it states (ISO 8601); only with `zone`. */
  local?: string;
}

const DEFAULT_OFFSET = '+08:00';
const TEXT_DATE_RE =
  /((?:19|20)\d{2})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{2}(?=\d{1,2}[:：]\d{2})|\d{1,2}(?!\d))\s*日?\s*(?:[T\s]|&nbsp;)*(?:(?:星期|週|周)[一二三四五六日天]\s*)?(?:(?:上午|下午|晚上)\s*)?(?:[(（]\s*(?=\d{1,2}\s*[:：]\s*\d{2}\s*[)）]))?(?:(\d{1,2})\s*[:：时時]\s*(\d{2})(?:\s*[:：分]\s*(\d{2}))?)?/;

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

/** First date (and time) written in a line of text; the time may be bracketed (`2014-12-17 (16:31)`). */
export function parseTextDate(text: string): FoundTime | null {
  const m = TEXT_DATE_RE.exec(text);
  if (!m) return null;
  let h = m[4] !== undefined ? Number(m[4]) : null;
  if (h !== null && /下午|晚上/.test(m[0]) && h < 12) h += 12;
  const time: [number, number, number] | null = h !== null ? [h, Number(m[5]), Number(m[6] ?? 0)] : null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const zone = time ? statedZone(text.slice(m.index + m[0].length)) : null;
  return zone ? zoned(y, mo, d, time!, zone, true) : build(y, mo, d, time);
}

/** A zone written right after a time: `GMT`, `UTC`, `UTC+8`, `(GMT+09:00)`, `UTC−5`. As `±HH:MM`. */
function statedZone(after: string): string | null {
  const z = /^\s*[(（]?\s*(?:GMT|UTC)(?:\s*([+\-−])\s*(\d{1,2})(?::?(\d{2}))?)?(?![A-Za-z])/i.exec(after);
  if (!z) return null;
  if (!z[1]) return '+00:00';
  const hours = Number(z[2]);
  const minutes = Number(z[3] ?? 0);
  if (hours > 14 || minutes > 59) return null;
  return `${z[1] === '+' ? '+' : '-'}${pad(hours)}:${pad(minutes)}`;
}

/**
 * A time the page gives in a zone of its own: kept as printed (`local`, `zone`); `iso` is the same
 * instant, expressed in China time when the zone is UTC on a Chinese page.
 */
function zoned(y: number, mo: number, d: number, time: [number, number, number], zone: string, chinaTime: boolean): FoundTime | null {
  const local = build(y, mo, d, time, zone);
  if (!local) return null;
  const inChina = chinaTime && zone === '+00:00' ? fromInstant(Date.UTC(y, mo - 1, d, time[0], time[1], time[2]), DEFAULT_OFFSET) : local;
  return inChina ? { ...inChina, zone, local: local.iso } : null;
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
  // A UTC stamp on a Chinese page is expressed in China time (same instant); `local` keeps it as given.
  const off = /^z$/i.test(zone) || /^-00:?00$/.test(zone) ? '+00:00' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  return zoned(y, mo, d, time, off, chinaTime);
}

function fromInstant(ms: number, offset: string): FoundTime | null {
  if (!Number.isFinite(ms)) return null;
  const sign = offset.startsWith('-') ? -1 : 1;
  const [oh, om] = offset.slice(1).split(':').map(Number);
  const local = new Date(ms + sign * ((oh ?? 0) * 60 + (om ?? 0)) * 60_000);
  return build(
    local.getUTCFullYear(),
    local.getUTCMonth() + 1,
    local.getUTCDate(),
    [local.getUTCHours(), local.getUTCMinutes(), local.getUTCSeconds()],
    offset,
  );
}

const META_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'og:published_time',
  'article:published',
  'pubdate',
  'publishdate',
  'publish_date',
  'publish-date',
  'publishtime',
  'publish_time',
  'pubtime',
  'datepublished',
  'date',
  'dc.date',
  'dc.date.issued',
  'dcterms.created',
  'dcterms.issued',
  'sailthru.date',
  'og:release_date',
  'release_date',
  'firstpublishedtime',
  'createdate',
  'created',
  'weibo:article:create_at',
  'article:create_at',
  'ptime',
  'contentdate',
  'originalpublicationdate',
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
    const m = /"datePublished"\s*:\s*"([^"]+)"/.exec(s.textContent);
    const t = m ? parseMachineDate(m[1]!, chinaTime) : null;
    if (t) return t;
  }
  for (const el of Array.from(doc.querySelectorAll('time[datetime], [itemprop="datePublished"]'))) {
    const v = el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.textContent;
    const t = parseMachineDate(v, chinaTime);
    if (t) return t;
  }
  return scriptDate(doc, chinaTime);
}

/**
 * A publication time the page keeps only in a script variable: `var ct = "1577836800"` (WeChat
 * articles), `publish_time: "2019-09-07 13:43"`, `pubDate = '…'`. Inline scripts only, first 200 kB.
 */
const SCRIPT_DATE_RE =
  /(?:^|[\s,;{(])(?:var\s+|let\s+|const\s+)?["']?(?:ct|publish_?time|publishTime|publish_?date|publishDate|pub_?time|pubTime|pub_?date|pubDate|datePublished|create_?time|createTime)["']?\s*[=:]\s*["']?(\d{10}(?:\d{3})?|(?:19|20)\d{2}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)["']?/;

export function scriptDate(doc: Document, chinaTime = true): FoundTime | null {
  let budget = 200_000;
  for (const s of Array.from(doc.querySelectorAll('script:not([src])'))) {
    if ((s.getAttribute('type') ?? '').includes('json')) continue;
    const text = s.textContent.slice(0, budget);
    budget -= text.length;
    const m = SCRIPT_DATE_RE.exec(text);
    const t = m ? parseMachineDate(m[1]!, chinaTime) : null;
    if (t?.hasTime) return t;
    if (budget <= 0) break;
  }
  return null;
}

export interface MonthDay {
  month: number;
  day: number;
  time: [number, number, number] | null;
}

const YEARLESS_RE =
  /(?:^|[^\d/.:-])(\d{1,2})\s*(?:-|\/|月)\s*(\d{2}(?=\d{1,2}[:：]\d{2})|\d{1,2}(?!\d))\s*日?\s*(?:(?:上午|下午|晚上)\s*)?(?:(\d{1,2})\s*[:：]\s*(\d{2})(?:\s*[:：]\s*(\d{2}))?)?/;

// Both patterns read a two-digit day glued to the time (`09-3022:46`): adjacent inline elements
// (`<span>09-30</span><span>22:46</span>`) have no space between them in the text.

/**
 * A date written without its year, as list-style and self-media pages do (`发布时间：09-30 22:46`,
 * `9月30日 22:46`). `MM-DD` needs a time of day after it (alone it is too ambiguous); `M月D日` does not.
 */
export function parseYearlessDate(text: string): MonthDay | null {
  if (TEXT_DATE_RE.test(text)) return null;
  const m = YEARLESS_RE.exec(text);
  if (!m) return null;
  const monthForm = /月/.test(m[0]);
  if (!monthForm && m[3] === undefined) return null;
  if (monthForm && !/日/.test(m[0]) && m[3] === undefined) return null;
  const month = Number(m[1]);
  const day = Number(m[2]);
  let time: [number, number, number] | null = null;
  if (m[3] !== undefined) {
    let h = Number(m[3]);
    if (/下午|晚上/.test(m[0]) && h < 12) h += 12;
    time = [h, Number(m[4]), Number(m[5] ?? 0)];
  }
  if (!valid(2000, month, day, ...(time ?? [0, 0, 0]))) return null;
  return { month, day, time };
}

/** Complete a year-less date with a year: the one whose date agrees, else the given fallback year. */
export function withYear(md: MonthDay, known: FoundTime[], fallbackYear: number | null): FoundTime | null {
  const tail = `-${pad(md.month)}-${pad(md.day)}`;
  const agree = known.find((k) => k.iso.slice(4, 10) === tail);
  const year = agree ? Number(agree.iso.slice(0, 4)) : fallbackYear;
  return year === null ? null : build(year, md.month, md.day, md.time);
}

/**
 * The date in an article URL: `/2025-04/10/`, `/20250410/`, `t20250410_`, `/202311/17/`,
 * `/2019-11-25/doc-…`. Date only.
 */
export function urlDate(url: string): FoundTime | null {
  let path = url;
  try {
    path = new URL(url, 'http://x.invalid/').pathname;
  } catch {
    /* keep the raw string */
  }
  const re = /(?:^|[^\d])((?:19|20)\d{2})([-/_]?)(0[1-9]|1[0-2])[-/_]?(0[1-9]|[12]\d|3[01])(?!\d)/g;
  for (let m = re.exec(path); m; m = re.exec(path)) {
    const t = build(Number(m[1]), Number(m[3]), Number(m[4]), null);
    if (t) return t;
  }
  return null;
}

/**
 * Dates relative to the moment the page is read: `刚刚`, `5分钟前`, `3小时前`, `2天前`, `今天 09:30`,
 * `昨天 22:46`, `前天`. Expressed in China time. Only meaningful with a real `now` (the browser).
 */
export function parseRelativeDate(text: string, now: Date): FoundTime | null {
  const base = now.getTime();
  if (!Number.isFinite(base)) return null;
  const ago = /(\d{1,3})\s*(分钟|分鐘|小时|小時|天)前/.exec(text);
  if (ago) {
    const n = Number(ago[1]);
    const unit = /分/.test(ago[2]!) ? 60_000 : /小/.test(ago[2]!) ? 3_600_000 : 86_400_000;
    const t = fromInstant(base - n * unit, DEFAULT_OFFSET);
    return t && unit === 86_400_000 ? { iso: t.iso.slice(0, 10), hasTime: false } : t;
  }
  if (/^\s*(?:刚刚|剛剛)\s*$/.test(text)) return fromInstant(base, DEFAULT_OFFSET);
  // 今天/昨天 with a time, or alone on a short label (`发布于 昨天`); `今天天气很好` is prose.
  const day = /(今天|今日|昨天|昨日|前天)\s*(?:(\d{1,2})\s*[:：]\s*(\d{2}))?/.exec(text);
  if (!day || (day[2] === undefined && text.replace(/\s+/g, '').length > 8)) return null;
  const back = /今/.test(day[1]!) ? 0 : /昨/.test(day[1]!) ? 1 : 2;
  const d = fromInstant(base - back * 86_400_000, DEFAULT_OFFSET);
  if (!d) return null;
  const [y, mo, dd] = d.iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  return build(y, mo, dd, day[2] !== undefined ? [Number(day[2]), Number(day[3]), 0] : null);
}

/** Every machine-readable date on the page (published, modified, updated…), to recover a year. */
export function allMachineDates(doc: Document, chinaTime = true): FoundTime[] {
  const out: FoundTime[] = [];
  for (const m of Array.from(doc.querySelectorAll('meta[content]'))) {
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '').toLowerCase();
    if (!/date|time|publish|modif|update|created/.test(key)) continue;
    const t = parseMachineDate(m.getAttribute('content') ?? '', chinaTime);
    if (t) out.push(t);
  }
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    for (const m of s.textContent.matchAll(/"date(?:Published|Modified|Created)"\s*:\s*"([^"]+)"/g)) {
      const t = parseMachineDate(m[1]!, chinaTime);
      if (t) out.push(t);
    }
  }
  return out;
}

/** A short line that is mostly a date/time (with optional labels), not body text. */
export function isDateLine(t: string): boolean {
  if (t.length > 60 || /[。！？]/.test(t)) return false;
  return parseTextDate(t) !== null && t.replace(/[\d\s:：\-/.年月日时分秒]/g, '').length <= 24;
}
