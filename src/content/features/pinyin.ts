/**
 * Pinyin for learners on the page, one module per capability (src/content/features/pinyin/):
 * the hover popup (hover.ts), ruby over the article (ruby.ts, `toggle-pinyin`; every word or
 * only words above the learner's level) and hiding inline pinyin artefacts (clean.ts). This file
 * wires them to the feature's commands and actions. The engine is loaded on first use only.
 *
 * Hover is on by default on Chinese pages (settings: the global default and a per-site switch); it
 * costs a pointer listener until the first hover over Chinese text loads the engine. On a page the
 * bootstrap found not Chinese (Dubao woken only by an explicit panel request) it stays off.
 */

const hoverWanted = (c: FeatureContext) => hoverOnPage(c.settings(), c.host, c.chinese);
import type { Feature, FeatureContext } from '../context';
import { hoverOnPage, withSiteHover } from '../../core/settings/schema';
import { createEngine } from './pinyin/engine';
import { createHover } from './pinyin/hover';
import { createRuby } from './pinyin/ruby';
import { createClean } from './pinyin/clean';
import { createUnknownMarks } from './pinyin/unknown';
import { onKnownChanged } from '../../platform/known-words';
import { createSpeech, type PageSpeech } from './pinyin/speech';

export function pinyinFeature(): Feature {
  let ctx: FeatureContext | null = null;
  const engine = createEngine();
  let speech: PageSpeech | null = null;
  const hover = createHover(engine, () => speech);
  const ruby = createRuby(engine);
  const clean = createClean();
  const marks = createUnknownMarks(engine);
  /**
   * Underline again (or not): after the article, known words or settings change, and after ruby or
   * cleaning rewrote the text nodes (the marks' ranges were in the old ones). None while ruby is on:
   * ruby at the level marks the same words.
   */
  let remark = (): void => undefined;
  /** The option is on, with a level set (the article's words above it that the reader does not know are underlined). */
  const marksWanted = (c: FeatureContext) => c.chinese && c.settings().underlineUnknown && c.settings().learnerLevel > 0;
  let rubyWanted = false;
  let cleanWanted = false;

  return {
    name: 'pinyin',
    init(c, signal) {
      ctx = c;
      speech = createSpeech(c);
      // Voices arrive late (Chromium): the panel's read-aloud controls appear when they do.
      const offVoices = speech.onVoices(() => c.changed());
      cleanWanted = c.settings().cleanArtefacts;
      if (hoverWanted(c)) hover.start(c);
      let offArticle: (() => void) | null = null;
      if (cleanWanted) {
        const go = () => clean.apply(c);
        if (c.article()) go();
        else offArticle = c.onArticle(go);
      }
      // Unknown words underlined: once the article is known, again when known words or settings change.
      remark = () => (marksWanted(c) && !ruby.on ? void marks.apply(c) : marks.remove());
      const offMarksArticle = c.onArticle(remark);
      if (c.article()) remark();
      const offKnown = onKnownChanged(() => {
        if (marks.on || marksWanted(c)) remark();
      });
      // Conversion rewrites text nodes: ruby, cleaning and the marks step aside and come back after it.
      c.on(
        'before-text-change',
        () => {
          ruby.remove();
          clean.remove();
          marks.remove();
        },
        { signal },
      );
      c.on(
        'after-text-change',
        async () => {
          if (cleanWanted) clean.apply(c);
          if (rubyWanted) await ruby.apply(c);
          remark();
        },
        { signal },
      );
      // The switch changed elsewhere (the options' default, the popup in another tab of this site).
      c.on(
        'settings-changed',
        () => {
          remark();
          const want = hoverWanted(c);
          if (want === hover.on) return;
          if (want) hover.start(c);
          else hover.stop();
          c.changed();
        },
        { signal },
      );
      signal.addEventListener('abort', () => {
        offMarksArticle();
        offKnown();
        remark = () => undefined;
        marks.remove();
        offVoices();
        speech = null;
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
      remark();
      ctx.changed();
    },
    async action(a) {
      const c = ctx;
      if (!c) return;
      switch (a.action) {
        case 'set-hover':
          // The popup's and the panel's switch: this site's, kept (the global default is the options').
          if (a.value) hover.start(c);
          else hover.stop();
          await c.updateSettings((s) => withSiteHover(s, c.host, a.value));
          c.changed();
          break;
        case 'set-ruby':
          rubyWanted = a.value;
          if (rubyWanted) await ruby.apply(c);
          else ruby.remove();
          remark();
          c.changed();
          break;
        case 'speak':
          speech?.speak(a.value);
          break;
        case 'set-clean':
          cleanWanted = a.value;
          ruby.remove();
          if (cleanWanted) clean.apply(c);
          else clean.remove();
          if (rubyWanted) await ruby.apply(c);
          remark();
          c.changed();
          break;
      }
    },
    status(s) {
      s.hover = hover.on;
      s.ruby = ruby.on;
      s.speech = !!speech?.voice();
    },
  };
}
