/** Test helpers: a page in happy-dom and an Article built the way article detection builds one. */
import { collectBlocks } from '../../../src/core/extract/blocks';
import { readHiddenRules } from '../../../src/core/extract/hidden';
import { stripRubyArtefacts } from '../../../src/core/extract/ruby';
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

export function articleOf(root: Element, meta: Partial<Article> = {}): Article {
  const { blocks } = collectBlocks(root, { rules: readHiddenRules(root.ownerDocument) });
  const text = blocks.map((b) => b.text).join('\n');
  const strip = stripRubyArtefacts(text);
  return {
    isArticle: true, title: null, publishedAt: null, source: null, author: null, editor: null, lang: 'zh-Hans',
    blocks: blocks.map((b) => ({ text: b.text, element: b.element, kind: b.heading ? 'heading' : b.caption ? 'caption' : 'paragraph' })),
    root, text, cleanText: strip.text, rubyArtefacts: strip.count, warnings: [],
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
