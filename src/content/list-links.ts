/** Content glue for the popup's scan offer: the page's article links (core/scan/links), as data only. */
import type { ListLinks } from '../core/messages/protocol';
import { findArticleLinksSteps } from '../core/scan/links';
import { runInSlices } from '../core/schedule/steps';

/** At most this many links are offered for one scan. */
const MAX_LINKS = 300;

/** Found in slices with the page free in between: no long task on a page of thousands of links. */
export async function listLinks(doc: Document, url: string): Promise<ListLinks> {
  const pause = () => new Promise<void>((r) => setTimeout(r, 0));
  const links = (await runInSlices(findArticleLinksSteps(doc, url), pause)).articles
    .slice(0, MAX_LINKS)
    .map((a) => ({ url: a.url, text: a.text }));
  return { url, title: doc.title, links };
}
