/**
 * `dubao scan`: a list page → the table of its articles, reprints grouped into one story with
 * their origin. Offline over saved pages (`LIST.html --base URL --pages DIR`) or live (`URL`,
 * one or two requests at a time with a pause, only to the list page's own site).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Command } from '../command';
import type { Io } from '../io';
import { loadHtmlFile, parseHtml, UsageError, write, writeJsonLine } from '../io';
import {
  analyzePage,
  findArticleLinks,
  readPage,
  type PageOutcome,
  type PageRecord,
  rowJson,
  csvHeader,
  csvRow,
  StoryGrouper,
  storyRow,
  tableMarkdown,
  type ArticleLink,
  type ScanRow,
} from '../../core/scan/index';

export type Format = 'jsonl' | 'csv' | 'md';
/** A page to analyse: a saved file, fetched HTML, or why it could not be had. */
export type Source = { file: string } | { html: string } | { error: string };

export function parseFormat(v: unknown): Format {
  const f = (v as string | undefined) ?? 'jsonl';
  if (f !== 'jsonl' && f !== 'csv' && f !== 'md') throw new UsageError('--format must be jsonl, csv or md');
  return f;
}

/** Progress on stderr: a bar redrawn in place when stderr is a terminal, nothing otherwise. */
export function progress(io: Io, total: number): { tick(done: number): void; end(): void } {
  const tty = (io.stderr as { isTTY?: boolean }).isTTY === true;
  return {
    tick(done) {
      if (!tty || !total) return;
      const width = 30;
      const full = Math.round((done / total) * width);
      io.stderr.write(`\r[${'#'.repeat(full)}${'.'.repeat(width - full)}] ${done} / ${total}`);
    },
    end() {
      if (tty && total) io.stderr.write('\n');
    },
  };
}

type Outcome = PageOutcome | { kind: 'error'; error: string };

/** Where the built worker sits (dist/node/scan-worker.mjs); none when running from sources. */
function workerFile(): string | null {
  for (const rel of ['./scan-worker.mjs', '../scan-worker.mjs']) {
    const f = fileURLToPath(new URL(rel, import.meta.url));
    if (f.endsWith('.mjs') && existsSync(f)) return f;
  }
  return null;
}

/** Analyses pages in worker threads (each loads and parses its page), one job per worker at a time. */
class Pool {
  private readonly idle: Worker[] = [];
  private readonly waiting: Array<() => void> = [];
  private readonly pending = new Map<number, (o: Outcome) => void>();
  private readonly busy = new Map<Worker, number>();
  private nextId = 0;
  constructor(file: string, size: number) {
    for (let i = 0; i < size; i++) {
      const w = new Worker(file);
      w.on('message', (m: { id: number; out?: PageOutcome; error?: string }) => {
        this.pending.get(m.id)?.(m.out ?? { kind: 'error', error: m.error ?? 'worker failed' });
        this.pending.delete(m.id);
        this.busy.delete(w);
        this.idle.push(w);
        this.waiting.shift()?.();
      });
      // A worker that dies fails its page; the others go on.
      w.on('error', (err) => {
        const id = this.busy.get(w);
        if (id !== undefined) this.pending.get(id)?.({ kind: 'error', error: `worker failed: ${err.message}` });
      });
      this.idle.push(w);
    }
  }
  async run(job: { url: string; file?: string; html?: string; linkText?: string }): Promise<Outcome> {
    while (!this.idle.length) await new Promise<void>((r) => this.waiting.push(r));
    const w = this.idle.pop()!;
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.busy.set(w, id);
      w.postMessage({ id, ...job });
    });
  }
  close(): Promise<unknown> {
    return Promise.all([...this.idle].map((w) => w.terminate()));
  }
}

async function analyseHere(src: { file: string } | { html: string }, url: string, linkText?: string): Promise<Outcome> {
  try {
    const doc = 'file' in src ? (await loadHtmlFile(src.file)).document : parseHtml(src.html);
    return analyzePage(doc, url, { linkText });
  } catch (err) {
    return { kind: 'error', error: (err as Error).message };
  }
}

