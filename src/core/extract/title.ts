/**
 * Headline: the visible heading that agrees with the page's references (`<title>`, og:title,
 * twitter:title, JSON-LD `headline`), preferring `h1`. References are first cleared of the site's
 * own name (og:site_name, application-name, JSON-LD publisher, outlet-like title segments), so a
 * "site / section" label never matches; where a heading runs on past the reference (a date or a
 * bracketed section label glued on) the agreeing part is kept. Without an agreeing heading: the
 * reference with its site suffix stripped, unless it shares nothing with the story's lede while
 * the short line right above the story does (a site-wide `<title>` on a page whose headline is
 * only in the text).
 */
import type { TextBlock } from './blocks';
import { isMetaLine } from './byline';
import { isFurnitureLine } from './boilerplate';
import { isOutletName, jsonLdPublisherName, SITE_SEP_RE } from './site-name';
import { isDateLine, parseTextDate } from './time';

const STRIP_RE = /[\s\u3000·•「」『』“”"'‘’《》〈〉【】[\]()（）,，:：!！?？、。.;；|｜_\-—–~]+/g;

export function titleKey(s: string): string {
  return s.replace(STRIP_RE, '').toLowerCase();
}

function metaContent(doc: Document, keys: string[]): string | null {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return null;
}

/** JSON-LD `headline` (NewsArticle and kin). */
export function jsonLdString(doc: Document, field: string): string | null {
  const re = new RegExp(`"${field}"\\s*:\\s*"((?:[^"\\\\]|\\\\.)+)"`);
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const m = re.exec(s.textContent);
    if (!m) continue;
    try {
      const v = (JSON.parse(`"${m[1]}"`) as string).trim();
      if (v) return v;
    } catch {
      /* malformed escape: skip */
    }
  }
  return null;
}

/** Split `<title>` at site separators and keep the most headline-like segment. */
export function stripSiteSuffix(title: string): string {
  const parts = title
    .split(SITE_SEP_RE)
    .map((s) => s.trim())
    .filter(Boolean);
  if (parts.length <= 1) return parts[0] ?? title.trim();
  // The headline is normally the first and the longest segment.
  let best = parts[0]!;
  for (const p of parts) if (p.length > best.length * 1.5) best = p;
  return best;
}

/**
 * Names the page gives itself: og:site_name, application-name, JSON-LD publisher, and the
 * outlet-like segments of `<title>` / og:title other than the first (`… - 星島日報網頁`,
 * `-铜雀历史网`: a title that is only the site's name after an empty headline).
 */
export function siteNameKeys(doc: Document, refs: string[]): string[] {
  const names = [metaContent(doc, ['og:site_name']), metaContent(doc, ['application-name']), jsonLdPublisherName(doc)];
  for (const r of refs) {
    const parts = r.split(SITE_SEP_RE).map((p) => p.trim());
    for (let i = 1; i < parts.length; i++) if (parts[i] && (isOutletName(parts[i]!) || !parts[0])) names.push(parts[i]!);
  }
  return [
    ...new Set(
      names
        .filter((n): n is string => !!n)
        .map(titleKey)
        .filter((k) => k.length >= 2),
    ),
  ];
}

/** A reference with its site-name segments removed ('' when it is only the site's name). */
function headlinePart(ref: string, siteKeys: string[]): string {
  const parts = ref
    .split(SITE_SEP_RE)
    .map((p) => p.trim())
    .filter(Boolean);
  const kept = parts.filter((p) => {
    const k = titleKey(p);
    return k.length >= 2 && !siteKeys.some((s) => k === s || (s.includes(k) && k.length >= 3));
  });
  return kept.length === parts.length ? ref.trim() : kept.join(' - ');
}

export interface TitleResult {
  title: string | null;
  /** Reading-order index of the headline block, -1 when taken from metadata. */
  index: number;
}

/** Share of `text`'s Han characters that occur in `lede`: a headline is written from its story. */
export function ledeAgreement(text: string, lede: string): number {
  const have = new Map<string, number>();
  for (const ch of lede) have.set(ch, (have.get(ch) ?? 0) + 1);
  let han = 0;
  let hit = 0;
  for (const ch of text) {
    if (!/[\u3400-\u9fff\uf900-\ufaff]/.test(ch)) continue;
    han++;
    const n = have.get(ch) ?? 0;
    if (n > 0) {
      hit++;
      have.set(ch, n - 1);
    }
  }
  return han ? hit / han : 0;
}

/**
 * The part of `text` that agrees with a reference, when the rest is only a date or a short
 * bracketed label glued on (`…出頭天2014/12/1 18:13`, `…跌11% (港聞)`). Else `text` unchanged.
 */
