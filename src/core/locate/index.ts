/**
 * Map a span of an article's text back to a DOM Range inside its block elements, so the panel can
 * scroll to and highlight a figure, a sentence or a mention.
 *
 * The article's `text` is its blocks' texts joined with '\n'; each block is a run of inline text
 * of its element (several blocks can share one element when split by <br>), whitespace normalised.
 * Spans from the summary engine are offsets into `cleanText` (inline pinyin artefacts like `機(jī)`
 * removed), which the page's DOM still shows unless cleaning is on. Both steps are aligned
 * character by character (see align.ts), and the DOM is read afresh on every call, so conversion
 * or ruby added since detection is fine.
 */
import { alignOffsets } from './align';
import { domText, pointAt, type DomText } from './dom-text';

export { alignOffsets, artefactAt } from './align';
export { domText, pointAt, BLOCK_TAGS, type DomText, type DomPoint } from './dom-text';

export interface LocatableBlock {
  text: string;
  element: Element;
}

export interface LocatableArticle {
  blocks: readonly LocatableBlock[];
  text: string;
  cleanText?: string;
}

export interface Locator {
  /** Range of [start, end) in the offset space chosen at creation; null when it cannot be placed. */
  rangeOf(start: number, end: number): Range | null;
  /** Offset in `article.text` for an offset in the locator's space. */
  toTextOffset(offset: number): number;
}

export interface LocatorOptions {
  /** Which text the offsets refer to: 'clean' (default when cleanText differs) or 'text'. */
  offsets?: 'clean' | 'text';
}

/** Where each block starts in `text` (blocks joined by '\n'; searched for when the join differs). */
export function blockStarts(blocks: readonly LocatableBlock[], text: string): number[] {
  const starts: number[] = [];
  let pos = 0;
  for (const b of blocks) {
    let at = text.startsWith(b.text, pos) ? pos : text.indexOf(b.text, pos);
    if (at < 0) at = pos;
    starts.push(at);
    pos = at + b.text.length;
    if (text.charCodeAt(pos) === 10) pos++;
  }
  return starts;
}

/** Blocks sharing an element are aligned together against the element's own text. */
interface Group {
  element: Element;
  /** The group's block texts joined with '\n'. */
  text: string;
}

export function createLocator(article: LocatableArticle, opts: LocatorOptions = {}): Locator {
  const clean = article.cleanText;
  const differs = clean !== undefined && clean !== article.text;
  const useClean = (opts.offsets ?? (differs ? 'clean' : 'text')) === 'clean';
  const cleanMap = useClean && differs ? alignOffsets(article.text, clean) : null;
  const starts = blockStarts(article.blocks, article.text);

  const groups: Group[] = [];
  const groupOf: number[] = [];
  const offsetInGroup: number[] = [];
  const byElement = new Map<Element, number>();
  article.blocks.forEach((b, k) => {
    let g = byElement.get(b.element);
    if (g === undefined) {
      g = groups.length;
      byElement.set(b.element, g);
      groups.push({ element: b.element, text: '' });
    }
    const grp = groups[g]!;
    if (grp.text) grp.text += '\n';
    groupOf[k] = g;
    offsetInGroup[k] = grp.text.length;
    grp.text += b.text;
  });

  const toText = (o: number): number => {
    if (!cleanMap) return o;
    return cleanMap[Math.max(0, Math.min(cleanMap.length - 1, o))]!;
  };

  /** Block index holding text offset `o` (the last block starting at or before it). */
  const blockAt = (o: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };

  /** DOM position (in its group's DomText) of character `inBlock` of block k. */
  const place = (k: number, inBlock: number, cache: Map<number, { dt: DomText; map: Int32Array }>) => {
    const g = groupOf[k]!;
    let got = cache.get(g);
    if (!got) {
      const dt = domText(groups[g]!.element, { ownTextOnly: true });
      got = { dt, map: alignOffsets(dt.text, groups[g]!.text) };
      cache.set(g, got);
    }
    const clamped = Math.max(0, Math.min(article.blocks[k]!.text.length - 1, inBlock));
    return { dt: got.dt, pos: got.map[offsetInGroup[k]! + clamped]! };
  };

  return {
    toTextOffset: toText,
    rangeOf(start, end) {
      if (!article.blocks.length || !(end > start)) return null;
      // Text offsets of the first and last character of the span (the last character, not the
      // end: anything cleaning removed after it, like `(jī)`, stays outside the range).
      const first = toText(start);
      const last = Math.max(first, toText(end - 1));
      const kFirst = blockAt(first);
      const kLast = blockAt(last);
      const cache = new Map<number, { dt: DomText; map: Int32Array }>(); // the DOM may change between calls
      const a = place(kFirst, first - starts[kFirst]!, cache);
      const b = place(kLast, last - starts[kLast]!, cache);
      const p = pointAt(a.dt, a.pos);
      const q = pointAt(b.dt, Math.min(b.pos, Math.max(0, b.dt.text.length - 1)));
      if (!p || !q) return null;
      const range = article.blocks[kFirst]!.element.ownerDocument.createRange();
      try {
        range.setStart(p.node, p.offset);
        range.setEnd(q.node, Math.min(q.node.data.length, q.offset + 1));
        if (range.collapsed) return null;
      } catch {
        return null;
      }
      return range;
    },
  };
}
