/**
 * The summary panel feature: opens/closes the panel on `toggle-panel` (shortcut, toolbar, menu)
 * and the `open-panel` action; opens it by itself on article pages of sites with `autoPanel`.
 *
 * The panel is an extension page (src/panel/index.html) in an <iframe> inside Dubao's closed
 * shadow root: cross-origin to the page, so a page script can neither read what it shows nor click
 * its controls, and its summary runs outside the page's main thread. The content script keeps the
 * page side (src/ui/panel/dock.ts: page space, locating and highlighting, per-site width) and
 * talks to the panel over a runtime port that only extension contexts can open — never
 * window.postMessage.
 */
import browser from 'webextension-polyfill';
import { siteSettings } from '../../core/settings/schema';
import { t } from '../../platform/i18n';
import { loadWordList, onWordListChanged } from '../../platform/wordlist-store';
import { createPanelApp, type DifficultyEngine, type PanelApp, type SummaryEngine } from '../../ui/panel/app';
import type { Difficulty } from '../../core/levels/difficulty';
import type { Summary } from '../../ui/panel/types';
import { memoryChannel, parseFromPanel, type FromPanel, type PanelPort, type ToPanel } from '../../ui/panel/channel';
import { createPanelDock, type MountedPanel, type PanelContext, type PanelDock } from '../../ui/panel/dock';
import type { Feature, FeatureContext } from '../context';
import { saveSentenceCard } from './sentence-card';

export const PANEL_PAGE = 'src/panel/index.html';
const FRAME_CSS = [
  'position:fixed',
  'top:0',
  'right:0',
  'bottom:0',
  'height:100vh',
  'margin:0',
  'padding:0',
  'border:0',
  'z-index:2147483646',
  'display:block',
  'visibility:visible',
  'opacity:1',
  'max-width:none',
  'min-width:0',
  'transform:none',
  'clip-path:none',
  'filter:none',
  'pointer-events:auto',
  'background:transparent',
  'color-scheme:normal',
]
  .map((d) => `${d} !important`)
  .join(';');

/**
 * The panel page in an iframe, joined by a runtime port: the panel page connects to this tab's
 * content script (tabs.connect, Firefox and Chrome), or, if it cannot find its tab, this script
 * connects to it once the frame has loaded. Either way the port's name carries a random token only
 * this content script and its frame know, and the sender must be the panel page of this extension.
 */
