/**
 * Text of a block element as one string, with a map back to its text nodes, so engines that work on
 * strings (word lookup, locating a span) can point at DOM ranges. Skips <rt> (ruby annotations)
 * and non-content elements.
 */
const SKIP = new Set(['RT', 'RP', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);

export interface TextMap {
  text: string;
  nodes: Text[];
  /** starts[i] = offset of nodes[i] in text. */
  starts: number[];
}

export function textMapOf(el: Element): TextMap {
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(el, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => {
      for (let p = n.parentElement; p && p !== el; p = p.parentElement)
        if (SKIP.has(p.tagName.toUpperCase())) return NodeFilter.FILTER_REJECT;
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    nodes.push(n);
    starts.push(text.length);
    text += n.data;
  }
  return { text, nodes, starts };
}

/** Offset in map.text of (node, offset), or -1 when node is not in the map. */
export function offsetOf(map: TextMap, node: Node, offset: number): number {
  const i = map.nodes.indexOf(node as Text);
  return i < 0 ? -1 : map.starts[i]! + offset;
}

function locate(map: TextMap, pos: number, preferEnd: boolean): [Text, number] | null {
  for (let i = 0; i < map.nodes.length; i++) {
    const start = map.starts[i]!;
    const end = start + map.nodes[i]!.data.length;
    if (pos < end || (preferEnd && pos === end) || i === map.nodes.length - 1) {
      return [map.nodes[i]!, Math.min(Math.max(pos - start, 0), map.nodes[i]!.data.length)];
    }
  }
  return null;
}

/** A DOM Range for [start, end) of map.text. */
export function rangeOf(map: TextMap, start: number, end: number): Range | null {
  const a = locate(map, start, false);
  const b = locate(map, end, true);
  if (!a || !b) return null;
  const r = a[0].ownerDocument.createRange();
  r.setStart(a[0], a[1]);
  r.setEnd(b[0], b[1]);
  return r;
}
