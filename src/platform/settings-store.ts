/** Settings in storage.sync, validated on every read (browser glue over src/core/settings). */
import browser from 'webextension-polyfill';
import { parseSettings, type Settings } from '../core/settings/schema';

const KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  try {
    const got = await browser.storage.sync.get(KEY);
    return parseSettings(got[KEY]);
  } catch {
    return parseSettings(undefined);
  }
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.sync.set({ [KEY]: parseSettings(settings) });
}

/** Call `fn` whenever settings change (from any part of the extension). Returns an unsubscribe. */
export function onSettingsChanged(fn: (s: Settings) => void): () => void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'sync' && KEY in changes) fn(parseSettings(changes[KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
