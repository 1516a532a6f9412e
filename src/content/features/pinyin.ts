/**
 * Pinyin for learners on the page, one module per capability (src/content/features/pinyin/):
 * the hover popup (hover.ts), ruby over the article (ruby.ts, `toggle-pinyin`; every word or
 * only words above the learner's level) and hiding inline pinyin artefacts (clean.ts). This file
 * wires them to the feature's commands and actions. The engine is loaded on first use only.
 */
import type { Feature, FeatureContext } from '../context';
import { createEngine } from './pinyin/engine';
import { createHover } from './pinyin/hover';
import { createRuby } from './pinyin/ruby';
import { createClean } from './pinyin/clean';

export function pinyinFeature(): Feature {
  let ctx: FeatureContext | null = null;
  const engine = createEngine();
  const hover = createHover(engine);
  const ruby = createRuby(engine);
  const clean = createClean();
  let rubyWanted = false;
  let cleanWanted = false;

  return {
    name: 'pinyin',
    init(c, signal) {
      ctx = c;
      cleanWanted = c.settings().cleanArtefacts;
      if (c.settings().hoverPinyin) hover.start(c);
      let offArticle: (() => void) | null = null;
      if (cleanWanted) {
        const go = () => clean.apply(c);
        if (c.article()) go();
        else offArticle = c.onArticle(go);
      }
      // Conversion rewrites text nodes: ruby and cleaning step aside and come back after it.
      c.on(
        'before-text-change',
        () => {
          ruby.remove();
          clean.remove();
        },
        { signal },
      );
      c.on(
        'after-text-change',
        async () => {
          if (cleanWanted) clean.apply(c);
          if (rubyWanted) await ruby.apply(c);
        },
        { signal },
      );
      signal.addEventListener('abort', () => {
        offArticle?.();
        hover.destroy();
        ruby.remove();
        clean.remove();
        ctx = null;
      });
    },
    async command(name) {
      if (name !== 'toggle-pinyin' || !ctx) return;
      rubyWanted = !rubyWanted;
      if (rubyWanted) await ruby.apply(ctx);
      else ruby.remove();
      ctx.changed();
    },
    async action(a) {
      const c = ctx;
      if (!c) return;
      switch (a.action) {
        case 'set-hover':
          if (a.value) hover.start(c);
          else hover.stop();
          c.changed();
          break;
        case 'set-ruby':
          rubyWanted = a.value;
          if (rubyWanted) await ruby.apply(c);
          else ruby.remove();
          c.changed();
          break;
        case 'set-clean':
          cleanWanted = a.value;
          ruby.remove();
          if (cleanWanted) clean.apply(c);
          else clean.remove();
          if (rubyWanted) await ruby.apply(c);
          c.changed();
          break;
      }
    },
    status(s) {
      s.hover = hover.on;
      s.ruby = ruby.on;
    },
  };
}
