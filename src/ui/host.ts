/**
 * The page UI host: `<div id="dubao-root">` with an open shadow root (open so tests and assistive
 * tech can reach it). A style reset keeps page CSS out and our CSS in. Created lazily, once.
 */
export const HOST_ID = 'dubao-root';

const RESET = `
:host { all: initial !important; position: static !important; display: contents !important; }
* { box-sizing: border-box; }
`;

export function getUiRoot(doc: Document): ShadowRoot {
  let host = doc.getElementById(HOST_ID);
  if (host?.shadowRoot) return host.shadowRoot;
  host?.remove(); // a page element squatting on our id, or a host whose shadow root is gone
  host = doc.createElement('div');
  host.id = HOST_ID;
  // Outside <body>, so article detection, conversion and page scripts that walk the body skip it.
  doc.documentElement.appendChild(host);
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = RESET;
  root.appendChild(style);
  return root;
}

export function isOwnUi(el: Element): boolean {
  return el.id === HOST_ID || el.closest(`#${HOST_ID}`) !== null;
}

export function removeUiRoot(doc: Document): void {
  doc.getElementById(HOST_ID)?.remove();
}
