/**
 * Injected SEO spam: hidden blocks carrying Chinese text (link farms hidden off-screen or with
 * display:none) and visible keyword stuffing (comma-run of short phrases repeating the same words).
 */
import type { HiddenText } from './blocks';
import { hanCount } from './text-stats';

/** Keyword stuffing: ≥ 3 short comma-separated phrases, no sentence stop, the same bigram ≥ 3 times. */
export function isKeywordStuffing(text: string): boolean {
  const t = text.replace(/\s+/g, '');
  if (t.length < 12 || t.length > 400 || /[。！？]/.test(t)) return false;
  const parts = t.split(/[,，、|｜_]/).filter(Boolean);
  if (parts.length < 3 || parts.some((p) => p.length > 20)) return false;
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

/** Hidden text worth reporting: real Chinese text, not an empty widget or a script-hidden menu label. */
export function hiddenSpam(hidden: HiddenText[]): HiddenText[] {
  return hidden.filter((h) => hanCount(h.text) >= 12 && (isKeywordStuffing(h.text) || h.element.querySelectorAll('a').length >= 3 || /[,，]/.test(h.text)));
}
