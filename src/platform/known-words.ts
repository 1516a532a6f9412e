/**
 * The learner's known words in browser.storage.local (key `knownWords`), bounded by the engine
 * (src/core/levels/known.ts): load, add, remove, import and export a plain word list, and watch
 * for changes made elsewhere (popup, options, another tab).
 */
import browser from 'webextension-polyfill';
import { addKnown, formatWordList, parseKnown, parseWordList, removeKnown, type KnownChange } from '../core/levels/index';

export const KNOWN_KEY = 'knownWords';

export async function loadKnown(): Promise<string[]> {
  try {
    const got = await browser.storage.local.get(KNOWN_KEY);
    return parseKnown(got[KNOWN_KEY]);
  } catch {
    return [];
  }
}

async function save(list: string[]): Promise<void> {
  await browser.storage.local.set({ [KNOWN_KEY]: list });
}

/** Mark words known; says how many were added and how many the full list refused. */
export async function markKnown(words: Iterable<string>): Promise<KnownChange> {
  const change = addKnown(await loadKnown(), words);
  if (change.added) await save(change.list);
  return change;
}

export async function unmarkKnown(words: Iterable<string>): Promise<string[]> {
  const list = removeKnown(await loadKnown(), words);
  await save(list);
  return list;
}

/** Import a word list (plain, Pleco or Anki text export). */
export async function importKnown(text: string): Promise<KnownChange> {
  return markKnown(parseWordList(text));
}

/** The known words as a plain list, one a line. */
export async function exportKnown(): Promise<string> {
  return formatWordList(await loadKnown());
}

export function onKnownChanged(fn: (list: string[]) => void): () => void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'local' && KNOWN_KEY in changes) fn(parseKnown(changes[KNOWN_KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
