/** Settings in storage.sync, validated on every read (browser glue over src/core/settings/store). */
import browser from 'webextension-polyfill';
import type { Settings } from '../core/settings/schema';
import { createSettingsStore, KEY, SAVE_ERROR_KEY, SITE_PREFIX, type SettingsStore, type StorageArea } from '../core/settings/store';

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

let shared: SettingsStore | null = null;
const noticeFns = new Set<(text: string | null) => void>();

/** The store of this extension context (one per content script, popup, options page). */
export function settingsStore(): SettingsStore {
  shared ??= createSettingsStore(browser.storage.sync, {
    local: browser.storage.local as unknown as StorageArea,
    onNotice: (text) => {
      for (const f of noticeFns) f(text);
    },
    format: (m) => {
      const t = browser.i18n.getMessage('notSaved', [m]);
      return t || `not saved: ${m}`;
    },
  });
  return shared;
}

export function loadSettings(): Promise<Settings> {
  return settingsStore().load();
}

/** Save (debounced) and resolve once stored; rejects when the write failed (it is retried and reported). */
export async function saveSettings(settings: Settings): Promise<void> {
  const s = settingsStore();
  s.save(settings);
  await s.flush();
}

/** Failed writes of this context ("not saved: …"; null when a retry succeeded). Returns an unsubscribe. */
export function onSaveNotice(fn: (text: string | null) => void): () => void {
  noticeFns.add(fn);
  return () => noticeFns.delete(fn);
}

/** The last failure any part of the extension recorded (storage.local), or null. */
export async function lastSaveError(): Promise<string | null> {
  try {
    const got = await browser.storage.local.get(SAVE_ERROR_KEY);
    const v = got[SAVE_ERROR_KEY];
    return isObj(v) && typeof v.text === 'string' ? v.text : null;
  } catch {
    return null;
  }
}

/** Call `fn` whenever settings change (from any part of the extension). Returns an unsubscribe. */
export function onSettingsChanged(fn: (s: Settings) => void): () => void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area !== 'sync' || !Object.keys(changes).some((k) => k === KEY || k.startsWith(SITE_PREFIX))) return;
    void settingsStore().load().then(fn);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
