/**
 * The panel page (an extension page in an iframe inside Dubao's closed shadow root on the page).
 * It waits for the content script of its own tab to connect with the token in its URL's fragment,
 * then renders the panel (src/ui/panel/app.ts): the summary is computed here, outside the page's
 * main thread, and copying and exports happen here, in the extension's origin (a page cannot
 * fetch these blobs, read this document, or send events into it).
 */
import browser from 'webextension-polyfill';
import { t } from '../platform/i18n';
import { loadWordList, onWordListChanged } from '../platform/wordlist-store';
import { createPanelApp, type PanelApp } from '../ui/panel/app';
import { parseToPanel, type FromPanel, type PanelPort, type ToPanel } from '../ui/panel/channel';

const token = location.hash.slice(1);
let app: PanelApp | null = null;
document.documentElement.lang = browser.i18n.getUILanguage();

function start(port: browser.Runtime.Port): void {
  const end: PanelPort<ToPanel, FromPanel> = {
    post: (m) => port.postMessage(m),
    onMessage: (fn) =>
      port.onMessage.addListener((raw: unknown) => {
        const m = parseToPanel(raw);
        if (m) fn(m);
      }),
    onDisconnect: (fn) => port.onDisconnect.addListener(() => fn()),
    close: () => port.disconnect(),
  };
  port.onDisconnect.addListener(() => {
    app?.dispose();
    app = null;
  });
  app = createPanelApp(document.body, end, {
    t,
    loadSummary: () => import('../core/summary/index'),
    // The article's difficulty at the learner's settings, here in the panel's own frame.
    loadDifficulty: async () => {
      const { difficultyAtSettings } = await import('../platform/difficulty');
      return { difficulty: difficultyAtSettings };
    },
    loadWords: loadWordList,
    onWords: onWordListChanged,
  });
}

// Either end may connect first: this page connects to its tab's content script (top frame), and
// the content script connects here if that did not happen. Registered at once.
browser.runtime.onConnect.addListener((port) => {
  if (!token || port.name !== `dubao-panel:${token}`) return;
  // Only Dubao's own content script (never a page, never another extension) holds this port.
  if (app || (port.sender?.id !== undefined && port.sender.id !== browser.runtime.id)) {
    port.disconnect();
    return;
  }
  start(port);
});

if (token) {
  // undefined when this page is not a tab of its own (lib types say it always is).
  void browser.tabs.getCurrent().then(
    (tab: browser.Tabs.Tab | undefined) => {
      if (app || tab?.id === undefined) return;
      start(browser.tabs.connect(tab.id, { name: `dubao-panel:${token}`, frameId: 0 }));
    },
    () => undefined,
  );
}
