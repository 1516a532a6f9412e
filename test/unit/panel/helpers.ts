/** Test helpers: a page in happy-dom and an Article built the way article detection builds one. */
import { stripRubyArtefacts } from '../../../src/core/extract/index';
import { BLOCK_TAGS } from '../../../src/core/locate/index';
import type { Article } from '../../../src/ui/panel/types';

/** Replace the test document's body (fixture markup written by the test itself). */
export function page(html: string): Element {
  document.head.replaceChildren();
  document.body.replaceChildren();
  const tpl = document.createElement('template');
  tpl.innerHTML = html; // test fixture markup, not page text
  document.body.appendChild(tpl.content);
  return document.body;
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
const normalise = (s: string) => s.replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, ' ').trim();

/**
 * Blocks the way article detection makes them (its documented contract): each run of inline text
 * between block elements and <br> is one block tied to its nearest block element, whitespace
 * normalised; hidden (display:none) subtrees left out.
 */
export function blocksOf(root: Element): Array<{ text: string; element: Element; heading: boolean }> {
  const out: Array<{ text: string; element: Element; heading: boolean }> = [];
  let buf = '';
  let owner = root;
  const flush = () => {
    const text = normalise(buf);
    if (text) out.push({ text, element: owner, heading: /^H[1-6]$/.test(owner.tagName) });
    buf = '';
  };
  const walk = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) buf += (c as Text).data;
      if (c.nodeType !== 1) continue;
      const el = c as HTMLElement | (Element & { style?: undefined }); // no style: an element in an unknown namespace
      const tag = el.tagName.toUpperCase();
      if (SKIP.has(tag) || el.style?.display === 'none') continue;
      if (tag === 'BR') flush();
      else if (BLOCK_TAGS.has(tag)) {
        flush();
        const prev = owner;
        owner = el;
        walk(el);
        flush();
        owner = prev;
      } else walk(el);
    }
  };
  walk(root);
  flush();
  return out;
}

export function articleOf(root: Element, meta: Partial<Article> = {}): Article {
  const blocks = blocksOf(root);
  const text = blocks.map((b) => b.text).join('\n');
  const cleanText = blocks.map((b) => stripRubyArtefacts(b.text).text).join('\n');
  return {
    isArticle: true,
    title: null,
    publishedAt: null,
    source: null,
    author: null,
    editor: null,
    lang: 'zh-Hans',
    blocks: blocks.map((b) => ({ text: b.text, element: b.element, kind: b.heading ? 'heading' : 'paragraph' })),
    root,
    text,
    cleanText,
    rubyArtefacts: stripRubyArtefacts(text).count,
    warnings: [],
    ...meta,
  };
}

/** Span of the n-th occurrence of `s` in `text`. */
export function spanOf(text: string, s: string, nth = 0): { start: number; end: number; text: string } {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(s, at + 1);
    if (at < 0) throw new Error(`not found: ${s}`);
  }
  return { start: at, end: at + s.length, text: s };
}
