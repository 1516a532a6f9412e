/**
 * The page side of the panel (content script): where the panel sits (its element in Dubao's host,
 * the page space it reserves, its width), and what only the page can do — find a summary span in
 * the page, scroll to it and highlight it, run a page action, save the width per site. The panel
 * itself (app.ts) is reached only through a PanelPort; what it shows never enters the page's DOM
 * in the extension (it renders in a cross-origin frame).
 */
import { siteSettings, withSite, type Settings } from '../../core/settings/schema';
import type { PageActionMsg } from '../../core/messages/protocol';
import { createLocator, type Locator } from '../../core/locate/index';
import { toPanelArticle, type FromPanel, type PanelPage, type PanelPort, type ToPanel } from './channel';
import { createHighlighter, type Highlighter } from './highlight';
import { reservePageSpace, type PageSpace } from './page-layout';
import { clampWidth } from './panel';
import { PANEL_COLLAPSED_WIDTH } from './styles';
import type { Article } from './types';

export interface PanelContext {
  readonly document: Document;
  readonly window: Window;
  readonly host: string;
  settings(): Settings;
  updateSettings(fn: (s: Settings) => Settings): Promise<void>;
  article(): Article | null;
  uiRoot(): ShadowRoot;
  action(a: PageActionMsg): Promise<void>;
  status(): { script: string | null; hover: boolean; ruby: boolean; speech: boolean };
}

/** The panel put on the page: the element that occupies the dock, and the port to the panel. */
export interface MountedPanel {
  /** The element to size (an iframe in the extension). Null: the panel sizes itself (in-page view). */
  readonly frame: HTMLElement | null;
  readonly port: PanelPort<FromPanel, ToPanel>;
  /** Resolves when the panel has rendered its current summary (in-page panels; for tests). */
  settled?(): Promise<void>;
  /** For tests (get-panel): what the panel shows, where the browser's frame API cannot reach it. */
  inspect?(selector: string | null): unknown;
  destroy(): void;
}

export interface PanelDock {
  isOpen(): boolean;
  open(opts?: { focus?: boolean }): Promise<void>;
  close(): void;
  toggle(): Promise<void>;
  refresh(): void;
  articleChanged(): void;
  setClean(clean: boolean): void;
  clearHighlight(): void;
  /** A settings write failed ("not saved: …") or, with null, succeeded again. */
  notice(text: string | null): void;
  settled(): Promise<void>;
  inspect(selector: string | null): unknown;
  dispose(): void;
}

function outletOf(doc: Document): string | null {
  const m = doc.querySelector('meta[property="og:site_name"], meta[name="application-name"], meta[name="og:site_name"]');
  const v = m?.getAttribute('content')?.trim();
  return v ? v.slice(0, 100) : null;
}

