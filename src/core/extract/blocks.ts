/**
 * Flatten a document into text blocks in reading order: every run of inline content between
 * block boundaries (block elements, `<br>`) becomes one block, tied to its nearest block element.
 * Hidden subtrees are collected apart (for spam warnings), scripts/styles/forms skipped.
 */
import { BLOCK_TAGS, isSkippedForReading, tagOf } from '../dom/tags';
import { isHiddenStatic, type HiddenRules } from './hidden';
import { drain, STEP, type Steps } from '../schedule/steps';

export interface TextBlock {
  text: string;
  /** Nearest block-level element holding the text. */
  element: Element;
  /** Characters of the text inside links. */
  linkChars: number;
  /** 1–6 when inside a heading element, else 0. */
  heading: number;
  /** Inside a figcaption / caption-like element. */
  caption: boolean;
  /** Index in reading order. */
  index: number;
}

export interface HiddenText {
  element: Element;
  text: string;
}

export interface WalkOptions {
  rules: HiddenRules;
  isHidden?: (el: Element) => boolean;
}

export interface WalkResult {
  blocks: TextBlock[];
  hidden: HiddenText[];
}

/** Normalise whitespace: collapse runs, drop the full-width indent spaces Chinese pages use. */
export function normaliseSpace(s: string): string {
  return s.replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, ' ').trim();
}

/**
 * Walk `from` (an element, or the whole document: linkedom keeps stray top-level nodes such as a
 * `<script>` or `<text>` wrapper before `<html>` as siblings, and a browser would not lose them).
 * `owner` is the element credited with text that has no block ancestor.
 */
export function collectBlocks(from: Node, owner0: Element, opts: WalkOptions): WalkResult {
  return drain(collectBlocksSteps(from, owner0, opts));
}

/** The same walk, pausing every STEP elements (see schedule/steps.ts). */
export function* collectBlocksSteps(from: Node, owner0: Element, opts: WalkOptions): Steps<WalkResult> {
  const blocks: TextBlock[] = [];
  const hidden: HiddenText[] = [];
  let buf = '';
  let linkBuf = 0;
  let owner: Element = owner0;
  let heading = 0;
  let caption = false;

  const flush = () => {
    if (buf) {
      const raw = buf;
      const text = normaliseSpace(raw);
      if (text) {
        const linkChars = Math.min(linkBuf, text.length);
        blocks.push({ text, element: owner, linkChars, heading, caption, index: blocks.length });
      }
    }
    buf = '';
    linkBuf = 0;
  };

  const hiddenCheck = (el: Element): boolean => isHiddenStatic(el, opts.rules) || (opts.isHidden ? opts.isHidden(el) : false);

  // An explicit stack, not recursion: a page may nest elements thousands deep (it renders fine),
  // which would overflow the call stack. Each frame is an element whose children are being read.
  interface Frame {
    /** Children of a document, iterated by index: linkedom's sibling links at document level are unreliable. */
    kids: ArrayLike<ChildNode> | null;
    k: number;
    next: ChildNode | null;
    inLink: boolean;
    /** The block state to restore when a block element's frame ends; null for inline frames. */
    restore: { owner: Element; heading: number; caption: boolean } | null;
  }
  const frameOf = (node: Node, inLink: boolean, restore: Frame['restore']): Frame => {
    const kids = node.nodeType === 9 ? node.childNodes : null;
    return { kids, k: 0, next: kids ? (kids[0] ?? null) : node.firstChild, inLink, restore };
  };
  const stack: Frame[] = [frameOf(from, false, null)];
  let seen = 0;
  while (stack.length) {
    const f = stack[stack.length - 1]!;
    const child = f.next;
    if (!child) {
      stack.pop();
      if (f.restore) {
        flush();
        ({ owner, heading, caption } = f.restore);
      }
      continue;
    }
    f.next = f.kids ? (f.kids[++f.k] ?? null) : child.nextSibling;
    const type = child.nodeType;
    if (type === 3) {
      const t = child.nodeValue ?? '';
      if (t) {
        buf += t;
        if (f.inLink) linkBuf += t.replace(/\s+/g, '').length;
      }
      continue;
    }
    if (type !== 1) continue;
    if (++seen % STEP === 0) yield;
    const el = child as Element;
    if (isSkippedForReading(el)) continue;
    const tag = tagOf(el);
    if (tag === 'BR') {
      flush();
      continue;
    }
    if (hiddenCheck(el)) {
      const text = normaliseSpace(el.textContent);
      if (text) hidden.push({ element: el, text });
      continue;
    }
    if (tag === 'IMG') continue;
    if (BLOCK_TAGS.has(tag)) {
      flush();
      stack.push(frameOf(el, f.inLink, { owner, heading, caption }));
      owner = el;
      if (/^H[1-6]$/.test(tag)) heading = Number(tag[1]);
      if (tag === 'FIGCAPTION' || tag === 'CAPTION') caption = true;
    } else {
      stack.push(frameOf(el, f.inLink || tag === 'A', null));
    }
  }
  flush();
  return { blocks, hidden };
}
