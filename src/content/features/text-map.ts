/**
 * Text of a block element as one string, with a map back to its text nodes, so engines that work on
 * strings (word lookup) can point at DOM ranges: the locate engine's DOM text (one walker, one set of
 * skipped tags: core/dom/tags) with the lookups the hover needs.
 */
import { domText, pointAt, type DomText } from '../../core/locate/dom-text';

export type TextMap = DomText;

export function textMapOf(el: Element): TextMap {
  return domText(el);
}

/** Offset in map.text of (node, offset), or -1 when node is not in the map. */
export function offsetOf(map: TextMap, node: Node, offset: number): number {
  const i = map.nodes.indexOf(node as Text);
  return i < 0 ? -1 : map.starts[i]! + offset;
}

/** A DOM Range for [start, end) of map.text. */
export function rangeOf(map: TextMap, start: number, end: number): Range | null {
  const a = pointAt(map, start);
  const b = pointAt(map, end);
  if (!a || !b) return null;
  const r = a.node.ownerDocument.createRange();
  r.setStart(a.node, a.offset);
  r.setEnd(b.node, b.offset);
  return r;
}
