/**
 * Content-script bootstrap. On every page it costs one small text sample: if the page is not
 * Chinese, it only answers the popup ("not Chinese") and the panel command (which then loads the
 * panel to say "no article"); no dictionary, no observer. On Chinese pages it loads the controller
 * (and through it the capability modules) lazily.
 */
import browser from 'webextension-polyfill';
import { looksChinese } from '../core/text/script';
import { parseMessage, type Message, type PageStatus } from '../core/messages/protocol';
import { textSample } from './sample';

type Controller = { handle(msg: Message): Promise<unknown> };

let controller: Promise<Controller> | null = null;
function loadController(chinese: boolean): Promise<Controller> {
  controller ??= import('./app').then((m) => m.startController(document, window, chinese, bootMs));
  return controller;
}

const t0 = performance.now();
const chinese = looksChinese(document.documentElement.lang, textSample(document));
// What the bootstrap cost on this page, for the "costs nothing on non-Chinese pages" test: kept in
// the content script and answered in get-status (a performance entry would tell every page that
// Dubao is installed).
const bootMs = performance.now() - t0;

browser.runtime.onMessage.addListener((raw: unknown) => {
  const msg = parseMessage(raw);
  if (!msg) return undefined;
  // The popup's scan offer: the page's article links, found here (loaded only when asked), on any page.
  if (msg.type === 'get-list-links') return import('./list-links').then((m) => m.listLinks(document, location.href));
  if (!chinese && !controller) {
    if (msg.type === 'get-status') {
      const status: PageStatus = {
        chinese: false,
        host: location.hostname,
        article: null,
        lang: null,
        script: null,
        hover: false,
        ruby: false,
        panel: false,
        speech: false,
        artefacts: 0,
        spam: 0,
        bootMs,
      };
      return Promise.resolve(status);
    }
    // Only an explicit panel request wakes Dubao on a non-Chinese page.
    if (!(msg.type === 'command' && msg.command === 'toggle-panel') && !(msg.type === 'page-action' && msg.action === 'open-panel'))
      return undefined;
  }
  return loadController(chinese).then((c) => c.handle(msg));
});

if (chinese) void loadController(true);
