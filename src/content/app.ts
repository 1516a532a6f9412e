/**
 * The per-page controller (loaded lazily on Chinese pages, or on demand for the panel): holds the
 * detected article and settings, creates the FeatureContext, runs each feature module with its own
 * AbortController, and routes commands and actions to them one at a time.
 */
import { extractArticleInSlices, type Article } from '../core/extract/index';
import type { Message, PageActionMsg, PageStatus } from '../core/messages/protocol';
import { siteSettings, type Settings } from '../core/settings/schema';
import { onSaveNotice, onSettingsChanged, settingsStore } from '../platform/settings-store';
import { getUiRoot, isOwnUi, uiText } from '../ui/host';
import type { Feature, FeatureContext, PageEvent } from './context';
import { makeIsHidden } from './visibility';
import { convertFeature } from './features/convert';
import { pinyinFeature } from './features/pinyin';
import { panelFeature } from './features/panel';

const SETTLE_MS = 400;
const NAV_POLL_MS = 1000;

export async function startController(doc: Document, win: Window, chinese: boolean, bootMs = 0) {
  const store = settingsStore();
  let settings: Settings = await store.load();
  let article: Article | null = null;
  let detected = false;
  const articleListeners = new Set<(a: Article | null) => void>();
  const features: Feature[] = [convertFeature(), pinyinFeature(), panelFeature];
  const running = new Map<Feature, AbortController>();
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T> | T): Promise<T> => {
    const p = queue.then(fn, fn);
    queue = p.catch(() => undefined);
    return p;
  };

  const listeners: Record<PageEvent, Set<() => void | Promise<void>>> = {
    'before-text-change': new Set(),
    'after-text-change': new Set(),
    'status-changed': new Set(),
    'settings-changed': new Set(),
  };
  const ctx: FeatureContext = {
    document: doc,
    window: win,
    host: win.location.hostname,
    chinese,
    settings: () => settings,
    async updateSettings(fn) {
      // At once in memory; the store writes once the changes stop (debounced), retries a failed
      // write and reports it (onSaveNotice → the panel says "not saved: …").
      settings = fn(settings);
      store.save(settings);
    },
    onSaveNotice,
    article: () => article,
    onArticle(fn) {
      articleListeners.add(fn);
      return () => articleListeners.delete(fn);
    },
    uiRoot: () => getUiRoot(doc),
    isOwnUi,
    run: (command) => handle({ type: 'command', command }).then(() => undefined),
    // Direct (not queued): features call it from inside queued commands, and a queued call would wait on itself.
    action: (a) => dispatchAction(a),
    on(event, fn, { signal }) {
      if (signal.aborted) return;
      const set = listeners[event];
      set.add(fn);
      signal.addEventListener('abort', () => set.delete(fn), { once: true });
    },
    async emit(event) {
      for (const fn of listeners[event]) await fn();
    },
    status,
    changed: () => void ctx.emit('status-changed'),
  };

  function status(): PageStatus {
    const warnings = article?.warnings ?? [];
    const s: PageStatus = {
      chinese,
      host: ctx.host,
      article: article?.isArticle ? { title: article.title } : null,
      lang: article?.lang ?? null,
      script: null,
      hover: false,
      ruby: false,
      panel: false,
      speech: false,
      artefacts: article?.rubyArtefacts ?? 0,
      spam: warnings.filter((w) => w.type === 'spam').reduce((n, w) => n + (w.count ?? 1), 0),
      bootMs,
    };
    for (const f of features) f.status?.(s);
    return s;
  }

  // Detection runs in slices (a page with thousands of comments never gets one long task); callers
  // that need the article wait for the run in progress.
  let detecting: Promise<void> | null = null;
  const pause = () => new Promise<void>((r) => win.setTimeout(r, 0));
  function detect(): Promise<void> {
    detecting ??= runDetection().finally(() => (detecting = null));
    return detecting;
  }
  async function runDetection(): Promise<void> {
    const t0 = performance.now();
    try {
      article = await extractArticleInSlices(doc, { url: win.location.href, isHidden: makeIsHidden(win), now: new Date() }, pause);
    } catch (err) {
      console.warn('Dubao: article detection failed', err);
      article = null;
    }
    detected = true;
    // (No mark on the page: whether Dubao is installed or active is none of the page's business;
    // tests ask the content script through the extension: get-status.)
    if (performance.now() - t0 > 200) console.info(`Dubao: detection took ${Math.round(performance.now() - t0)} ms`);
    for (const fn of articleListeners) fn(article);
  }

  async function dispatchAction(a: PageActionMsg): Promise<void> {
    for (const f of features) await f.action?.(a);
  }

  async function handle(msg: Message): Promise<unknown> {
    if (!detected) await detect();
    switch (msg.type) {
      case 'get-status':
        return status();
      case 'get-ui':
        return { text: uiText(doc) };
      case 'get-panel':
        return panelFeature.inspect(msg.selector);
      case 'command':
        return serial(async () => {
          for (const f of features) await f.command?.(msg.command);
          return true;
        });
      case 'page-action':
        return serial(() => dispatchAction(msg)).then(() => true);
      default:
        return undefined;
    }
  }

  // In-page navigation (pushState) is watched while the features run, and not after they stop.
  let stopNavigation: (() => void) | null = null;
  function startFeatures(): void {
    if (chinese) stopNavigation ??= watchNavigation(win, () => void serial(detect));
    for (const f of features) {
      if (running.has(f)) continue;
      const ac = new AbortController();
      running.set(f, ac);
      void Promise.resolve(f.init(ctx, ac.signal)).catch((err) => console.warn(`Dubao: ${f.name} failed`, err));
    }
  }
  function stopFeatures(): void {
    stopNavigation?.();
    stopNavigation = null;
    for (const ac of running.values()) ac.abort();
    running.clear();
  }

  onSettingsChanged((s) => {
    const wasEnabled = siteSettings(settings, ctx.host).enabled;
    settings = s;
    const enabled = siteSettings(s, ctx.host).enabled;
    if (wasEnabled && !enabled) stopFeatures();
    else if (!wasEnabled && enabled) startFeatures();
    else if (enabled) void ctx.emit('settings-changed');
  });

  if (siteSettings(settings, ctx.host).enabled) {
    store.touch(ctx.host);
    if (chinese) {
      // Detection runs once after the page settles, and again after in-page navigation.
      await settle(doc, win);
      await detect();
    }
    startFeatures();
  }
  return { handle };
}

function settle(doc: Document, win: Window): Promise<void> {
  return new Promise((resolve) => {
    const go = () => win.setTimeout(resolve, SETTLE_MS);
    if (doc.readyState === 'complete') go();
    else win.addEventListener('load', go, { once: true });
  });
}

/** Calls `onChange` after the page's URL changed (popstate, or a poll for pushState); returns the stop. */
function watchNavigation(win: Window, onChange: () => void): () => void {
  let href = win.location.href;
  const check = () => {
    if (win.location.href !== href) {
      href = win.location.href;
      win.setTimeout(onChange, SETTLE_MS);
    }
  };
  win.addEventListener('popstate', check);
  const timer = win.setInterval(check, NAV_POLL_MS);
  return () => {
    win.removeEventListener('popstate', check);
    win.clearInterval(timer);
  };
}
