/**
 * The scan page (an extension page, opened in its own tab from the popup): the list page's
 * article links shown before anything is fetched; on the user's click, the optional host
 * permission for those origins only, then the pages fetched one or two at a time with a pause,
 * decoded as a browser would, run through the same extraction and summary engine here (off the
 * web page's main thread), and grouped into stories. Page data is shown as text only.
 */
import browser from 'webextension-polyfill';
import {
  analyzePage,
  readPage,
  rowJson,
  StoryGrouper,
  storyRow,
  tableCsv,
  tableMarkdown,
  figureText,
  type ScanRow,
  type Story,
} from '../core/scan/index';
import { localise, t } from '../platform/i18n';
import { parseScanState, stateKey, toRecord, toStored, type ScanState } from './state';

const CONCURRENCY = 2;
const PAUSE_MS = 600;
const TIMEOUT_MS = 20_000;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const tabId = Number(new URLSearchParams(location.search).get('tab'));

let state: ScanState | null = null;
let controller: AbortController | null = null;
/** The columns the table sorts by (`data-sort` in index.html). */
type SortKey = 'title' | 'publishedAt' | 'source' | 'author';
let sortKey: SortKey | null = null;
let sortDir = 1;

/** Fetch one linked page; only the list page's registrable domain, never following a redirect away from it. */
export async function fetchLinked(url: string, site: URL, signal: AbortSignal): Promise<{ document: Document } | { error: string }> {
  let res: Response;
  try {
    res = await fetch(url, { credentials: 'omit', redirect: 'follow', signal: AbortSignal.any([signal, AbortSignal.timeout(TIMEOUT_MS)]) });
  } catch (err) {
    const e = err as Error;
    if (signal.aborted) throw err;
    return { error: e.name === 'TimeoutError' ? `timeout after ${TIMEOUT_MS / 1000} s` : `network error: ${e.message}` };
  }
  const page = await readPage(res, site);
  if ('error' in page) return page;
  const text = page.text;
  // DOMParser documents are inert: no script runs, nothing loads.
  return { document: new DOMParser().parseFromString(text, 'text/html') };
}

async function save(): Promise<void> {
  if (state) await browser.storage.session.set({ [stateKey(tabId)]: state }).catch(() => undefined);
}

function origins(s: ScanState): string[] {
  return [...new Set([s.listUrl, ...s.links.map((l) => l.url)].map((u) => `${new URL(u).origin}/*`))];
}

function stories(s: ScanState): Story[] {
  const g = new StoryGrouper();
  // Records in list order, whatever order they arrived in.
  const order = new Map(s.links.map((l, i) => [l.url, i]));
  for (const r of [...s.records].sort((a, b) => (order.get(a.url) ?? 0) - (order.get(b.url) ?? 0))) g.add(toRecord(r));
  return g.stories();
}

