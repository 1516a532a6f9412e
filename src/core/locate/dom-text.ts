/**
 * The raw text of an element as its text nodes in document order, with a way back from a character
 * position to (text node, offset). Skips what no walker reads (core/dom/tags: scripts, styles, code,
 * form values, editable areas, ruby annotations such as the pinyin Dubao itself adds) and controls.
 */
import { BLOCK_TAGS, isSkippedForReading, tagOf } from '../dom/tags';

export { BLOCK_TAGS };

export interface DomText {
  /** The concatenated data of the text nodes. */
  text: string;
  nodes: Text[];
  /** starts[k] = position of nodes[k]'s first character in `text`. */
  starts: number[];
}

export interface DomPoint {
  node: Text;
  offset: number;
}

export function domText(root: Node, opts: { ownTextOnly?: boolean } = {}): DomText {
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  // Iterative (first child / next sibling / parent): a page nested thousands deep must not overflow the stack.
  const walk = (top: Node) => {
    let c: Node | null = top.firstChild;
    while (c) {
      let down: Node | null = null;
      if (c.nodeType === 3) {
        const data = (c as Text).data;
        if (data) {
          nodes.push(c as Text);
          starts.push(text.length);
          text += data;
        }
      } else if (c.nodeType === 1) {
        const el = c as Element;
        if (!isSkippedForReading(el) && !(opts.ownTextOnly && BLOCK_TAGS.has(tagOf(el)))) down = el.firstChild;
      }
      if (down) {
        c = down;
        continue;
      }
      while (c && c !== top && !c.nextSibling) c = c.parentNode;
      c = c && c !== top ? c.nextSibling : null;
    }
  };
  if (root.nodeType === 3) {
    nodes.push(root as Text);
    starts.push(0);
    text = (root as Text).data;
  } else walk(root);
  return { text, nodes, starts };
}

/** The text node holding character `pos` (pos = text.length gives the end of the last node). */
export function pointAt(dt: DomText, pos: number): DomPoint | null {
  if (dt.nodes.length === 0) return null;
  let lo = 0;
  let hi = dt.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (dt.starts[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  const node = dt.nodes[lo]!;
  return { node, offset: Math.max(0, Math.min(node.data.length, pos - dt.starts[lo]!)) };
}