function agreeingPart(text: string, refKeys: string[]): string {
  const key = titleKey(text);
  for (const r of refKeys) {
    if (r.length < 4 || r.length >= key.length || !key.startsWith(r)) continue;
    // Position in `text` where the reference's characters end.
    let n = 0;
    let end = 0;
    for (const ch of text) {
      end += ch.length;
      if (titleKey(ch)) n++;
      if (n === r.length) break;
    }
    const tail = text.slice(end).trim();
    const label = /^[(（【[〔][^()（）【】[\]〔〕\d]{1,8}[)）】\]〕]$/.test(tail);
    const date = !!parseTextDate(tail) && tail.replace(/[\d\s:：\-/.年月日时時分()（）]/g, '').length === 0;
    if (label || date) return text.slice(0, end).trim();
  }
  return text;
}

/** A heading with the date glued on (`標題 2014-12-08 06:49`, `標題2014/12/1 18:13`): the heading alone. */
function withoutTrailingDate(text: string): string {
  const m =
    /\s*(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*(?:[(（]?\d{1,2}\s*[:：]\s*\d{2}(?:\s*[:：]\s*\d{2})?[)）]?)?\s*$/.exec(
      text,
    );
  return m && m.index >= 4 ? text.slice(0, m.index) : text;
}

export function findTitle(doc: Document, blocks: TextBlock[], bodyStart: number): TitleResult {
  const docTitle = (doc.querySelector('title')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const og = metaContent(doc, ['og:title', 'twitter:title', 'title', 'ArticleTitle', 'headline']);
  const ld = jsonLdString(doc, 'headline');
  const rawRefs = [ld ?? '', og ?? '', docTitle].filter(Boolean);
  const siteKeys = siteNameKeys(doc, rawRefs);
  const refTexts = rawRefs.map((r) => headlinePart(r, siteKeys)).filter((r) => titleKey(r).length >= 2);
  const refs = refTexts.map(titleKey);
  const lede =
    bodyStart >= 0
      ? blocks
          .slice(bodyStart, bodyStart + 3)
          .map((b) => b.text)
          .join('')
          .slice(0, 400)
      : '';

  let best: { b: TextBlock; score: number } | null = null;
  const limit = Math.min(blocks.length, bodyStart >= 0 ? bodyStart + 5 : blocks.length);
  for (let i = 0; i < limit; i++) {
    const b = blocks[i]!;
    if (b.text.length > 120 || b.text.length < 3) continue;
    const key = titleKey(withoutTrailingDate(b.text));
    if (key.length < 3) continue;
    // The site's own name, or `site / section`: never the headline.
    if (siteKeys.some((s) => key.startsWith(s) && key.length - s.length <= 8)) continue;
    let match = 0;
    for (const r of refs) {
      if (r.startsWith(key)) match = Math.max(match, key.length / Math.max(key.length, r.length));
      else if (r.includes(key) && key.length >= 6) match = Math.max(match, (0.8 * key.length) / r.length);
      else if (key.startsWith(r) || key.includes(r)) match = Math.max(match, 0.9);
    }
    const headingBonus =
      b.heading === 1 ? 0.3 : b.heading ? 0.15 : /title|headline|biaoti|tit/i.test(b.element.getAttribute('class') ?? '') ? 0.15 : 0;
    if (!match && !(b.heading === 1)) continue;
    // Closeness to the body start favours the article's own heading over a site logo heading;
    // a headline is not a link (a list of other stories is).
    const near = bodyStart >= 0 && i <= bodyStart && bodyStart - i < 40 ? 0.1 : 0;
    const linked = b.linkChars > key.length / 2 ? 0.3 : 0;
    const score = match + headingBonus + near + (match ? 0.5 : 0) - linked;
    if (!best || score > best.score) best = { b, score };
  }
  if (best && best.score >= 0.9) return { title: agreeingPart(withoutTrailingDate(best.b.text), refs), index: best.b.index };
  const fallback = refTexts.length ? stripSiteSuffix(refTexts[0]!) : '';
  if (best && best.b.heading === 1 && !fallback) return { title: best.b.text, index: best.b.index };
  // A reference that shares little with the story (a site-wide `<title>`), beside a short line
  // right above the story that is written from it: the line is the headline.
  const above = lede ? lineAboveStory(blocks, bodyStart, lede) : null;
  if (above && (!fallback || ledeAgreement(fallback, lede) < 0.3)) return { title: above.text, index: above.index };
  return { title: fallback || null, index: -1 };
}

/** The nearest short, unlinked, non-metadata line within a few blocks above the story that agrees with its lede. */
function lineAboveStory(blocks: TextBlock[], bodyStart: number, lede: string): TextBlock | null {
  for (let i = bodyStart - 1; i >= 0 && i >= bodyStart - 6; i--) {
    const b = blocks[i]!;
    const t = b.text;
    if (t.length < 4 || t.length > 80 || b.linkChars > 0) continue;
    if (/[。；]/.test(t) || isDateLine(t) || isMetaLine(t) || isFurnitureLine(t)) continue;
    if (ledeAgreement(t, lede) >= 0.5) return b;
  }
  return null;
}
