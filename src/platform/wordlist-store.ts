/**
 * The learner's word list in browser.storage.local (key `wordlist`), shared by the hover popup
 * (which adds words) and the panel (which exports them). Browser glue over core/report/wordlist.
 */
import browser from 'webextension-polyfill';
import { addWord, parseWordList, WORDLIST_KEY, type AddResult, type WordEntry } from '../core/report/wordlist';

export async function loadWordList(): Promise<WordEntry[]> {
  try {
    const got = await browser.storage.local.get(WORDLIST_KEY);
    return parseWordList(got[WORDLIST_KEY]);
  } catch {
    return [];
  }
}

/**
 * Add (or update) a word. A full list is left as it is (`outcome: 'full'`) and a failed write is
 * thrown: the caller shows both, so nothing the learner keeps is lost silently.
 */
export async function addToWordList(entry: WordEntry): Promise<AddResult> {
  const result = addWord(await loadWordList(), { added: Date.now(), ...entry });
  if (result.outcome === 'added' || result.outcome === 'updated') await browser.storage.local.set({ [WORDLIST_KEY]: result.list });
  return result;
}

export async function clearWordList(): Promise<void> {
  await browser.storage.local.remove(WORDLIST_KEY);
}

/** Call `fn` with the new list whenever it changes; returns an unsubscribe. */
export function onWordListChanged(fn: (list: WordEntry[]) => void): () => void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'local' && WORDLIST_KEY in changes) fn(parseWordList(changes[WORDLIST_KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
