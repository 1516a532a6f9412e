/**
 * Simplified⇄Traditional on the page: the `cycle-script` command, the popup/panel script buttons
 * (`set-script`), and per-site "always show as" rules. The engine (src/core/convert) does the
 * block conversion, exact restore and later content; this module only decides what and when.
 */
import { scriptCycleFor, nextInCycle, siteSettings, type Variant } from '../../core/settings/schema';
import type { Feature, FeatureContext } from '../context';
import { bodyOf } from '../../ui/dom';

type ConvertModule = typeof import('../../core/convert/index');

export function convertFeature(): Feature {
  let ctx: FeatureContext | null = null;
  let current: Variant | null = null;
  let handle: { restore(): void; restoreInSlices(): Promise<void> } | null = null;
  let engine: Promise<ConvertModule> | null = null;
  const load = () => (engine ??= import('../../core/convert/index'));

  async function setTarget(target: Variant | null): Promise<void> {
    if (!ctx) return;
    const c = ctx;
    if (handle) {
      await c.emit('before-text-change');
      const h = handle;
      handle = null;
      await h.restoreInSlices();
    }
    // (Also when nothing was converted: a page already in the target variant.)
    current = null;
    if (target) {
      const article = c.article();
      const { convertPage, detectVariant } = await load();
      const sample = article?.text || bodyOf(c.document)?.textContent.slice(0, 5000) || '';
      const from = detectVariant(sample);
      const scope = c.settings().convertScope === 'article' && article?.root ? [article.root] : null;
      if (from !== target) {
        await c.emit('before-text-change');
        const conv = await convertPage(c.document, {
          from,
          to: target,
          scope,
          exclude: c.isOwnUi,
          observe: true,
          // One slice per task with the browser free to render in between (back-to-back idle
          // callbacks can pile several slices into one frame on a huge page).
          scheduler: (task) => void c.window.setTimeout(task, 0),
        });
        handle = conv;
        await conv.ready;
      }
      current = target;
    }
    await c.emit('after-text-change');
    c.changed();
  }

  function pageIsTraditional(c: FeatureContext): boolean {
    return c.article()?.lang === 'zh-Hant';
  }

  return {
    name: 'convert',
    init(c, signal) {
      ctx = c;
      const rule = siteSettings(c.settings(), c.host).script;
      if (rule) {
        const apply = () => void setTarget(rule);
        if (c.article()) apply();
        else {
          const off = c.onArticle(() => {
            off();
            apply();
          });
        }
      }
      signal.addEventListener('abort', () => {
        handle?.restore();
        handle = null;
        current = null;
        ctx = null;
      });
    },
    async command(name) {
      if (name !== 'cycle-script' || !ctx) return;
      const cycle = scriptCycleFor(ctx.settings(), pageIsTraditional(ctx));
      await setTarget(nextInCycle(cycle, current));
    },
    async action(a) {
      if (a.action === 'set-script' && a.value !== current) await setTarget(a.value);
    },
    status(s) {
      s.script = current;
    },
  };
}
