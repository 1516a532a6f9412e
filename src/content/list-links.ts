/** Content glue for the popup's scan offer: the page's article links (core/scan/links), as data only. */
import type { ListLinks } from '../core/messages/protocol';
import { findArticleLinks } from '../core/scan/links';

/** At most this many links are offered for one scan. */
const MAX_LINKS = 300;

export function listLinks(doc: Document, url: string): ListLinks {
  const links = findArticleLinks(doc, url).articles.slice(0, MAX_LINKS).map((a) => ({ url: a.url, text: a.text }));
  return { url, title: doc.title, links };
}
