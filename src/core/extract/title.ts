/**
 * Headline: the visible heading that best matches the page's `<title>` / og:title (which carry a
 * site suffix), preferring `h1`; else the title with its site suffix stripped.
 */
import type { TextBlock } from './blocks';

const STRIP_RE = /[\s\u3000·•「」『』“”"'‘’《》〈〉【】\[\]()（）,，:：!！?？、。.;；|｜_\-—–~]+/g;

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

/** Split `<title>` at site separators and keep the most headline-like segment. */
export function stripSiteSuffix(title: string): string {
  const parts = title.split(/\s*(?:_|\||｜| - | — |—|--|-{1}(?=[^\d\s]{2,12}$))\s*/).map((s) => s.trim()).filter(Boolean);
  if (parts.length <= 1) return title.trim();
  // The headline is normally the first and the longest segment.
  let best = parts[0]!;
  for (const p of parts) if (p.length > best.length * 1.5) best = p;
  return best;
}

export interface TitleResult {
  title: string | null;
  /** Reading-order index of the headline block, -1 when taken from metadata. */
  index: number;
}

export function findTitle(doc: Document, blocks: TextBlock[], bodyStart: number): TitleResult {
  const docTitle = (doc.querySelector('title')?.textContent ?? '').trim();
  const og = metaContent(doc, ['og:title', 'twitter:title', 'title', 'ArticleTitle', 'headline']);
  const refs = [docTitle, og ?? ''].map(titleKey).filter((k) => k.length >= 2);

  let best: { b: TextBlock; score: number } | null = null;
  const limit = Math.min(blocks.length, bodyStart >= 0 ? bodyStart + 5 : blocks.length);
  for (let i = 0; i < limit; i++) {
    const b = blocks[i]!;
    if (b.text.length > 120 || b.text.length < 3) continue;
    const key = titleKey(b.text);
    if (key.length < 3) continue;
    let match = 0;
    for (const r of refs) {
      if (r.startsWith(key)) match = Math.max(match, key.length / Math.max(key.length, stripLen(r)));
      else if (r.includes(key) && key.length >= 6) match = Math.max(match, 0.8 * key.length / r.length);
      else if (key.startsWith(r) || key.includes(r)) match = Math.max(match, 0.9);
    }
    const headingBonus = b.heading === 1 ? 0.3 : b.heading ? 0.15 : /title|headline|biaoti|tit/i.test(b.element.getAttribute('class') ?? '') ? 0.15 : 0;
    if (!match && !(b.heading === 1)) continue;
    // Closeness to the body start favours the article's own heading over a site logo heading.
    const near = bodyStart >= 0 && i <= bodyStart && bodyStart - i < 40 ? 0.1 : 0;
    const score = match + headingBonus + near + (match ? 0.5 : 0);
    if (!best || score > best.score) best = { b, score };
  }
  if (best && best.score >= 0.9) return { title: best.b.text, index: best.b.index };
  const fallback = og ? stripSiteSuffix(og) : docTitle ? stripSiteSuffix(docTitle) : '';
  if (best && best.b.heading === 1 && !fallback) return { title: best.b.text, index: best.b.index };
  return { title: fallback || null, index: -1 };
}

function stripLen(r: string): number {
  return r.length;
}