/** Runs the pages through the engine, groups reprints, writes the table; returns the exit code. */
export async function runTable(
  io: Io,
  format: Format,
  items: Array<{ url: string; text?: string }>,
  load: (url: string) => Promise<Source>,
  opts: { concurrency?: number; delayMs?: number; jobs?: number; label: string },
): Promise<number> {
  const grouper = new StoryGrouper();
  // Both indexed by the item's place in the list, so the table does not depend on which worker finished first.
  const problems = new Array<ScanRow | null>(items.length).fill(null);
  const outcomes = new Array<PageRecord | null>(items.length).fill(null);
  const file = (opts.jobs ?? 1) > 1 ? workerFile() : null;
  const pool = file ? new Pool(file, opts.jobs!) : null;
  const bar = progress(io, items.length);
  let done = 0;
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      const item = items[i]!;
      const src = await load(item.url);
      if ('error' in src) problems[i] = { type: 'failed', url: item.url, error: src.error };
      else {
        const out = pool ? await pool.run({ url: item.url, linkText: item.text, ...src }) : await analyseHere(src, item.url, item.text);
        if (out.kind === 'article') outcomes[i] = out.record;
        else if (out.kind === 'not-article') problems[i] = { type: 'skipped', url: item.url, reason: out.reason };
        else problems[i] = { type: 'failed', url: item.url, error: out.error };
      }
      bar.tick(++done);
      if (opts.delayMs && next < items.length) await new Promise((r) => setTimeout(r, opts.delayMs));
    }
  };
  // Offline, as many pages in flight as workers; live, the fetch concurrency (1 or 2).
  const lanes = Math.max(1, opts.concurrency ?? (pool ? opts.jobs! : 1));
  try {
    await Promise.all(Array.from({ length: lanes }, worker));
  } finally {
    await pool?.close();
  }
  bar.end();
  // Added in list order so story order and "earliest" ties do not depend on timing.
  for (const rec of outcomes) if (rec) grouper.add(rec);
  const listed = problems.filter((p): p is ScanRow => p !== null);
  const rows: ScanRow[] = [...grouper.stories().map(storyRow), ...listed];
  if (format === 'jsonl') for (const r of rows) await writeJsonLine(io.stdout, rowJson(r));
  else if (format === 'csv') await write(io.stdout, [csvHeader(), ...rows.map(csvRow)].join('\r\n') + '\r\n');
  else await write(io.stdout, tableMarkdown(rows) + '\n');
  const stories = rows.filter((r) => r.type === 'story').length;
  const failed = listed.filter((r) => r.type === 'failed').length;
  await write(
    io.stderr,
    `dubao ${opts.label}: ${items.length} pages → ${stories} stories, ${failed} failed, ${listed.length - failed} not articles\n`,
  );
  return failed ? 1 : 0;
}

/** Worker threads for a batch: --jobs N, else the machine's cores (at most 4) for 20 pages or more. */
export function jobsOption(v: unknown, pages: number): number {
  if (v !== undefined) return intOption(v, '--jobs', 1, 64, 1);
  return pages >= 20 ? Math.min(4, availableParallelism()) : 1;
}

/** Fetch a page as a browser would decode it; only pages of `site`'s registrable domain. */
export async function fetchPage(url: string, site: URL, timeoutMs = 20_000): Promise<Source> {
  let res: Response;
  try {
    res = await fetch(url, {
      redirect: 'follow',
      signal: AbortSignal.timeout(timeoutMs),
      headers: { accept: 'text/html,application/xhtml+xml' },
    });
  } catch (err) {
    const e = err as Error;
    return { error: e.name === 'TimeoutError' ? `timeout after ${timeoutMs} ms` : `network error: ${e.message}` };
  }
  const page = await readPage(res, site);
  return 'error' in page ? page : { html: page.text };
}