function mountFrame(c: PanelContext): MountedPanel {
  const doc = c.document;
  const token = crypto.randomUUID();
  const name = `dubao-panel:${token}`;
  const pageUrl = browser.runtime.getURL(PANEL_PAGE);
  const frame = doc.createElement('iframe');
  frame.src = `${pageUrl}#${token}`;
  frame.title = t('panelName');
  frame.setAttribute('allow', 'clipboard-write');
  frame.style.cssText = FRAME_CSS;
  const listeners: Array<(m: FromPanel) => void> = [];
  const closers: Array<() => void> = [];
  const queue: ToPanel[] = [];
  let port: browser.Runtime.Port | null = null;
  /** Firefox loads the extension frame in the page's process, where the content script can reach
   * its document (the page cannot: it is cross-origin and inside the closed root): the panel is
   * rendered into it directly, joined by an in-memory channel. */
  let local: { end: PanelPort<FromPanel, ToPanel>; app: PanelApp | null } | null = null;
  let ready = false;
  let closed = false;
  let tries = 0;
  const fail = () => {
    if (closed) return;
    closed = true;
    for (const f of closers) f();
  };

  const adopt = (p: browser.Runtime.Port) => {
    if (port || local || closed) {
      p.disconnect();
      return;
    }
    port = p;
    p.onMessage.addListener((raw: unknown) => {
      const m = parseFromPanel(raw);
      if (!m || port !== p) return;
      if (m.t === 'ready') {
        ready = true;
        for (const q of queue.splice(0)) p.postMessage(q);
      }
      for (const f of listeners) f(m);
    });
    p.onDisconnect.addListener(() => {
      if (port !== p) return;
      port = null;
      // The frame's page was not listening yet: try again for a while; after that, the frame was
      // blocked (a page's CSP frame-src): the panel renders in Dubao's closed shadow root instead.
      if (!ready && !closed && tries++ < 20) setTimeout(connect, 50);
      else if (!ready && !closed) inPage();
      else fail();
    });
  };
  const connect = () => {
    if (!port && !local && !closed) adopt(browser.runtime.connect({ name }));
  };
  const renderLocal = (root: Element | ShadowRoot) => {
    const ch = memoryChannel();
    const l: { end: PanelPort<FromPanel, ToPanel>; app: PanelApp | null } = { end: ch.page, app: null };
    local = l;
    ch.page.onMessage((m) => {
      if (m.t === 'ready') {
        ready = true;
        for (const q of queue.splice(0)) ch.page.post(q);
      }
      for (const f of listeners) f(m);
    });
    ch.page.onDisconnect(fail);
    l.app = createPanelApp(root, ch.panel, {
      t,
      loadSummary: summaryOffThePage,
      loadWords: loadWordList,
      onWords: onWordListChanged,
      loadDifficulty: difficultyOffThePage,
    });
  };
  /** The fallback: the panel in the closed shadow root (controls act on trusted events only). */
  let inPageRoot: ShadowRoot | null = null;
  const inPage = () => {
    if (local || closed) return;
    frame.remove();
    inPageRoot = c.uiRoot();
    renderLocal(inPageRoot);
  };
  const onViolation = (e: SecurityPolicyViolationEvent) => {
    if (e.blockedURI.startsWith(pageUrl.replace(/\/src\/.*$/, ''))) inPage();
  };
  doc.addEventListener('securitypolicyviolation', onViolation);
  const reachable = (): Document | null => {
    try {
      const d = frame.contentDocument;
      return d?.body && d.URL.startsWith(pageUrl) ? d : null;
    } catch {
      return null;
    }
  };
  const onConnect = (p: browser.Runtime.Port) => {
    if (p.name !== name) return;
    if (p.sender?.id !== browser.runtime.id || !(p.sender.url ?? '').startsWith(pageUrl)) {
      p.disconnect();
      return;
    }
    adopt(p);
  };
  browser.runtime.onConnect.addListener(onConnect);
  frame.addEventListener('load', () => {
    const fdoc = reachable();
    if (fdoc && !port && !local) renderLocal(fdoc.body);
    else setTimeout(connect, 250);
  });
  c.uiRoot().appendChild(frame);
  // A frame that never answers (blocked, crashed) must not leave the command waiting forever.
  const giveUp = setTimeout(() => {
    if (!ready) fail();
  }, 15_000);

  const end: PanelPort<FromPanel, ToPanel> = {
    post(m) {
      if (ready && local) local.end.post(m);
      else if (ready && port) port.postMessage(m);
      else queue.push(m);
    },
    onMessage: (fn) => void listeners.push(fn),
    onDisconnect: (fn) => void closers.push(fn),
    close() {
      closed = true;
      clearTimeout(giveUp);
      browser.runtime.onConnect.removeListener(onConnect);
      doc.removeEventListener('securitypolicyviolation', onViolation);
      port?.disconnect();
      port = null;
      local?.app?.dispose();
      local = null;
    },
  };
  return {
    frame,
    port: end,
    destroy: () => {
      frame.remove();
      inPageRoot?.querySelector('.dubao-panel')?.remove();
    },
    inspect(selector) {
      const p = (inPageRoot ?? reachable())?.querySelector('[role="complementary"]');
      const fb = frame.getBoundingClientRect();
      const b = inPageRoot && p ? p.getBoundingClientRect() : fb;
      const out: PanelInspection = {
        name: null,
        text: null,
        box: { left: b.left, top: b.top, right: b.right, bottom: b.bottom },
        texts: [],
        rect: null,
        inPage: !!inPageRoot,
      };
      if (!p) return out;
      out.name = p.getAttribute('aria-label');
      out.text = p.textContent;
      if (selector) {
        const els = [...p.querySelectorAll(selector)];
        out.texts = els.map((e) => e.textContent);
        const first = els[0];
        if (first) {
          first.scrollIntoView({ block: 'center' });
          const r = first.getBoundingClientRect();
          out.rect = { x: r.left + r.width / 2 - (inPageRoot ? b.left : 0), y: r.top + r.height / 2 - (inPageRoot ? b.top : 0) };
        }
      }
      return out;
    },
  };
}