function rows(s: ScanState): ScanRow[] {
  return [...stories(s).map(storyRow), ...s.problems];
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string | null, cls?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

function link(url: string, text: string): HTMLAnchorElement {
  const a = el('a', text);
  // Only http(s) links from the page become clickable.
  if (/^https?:\/\//i.test(url)) a.href = url;
  a.target = '_blank';
  a.rel = 'noopener noreferrer';
  return a;
}

function storyText(s: Story): string {
  const e = s.entities;
  return [
    s.title,
    s.publishedAt,
    s.source,
    s.origin,
    s.author,
    s.editor,
    ...e.people,
    ...e.places,
    ...e.organizations,
    s.keySentence,
    ...s.urls,
  ]
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
}

function renderTable(): void {
  if (!state) return;
  const all = stories(state);
  const q = $<HTMLInputElement>('filter').value.trim().toLowerCase();
  let list = q ? all.filter((s) => storyText(s).includes(q)) : all;
  if (sortKey) {
    const k = sortKey;
    list = [...list].sort((a, b) => (a[k] ?? '').localeCompare(b[k] ?? '', 'zh') * sortDir);
  }
  const body = $('rows');
  body.replaceChildren(
    ...list.map((s) => {
      const tr = el('tr');
      tr.dataset.urls = String(s.urls.length);
      const head = el('td');
      head.append(link(s.urls[0]!, s.title ?? s.urls[0]!));
      if (s.urls.length > 1) {
        const more = el('span', `${t('scanAlsoAt')} `, 'more');
        s.pages.slice(1).forEach((p, i) => {
          if (i) more.append(' · ');
          more.append(link(p.url, p.source ?? new URL(p.url).pathname));
        });
        head.append(more);
      }
      const src = el('td', s.source);
      if (s.origin && s.origin !== s.source) src.append(el('span', `← ${s.origin}`, 'more'));
      if (s.originalTitle) src.append(el('span', `原标题：${s.originalTitle}`, 'more'));
      const by = el('td', s.author);
      if (s.editor) by.append(el('span', s.editor, 'more'));
      const figs = el('td');
      for (const f of s.figures) figs.append(el('span', figureText(f), 'more'));
      const ents = el('td');
      for (const names of [s.entities.people, s.entities.places, s.entities.organizations])
        if (names.length) ents.append(el('span', names.join('、'), 'more'));
      tr.append(head, el('td', s.publishedAt?.replace('T', ' ').slice(0, 16)), src, by, figs, ents, el('td', s.keySentence, 'key'));
      return tr;
    }),
  );
  $('count').textContent = q ? `${list.length} / ${all.length}` : String(all.length);
  const probs = state.problems;
  $('problems-title').hidden = !probs.length;
  $('problems').replaceChildren(
    ...probs.map((p) => {
      const li = el('li');
      li.dataset.type = p.type;
      li.append(link(p.url, p.url), ` — ${p.type === 'failed' ? p.error : p.reason}`);
      return li;
    }),
  );
  $('table-box').hidden = !all.length && !probs.length;
}

function renderProgress(): void {
  if (!state) return;
  const total = state.links.length;
  const p = $<HTMLProgressElement>('progress');
  p.max = Math.max(total, 1);
  p.value = state.next;
  $('progress-text').textContent = `${state.next} / ${total}`;
  $('run-box').hidden = state.status === 'ready';
  $('cancel').hidden = state.status !== 'running';
  $('resume').hidden = state.status !== 'cancelled';
  if (state.status === 'cancelled') $('message').textContent = t('scanCancelled', String(state.next), String(total));
  if (state.status === 'done') $('message').textContent = t('scanDone', String(stories(state).length), String(total));
}

async function run(): Promise<void> {
  if (!state) return;
  const s = state;
  const site = new URL(s.listUrl);
  controller = new AbortController();
  const { signal } = controller;
  s.status = 'running';
  $('start-box').hidden = true;
  renderProgress();
  let next = s.next;
  let done = s.next;
  const worker = async () => {
    while (next < s.links.length && !signal.aborted) {
      const i = next++;
      const item = s.links[i]!;
      try {
        const got = await fetchLinked(item.url, site, signal);
        if ('error' in got) s.problems.push({ type: 'failed', url: item.url, error: got.error });
        else {
          const out = analyzePage(got.document, item.url, { linkText: item.text, now: new Date() });
          if (out.kind === 'article') s.records.push(toStored(out.record));
          else s.problems.push({ type: 'skipped', url: item.url, reason: out.reason });
        }
      } catch {
        // oxlint-disable-next-line typescript/no-unnecessary-condition -- the scan may have been cancelled during the fetch
        if (signal.aborted) {
          next = Math.min(next, i);
          break;
        }
        s.problems.push({ type: 'failed', url: item.url, error: 'could not be read' });
      }
      s.next = Math.max(s.next, ++done);
      renderProgress();
      renderTable();
      await save();
      // oxlint-disable-next-line typescript/no-unnecessary-condition -- the scan may have been cancelled during the awaits above
      if (next < s.links.length && !signal.aborted) await new Promise((r) => setTimeout(r, PAUSE_MS));
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  // A cancelled scan resumes at the first link not handled.
  const handled = new Set([...s.records.map((r) => r.url), ...s.problems.map((p) => p.url)]);
  s.next = s.links.findIndex((l) => !handled.has(l.url));
  if (s.next < 0) s.next = s.links.length;
  s.status = signal.aborted && s.next < s.links.length ? 'cancelled' : 'done';
  controller = null;
  renderProgress();
  renderTable();
  await save();
}

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = el('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function fileBase(): string {
  const host = state ? new URL(state.listUrl).hostname : 'scan';
  return `dubao-scan-${host}-${new Date().toISOString().slice(0, 10)}`;
}

async function main(): Promise<void> {
  localise(document);
  document.documentElement.lang = browser.i18n.getUILanguage();
  const got = Number.isInteger(tabId) && tabId >= 0 ? await browser.storage.session.get(stateKey(tabId)).catch(() => ({})) : {};
  state = parseScanState((got as Record<string, unknown>)[stateKey(tabId)]);
  if (!state) {
    $('message').textContent = t('scanNoState');
    return;
  }
  const s = state;
  $('title').textContent = s.title || s.listUrl;
  $('list-url').textContent = s.listUrl;
  // A scan interrupted by closing the page is resumable, not running.
  if (s.status === 'running') s.status = 'cancelled';
  if (s.status === 'ready') {
    $('start-box').hidden = false;
    $('message').textContent = t('scanLinksFound', String(s.links.length));
    $('start-note').textContent = t(
      'scanStartNote',
      origins(s)
        .map((o) => o.replace(/\/\*$/, ''))
        .join(', '),
    );
    $('start').textContent = t('scanStart', String(s.links.length));
    $('links').replaceChildren(
      ...s.links.map((l) => {
        const li = el('li');
        li.append(link(l.url, l.text || l.url));
        return li;
      }),
    );
  }
  const ask = () => browser.permissions.request({ origins: origins(s) });
  $('start').addEventListener('click', () => {
    // permissions.request must be called right in the click: no await before it.
    void ask().then((ok) => {
      if (!ok) {
        $('message').textContent = t('scanDenied');
        return;
      }
      void run();
    });
  });
  $('resume').addEventListener('click', () => {
    void ask().then((ok) => (ok ? run() : undefined));
  });
  $('cancel').addEventListener('click', () => controller?.abort());
  $('filter').addEventListener('input', renderTable);
  document.querySelectorAll<HTMLElement>('th[data-sort]').forEach((th) => {
    const sort = () => {
      const k = th.dataset.sort as SortKey;
      sortDir = sortKey === k ? -sortDir : 1;
      sortKey = k;
      document.querySelectorAll('th[data-sort]').forEach((o) => o.setAttribute('aria-sort', 'none'));
      th.setAttribute('aria-sort', sortDir > 0 ? 'ascending' : 'descending');
      renderTable();
    };
    th.addEventListener('click', sort);
    th.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        sort();
      }
    });
  });
  $('export-csv').addEventListener('click', () =>
    download(`${fileBase()}.csv`, 'text/csv;charset=utf-8', tableCsv(rows(s), { bom: true })),
  );
  $('export-jsonl').addEventListener('click', () =>
    download(
      `${fileBase()}.jsonl`,
      'application/x-ndjson',
      rows(s)
        .map((r) => JSON.stringify(rowJson(r)))
        .join('\n') + '\n',
    ),
  );
  $('export-md').addEventListener('click', () =>
    download(`${fileBase()}.md`, 'text/markdown;charset=utf-8', tableMarkdown(rows(s), s.title || undefined) + '\n'),
  );
  renderProgress();
  renderTable();
  await save();
}

void main();
