/**
 * The panel's behaviour on a page: open/close/toggle, page space, lazy summary, jump-and-highlight,
 * copy and export, per-site width/collapsed state. Written against a small slice of the content
 * script's FeatureContext plus injected dependencies (strings, the summary engine loader, the word
 * list), so it runs the same in unit tests (happy-dom) and in the browser.
 */
import { siteSettings, withSite, type Settings } from '../../core/settings/schema';
import { createLocator, type Locator } from '../../core/locate/index';
import {
  ankiTsv, buildReport, citationCard, fileStem, figuresCsv, reportJson, type CardLabels, type Report, type WordEntry,
} from '../../core/report/index';
import { createHighlighter, type Highlighter } from './highlight';
import type { ExportKind, PanelData, PanelHost, ShowTarget } from './model';
import { reservePageSpace, type PageSpace } from './page-layout';
import { createPanel, type PanelView } from './panel';
import { copyText, downloadText } from './out';
import type { Article, Summary, SummarizeOptions } from './types';

export interface PanelContext {
  readonly document: Document;
  readonly window: Window;
  readonly host: string;
  settings(): Settings;
  updateSettings(fn: (s: Settings) => Settings): Promise<void>;
  article(): Article | null;
  uiRoot(): ShadowRoot;
  action(action: string, value: string | boolean | null): Promise<void>;
  status(): { script: string | null; hover: boolean; ruby: boolean };
}

export interface SummaryEngine {
  summarize(text: string, opts?: SummarizeOptions): Summary;
}

export interface PanelDeps {
  t(key: string, ...subs: string[]): string;
  /** Loads the summary engine (lazily: it carries data). */
  loadSummary(): Promise<SummaryEngine>;
  loadWords(): Promise<WordEntry[]>;
  /** Use the CSS Custom Highlight API when available (default true). */
  highlightApi?: boolean;
}

export interface PanelController {
  isOpen(): boolean;
  open(opts?: { focus?: boolean }): Promise<void>;
  close(): void;
  toggle(): Promise<void>;
  /** Re-read status (script/hover/ruby) into the controls. */
  refresh(): void;
  /** The article was (re)detected. */
  articleChanged(): void;
  setClean(clean: boolean): void;
  /** Page text is about to change: drop highlights that wrap page text. */
  clearHighlight(): void;
  /** Resolves when the current summary (if any) has been rendered (for tests and benchmarks). */
  settled(): Promise<void>;
  dispose(): void;
}

export function cardLabels(t: PanelDeps['t']): CardLabels {
  return {
    outlet: t('panelCardOutlet'), source: t('panelSource'), reporter: t('panelReporter'), editor: t('panelEditor'),
    date: t('panelTime'), url: t('panelCardUrl'), figures: t('panelFigures'), entities: t('panelEntities'),
    people: t('panelPeople'), places: t('panelPlaces'), organizations: t('panelOrgs'), documents: t('panelDocs'),
    keySentences: t('panelKeySentences'), untitled: t('panelUntitled'),
  };
}

function outletOf(doc: Document): string | null {
  const m = doc.querySelector('meta[property="og:site_name"], meta[name="application-name"], meta[name="og:site_name"]');
  const v = m?.getAttribute('content')?.trim();
  return v ? v.slice(0, 100) : null;
}