/** Offline lookup: DIR/urls.tsv (`URL<TAB>file`) first, then the URL's last path segment in DIR. */
export async function pageIndex(dir: string): Promise<(url: string) => string | null> {
  const map = new Map<string, string>();
  const tsv = path.join(dir, 'urls.tsv');
  if (existsSync(tsv)) {
    for (const line of (await readFile(tsv, 'utf8')).split(/\r?\n/)) {
      if (!line.trim() || line.startsWith('#')) continue;
      const [u, f] = line.split('\t');
      if (u && f) map.set(u.trim(), f.trim());
    }
  }
  return (url) => {
    const mapped = map.get(url) ?? map.get(url.replace(/#.*$/, ''));
    if (mapped) return path.resolve(dir, mapped);
    let seg = new URL(url).pathname.split('/').pop() ?? '';
    try {
      seg = decodeURIComponent(seg);
    } catch {
      /* keep it encoded */
    }
    if (!seg || seg.includes('..')) return null;
    const file = path.join(dir, seg);
    return existsSync(file) ? file : null;
  };
}

export function intOption(v: unknown, name: string, min: number, max: number, dflt: number): number {
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`${name} must be an integer from ${min} to ${max}`);
  return n;
}

export const scanCommand: Command = {
  name: 'scan',
  summary: 'a list page → the table of its articles (reprints grouped, origin traced)',
  usage: [
    'Usage: dubao scan LIST.html [--base URL] [--pages DIR] [--format jsonl|csv|md] [--limit N]',
    '       dubao scan URL [--limit N] [--delay MS] [--format jsonl|csv|md]',
    '',
    'Finds the article links of a list page (same registrable domain, headline-like text, dated',
    'or id-bearing URLs, repeated list structure; navigation, pagination, footer and other sites',
    'are not scanned), runs article detection and the summary engine on each, and groups reprints',
    '(the same body after Simplified normalisation, or one containing most of the other) into one',
    'story with all its URLs, the origin the pages state and the earliest time seen.',
    '',
    "Offline: --base is the list page's URL (default: its canonical link); each link is resolved",
    "  against it and looked up in --pages DIR (default: the list's folder) through DIR/urls.tsv",
    "  lines `URL<TAB>file`, else by the URL's last path segment.",
    'Live: the list and its links are fetched, --concurrency 1 or 2 at a time (default 2) with',
    '  --delay MS between requests (default 500), --limit N links (default 100), only on the',
    "  list page's registrable domain.",
    'jsonl (default): {"type":"story","urls":[…],"title","publishedAt","source","origin","author",',
    '  "editor","figures":[…],"entities":{…},"keySentence","originalTitle","pages":[…]} per story,',
    '  {"type":"failed","url","error"} per link that failed, {"type":"skipped","url","reason"}',
    '  per linked page that is not an article. csv: one row each, spreadsheet-safe. md: a digest.',
    'Pages are analysed in worker threads: --jobs N (default: the cores, at most 4, for 20 pages',
    '  or more). Progress on stderr (a bar when stderr is a terminal).',
    'Exit code 1 when some link failed (reported on its line).',
  ].join('\n'),
  options: {
    base: { type: 'string' },
    pages: { type: 'string' },
    format: { type: 'string' },
    limit: { type: 'string' },
    delay: { type: 'string' },
    concurrency: { type: 'string' },
    jobs: { type: 'string' },
  },
  async run({ io, values, positionals }) {
    const format = parseFormat(values.format);
    if (positionals.length !== 1) throw new UsageError('give one list page (a file or an http(s) URL)');
    const target = positionals[0]!;
    const limit = intOption(values.limit, '--limit', 1, 100_000, /^https?:\/\//i.test(target) ? 100 : 100_000);
    if (/^https?:\/\//i.test(target)) {
      const delayMs = intOption(values.delay, '--delay', 0, 600_000, 500);
      const concurrency = intOption(values.concurrency, '--concurrency', 1, 2, 2);
      const site = new URL(target);
      const list = await fetchPage(target, site);
      if (!('html' in list)) {
        await write(io.stderr, `dubao scan: ${target}: ${'error' in list ? list.error : 'not read'}\n`);
        return 1;
      }
      const links = findArticleLinks(parseHtml(list.html), target).articles.slice(0, limit);
      await write(io.stderr, `dubao scan: ${links.length} article links on ${target}\n`);
      return runTable(io, format, links, (u) => fetchPage(u, site), {
        concurrency,
        delayMs,
        jobs: jobsOption(values.jobs, links.length),
        label: 'scan',
      });
    }
    if (values.delay !== undefined || values.concurrency !== undefined)
      throw new UsageError('--delay and --concurrency apply to a live scan (URL) only');
    const { document } = await loadHtmlFile(target);
    const base = typeof values.base === 'string' ? values.base : (canonicalUrl(document) ?? pathToFileURL(path.resolve(target)).href);
    try {
      new URL(base);
    } catch {
      throw new UsageError(`--base is not a URL: ${base}`);
    }
    const dir = typeof values.pages === 'string' ? values.pages : path.dirname(target);
    if (!existsSync(dir)) throw new UsageError(`--pages folder not found: ${dir}`);
    const lookup = await pageIndex(dir);
    const links: ArticleLink[] = findArticleLinks(document, base).articles.slice(0, limit);
    const load = async (url: string): Promise<Source> => {
      const file = lookup(url);
      return file ? { file } : { error: 'not found (no saved page for this URL in the pages folder)' };
    };
    return runTable(io, format, links, load, { jobs: jobsOption(values.jobs, links.length), label: 'scan' });
  },
};

function canonicalUrl(doc: Document): string | null {
  const v =
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  if (!v || !/^https?:\/\//i.test(v)) return null;
  return v;
}
