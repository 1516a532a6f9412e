/**
 * The page UI host: `<div id="dubao-root">` with a CLOSED shadow root. Only the content script
 * holds the reference to the root (a page script walking the DOM and every open shadow root finds
 * an empty element). A page cannot pre-create the host to capture Dubao's UI: Dubao always uses a
 * host element it created itself, and removes any other element carrying the id first. A style
 * reset keeps page CSS out and our CSS in. Created lazily, once per document (again if the page
 * removed it).
 */
export const HOST_ID = 'dubao-root';

const RESET = `
:host { all: initial !important; position: static !important; display: contents !important; }
* { box-sizing: border-box; }
`;

interface Own {
  host: HTMLElement;
  root: ShadowRoot;
}
/** Per document, the host Dubao made (never looked up by id: the id is the page's to fake). */
const owned = new WeakMap<Document, Own>();

export function getUiRoot(doc: Document): ShadowRoot {
  const mine = owned.get(doc);
  if (mine?.host.isConnected && mine.host.parentNode === doc.documentElement) {
    // A page element squatting on our id after we rendered: it goes; ours stays.
    for (const el of doc.querySelectorAll(`[id="${HOST_ID}"]`)) if (el !== mine.host) el.removeAttribute('id');
    return mine.root;
  }
  mine?.host.remove();
  // A page element squatting on our id (maybe with its own shadow root and styles): never render
  // into it; take the id away so `#dubao-root` names Dubao's host only.
  for (const el of doc.querySelectorAll(`[id="${HOST_ID}"]`)) el.removeAttribute('id');
  const host = doc.createElement('div');
  host.id = HOST_ID;
  // Outside <body>, so article detection, conversion and page scripts that walk the body skip it.
  doc.documentElement.appendChild(host);
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = RESET;
  root.appendChild(style);
  owned.set(doc, { host, root });
  return root;
}

/** True for Dubao's own host element and anything inside its shadow root. */
export function isOwnUi(el: Element): boolean {
  const mine = owned.get(el.ownerDocument);
  if (!mine) return false;
  return el === mine.host || el.getRootNode() === mine.root;
}

export function removeUiRoot(doc: Document): void {
  owned.get(doc)?.host.remove();
  owned.delete(doc);
}

/** The text Dubao's page UI shows now (visible elements of the closed root; not the panel frame). */
export function uiText(doc: Document): string {
  const mine = owned.get(doc);
  if (!mine?.host.isConnected) return '';
  let out = '';
  for (const el of mine.root.children) {
    if (el.tagName === 'STYLE' || el.tagName === 'IFRAME' || (el as HTMLElement).hidden) continue;
    out += el.textContent;
  }
  return out;
}
