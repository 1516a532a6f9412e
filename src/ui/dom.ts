/**
 * `document.body` and `document.head` as they are at run time: lib.dom types them as always there,
 * but a document without them (an XML or SVG page, a document still being parsed) gives null.
 */
export function bodyOf(doc: Document): HTMLElement | null {
  return doc.body;
}

export function headOf(doc: Document): HTMLHeadElement | null {
  return doc.head;
}
