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
import { parseFromPanel, type FromPanel, type PanelPort, type ToPanel } from '../../ui/panel/channel';
import { createPanelDock, type MountedPanel, type PanelContext, type PanelDock } from '../../ui/panel/dock';
import type { Feature, FeatureContext } from '../context';

export const PANEL_PAGE = 'src/panel/index.html';
const FRAME_CSS = [
  'position:fixed', 'top:0', 'right:0', 'bottom:0', 'height:100vh', 'margin:0', 'padding:0', 'border:0',
  'z-index:2147483646', 'display:block', 'visibility:visible', 'opacity:1', 'max-width:none', 'min-width:0',
  'transform:none', 'clip-path:none', 'filter:none', 'pointer-events:auto', 'background:transparent', 'color-scheme:normal',
].map((d) => `${d} !important`).join(';');

/** The panel page in an iframe, joined by a runtime port once the frame has loaded. */
function mountFrame(c: PanelContext): MountedPanel {
  const doc = c.document;
  const token = crypto.randomUUID();
  const frame = doc.createElement('iframe');
  frame.src = `${browser.runtime.getURL(PANEL_PAGE)}#${token}`;
  frame.title = t('panelName');
  frame.setAttribute('allow', 'clipboard-write');
  frame.style.cssText = FRAME_CSS;
  const listeners: Array<(m: FromPanel) => void> = [];
  const closers: Array<() => void> = [];
  const queue: ToPanel[] = [];
  let port: browser.Runtime.Port | null = null;
  let ready = false;
  let closed = false;
  let tries = 0;

  const connect = () => {
    if (closed) return;
    const p = browser.runtime.connect({ name: `dubao-panel:${token}` });
    port = p;
    p.onMessage.addListener((raw: unknown) => {
      const m = parseFromPanel(raw);
      if (!m) return;
      if (m.t === 'ready') {
        ready = true;
        for (const q of queue.splice(0)) p.postMessage(q);
      }
      for (const f of listeners) f(m);
    });
    p.onDisconnect.addListener(() => {
      if (port !== p) return;
      port = null;
      // The frame's page was not listening yet: try again for a while; after that, give up.
      if (!ready && !closed && tries++ < 40) setTimeout(connect, 50);
      else if (!closed) for (const f of closers) f();
    });
  };
  frame.addEventListener('load', () => {
    if (!port && !ready) connect();
  });
  c.uiRoot().appendChild(frame);
  // A frame that never answers (blocked, crashed) must not leave the command waiting forever.
  const giveUp = setTimeout(() => {
    if (!ready && !closed) for (const f of closers) f();
  }, 15_000);

  const end: PanelPort<FromPanel, ToPanel> = {
    post(m) {
      if (port && ready) port.postMessage(m);
      else queue.push(m);
    },
    onMessage: (fn) => void listeners.push(fn),
    onDisconnect: (fn) => void closers.push(fn),
    close() {
      closed = true;
      clearTimeout(giveUp);
      port?.disconnect();
      port = null;
    },
  };
  return { frame, port: end, destroy: () => frame.remove() };
}

export function createPanelFeature(): Feature {
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
