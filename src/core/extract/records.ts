/**
 * Repeated records: forum threads, review lists, teaser lists and search results hold their text
 * in many sibling elements of one shape (same tag and class), each a post or item with its own
 * date; an article's text is paragraphs of one story. Looked for at the body's container and a
 * few levels above it (a thread's opening post is one record among its replies).
 */

const DATE_RE = /(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|\d{1,2}\s*[-/月]\s*\d{1,2}\s*日?\s+\d{1,2}:\d{2}/;
/** Elements that repeat inside any article: paragraphs, headings, line breaks, inline runs. */
const TEXT_TAGS = new Set(['P', 'BR', 'SPAN', 'FONT', 'B', 'STRONG', 'EM', 'I', 'A', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SCRIPT', 'STYLE', 'LINK', 'INPUT', 'IMG']);
const LEVELS = 6;

function shape(el: Element): string | null {
  const tag = el.tagName.toUpperCase();
  const cls = (el.getAttribute('class') ?? '').trim().split(/\s+/)[0];
  return cls && !TEXT_TAGS.has(tag) ? `${tag}.${cls}` : null;
}

export interface BodyPart {
  element: Element;
  length: number;
}

/**
 * True when, at the body's container or up to six levels above, a group of same-shape siblings
 * holds at least 60% of the body and either three of them carry their own date or five of them
 * hold body text (the body spread over many items).
 */
export function hasRepeatedRecords(root: Element, body: BodyPart[]): boolean {
  const total = body.reduce((n, b) => n + b.length, 0);
  if (!total) return false;
  let el: Element | null = root;
  for (let level = 0; el && level < LEVELS; level++, el = el.parentElement) {
    const groups = new Map<string, Element[]>();
    for (const kid of Array.from(el.children)) {
      const s = shape(kid);
      if (s) groups.set(s, [...(groups.get(s) ?? []), kid]);
    }
    for (const members of groups.values()) {
      if (members.length < 3) continue;
      let inside = 0;
      let holding = 0;
      for (const m of members) {
        let n = 0;
        for (const b of body) if (m.contains(b.element)) n += b.length;
        inside += n;
        if (n) holding++;
      }
      if (inside < 0.6 * total) continue;
      if (holding >= 5) return true;
      let dated = 0;
      for (const m of members) if (DATE_RE.test(m.textContent ?? '') && ++dated >= 3) return true;
    }
  }
  return false;
}
