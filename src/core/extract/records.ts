/**
 * Repeated records: forum threads, review lists, teaser lists and search results hold their text
 * in many sibling elements of one shape (same tag and class), each a post or item with its own
 * date; an article's text is paragraphs of one story. Looked for at the body's container and a
 * few levels above it (a thread's opening post is one record among its replies).
 */

const DATE_RE = /(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|\d{1,2}\s*[-/月]\s*\d{1,2}\s*日?\s+\d{1,2}:\d{2}/;
/** Elements that repeat inside any article: paragraphs, headings, line breaks, inline runs. */
const TEXT_TAGS = new Set([
  'P',
  'BR',
  'SPAN',
  'FONT',
  'B',
  'STRONG',
  'EM',
  'I',
  'A',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'SCRIPT',
  'STYLE',
  'LINK',
  'INPUT',
  'IMG',
]);
const LEVELS = 6;
const MAX_DATED_CHECKS = 20;

function shape(el: Element): string | null {
  const tag = el.tagName.toUpperCase();
  const cls = (el.getAttribute('class') ?? '').trim().split(/\s+/)[0];
  return cls && !TEXT_TAGS.has(tag) ? `${tag}.${cls}` : null;
}

/** Elements grouped by shape (those without one left out). */
function groupByShape(els: Iterable<Element>): Iterable<Element[]> {
  const groups = new Map<string, Element[]>();
  for (const el of els) {
    const s = shape(el);
    if (!s) continue;
    const g = groups.get(s);
    if (g) g.push(el);
    else groups.set(s, [el]);
  }
  return groups.values();
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
  let total = 0;
  // Body characters held by each element from the body's blocks up to the highest level looked at:
  // one walk per block, so each group below is summed without searching subtrees.
  let top: Element = root;
  for (let level = 1; top.parentElement && level < LEVELS; level++) top = top.parentElement;
  const held = new Map<Element, number>();
  for (const b of body) {
    total += b.length;
    for (let el: Element | null = b.element; el; el = el.parentElement) {
      held.set(el, (held.get(el) ?? 0) + b.length);
      if (el === top) break;
    }
  }
  if (!total) return false;
  let el: Element | null = root;
  for (let level = 0; el && level < LEVELS; level++, el = el.parentElement) {
    const kids: Element[] = [];
    for (let kid = el.firstElementChild; kid; kid = kid.nextElementSibling) kids.push(kid);
    for (const members of groupByShape(kids)) {
      if (members.length < 3) continue;
      let inside = 0;
      let holding = 0;
      for (const m of members) {
        const n = held.get(m) ?? 0;
        inside += n;
        if (n) holding++;
      }
      if (inside < 0.6 * total) continue;
      if (holding >= 5) return true;
      // Three dated members among the first few (each a post or an item, so its text is small).
      let dated = 0;
      for (const m of members.slice(0, MAX_DATED_CHECKS)) if (hasDateStamp(m) && ++dated >= 3) return true;
    }
  }
  return false;
}

/** A post's own stamp: a short element whose text is a date (not a date inside a sentence). */
function hasDateStamp(el: Element): boolean {
  let seen = 0;
  for (const d of Array.from(el.querySelectorAll('*'))) {
    if (++seen > 400) return false;
    const t = d.textContent.trim();
    if (t.length <= 30 && DATE_RE.test(t)) return true;
  }
  return false;
}

/**
 * Records inside the body's container: a Q&A page's answers (the best one set apart, the others
 * in a list) all hold their text in elements of one shape, each with its own date line. True when
 * at least three same-shape elements inside the container hold body text, together at least 60%
 * of it, and two of them carry a short date line of their own.
 */
export function hasNestedRecords(root: Element, body: BodyPart[]): boolean {
  let total = 0;
  const held = new Map<Element, number>();
  for (const b of body) {
    total += b.length;
    for (let el: Element | null = b.element; el && el !== root; el = el.parentElement) held.set(el, (held.get(el) ?? 0) + b.length);
  }
  if (!total) return false;
  for (const members of groupByShape(held.keys())) {
    if (members.length < 3) continue;
    const outer = members.filter((m) => !members.some((o) => o !== m && o.contains(m)));
    if (outer.length < 3) continue;
    let inside = 0;
    for (const m of outer) inside += held.get(m) ?? 0;
    if (inside < 0.6 * total) continue;
    let dated = 0;
    for (const m of outer.slice(0, MAX_DATED_CHECKS)) if (hasDateStamp(m) && ++dated >= 2) return true;
  }
  return false;
}
