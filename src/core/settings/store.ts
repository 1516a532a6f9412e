/**
 * How settings are stored (no browser API: it works on any StorageArea-like object; the extension
 * passes browser.storage.sync, unit tests a fake that fills up).
 *
 * Layout: the defaults in one item (`settings`, with `sites` left empty) and each site's settings
 * in an item of its own (`site:<host>` → the site's values plus `u`, when it was last used), so
 * no item grows with the number of sites (sync allows 8 KB per item) and one site's write does not
 * rewrite the others. Sites are pruned by last use (at most MAX_SITES, fewer when the browser says
 * the quota is full). Writes are debounced (a resize drag or 200 key presses are one write); a
 * write that fails is retried with back-off and reported to the user ("not saved: …") through
 * `onNotice` and the `saveError` item of storage.local, which the popup shows too. Old data (all
 * sites inside `settings`) is read and split on the next write.
 */
import { parseSettings, siteKey, type Settings } from './schema';

export const KEY = 'settings';
export const SITE_PREFIX = 'site:';
/** storage.local: the last failed write, for the popup (`{ text, at }`), removed once a write succeeds. */
export const SAVE_ERROR_KEY = 'saveError';
export const MAX_SITES = 200;
const DAY = 24 * 3600 * 1000;
const RETRY_MS = [1000, 5000, 15_000, 60_000];

/** The slice of a browser storage area the store uses (fakes in unit tests). */
export interface StorageArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface StoreOptions {
  /** Where failures are recorded for other parts of the extension (storage.local). */
  local?: StorageArea;
  /** Debounce delay in ms (default 400). */
  delay?: number;
  maxSites?: number;
  now?: () => number;
  /** "not saved: …" after a failed write; null once a retry succeeded. */
  onNotice?: (text: string | null) => void;
  /** Text of the notice for an error (localised by the caller). */
  format?: (message: string) => string;
}