export function createPanelController(ctx: PanelContext, deps: PanelDeps): PanelController {
  const { document: doc, window: win } = ctx;
  const t = deps.t;
  let view: PanelView | null = null;
  let space: PageSpace | null = null;
  let highlighter: Highlighter | null = null;
  let returnFocus: HTMLElement | null = null;
  let article: Article | null = null;
  let summary: Summary | null = null;
  let summaryOf: Article | null = null;
  let error: string | null = null;
  let locator: Locator | null = null;
  let words: WordEntry[] = [];
  let clean = ctx.settings().cleanArtefacts;
  let pending: Promise<void> = Promise.resolve();

  const data = (): PanelData => {
    const st = ctx.status();
    return {
      article: article?.isArticle ? article : null,
      summary: summaryOf === article ? summary : null,
      error,
      controls: { script: st.script, hover: st.hover, ruby: st.ruby },
      page: { site: ctx.host || null, url: win.location?.href ?? null },
      clean,
      words: words.length,
    };
  };
  const render = () => view?.update(data());

  const report = (): Report | null => {
    if (!article?.isArticle || !summary || summaryOf !== article) return null;
    return buildReport(article, summary, { url: win.location?.href ?? null, site: ctx.host || null, outlet: outletOf(doc) });
  };

  const host: PanelHost = {
    t,
    onClose: () => api.close(),
    onLayout(width, collapsed, final) {
      space?.update(view?.shownWidth() ?? 0);
      if (final) void ctx.updateSettings((s) => withSite(s, ctx.host, { panelWidth: width, panelCollapsed: collapsed }));
    },
    onAction: (action, value) => ctx.action(action, value),
    onShow(target: ShowTarget) {
      if (!article?.isArticle) return false;
      locator ??= createLocator(article, { offsets: 'clean' });
      highlighter ??= createHighlighter(doc, win, { api: deps.highlightApi });
      highlighter.clear(); // before locating: removing old marks changes the page's text nodes
      const focus = locator.rangeOf(target.start, target.end);
      if (!focus) return false;
      const context = target.context ? locator.rangeOf(target.context.start, target.context.end) : null;
      highlighter.show(focus, context);
      return true;
    },
    async onCopy() {
      const r = report();
      if (!r) return false;
      return copyText(doc, citationCard(r, cardLabels(t)), ctx.uiRoot());
    },
    async onExport(kind: ExportKind) {
      const r = report();
      const root = ctx.uiRoot();
      if (kind === 'anki') {
        words = await deps.loadWords();
        if (!words.length) return t('panelWordsEmpty');
        const name = `dubao-wordlist-${new Date().toISOString().slice(0, 10)}.txt`;
        downloadText(doc, root, name, 'text/tab-separated-values', ankiTsv(words));
        return t('panelExported', name);
      }
      if (!r) return null;
      const stem = fileStem(r.meta);
      const name = kind === 'json' ? `${stem}.json` : `${stem}-figures.csv`;
      if (kind === 'json') downloadText(doc, root, name, 'application/json', reportJson(r));
      else downloadText(doc, root, name, 'text/csv', figuresCsv(r.figures, { bom: true }));
      return t('panelExported', name);
    },
  };

  async function summarizeCurrent(): Promise<void> {
    const a = article;
    if (!a?.isArticle || summaryOf === a) return;
    error = null;
    try {
      // Let the browser paint the panel (header, metadata, "reading…") before the engine runs.
      await new Promise<void>((resolve) => win.setTimeout(resolve, 0));
      if (article !== a) return;
      const engine = await deps.loadSummary();
      if (article !== a) return;
      summary = engine.summarize(a.cleanText, {
        publishedAt: a.publishedAt, title: a.title, author: a.author, editor: a.editor,
      });
      summaryOf = a;
    } catch (err) {
      if (article !== a) return;
      error = err instanceof Error ? err.message : String(err);
      console.warn('Dubao: summary failed', err);
    }
    render();
  }

  const api: PanelController = {
    isOpen: () => view !== null,
    async open(opts = {}) {
      if (!view) {
        article = ctx.article();
        locator = null;
        const site = siteSettings(ctx.settings(), ctx.host);
        const active = doc.activeElement;
        returnFocus = active && active !== doc.body && typeof (active as HTMLElement).focus === 'function' ? (active as HTMLElement) : null;
        view = createPanel(ctx.uiRoot(), host, { width: site.panelWidth, collapsed: site.panelCollapsed });
        space = reservePageSpace(doc, win);
        space.update(view.shownWidth());
        render();
        void deps.loadWords().then((w) => {
          words = w;
          render();
        }, () => undefined);
        pending = summarizeCurrent();
      }
      if (opts.focus !== false) view.focus();
      await pending;
    },
    close() {
      if (!view) return;
      highlighter?.dispose();
      highlighter = null;
      view.destroy();
      view = null;
      space?.release();
      space = null;
      const back = returnFocus;
      returnFocus = null;
      if (back?.isConnected) back.focus({ preventScroll: true });
    },
    async toggle() {
      if (view) api.close();
      else await api.open();
    },
    refresh: render,
    articleChanged() {
      const a = ctx.article();
      if (a === article) return;
      article = a;
      locator = null;
      highlighter?.clear();
      if (view) {
        render();
        pending = summarizeCurrent();
      }
    },
    setClean(c) {
      clean = c;
      locator = null;
      render();
    },
    clearHighlight: () => highlighter?.clear(),
    settled: () => pending,
    dispose() {
      api.close();
      article = null;
      summary = null;
      summaryOf = null;
    },
  };
  return api;
}
