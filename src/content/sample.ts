/** A small sample of a page's visible-ish text, without layout and without walking the whole DOM. */
import { isSkippedForReading } from '../core/dom/tags';
import { bodyOf } from '../ui/dom';

export function textSample(doc: Document, maxChars = 2000, maxNodes = 4000): string {
  const body = bodyOf(doc);
  if (!body) return '';
  const parts: string[] = [doc.title];
  let len = doc.title.length;
  const walker = doc.createTreeWalker(body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      n.nodeType === Node.ELEMENT_NODE && isSkippedForReading(n as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  let visited = 0;
  for (let n = walker.nextNode(); n && len < maxChars && visited < maxNodes; n = walker.nextNode(), visited++) {
    if (n.nodeType === Node.TEXT_NODE) {
      const t = n.nodeValue!.trim();
      if (t) {
        parts.push(t);
        len += t.length;
      }
    }
  }
  return parts.join(' ').slice(0, maxChars);
}
