/**
 * Is the page an article? Home, channel, list, search and forum pages have no long run of prose
 * in one container; their best region is short, link-heavy or made of many tiny teasers.
 */

export interface ArticleEvidence {
  /** Content characters of the selected body. */
  bodyChars: number;
  /** Body blocks that read as sentences. */
  proseBlocks: number;
  /** Sentence punctuation marks in the body. */
  punct: number;
  /** Headline found as a visible heading matching the page title. */
  headlineFound: boolean;
  /** A publication time was found. */
  timeFound: boolean;
  /** Link characters ÷ all characters inside the root. */
  rootLinkDensity: number;
  /** Share of all prose on the page that the body holds. */
  proseShare: number;
  /** The body lies in repeated same-shape records (posts, reviews, teasers: see records.ts). */
  records?: boolean;
  /** The body is spread over dated same-shape posts inside its container (answers: see records.ts). */
  nested?: boolean;
}

export function decideIsArticle(e: ArticleEvidence): boolean {
  if (e.bodyChars < 50 || e.punct < 2) return false;
  if (e.rootLinkDensity > 0.45) return false;
  // A forum thread, review list or teaser list: the text is many posts/items, not one story.
  if (e.records) return false;
  if (e.nested) return false;
  const strongBody = e.bodyChars >= 400 && e.proseBlocks >= 2;
  const metaBacked = e.headlineFound && (e.timeFound || e.bodyChars >= 200);
  if (!strongBody && !metaBacked) return false;
  // A page whose headline is not shown as a heading and that has no date is a forum/list page.
  if (!e.headlineFound && !e.timeFound) return false;
  // On list pages the "best" region holds a small share of the page's prose-like teasers.
  if (e.proseShare < 0.35 && !(e.headlineFound && e.timeFound)) return false;
  return true;
}