export function createPanelDock(
  ctx: PanelContext,
  mount: (ctx: PanelContext) => MountedPanel,
  opts: { highlightApi?: boolean } = {},
): PanelDock {
  const { document: doc, window: win } = ctx;
  let mounted: MountedPanel | null = null;
  let space: PageSpace | null = null;
  let highlighter: Highlighter | null = null;
  let locator: Locator | null = null;
  let article: Article | null = null;
  let returnFocus: HTMLElement | null = null;
  let clean = ctx.settings().cleanArtefacts;
  let shownWidth = 0;
  let ready: Promise<void> = Promise.resolve();
  let lastNotice: string | null = null;

  const page = (): PanelPage => ({ site: ctx.host || null, url: win.location.href, outlet: outletOf(doc) });
  const controls = () => {
    const st = ctx.status();
    return { script: st.script, hover: st.hover, ruby: st.ruby, speech: st.speech };
  };
  const viewport = () => win.innerWidth || doc.documentElement.clientWidth || 1280;
  const post = (m: ToPanel) => mounted?.port.post(m);

  function size(width: number, collapsed: boolean): void {
    shownWidth = collapsed ? PANEL_COLLAPSED_WIDTH : clampWidth(width, viewport());
    if (mounted?.frame) mounted.frame.style.width = `${shownWidth}px`;
    space?.update(shownWidth);
  }

  function show(target: { start: number; end: number; context?: { start: number; end: number } | null }): boolean {
    if (!article?.isArticle) return false;
    locator ??= createLocator(article, { offsets: 'clean' });
    highlighter ??= createHighlighter(doc, win, { api: opts.highlightApi });
    highlighter.clear(); // before locating: removing old marks changes the page's text nodes
    const focus = locator.rangeOf(target.start, target.end);
    if (!focus) return false;
    const context = target.context ? locator.rangeOf(target.context.start, target.context.end) : null;
    highlighter.show(focus, context);
    return true;
  }

  const onResize = () => {
    post({ t: 'viewport', width: viewport() });
  };

  function handle(msg: FromPanel, focus: boolean, resolveReady: () => void): void {
    switch (msg.t) {
      case 'ready': {
        const site = siteSettings(ctx.settings(), ctx.host);
        post({
          t: 'init',
          article: toPanelArticle(article),
          page: page(),
          controls: controls(),
          clean,
          layout: { width: site.panelWidth, collapsed: site.panelCollapsed },
          viewport: viewport(),
          focus,
        });
        if (lastNotice) post({ t: 'notice', text: lastNotice });
        // Keyboard focus can enter a frame only through its element.
        if (focus) mounted?.frame?.focus();
        resolveReady();
        break;
      }
      case 'layout':
        size(msg.width, msg.collapsed);
        // Kept in memory at once; the settings store writes once the user stops (debounced).
        if (msg.final)
          void ctx
            .updateSettings((s) => withSite(s, ctx.host, { panelWidth: msg.width, panelCollapsed: msg.collapsed }))
            .catch(() => undefined);
        break;
      case 'action':
        void ctx.action(msg);
        break;
      case 'show':
        post({ t: 'shown', id: msg.id, ok: show(msg.target) });
        break;
      case 'close':
        api.close();
        break;
    }
  }

  const api: PanelDock = {
    isOpen: () => mounted !== null,
    async open(o = {}) {
      if (!mounted) {
        article = ctx.article();
        locator = null;
        const active = doc.activeElement;
        returnFocus = active && active !== doc.body && typeof (active as HTMLElement).focus === 'function' ? (active as HTMLElement) : null;
        const focus = o.focus !== false;
        let resolveReady!: () => void;
        ready = new Promise<void>((r) => (resolveReady = r));
        const m = mount(ctx);
        mounted = m;
        m.port.onMessage((msg) => handle(msg, focus, resolveReady));
        m.port.onDisconnect(() => {
          resolveReady();
          if (mounted === m) api.close();
        });
        space = reservePageSpace(doc, win);
        const site = siteSettings(ctx.settings(), ctx.host);
        size(site.panelWidth, site.panelCollapsed);
        win.addEventListener('resize', onResize);
      } else if (o.focus !== false) {
        mounted.frame?.focus();
        post({ t: 'focus' });
      }
      await ready;
      // oxlint-disable-next-line typescript/no-unnecessary-condition -- the panel may have been closed while waiting
      await mounted?.settled?.();
    },
    close() {
      if (!mounted) return;
      const m = mounted;
      mounted = null;
      win.removeEventListener('resize', onResize);
      highlighter?.dispose();
      highlighter = null;
      m.port.close();
      m.destroy();
      space?.release();
      space = null;
      shownWidth = 0;
      const back = returnFocus;
      returnFocus = null;
      if (back?.isConnected) back.focus({ preventScroll: true });
    },
    async toggle() {
      if (mounted) api.close();
      else await api.open();
    },
    refresh: () => post({ t: 'controls', controls: controls() }),
    articleChanged() {
      const a = ctx.article();
      if (a === article) return;
      article = a;
      locator = null;
      highlighter?.clear();
      post({ t: 'article', article: toPanelArticle(a), page: page() });
    },
    setClean(c) {
      clean = c;
      locator = null;
      post({ t: 'clean', clean: c });
    },
    clearHighlight: () => highlighter?.clear(),
    notice(text) {
      lastNotice = text;
      post({ t: 'notice', text });
    },
    settled: async () => {
      await ready;
      await mounted?.settled?.();
    },
    inspect: (selector) => mounted?.inspect?.(selector) ?? null,
    dispose() {
      api.close();
      article = null;
    },
  };
  return api;
}
