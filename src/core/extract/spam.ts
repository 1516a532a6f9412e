/**
 * Injected SEO spam: content a hacked page carries that has nothing to do with the site —
 * gambling, adult, pharma and grey-market text, link farms to other domains, keyword stuffing.
 * Hidden navigation menus, templates, tag lists, login boxes and scripts are hidden too, but they
 * are the site's own: hidden is not enough, the text itself must look injected.
 */
import type { HiddenText } from './blocks';
import words from './data/spam-words.json';
import { hanCount } from './text-stats';

const SPAM_WORDS: string[] = Object.entries(words as Record<string, string | string[]>)
  .filter(([k]) => !k.startsWith('_'))
  .flatMap(([, v]) => (Array.isArray(v) ? v : []));

/** The distinct spam words in `text` (case-folded for the Latin ones, e.g. AV). */
export function spamWords(text: string): string[] {
  const t = text.toLowerCase();
  return SPAM_WORDS.filter((w) => t.includes(w.toLowerCase()));
}

/**
 * Keyword stuffing: ≥ 3 comma-separated phrases, no sentence stop, phrases of 6+ characters on
 * average (a tag list has short tags), and one bigram repeated in ≥ 3 of them.
 */
export function isKeywordStuffing(text: string): boolean {
  const t = text.replace(/\s+/g, '');
  if (t.length < 12 || t.length > 400 || /[。！？]/.test(t)) return false;
  const parts = t.split(/[,，、|｜_]/).filter(Boolean);
  if (parts.length < 3 || parts.some((p) => p.length > 20)) return false;
  if (parts.reduce((a, p) => a + p.length, 0) / parts.length < 6) return false;
  const counts = new Map<string, number>();
  for (const p of parts) {
    const seen = new Set<string>();
    for (let i = 0; i + 1 < p.length; i++) {
      const bg = p.slice(i, i + 2);
      if (!/^[\u4e00-\u9fff]{2}$/.test(bg) || seen.has(bg)) continue;
      seen.add(bg);
      counts.set(bg, (counts.get(bg) ?? 0) + 1);
    }
  }
  let max = 0;
  for (const c of counts.values()) max = Math.max(max, c);
  return max >= 3;
}

function hostOf(href: string | null): string | null {
  const m = href ? /^(?:https?:)?\/\/([^/?#:]+)/i.exec(href.trim()) : null;
  return m ? m[1]!.toLowerCase().replace(/^www\./, '') : null;
}

/** The page's own host, from its canonical link or og:url (null when it names none). */
function pageHost(doc: Document | null): string | null {
  if (!doc) return null;
  const link =
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ??
    null;
  return hostOf(link);
}

/** Links of the block to hosts other than the page's (all distinct hosts when the page names none). */
function foreignHosts(el: Element): number {
  const own = pageHost(el.ownerDocument);
  const hosts = new Set<string>();
  for (const a of Array.from(el.querySelectorAll('a[href]'))) {
    const h = hostOf(a.getAttribute('href'));
    if (h && h !== own) hosts.add(h);
  }
  return hosts.size;
}

/** The phrase before the first comma, when short: the keyword prefix of hidden SEO paragraphs. */
function leadPhrase(text: string): string | null {
  const m = /^([^，,。\s]{2,8})[，,]/.exec(text.trim());
  return m ? m[1]! : null;
}

/**
 * Hidden text worth reporting as injected: spam vocabulary (two different words, or one in a link
 * farm or in stuffing), keyword stuffing, or ≥ 3 hidden paragraphs sharing one keyword prefix.
 */
export function hiddenSpam(hidden: HiddenText[]): HiddenText[] {
  const prefixCount = new Map<string, number>();
  for (const h of hidden) {
    const p = leadPhrase(h.text);
    if (p) prefixCount.set(p, (prefixCount.get(p) ?? 0) + 1);
  }
  return hidden.filter((h) => {
    if (hanCount(h.text) < 8) return false;
    const stuffed = isKeywordStuffing(h.text);
    if (stuffed) return true;
    const found = spamWords(h.text).length;
    if (found >= 2) return true;
    if (found === 1 && foreignHosts(h.element) >= 3) return true;
    const p = leadPhrase(h.text);
    return p !== null && (prefixCount.get(p) ?? 0) >= 3;
  });
}
