/**
 * The popup's "Scan the N articles on this page" button: on a page that is not an article, the
 * content script lists the page's article links; the button opens the scan page in a new tab
 * with those links stored for that tab. Nothing is fetched until the user starts the scan there.
 */
import browser from 'webextension-polyfill';
import { parseListLinks } from '../core/messages/protocol';
import { t } from '../platform/i18n';
import { parseScanState, stateKey, type ScanState } from '../scan/state';

/** Fewer article links than this: not a list page worth a scan. */
const MIN_LINKS = 3;

export async function offerScan(tabId: number, button: HTMLButtonElement): Promise<void> {
  const page = parseListLinks(await browser.tabs.sendMessage(tabId, { type: 'get-list-links' }).catch(() => null));
  if (!page || page.links.length < MIN_LINKS) return;
  const { url: listUrl, title, links } = page;
  button.textContent = t('popupScan', String(links.length));
  button.hidden = false;
  document.body.dataset.scanLinks = String(links.length);
  button.addEventListener('click', () => {
    void (async () => {
      const key = stateKey(tabId);
      const prev = parseScanState((await browser.storage.session.get(key))[key]);
      // The same list scanned before keeps its table; another list starts afresh.
      if (!prev || prev.listUrl !== listUrl) {
        const fresh: ScanState = { listUrl, title, links, status: 'ready', next: 0, records: [], problems: [] };
        await browser.storage.session.set({ [key]: fresh });
      }
      await browser.tabs.create({ url: browser.runtime.getURL(`src/scan/index.html?tab=${tabId}`) });
      window.close();
    })();
  });
}
