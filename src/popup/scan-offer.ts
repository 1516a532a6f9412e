/**
 * The popup's "Scan the N articles on this page" button: on a Chinese page that is not an
 * article, the page's HTML is read once (scripting, on the user's opening of the popup), its
 * article links found here in the popup, and the button opens the scan page in a new tab with
 * those links stored for that tab. Nothing is fetched until the user starts the scan there.
 */
import browser from 'webextension-polyfill';
import { findArticleLinks } from '../core/scan/links';
import { t } from '../platform/i18n';
import { parseScanState, stateKey, type ScanState } from '../scan/state';

/** Fewer article links than this: not a list page worth a scan. */
const MIN_LINKS = 3;
const MAX_LINKS = 300;

export async function offerScan(tabId: number, button: HTMLButtonElement): Promise<void> {
  const [res] = await browser.scripting.executeScript({
    target: { tabId },
    func: () => ({ html: document.documentElement.outerHTML, url: location.href, title: document.title }),
  }).catch(() => []);
  const page = res?.result as { html?: unknown; url?: unknown; title?: unknown } | undefined;
  if (!page || typeof page.html !== 'string' || typeof page.url !== 'string' || !/^https?:/.test(page.url)) return;
  const doc = new DOMParser().parseFromString(page.html, 'text/html');
  const links = findArticleLinks(doc, page.url).articles.slice(0, MAX_LINKS).map((a) => ({ url: a.url, text: a.text }));
  if (links.length < MIN_LINKS) return;
  button.textContent = t('popupScan', String(links.length));
  button.hidden = false;
  document.body.dataset.scanLinks = String(links.length);
  const listUrl = page.url;
  const title = typeof page.title === 'string' ? page.title : '';
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
