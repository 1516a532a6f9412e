// The word list store never drops a word silently: a full list refuses the add and says so; a failed
// write reaches the caller (the popup shows it).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { WORDLIST_KEY, WORDLIST_MAX } from '../../../src/core/report/wordlist';

const area = new Map<string, unknown>();
let failWrites = false;
vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      local: {
        get: async (k: string) => (area.has(k) ? { [k]: area.get(k) } : {}),
        set: async (o: Record<string, unknown>) => {
          if (failWrites) throw new Error('QUOTA_BYTES quota exceeded');
          for (const [k, v] of Object.entries(o)) area.set(k, v);
        },
        remove: async (k: string) => void area.delete(k),
      },
      onChanged: { addListener: () => undefined, removeListener: () => undefined },
    },
  },
}));

const { addToWordList, loadWordList } = await import('../../../src/platform/wordlist-store');

beforeEach(() => {
  area.clear();
  failWrites = false;
});

describe('word list store', () => {
  it('adds a sentence card and keeps it', async () => {
    const r = await addToWordList({
      word: '舉行',
      pinyin: 'jǔ xíng',
      level: 'HSK 3.0 · 4',
      sentence: '大會今天舉行。',
      title: '標題',
      url: 'https://x.example/a',
    });
    expect(r.outcome).toBe('added');
    expect(await loadWordList()).toMatchObject([{ word: '舉行', level: 'HSK 3.0 · 4', sentence: '大會今天舉行。' }]);
  });

  it('a full list refuses the add, says so, and keeps every word', async () => {
    area.set(
      WORDLIST_KEY,
      Array.from({ length: WORDLIST_MAX }, (_, i) => ({ word: `词${i}` })),
    );
    const r = await addToWordList({ word: '新词' });
    expect(r.outcome).toBe('full');
    expect(r.warning).toContain('full');
    const kept = await loadWordList();
    expect(kept).toHaveLength(WORDLIST_MAX);
    expect(kept[0]!.word).toBe('词0');
  });

  it('a failed write is thrown to the caller, not swallowed', async () => {
    failWrites = true;
    await expect(addToWordList({ word: '銀行' })).rejects.toThrow(/quota/);
  });
});
