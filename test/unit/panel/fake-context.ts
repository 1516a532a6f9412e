/** A FeatureContext-like harness for the panel controller in happy-dom. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseSettings, type Settings } from '../../../src/core/settings/schema';
import type { WordEntry } from '../../../src/core/report/index';
import { getUiRoot, removeUiRoot } from '../../../src/ui/host';
import { createPanelController, type PanelContext, type SummaryEngine } from '../../../src/ui/panel/controller';
import type { Article, Summary } from '../../../src/ui/panel/types';
import type { DifficultyEngine } from '../../../src/ui/panel/app';

const messages = JSON.parse(readFileSync(path.resolve(__dirname, '../../../public/_locales/en/messages.json'), 'utf8')) as Record<
  string,
  { message: string }
>;

/** English strings from the extension's own locale file, with $1… substitution (like browser.i18n). */
export function t(key: string, ...subs: string[]): string {
  const m = messages[key]?.message;
  if (m === undefined) throw new Error(`missing message key ${key}`);
  return m.replace(/\$(\d)/g, (_, d: string) => subs[Number(d) - 1] ?? '');
}

export interface Harness {
  ctx: PanelContext;
  actions: Array<[string, string | boolean | null]>;
  settings(): Settings;
  root(): ShadowRoot;
  panel: ReturnType<typeof createPanelController>;
  loads: { summary: number };
}

export function harness(
  article: Article | null,
  summary: Summary | ((text: string) => Summary),
  opts: { words?: WordEntry[]; highlightApi?: boolean; settings?: unknown; speech?: boolean; difficulty?: DifficultyEngine } = {},
): Harness {
  removeUiRoot(document);
  let settings = parseSettings(opts.settings ?? {});
  const actions: Array<[string, string | boolean | null]> = [];
  const status = { script: null as string | null, hover: false, ruby: false, speech: opts.speech ?? false };
  const ctx: PanelContext = {
    document,
    window: window,
    host: 'news.example.cn',
    settings: () => settings,
    async updateSettings(fn) {
      settings = fn(settings);
    },
    article: () => article,
    uiRoot: () => getUiRoot(document),
    async action(m) {
      actions.push([m.action, m.value]);
      if (m.action === 'set-script') status.script = m.value;
      if (m.action === 'set-hover') status.hover = m.value;
    },
    status: () => ({ ...status }),
  };
  const loads = { summary: 0 };
  const engine: SummaryEngine = { summarize: (text) => (typeof summary === 'function' ? summary(text) : summary) };
  const panel = createPanelController(ctx, {
    t,
    loadSummary: async () => {
      loads.summary++;
      return engine;
    },
    loadWords: async () => opts.words ?? [],
    ...(opts.difficulty ? { loadDifficulty: async () => opts.difficulty! } : {}),
    highlightApi: opts.highlightApi ?? false,
    trustedOnly: false, // the tests drive the view with .click() and dispatchEvent
  });
  return { ctx, actions, settings: () => settings, root: () => getUiRoot(document), panel, loads };
}

export function q<T extends Element = HTMLElement>(root: ParentNode, sel: string): T {
  const el = root.querySelector<T>(sel);
  if (!el) throw new Error(`no ${sel}`);
  return el;
}
