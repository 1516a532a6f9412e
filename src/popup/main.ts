/** Popup: what Dubao found on this page, quick switches, and this site's settings (storage.sync). */
import browser from 'webextension-polyfill';
import { parsePageStatus, type Message, type PageStatus } from '../core/messages/protocol';
import { siteSettings, withSite, VARIANTS, type Variant } from '../core/settings/schema';
import { isVariant } from '../core/convert/variant';
import { lastSaveError, loadSettings, onSaveNotice, saveSettings } from '../platform/settings-store';
import { localise, t } from '../platform/i18n';
import { offerScan } from './scan-offer';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

async function targetTab(): Promise<number | undefined> {
  // ?tabId=N lets tests (and the options page) point the popup at a given tab.
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function send(tabId: number, msg: Message): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, msg);
}

/** A write that failed (here or in a tab: storage.local `saveError`) is shown until one succeeds. */
function showSaveError(text: string | null): void {
  const el = $('save-error');
  el.textContent = text ?? '';
  el.hidden = !text;
}

async function main(): Promise<void> {
  localise(document);
  document.documentElement.lang = browser.i18n.getUILanguage();
  onSaveNotice(showSaveError);
  void lastSaveError().then((text) => text && showSaveError(text));
  $('options').addEventListener('click', (e) => {
    e.preventDefault();
    void browser.runtime.openOptionsPage();
  });
  const tabId = await targetTab();
  let status: PageStatus | null = null;
  if (tabId !== undefined) {
    status = parsePageStatus(await send(tabId, { type: 'get-status' }).catch(() => null));
  }
  const found = $('found');
  if (!status) {
    found.textContent = t('popupUnavailable');
    document.body.dataset.state = 'unavailable';
    return;
  }
  found.textContent = !status.chinese
    ? t('popupNotChinese')
    : status.article
      ? t('popupArticle', status.article.title ?? '')
      : t('popupNoArticle');
  document.body.dataset.state = status.chinese ? (status.article ? 'article' : 'no-article') : 'not-chinese';
  if (status.artefacts || status.spam) $('counts').textContent = t('popupFound', String(status.artefacts), String(status.spam));

  const id = tabId!;
  if (!status.article) void offerScan(id, $<HTMLButtonElement>('scan-list'));
  if (status.chinese) {
    $('controls').hidden = false;
    const hover = $<HTMLInputElement>('hover');
    const ruby = $<HTMLInputElement>('ruby');
    hover.checked = status.hover;
    ruby.checked = status.ruby;
    hover.addEventListener('change', () => void send(id, { type: 'page-action', action: 'set-hover', value: hover.checked }));
    ruby.addEventListener('change', () => void send(id, { type: 'page-action', action: 'set-ruby', value: ruby.checked }));
    $('open-panel').addEventListener('click', () => {
      void send(id, { type: 'command', command: 'toggle-panel' }).then(() => window.close());
    });
  }

  // Per-site settings.
  const host = status.host;
  if (!host) return;
  $('site').hidden = false;
  $('site-name').textContent = host;
  let settings = await loadSettings();
  const site = siteSettings(settings, host);
  const enabled = $<HTMLInputElement>('site-enabled');
  const script = $<HTMLSelectElement>('site-script');
  const auto = $<HTMLInputElement>('site-auto');
  enabled.checked = site.enabled;
  script.value = site.script ?? '';
  auto.checked = site.autoPanel;
  const save = async () => {
    const v = script.value;
    const scriptValue: Variant | null = (VARIANTS as readonly string[]).includes(v) ? (v as Variant) : null;
    settings = withSite(await loadSettings(), host, { enabled: enabled.checked, script: scriptValue, autoPanel: auto.checked });
    try {
      await saveSettings(settings);
      document.body.dataset.saved = String(Date.now());
    } catch {
      // Shown by onSaveNotice ("not saved: …") and retried by the store.
    }
  };
  enabled.addEventListener('change', () => void save());
  auto.addEventListener('change', () => void save());
  script.addEventListener('change', () => {
    void save().then(() => send(id, { type: 'page-action', action: 'set-script', value: isVariant(script.value) ? script.value : null }));
  });
}

void main();
