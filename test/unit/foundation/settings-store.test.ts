/**
 * Settings storage that cannot fill up silently (issue 17, rows 3 and 4): per-site items pruned by
 * last use, debounced writes, every failed write reported ("not saved: …") and retried. The fake
 * area enforces storage.sync's limits the way Chrome reports them.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseSettings, withSite, type Settings } from '../../../src/core/settings/schema';
import { createSettingsStore, KEY, MAX_SITES, SAVE_ERROR_KEY, SITE_PREFIX, type StorageArea } from '../../../src/core/settings/store';

interface FakeArea extends StorageArea {
  data: Map<string, unknown>;
  writes: number;
  /** Throw this (once per call) on the next `n` set calls. */
  failNext(n: number, message: string): void;
}

/** storage.sync's limits: 8,192 bytes per item, `quota` bytes in all, 512 items. */
function fakeSync({ quota = 102_400, perItem = 8192, maxItems = 512 } = {}): FakeArea {
  const data = new Map<string, unknown>();
  const bytes = (k: string, v: unknown) => k.length + JSON.stringify(v).length;
  let fail = 0;
  let failMessage = '';
  const area: FakeArea = {
    data,
    writes: 0,
    failNext(n, message) {
      fail = n;
      failMessage = message;
    },
    async get(keys) {
      const want = keys === null ? [...data.keys()] : typeof keys === 'string' ? [keys] : keys;
      return Object.fromEntries(want.filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))]));
    },
    async set(items) {
      area.writes++;
      if (fail > 0) {
        fail--;
        throw new Error(failMessage);
      }
      const next = new Map(data);
      for (const [k, v] of Object.entries(items)) {
        if (bytes(k, v) > perItem) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
        next.set(k, structuredClone(v));
      }
      if (next.size > maxItems) throw new Error('MAX_ITEMS quota exceeded');
      if ([...next].reduce((n, [k, v]) => n + bytes(k, v), 0) > quota) throw new Error('QUOTA_BYTES quota exceeded');
      for (const [k, v] of next) data.set(k, v);
    },
    async remove(keys) {
      for (const k of typeof keys === 'string' ? [keys] : keys) data.delete(k);
    },
  };
  return area;
}

function fakeLocal(): StorageArea & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    async get(keys) {
      const want = keys === null ? [...data.keys()] : typeof keys === 'string' ? [keys] : keys;
      return Object.fromEntries(want.filter((k) => data.has(k)).map((k) => [k, data.get(k)]));
    },
    async set(items) {
      for (const [k, v] of Object.entries(items)) data.set(k, v);
    },
    async remove(keys) {
      for (const k of typeof keys === 'string' ? [keys] : keys) data.delete(k);
    },
  };
}

const site = (i: number) => `site${i}.example.cn`;
const siteItems = (a: FakeArea) => [...a.data.keys()].filter((k) => k.startsWith(SITE_PREFIX));

afterEach(() => vi.useRealTimers());

