/**
 * Splits a DOM subtree into conversion blocks: runs of text nodes joined only by inline element
 * boundaries (`他的<a>头</a>发` is one block), so a phrase across inline tags converts as one
 * string. Block-level elements, <br>, images and skipped elements end a block. Uses only standard
 * DOM (works on happy-dom, linkedom and real pages).
 */

import { FORM_VALUE_TAGS, INLINE_TAGS, isSkipped, tagOf } from '../dom/tags';

export const TEXT_ATTRS = ['title', 'alt', 'placeholder', 'aria-label'] as const;

/** Elements that do not break a phrase. Unknown/custom elements are treated as breaks. */
export function isInlineElement(el: Element): boolean {
  return INLINE_TAGS.has(tagOf(el));
}

/** Content never converted (core/dom/tags): code, scripts, editable areas, form values, ruby annotations. */
export const isSkippedElement = isSkipped;

/** Skipped for their content, but their title/placeholder/aria-label are converted. */
export function isFormControl(el: Element): boolean {
  return FORM_VALUE_TAGS.has(tagOf(el));
}

export interface WalkHooks {
  /** Elements never touched at all (Dubao's UI). */
  exclude: (el: Element) => boolean;
  /** Called for each element whose attributes may be converted. */
  onElement: (el: Element) => void;
  /** An open shadow root or same-origin iframe document found during the walk. */
  onSubRoot: (root: Node) => void;
}

const FLUSH = null;

/**
 * Blocks (arrays of text nodes in document order) of the subtree at `root`. Yields an empty array
 * now and then as a pause point, so callers can stop a long walk within their time budget.
 */
export function* walkBlocks(root: Node, hooks: WalkHooks): Generator<Text[]> {
  let run: Text[] = [];
  const stack: Array<Node | null> = [root];
  let visited = 0;
  while (stack.length) {
    const node = stack.pop() as Node | null; // not undefined: the stack is not empty
    if (node === FLUSH) {
      if (run.length) {
        yield run;
        run = [];
      }
      continue;
    }
    if (++visited % 256 === 0) yield [];
    if (node.nodeType === 3) {
      if ((node as Text).data) run.push(node as Text);
      continue;
    }
    if (node.nodeType === 1) {
      const el = node as Element;
      if (hooks.exclude(el)) {
        stack.push(FLUSH);
        continue;
      }
      if (isSkippedElement(el)) {
        if (isFormControl(el)) hooks.onElement(el);
        else if (el.localName === 'iframe') subDocument(el, hooks);
        stack.push(FLUSH);
        continue;
      }
      hooks.onElement(el);
      const shadow = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
      if (shadow) hooks.onSubRoot(shadow);
      if (!isInlineElement(el)) {
        if (run.length) {
          yield run;
          run = [];
        }
        stack.push(FLUSH);
      }
    } else if (node.nodeType !== 9 && node.nodeType !== 11) {
      continue; // comments, processing instructions
    }
    // Children snapshot in reverse (no NodeList built: cheaper on DOMs that build it per call).
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  if (run.length) yield run;
}

function subDocument(frame: Element, hooks: WalkHooks): void {
  let doc: Document | null = null;
  try {
    doc = (frame as HTMLIFrameElement).contentDocument;
  } catch {
    doc = null; // cross-origin
  }
  // documentElement is typed non-null, but a document can lack one.
  if (doc && (doc.documentElement as Element | null)) hooks.onSubRoot(doc);
}

/** The element (or shadow root/document) whose blocks must be redone when `node` changes. */
export function blockContainer(node: Node): Node | null {
  let n: Node | null = node.nodeType === 1 && !isInlineElement(node as Element) ? node : node.parentNode;
  while (n && n.nodeType === 1 && isInlineElement(n as Element)) n = n.parentNode;
  return n;
}
