/**
 * The raw text of an element as its text nodes in document order, with a way back from a character
 * position to (text node, offset). Skips what never shows as running text: scripts, styles,
 * templates and ruby annotations (<rt>/<rp>, e.g. pinyin Dubao itself added above characters).
 */

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'RT', 'RP', 'TEXTAREA', 'SELECT', 'BUTTON', 'SVG', 'IFRAME']);

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

/**
 * Block-level tags: text inside them belongs to their own block (article detection splits blocks
 * at these elements and at <br>), so `domText(el, { ownTextOnly: true })` leaves them out.
 */
export const BLOCK_TAGS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'ASIDE', 'NAV', 'HEADER', 'FOOTER', 'H1', 'H2', 'H3', 'H4',
  'H5', 'H6', 'UL', 'OL', 'LI', 'DL', 'DT', 'DD', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'TD', 'TH',
  'BLOCKQUOTE', 'PRE', 'FIGURE', 'FIGCAPTION', 'CENTER', 'FORM', 'FIELDSET', 'ADDRESS', 'HR', 'BODY',
  'HTML', 'CAPTION', 'DETAILS', 'SUMMARY', 'DIALOG', 'MENU', 'LEGEND', 'TITLE',
]);

export function domText(root: Node, opts: { ownTextOnly?: boolean } = {}): DomText {
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  const walk = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        const data = (c as Text).data;
        if (!data) continue;
        nodes.push(c as Text);
        starts.push(text.length);
        text += data;
      } else if (c.nodeType === 1) {
        const tag = (c as Element).tagName.toUpperCase();
        if (!SKIP.has(tag) && !(opts.ownTextOnly && BLOCK_TAGS.has(tag))) walk(c);
      }
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
