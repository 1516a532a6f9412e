/**
 * The whole panel in one document: the page side (dock.ts) and the panel (app.ts) joined by an
 * in-memory channel, the panel view rendered in Dubao's shadow root. This is how unit tests
 * (happy-dom) and the benchmark run the panel; the extension instead mounts app.ts in the panel
 * page (an iframe of the extension's origin) and joins the two over a runtime port
 * (src/content/features/panel.ts, src/panel/main.ts). Same code, same messages on both paths.
 */
import type { WordEntry } from '../../core/report/index';
import { createPanelApp, type DifficultyEngine, type SummaryEngine } from './app';
import { memoryChannel } from './channel';
import { createPanelDock, type PanelContext, type PanelDock } from './dock';

export { cardLabels, type SummaryEngine } from './app';
export type { PanelContext } from './dock';

export interface PanelDeps {
  t: (key: string, ...subs: string[]) => string;
  /** Loads the summary engine (lazily: it carries data). */
  loadSummary: () => Promise<SummaryEngine>;
  loadWords: () => Promise<WordEntry[]>;
  /** Loads the difficulty engine (optional). */
  loadDifficulty?: () => Promise<DifficultyEngine>;
  /** Use the CSS Custom Highlight API when available (default true). */
  highlightApi?: boolean;
  /** Act on trusted events only (default true). */
  trustedOnly?: boolean;
}

export type PanelController = PanelDock;

export function createPanelController(ctx: PanelContext, deps: PanelDeps): PanelController {
  return createPanelDock(
    ctx,
    (c) => {
      const { page, panel } = memoryChannel();
      const app = createPanelApp(c.uiRoot(), panel, {
        t: deps.t,
        loadSummary: deps.loadSummary,
        loadWords: deps.loadWords,
        ...(deps.loadDifficulty ? { loadDifficulty: deps.loadDifficulty } : {}),
        trustedOnly: deps.trustedOnly,
      });
      return {
        frame: null,
        port: page,
        settled: () => app.settled(),
        destroy: () => app.dispose(),
      };
    },
    { highlightApi: deps.highlightApi },
  );
}
