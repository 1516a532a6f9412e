/**
 * The publication time of an article, from strongest to weakest evidence: the dateline between
 * headline and body, machine dates (meta, JSON-LD, <time>), a year-less dateline completed from the
 * page (or from `now`), a date after the body, the URL's date path, an e-paper's issue date above
 * the headline. `strong` marks the first kinds — evidence that the page is an article at all.
 */
import {
  allMachineDates,
  isDateLine,
  machineDate,
  parseRelativeDate,
  parseTextDate,
  parseYearlessDate,
  urlDate,
  withYear,
  type FoundTime,
} from './time';

export interface TimeLines {
  /** Headline → body: where the dateline is. */
  headLines: string[];
  /** After the body. */
  tailLines: string[];
  /** Just before the headline (an e-paper's issue date). */
  preLines: string[];
  url?: string;
  now?: Date;
}

function pageUrls(doc: Document, url?: string): string[] {
  const urls = [url ?? ''];
  urls.push(doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '');
  urls.push(doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? '');
  return urls.filter(Boolean);
}

export interface PublishedAt {
  iso: string;
  strong: boolean;
  /** The zone the page states for the time, and the time as printed in it (see FoundTime). */
  zone?: string;
  local?: string;
}

export function findPublishedAt(doc: Document, t: TimeLines, chinese: boolean): PublishedAt | null {
  const strong = (f: FoundTime): PublishedAt => ({ ...f, strong: true });
  const weak = (f: FoundTime): PublishedAt => ({ ...f, strong: false });
  let dateOnly: FoundTime | null = null;
  const head = t.headLines.slice(0, 30).filter((l) => l.length <= 200);
  for (const l of head) {
    const d = parseTextDate(l);
    if (d?.hasTime) return strong(d);
    if (d && !dateOnly) dateOnly = d;
  }
  // A government page's disclosure table above the headline: `发布日期：` / `生成日期：` then the date.
  if (!dateOnly) dateOnly = labelledDate(t.preLines);
  const meta = machineDate(doc, chinese);
  if (meta?.hasTime) {
    if (!dateOnly || meta.iso.startsWith(dateOnly.iso)) return strong(meta);
  }
  if (dateOnly) return strong(dateOnly);
  if (meta) return strong(meta);

  let fromUrl: FoundTime | null = null;
  for (const u of pageUrls(doc, t.url)) if ((fromUrl = urlDate(u))) break;
  // A dateline without its year (`发布时间：09-30 22:46`) or relative to now (`3小时前`).
  for (const l of head) {
    if (l.length > 80) continue;
    const md = parseYearlessDate(l);
    if (md) {
      const known = [...allMachineDates(doc, chinese), ...(fromUrl ? [fromUrl] : [])];
      const d = withYear(md, known, t.now ? chinaYear(t.now, md) : null);
      if (d) return weak(d);
    }
    const rel = t.now ? parseRelativeDate(l, t.now) : null;
    if (rel) return weak(rel);
  }
  for (const l of t.tailLines) {
    if (l.length > 120) continue;
    const d = parseTextDate(l);
    if (d) return fromUrl && !d.iso.startsWith(fromUrl.iso) ? weak(fromUrl) : strong(d);
  }
  if (fromUrl) return weak(fromUrl);
  // An e-paper's issue date just above the headline.
  for (let i = t.preLines.length - 1; i >= 0; i--) {
    const l = t.preLines[i]!;
    if (isDateLine(l)) return weak(parseTextDate(l)!);
  }
  return null;
}

const DATE_LABEL_RE = /(?:发布|發布|生成|成文|印发|印發|发文|發文)(?:日期|时间|時間)\s*[:：]\s*/;

/** A date written after a publication-date label, on the label's line or the next one. */
function labelledDate(lines: string[]): FoundTime | null {
  for (let i = 0; i < lines.length; i++) {
    const m = DATE_LABEL_RE.exec(lines[i]!);
    if (!m) continue;
    const rest = lines[i]!.slice(m.index + m[0].length);
    const d = rest.trim() ? parseTextDate(rest) : i + 1 < lines.length && isDateLine(lines[i + 1]!) ? parseTextDate(lines[i + 1]!) : null;
    if (d) return d;
  }
  return null;
}

/** The year a year-less date belongs to when read at `now`: this year, or last year if that would be in the future. */
function chinaYear(now: Date, md: { month: number; day: number }): number | null {
  const ms = now.getTime();
  if (!Number.isFinite(ms)) return null;
  const local = new Date(ms + 8 * 3_600_000);
  const y = local.getUTCFullYear();
  const m = local.getUTCMonth() + 1;
  const d = local.getUTCDate();
  return md.month > m || (md.month === m && md.day > d) ? y - 1 : y;
}