export interface SettingsStore {
  load(): Promise<Settings>;
  /** Store `settings` (debounced; the last call wins). */
  save(settings: Settings): void;
  /** Write what is pending now; resolves when it is stored, rejects if it failed (a retry is scheduled). */
  flush(): Promise<void>;
  /** Mark a site as used now (written at most once a day per site). */
  touch(host: string): void;
  /** The last failure not yet cured by a successful write. */
  error(): string | null;
  dispose(): void;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const siteItem = (host: string) => SITE_PREFIX + host;
const isQuota = (m: string) => /quota|MAX_ITEMS/i.test(m) && !/MAX_WRITE_OPERATIONS/i.test(m);
const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** Settings assembled from the items of a storage area (legacy `settings.sites` too). */
export function readSettings(items: Record<string, unknown>): { settings: Settings; used: Map<string, number>; legacy: boolean } {
  const raw = isObj(items[KEY]) ? items[KEY] : {};
  const legacySites = isObj(raw.sites) ? raw.sites : {};
  const sites: Record<string, unknown> = { ...legacySites };
  const used = new Map<string, number>();
  for (const [k, v] of Object.entries(items)) {
    if (!k.startsWith(SITE_PREFIX) || !isObj(v)) continue;
    const host = siteKey(k.slice(SITE_PREFIX.length));
    if (!host) continue;
    const { u, ...site } = v;
    sites[host] = site;
    used.set(host, typeof u === 'number' && Number.isFinite(u) ? u : 0);
  }
  const settings = parseSettings({ ...raw, sites });
  for (const host of Object.keys(settings.sites)) if (!used.has(host)) used.set(host, 0);
  return { settings, used, legacy: Object.keys(legacySites).length > 0 };
}

export function createSettingsStore(area: StorageArea, opts: StoreOptions = {}): SettingsStore {
  const delay = opts.delay ?? 400;
  const maxSites = opts.maxSites ?? MAX_SITES;
  const now = opts.now ?? Date.now;
  const format = opts.format ?? ((m: string) => `not saved: ${m}`);
  /** What storage holds, as far as this context knows: item key → JSON. */
  const known = new Map<string, string>();
  const used = new Map<string, number>();
  /** Sites pruned from storage → their values then (written again only if they change). */
  const pruned = new Map<string, string>();
  let wanted: Settings | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let retries = 0;
  let failure: string | null = null;
  let writing: Promise<void> | null = null;
  let disposed = false;

  function notice(text: string | null): void {
    if (text === failure) return;
    failure = text;
    opts.onNotice?.(text);
    const local = opts.local;
    if (!local) return;
    const done = text ? local.set({ [SAVE_ERROR_KEY]: { text, at: now() } }) : local.remove(SAVE_ERROR_KEY);
    void done.catch(() => undefined);
  }

  /** The items `s` is stored as (site items carry their last use). */
  function itemsOf(s: Settings): Map<string, unknown> {
    const out = new Map<string, unknown>();
    out.set(KEY, { ...s, sites: {} });
    for (const [host, site] of Object.entries(s.sites)) {
      if (!Object.keys(site).length) continue;
      if (pruned.has(host)) {
        if (pruned.get(host) === JSON.stringify(site)) continue;
        pruned.delete(host);
      }
      const prev = known.get(siteItem(host));
      const sameSite = prev !== undefined && JSON.stringify({ ...site, u: used.get(host) ?? 0 }) === prev;
      if (!sameSite) used.set(host, Math.max(now(), used.get(host) ?? 0));
      out.set(siteItem(host), { ...site, u: used.get(host) ?? now() });
    }
    return out;
  }

  /** Least recently used site items beyond `keep` (never `protect`). */
  function oldest(items: Map<string, unknown>, keep: number): string[] {
    const sites = [...items.keys()].filter((k) => k.startsWith(SITE_PREFIX));
    if (sites.length <= keep) return [];
    sites.sort((a, b) => (used.get(a.slice(SITE_PREFIX.length)) ?? 0) - (used.get(b.slice(SITE_PREFIX.length)) ?? 0));
    return sites.slice(0, sites.length - keep);
  }

  async function write(s: Settings, cap: number): Promise<void> {
    const items = itemsOf(s);
    const drop = oldest(items, cap);
    for (const k of drop) {
      const host = k.slice(SITE_PREFIX.length);
      pruned.set(host, JSON.stringify(s.sites[host]));
      items.delete(k);
    }
    const set: Record<string, unknown> = {};
    for (const [k, v] of items) {
      const j = JSON.stringify(v);
      if (known.get(k) !== j) set[k] = v;
    }
    const remove = [...known.keys()].filter((k) => k.startsWith(SITE_PREFIX) && !items.has(k));
    // Removing first frees room for what is written.
    if (remove.length) {
      await area.remove(remove);
      for (const k of remove) known.delete(k);
    }
    if (Object.keys(set).length) {
      await area.set(set);
      for (const [k, v] of Object.entries(set)) known.set(k, JSON.stringify(v));
    }
  }

  async function run(): Promise<void> {
    timer = null;
    const s = wanted;
    if (!s || disposed) return;
    try {
      let cap = Math.min(maxSites, Object.keys(s.sites).length);
      for (;;) {
        try {
          await write(s, cap);
          break;
        } catch (err) {
          // Full: give the least recently used sites' room to this write, then try again.
          if (!isQuota(messageOf(err)) || cap === 0) throw err;
          cap = Math.max(0, cap - Math.max(1, Math.ceil(cap / 10)));
        }
      }
      if (wanted === s) wanted = null;
      retries = 0;
      notice(null);
    } catch (err) {
      notice(format(messageOf(err)));
      // dispose() may have run during the awaits above; TS keeps the narrowing to false across them.
      // oxlint-disable-next-line typescript/no-unnecessary-condition
      if (!disposed) timer = setTimeout(() => void flushNow().catch(() => undefined), RETRY_MS[Math.min(retries++, RETRY_MS.length - 1)]);
      throw err;
    }
  }

  function flushNow(): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = null;
    const p = (writing ?? Promise.resolve()).then(run);
    const done: Promise<void> = p.then(
      () => {
        if (writing === done) writing = null;
      },
      () => {
        if (writing === done) writing = null;
      },
    );
    writing = done;
    return p;
  }

  const store: SettingsStore = {
    async load() {
      let items: Record<string, unknown> = {};
      try {
        items = await area.get(null);
      } catch {
        return parseSettings(undefined);
      }
      const r = readSettings(items);
      known.clear();
      for (const [k, v] of Object.entries(items)) if (k === KEY || k.startsWith(SITE_PREFIX)) known.set(k, JSON.stringify(v));
      for (const [h, u] of r.used) used.set(h, u);
      if (r.legacy) known.set(KEY, ''); // rewrite `settings` without its sites on the next save
      return r.settings;
    },
    save(s) {
      wanted = s;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void flushNow().catch(() => undefined), delay);
    },
    flush: () => (wanted ? flushNow() : (writing ?? Promise.resolve())),
    touch(host) {
      const key = siteKey(host);
      const item = known.get(siteItem(key));
      if (!item || now() - (used.get(key) ?? 0) < DAY) return;
      used.set(key, now());
      const v = JSON.parse(item) as Record<string, unknown>;
      void area.set({ [siteItem(key)]: { ...v, u: now() } }).then(
        () => known.set(siteItem(key), JSON.stringify({ ...v, u: now() })),
        () => undefined,
      );
    },
    error: () => failure,
    dispose() {
      disposed = true;
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
  return store;
}
