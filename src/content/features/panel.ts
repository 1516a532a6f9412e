/**
 * The summary panel feature: opens/closes the panel on `toggle-panel` (shortcut, toolbar, menu)
 * and the `open-panel` action; opens it by itself on article pages of sites with `autoPanel`.
 * The panel's behaviour lives in src/ui/panel/controller.ts; this module wires it to the
 * extension: localised strings, the lazily loaded summary engine, the word list in storage.local.
 */
import { siteSettings } from '../../core/settings/schema';
import { t } from '../../platform/i18n';
import { createPanelController, type PanelController } from '../../ui/panel/controller';
import { loadWordList } from '../../ui/panel/wordlist-store';
import type { Feature, FeatureContext } from '../context';

export function createPanelFeature(): Feature {
  let panel: PanelController | null = null;
  let ctx: FeatureContext | null = null;

  const maybeAutoOpen = (c: FeatureContext) => {
    if (!panel || panel.isOpen()) return;
    if (c.article()?.isArticle && siteSettings(c.settings(), c.host).autoPanel) void panel.open({ focus: false });
  };

  return {
    name: 'panel',
    init(c, signal) {
      ctx = c;
      panel = createPanelController(c, {
        t,
        loadSummary: () => import('../../core/summary/index'),
        loadWords: loadWordList,
      });
      const off = c.onArticle(() => {
        panel?.articleChanged();
        maybeAutoOpen(c);
      });
      maybeAutoOpen(c);
      signal.addEventListener('abort', () => {
        off();
        panel?.dispose();
        panel = null;
        ctx = null;
      });
    },
    async command(name) {
      if (name === 'toggle-panel' && panel) {
        await panel.toggle();
        ctx?.changed();
      }
    },
    async action(action, value) {
      if (!panel) return;
      switch (action) {
        case 'open-panel':
          await panel.open();
          ctx?.changed();
          break;
        case 'status-changed':
          panel.refresh();
          break;
        case 'before-text-change':
          panel.clearHighlight();
          break;
        case 'set-clean':
          if (typeof value === 'boolean') panel.setClean(value);
          break;
      }
    },
    status(s) {
      s.panel = panel?.isOpen() ?? false;
    },
  };
}

/** The panel feature for the page's controller (one content script = one page). */
export const panelFeature: Feature = createPanelFeature();
