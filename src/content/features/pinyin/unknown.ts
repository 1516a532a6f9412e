/**
 * Unknown words underlined (option "underline the words above my level that I do not know yet"):
 * the article's words above the learner's level and not in their known words — the words level
 * ruby annotates (core/levels aboveLevel) — marked with the CSS Custom Highlight API. Nothing in
 * the page's DOM changes (no restore needed, conversion and ruby are unaffected); the work runs
 * block by block with pauses (no long task). Where the browser has no highlight API it does nothing.
 */
import type { FeatureContext } from '../../context';
import { withHeadline, type PinyinEngine } from './engine';
import { textMapOf, rangeOf } from '../text-map';
import { loadKnown } from '../../../platform/known-words';

export const UNKNOWN_HIGHLIGHT = 'dubao-unknown';
const STYLE_ATTR = 'data-dubao-unknown';
const CSS_TEXT = `::highlight(${UNKNOWN_HIGHLIGHT}){text-decoration:underline dotted #d9480f;text-decoration-thickness:2px;text-underline-offset:3px}`;

export interface UnknownMarks {
  apply(c: FeatureContext): Promise<void>;
  remove(): void;
  readonly on: boolean;
}

interface HighlightApi {
  registry: { set(name: string, h: unknown): void; delete(name: string): void };
  make: (ranges: Range[]) => unknown;
}

function highlightApi(win: Window): HighlightApi | null {
  const w = win as unknown as { CSS?: { highlights?: HighlightApi['registry'] }; Highlight?: new (...r: Range[]) => unknown };
  const registry = w.CSS?.highlights;
  const H = w.Highlight;
  return registry && H ? { registry, make: (ranges) => new H(...ranges) } : null;
}

export function createUnknownMarks(engine: PinyinEngine): UnknownMarks {
  let done: (() => void) | null = null;
  let run = 0;
  const clear = () => {
    done?.();
    done = null;
  };
  return {
    get on() {
      return done !== null;
    },
    async apply(c) {
      const mine = ++run;
      const api = highlightApi(c.window);
      const s = c.settings();
      const a = c.article();
      if (!api || !s.underlineUnknown || s.learnerLevel <= 0 || !a?.isArticle) return;
      const [{ analyse, preparePinyin }, { loadLevels, aboveLevel }] = await Promise.all([engine.pinyin(), engine.levels()]);
      await preparePinyin(engine.pause);
      const [levels, known] = await Promise.all([loadLevels(), loadKnown()]);
      const knownSet = new Set(known);
      const ranges: Range[] = [];
      for (const el of withHeadline(
        c,
        a.blocks.map((b) => b.element),
      )) {
        if (mine !== run) return;
        const map = textMapOf(el);
        if (!map.text.trim()) continue;
        const { words } = aboveLevel(analyse(map.text), levels, { list: s.levelList, level: s.learnerLevel, known: knownSet });
        for (const w of words) {
          const r = rangeOf(map, w.start, w.end);
          if (r) ranges.push(r);
        }
        await engine.pause();
      }
      if (mine !== run) return;
      clear();
      const doc = c.document;
      const style = doc.createElement('style');
      style.setAttribute(STYLE_ATTR, '');
      style.textContent = CSS_TEXT;
      doc.documentElement.appendChild(style);
      api.registry.set(UNKNOWN_HIGHLIGHT, api.make(ranges));
      done = () => {
        api.registry.delete(UNKNOWN_HIGHLIGHT);
        style.remove();
      };
    },
    remove() {
      run++;
      clear();
    },
  };
}