/**
 * The summary engine as the background runs it (Firefox's event page, in the extension's process):
 * the page's main thread never runs the summary, however long the article. Where the background
 * cannot (Chrome's service worker has no dynamic import; Chrome renders the panel in its own frame
 * process anyway), the engine loads here.
 */
async function summaryOffThePage(): Promise<SummaryEngine> {
  return {
    async summarize(text, opts = {}) {
      const options = {
        publishedAt: opts.publishedAt ?? null,
        title: opts.title ?? null,
        author: opts.author ?? null,
        editor: opts.editor ?? null,
      };
      const got = await browser.runtime.sendMessage({ type: 'summarize', text, options }).catch(() => undefined);
      if (got && typeof got === 'object' && Array.isArray((got as Summary).figures)) return got as Summary;
      return (await import('../../core/summary/index')).summarize(text, opts);
    },
  };
}

/**
 * The article's difficulty, computed by the background (Firefox's event page) like the summary. It
 * needs the reading engine, the levels and CC-CEDICT: where the background cannot answer, the panel
 * leaves it out rather than run that on the page's main thread.
 */
async function difficultyOffThePage(): Promise<DifficultyEngine> {
  return {
    async difficulty(text, entities) {
      const got: unknown = await browser.runtime.sendMessage({ type: 'difficulty', text, entities }).catch(() => undefined);
      return got && typeof got === 'object' && typeof (got as Difficulty).level95 === 'number' ? (got as Difficulty) : null;
    },
  };
}

export interface PanelInspection {
  name: string | null;
  text: string | null;
  /** The frame in the page's viewport. */
  box: { left: number; top: number; right: number; bottom: number };
  /** Texts of the panel elements matching the selector, and the centre of the first (frame coordinates). */
  texts: string[];
  rect: { x: number; y: number } | null;
  /** The frame was blocked (page CSP): the panel is in Dubao's closed shadow root. */
  inPage: boolean;
}

export function createPanelFeature(): Feature & { inspect(selector: string | null): unknown } {
  let panel: PanelDock | null = null;
  let ctx: FeatureContext | null = null;

  const maybeAutoOpen = (c: FeatureContext) => {
    if (!panel || panel.isOpen()) return;
    if (c.article()?.isArticle && siteSettings(c.settings(), c.host).autoPanel) void panel.open({ focus: false });
  };

  return {
    name: 'panel',
    init(c, signal) {
      ctx = c;
      panel = createPanelDock(c, mountFrame);
      const off = c.onArticle(() => {
        panel?.articleChanged();
        maybeAutoOpen(c);
      });
      const offNotice = c.onSaveNotice?.((text) => panel?.notice(text));
      c.on('status-changed', () => panel?.refresh(), { signal });
      c.on('before-text-change', () => panel?.clearHighlight(), { signal });
      maybeAutoOpen(c);
      signal.addEventListener('abort', () => {
        off();
        offNotice?.();
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
    async action(a) {
      if (!panel) return;
      switch (a.action) {
        case 'open-panel':
          await panel.open();
          ctx?.changed();
          break;
        case 'set-clean':
          panel.setClean(a.value);
          break;
        case 'save-sentence':
          if (ctx) panel.notice(await saveSentenceCard(ctx, a.value));
          break;
      }
    },
    status(s) {
      s.panel = panel?.isOpen() ?? false;
    },
    inspect: (selector) => panel?.inspect(selector) ?? null,
  };
}

/** The panel feature for the page's controller (one content script = one page). */
export const panelFeature = createPanelFeature();
