/**
 * Show a located span in the page: scroll its sentence into view and highlight it. Uses the CSS
 * Custom Highlight API when the browser has it (no DOM change at all); otherwise wraps the text in
 * temporary `<mark data-dubao-mark>` elements, removed cleanly (split text nodes are merged back
 * into the original node, so other features holding text-node references are unaffected).
 */

import { headOf } from '../dom';

const FOCUS = 'dubao-focus';
const CONTEXT = 'dubao-context';
const STYLE_ATTR = 'data-dubao-highlight-style';

const HIGHLIGHT_CSS = `
::highlight(${FOCUS}) { background-color: #ffd54f; color: #000; }
::highlight(${CONTEXT}) { background-color: rgba(255, 213, 79, .28); }
mark[data-dubao-mark] { background-color: #ffd54f !important; color: #000 !important; padding: 0 !important; }
@media (prefers-color-scheme: dark) { ::highlight(${CONTEXT}) { background-color: rgba(255, 213, 79, .22); } }
`;

export interface Highlighter {
  /** Highlight `focus` (and faintly `context`, e.g. its sentence) and scroll it into view. */
  show(focus: Range, context?: Range | null): void;
  clear(): void;
  /** Remove everything, including the style element. */
  dispose(): void;
  /** Which mechanism is in use (for tests and diagnostics). */
  readonly mode: 'highlight-api' | 'mark';
}

interface HighlightRegistry {
  set(name: string, h: unknown): void;
  delete(name: string): boolean;
}
type HighlightCtor = new (...ranges: Range[]) => unknown;

function highlightApi(win: Window): { registry: HighlightRegistry; Highlight: HighlightCtor } | null {
  const w = win as unknown as { CSS?: { highlights?: HighlightRegistry }; Highlight?: HighlightCtor };
  return w.CSS?.highlights && typeof w.Highlight === 'function' ? { registry: w.CSS.highlights, Highlight: w.Highlight } : null;
}

export function createHighlighter(doc: Document, win: Window, opts: { api?: boolean } = {}): Highlighter {
  const api = opts.api === false ? null : highlightApi(win);
  let style: HTMLStyleElement | null = null;
  let marks: Array<{ mark: HTMLElement; pieces: Text[] }> = [];

  const ensureStyle = () => {
    if (style?.isConnected) return;
    style = doc.createElement('style');
    style.setAttribute(STYLE_ATTR, '');
    style.textContent = HIGHLIGHT_CSS;
    (headOf(doc) ?? doc.documentElement).appendChild(style);
  };

  const clear = () => {
    if (api) {
      api.registry.delete(FOCUS);
      api.registry.delete(CONTEXT);
    }
    for (const { mark, pieces } of marks.reverse()) unwrap(mark, pieces);
    marks = [];
  };

  return {
    mode: api ? 'highlight-api' : 'mark',
    show(focus, context) {
      clear();
      ensureStyle();
      if (api) {
        api.registry.set(FOCUS, new api.Highlight(focus));
        if (context) api.registry.set(CONTEXT, new api.Highlight(context));
        scrollTo(context ?? focus, win);
      } else {
        scrollTo(context ?? focus, win);
        marks = wrapRange(doc, focus);
      }
    },
    clear,
    dispose() {
      clear();
      style?.remove();
      style = null;
    },
  };
}

function scrollTo(range: Range, win: Window): void {
  const node = range.startContainer;
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!el) return;
  const reduce = win.matchMedia('(prefers-reduced-motion: reduce)').matches;
  try {
    el.scrollIntoView({ block: 'center', inline: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
  } catch {
    el.scrollIntoView();
  }
}

/** Text nodes the range covers, with the covered part of each. */
function textSegments(range: Range): Array<{ node: Text; start: number; end: number }> {
  const out: Array<{ node: Text; start: number; end: number }> = [];
  const root = range.commonAncestorContainer;
  const doc = root.ownerDocument ?? (root as Document);
  const push = (t: Text) => {
    const start = t === range.startContainer ? range.startOffset : 0;
    const end = t === range.endContainer ? range.endOffset : t.data.length;
    if (end > start) out.push({ node: t, start, end });
  };
  if (root.nodeType === 3) {
    push(root as Text);
    return out;
  }
  const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (range.intersectsNode(n)) push(n as Text);
  }
  return out;
}

function wrapRange(doc: Document, range: Range): Array<{ mark: HTMLElement; pieces: Text[] }> {
  const out: Array<{ mark: HTMLElement; pieces: Text[] }> = [];
  for (const { node, start, end } of textSegments(range)) {
    const pieces: Text[] = [node];
    let mid = node;
    if (start > 0) {
      mid = node.splitText(start);
      pieces.push(mid);
    }
    if (end - start < mid.data.length) pieces.push(mid.splitText(end - start));
    const mark = doc.createElement('mark');
    mark.setAttribute('data-dubao-mark', '');
    mid.parentNode!.insertBefore(mark, mid);
    mark.appendChild(mid);
    out.push({ mark, pieces });
  }
  return out;
}

function unwrap(mark: HTMLElement, pieces: Text[]): void {
  const parent = mark.parentNode;
  if (parent) {
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    mark.remove();
  }
  // Merge the pieces back into the original node (the first piece) when they are still adjacent.
  const [first, ...rest] = pieces;
  if (!first) return;
  let text = first.data;
  let ok = true;
  let prev: Node = first;
  for (const p of rest) {
    if (p.previousSibling !== prev) ok = false;
    prev = p;
  }
  if (!ok) return;
  for (const p of rest) {
    text += p.data;
    p.remove();
  }
  first.data = text;
}
