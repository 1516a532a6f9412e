/** The pinyin engine and the learner data, loaded on first use only (shared by hover and ruby). */
import type { FeatureContext } from '../../context';
import { bodyOf } from '../../../ui/dom';

type PinyinModule = typeof import('../../../core/pinyin/index');
type LevelsModule = typeof import('../../../core/levels/index');

export interface PinyinEngine {
  pinyin(): Promise<PinyinModule>;
  levels(): Promise<LevelsModule>;
  /** Yield to the page between steps of work. */
  pause: () => Promise<void>;
}

export function createEngine(): PinyinEngine {
  let pinyin: Promise<PinyinModule> | null = null;
  let levels: Promise<LevelsModule> | null = null;
  return {
    pinyin: () => (pinyin ??= import('../../../core/pinyin/index')),
    levels: () => (levels ??= import('../../../core/levels/index')),
    pause: () => new Promise<void>((r) => setTimeout(r, 0)),
  };
}

/** The detected article's blocks with the page's headline (<h1>) first when the blocks leave it out. */
export function withHeadline(c: FeatureContext, blocks: Element[]): Element[] {
  const h1 = c.document.querySelector('h1');
  return h1 && !c.isOwnUi(h1) && !blocks.some((b) => b === h1 || b.contains(h1) || h1.contains(b)) ? [h1, ...blocks] : blocks;
}

/** The elements pinyin works on: the detected article's blocks and headline, else the page body. */
export function scopeElements(c: FeatureContext): Element[] {
  const a = c.article();
  if (a?.isArticle && a.blocks.length)
    return withHeadline(
      c,
      a.blocks.map((b) => b.element),
    );
  const body = bodyOf(c.document);
  return body ? [body] : [];
}
