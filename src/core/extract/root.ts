/**
 * Find the article container: every text block votes for all its ancestors — content-like blocks
 * (sentences, few links) with their length, furniture (link lists, short unpunctuated lines,
 * blocks under nav/related/comment hints) against. The element with the best total is the
 * smallest region holding much prose and little else (a maximum-subtree search).
 */
import type { TextBlock } from './blocks';
import { elementHint, isWidgetHint, type Hint } from './hints';
import { contentLength, punctuationCount } from './text-stats';
import { drain, STEP, type Steps } from '../schedule/steps';

export interface BlockStats {
  length: number;
  linkDensity: number;
  punct: number;
  /** Under an ancestor hinted as furniture (nav, share, related, comments...). */
  furniture: boolean;
  /** Looks like running prose. */
  prose: boolean;
}

/** A long, sentence-punctuated block with few links: text no widget holds. */
function isLongProse(b: TextBlock): boolean {
  const length = contentLength(b.text);
  return length >= 80 && b.linkChars < 0.2 * length && punctuationCount(b.text) >= 3;
}

/**
 * Elements whose class names a widget (share bar, toolbar: see isWidgetHint) but that hold long
 * prose: a template's misnamed wrapper around the body. Their word marks none of their blocks.
 */
export function proseWidgets(blocks: TextBlock[], stopAt: Element, hintCache: Map<Element, Hint>): Set<Element> {
  const found = new Set<Element>();
  for (const b of blocks) {
    if (!isLongProse(b)) continue;
    let depth = 0;
    for (let el: Element | null = b.element; el && el !== stopAt && depth < 12; el = el.parentElement, depth++) {
      const h = elementHint(el, hintCache);
      if (h === 2) break;
      if (h === -1 && isWidgetHint(el)) found.add(el);
    }
  }
  return found;
}

/** A teaser cut short: `…孩子...更多`, `…漸漸…` (an ellipsis, then at most a short "more" link). */
function isTeaser(b: TextBlock, length: number): boolean {
  if (length < 30) return false;
  const m = /(?:\.{3}|…)\s*([^\s.…。！？!?]{0,6})$/.exec(b.text);
  return !!m && (m[1]!.length === 0 || b.linkChars >= m[1]!.length);
}

export function blockStats(
  b: TextBlock,
  stopAt: Element,
  hintCache: Map<Element, Hint>,
  widgets: ReadonlySet<Element> = new Set(),
): BlockStats {
  const length = contentLength(b.text);
  const linkDensity = length ? Math.min(1, b.linkChars / length) : 0;
  const punct = punctuationCount(b.text);
  // Furniture when an ancestor says so, unless a strongly body-like element lies in between.
  let furniture = false;
  let depth = 0;
  for (let el: Element | null = b.element; el && el !== stopAt && depth < 12; el = el.parentElement, depth++) {
    const h = elementHint(el, hintCache);
    if (h === 2) break;
    if (h === -1 && !widgets.has(el)) {
      furniture = true;
      break;
    }
  }
  const prose = linkDensity < 0.5 && punct >= 1 && length >= 10 && !isTeaser(b, length);
  return { length, linkDensity, punct, furniture, prose };
}

export function blockWeight(s: BlockStats): number {
  let w: number;
  if (s.linkDensity > 0.5) w = -s.length;
  else if (s.prose) w = s.length * (1 - s.linkDensity) + 4 * Math.min(s.punct, 10);
  else w = -0.3 * Math.min(s.length, 40);
  if (s.furniture) w = w > 0 ? -0.5 * w : w * 1.5;
  return w;
}

export function findRoot(blocks: TextBlock[], stats: BlockStats[], top: Element): { root: Element; score: number } {
  return drain(findRootSteps(blocks, stats, top));
}

export function* findRootSteps(blocks: TextBlock[], stats: BlockStats[], top: Element): Steps<{ root: Element; score: number }> {
  const score = new Map<Element, number>();
  for (let i = 0; i < blocks.length; i++) {
    if (i % STEP === STEP - 1) yield;
    const w = blockWeight(stats[i]!);
    if (w === 0) continue;
    for (let el: Element | null = blocks[i]!.element; el; el = el.parentElement) {
      score.set(el, (score.get(el) ?? 0) + w);
      if (el === top) break;
    }
  }
  let best: Element = top;
  let bestScore = -Infinity;
  let bestDepth = -1;
  const depth = (el: Element) => {
    let d = 0;
    for (let p = el.parentElement; p; p = p.parentElement) d++;
    return d;
  };
  for (const [el, s] of score) {
    if (s > bestScore + 1e-9) {
      best = el;
      bestScore = s;
      bestDepth = -1;
    } else if (Math.abs(s - bestScore) <= 1e-9) {
      if (bestDepth < 0) bestDepth = depth(best);
      const d = depth(el);
      if (d > bestDepth) {
        best = el;
        bestDepth = d;
      }
    }
  }
  return { root: best, score: bestScore };
}