describe('settings store', () => {
  it('keeps each site in its own item, pruned by last use: 600 sites never hit the 8 KB item limit', async () => {
    const area = fakeSync();
    let clock = 1_000;
    const notices: Array<string | null> = [];
    const store = createSettingsStore(area, { delay: 0, now: () => clock, onNotice: (t) => notices.push(t) });
    let s = await store.load();
    for (let i = 0; i < 600; i++) {
      clock += 1000;
      s = withSite(s, site(i), { panelWidth: 300 + (i % 100), panelCollapsed: i % 2 === 0 });
      store.save(s);
      await store.flush();
    }
    expect(notices, 'no failed write').toEqual([]);
    const items = siteItems(area);
    expect(items.length).toBe(MAX_SITES);
    // The most recently used sites are kept, the oldest ones pruned.
    expect(area.data.has(SITE_PREFIX + site(599))).toBe(true);
    expect(area.data.has(SITE_PREFIX + site(600 - MAX_SITES))).toBe(true);
    expect(area.data.has(SITE_PREFIX + site(0))).toBe(false);
    for (const [k, v] of area.data) expect(JSON.stringify(v).length, k).toBeLessThan(1000);
    // The defaults item holds no site.
    expect((area.data.get(KEY) as Settings).sites).toEqual({});
    // What is stored reads back.
    const again = await createSettingsStore(area).load();
    expect(again.sites[site(599)]).toEqual({ panelWidth: 399, panelCollapsed: false });
  });

  it('a full storage area: the least recently used sites make room, the site being saved is kept', async () => {
    const area = fakeSync({ quota: 4000 }); // room for ~50 site items
    let clock = 1;
    const notices: Array<string | null> = [];
    const store = createSettingsStore(area, { delay: 0, now: () => clock++, onNotice: (t) => notices.push(t) });
    let s = await store.load();
    for (let i = 0; i < 120; i++) {
      s = withSite(s, site(i), { panelWidth: 400, autoPanel: true });
      store.save(s);
      await store.flush();
      expect(area.data.has(SITE_PREFIX + site(i)), `site ${i} saved`).toBe(true);
    }
    expect(notices).toEqual([]);
    const kept = siteItems(area)
      .map((k) => Number(k.match(/site(\d+)/)![1]))
      .sort((a, b) => a - b);
    expect(kept.length).toBeGreaterThan(20);
    expect(kept.at(-1)).toBe(119);
    // Kept = the newest ones, contiguous.
    expect(kept).toEqual(Array.from({ length: kept.length }, (_, i) => 120 - kept.length + i));
  });

  it('200 resize steps are one write (debounced)', async () => {
    vi.useFakeTimers();
    const area = fakeSync();
    const store = createSettingsStore(area, { delay: 400 });
    let s = await store.load();
    for (let i = 0; i < 200; i++) {
      s = withSite(s, 'news.example.cn', { panelWidth: 240 + i });
      store.save(s);
      await vi.advanceTimersByTimeAsync(10);
    }
    expect(area.writes).toBe(0);
    await vi.advanceTimersByTimeAsync(500);
    expect(area.writes).toBe(1);
    expect(area.data.get(SITE_PREFIX + 'news.example.cn')).toMatchObject({ panelWidth: 439 });
  });

  it('a failed write is reported ("not saved: …", also in storage.local for the popup) and retried until it is stored', async () => {
    vi.useFakeTimers();
    const area = fakeSync();
    const local = fakeLocal();
    const notices: Array<string | null> = [];
    const store = createSettingsStore(area, { delay: 0, local, onNotice: (t) => notices.push(t) });
    const s = withSite(await store.load(), 'news.example.cn', { enabled: false });
    area.failNext(2, 'This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.');
    store.save(s);
    await expect(store.flush()).rejects.toThrow(/MAX_WRITE_OPERATIONS/);
    expect(notices).toEqual(['not saved: This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.']);
    expect(store.error()).toMatch(/^not saved: /);
    await vi.advanceTimersByTimeAsync(0);
    expect(local.data.get(SAVE_ERROR_KEY)).toMatchObject({ text: expect.stringMatching(/^not saved: /) });
    expect(area.data.has(SITE_PREFIX + 'news.example.cn')).toBe(false);
    // First retry (1 s) fails again, the second (5 s later) succeeds.
    await vi.advanceTimersByTimeAsync(1000);
    expect(area.data.has(SITE_PREFIX + 'news.example.cn')).toBe(false);
    await vi.advanceTimersByTimeAsync(5000);
    expect(area.data.get(SITE_PREFIX + 'news.example.cn')).toMatchObject({ enabled: false });
    expect(notices.at(-1)).toBeNull();
    expect(store.error()).toBeNull();
    expect(local.data.has(SAVE_ERROR_KEY)).toBe(false);
  });

  it('reads the old layout (every site inside `settings`) and splits it on the next write', async () => {
    const area = fakeSync();
    const old = parseSettings({ hoverPinyin: true, sites: { 'a.example.cn': { autoPanel: true }, 'b.example.cn': { panelWidth: 500 } } });
    area.data.set(KEY, old);
    const store = createSettingsStore(area, { delay: 0 });
    const s = await store.load();
    expect(s.hoverPinyin).toBe(true);
    expect(s.sites['a.example.cn']).toEqual({ autoPanel: true });
    store.save(s);
    await store.flush();
    expect((area.data.get(KEY) as Settings).sites).toEqual({});
    expect(area.data.get(SITE_PREFIX + 'b.example.cn')).toMatchObject({ panelWidth: 500 });
    expect((await createSettingsStore(area).load()).sites).toEqual(s.sites);
  });

  it('corrupt items fall back to defaults', async () => {
    const area = fakeSync();
    area.data.set(KEY, 'garbage');
    area.data.set(SITE_PREFIX + 'x.example.cn', { panelWidth: 'wide', enabled: 'yes', u: 'never' });
    area.data.set(SITE_PREFIX, { enabled: false });
    const s = await createSettingsStore(area).load();
    expect(s.hoverPinyin).toBe(true);
    expect(s.sites['x.example.cn']).toEqual({});
    expect(Object.keys(s.sites)).toEqual(['x.example.cn']);
  });
});
