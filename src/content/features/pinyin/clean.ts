/** "Clean": hide inline pinyin artefacts like 機(jī) in the article's text, with exact restore. */
import type { FeatureContext } from '../../context';
import { stripRubyArtefacts } from '../../../core/extract/index';
import { scopeElements } from './engine';

export interface CleanCapability {
  apply(c: FeatureContext): void;
  remove(): void;
}

export function createClean(): CleanCapability {
  let cleaned: Array<{ node: Text; original: string; cleaned: string }> = [];
  return {
    apply(c) {
      if (cleaned.length) return;
      // (extract is already loaded by the controller)
      for (const el of scopeElements(c)) {
        const walker = c.document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
          const { text, count } = stripRubyArtefacts(n.data);
          if (count > 0) {
            cleaned.push({ node: n, original: n.data, cleaned: text });
            n.data = text;
          }
        }
      }
    },
    remove() {
      // Restore in reverse, and never over a node the page has changed since.
      for (const e of cleaned.reverse()) if (e.node.data === e.cleaned) e.node.data = e.original;
      cleaned = [];
    },
  };
}
