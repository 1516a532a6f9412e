/**
 * `node bench/run.mjs scan`: link finding on the dev list pages (labels: bench/scan-labels.json)
 * beside the baseline (every same-site link with ≥ 8 CJK characters of anchor text), split by site
 * into a tuning and a checking half; then `dubao digest`'s per-page work against `dubao
 * summarize`'s on the extraction corpus in the same run; then the memory the table holds for
 * 10,000 pages.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { decodeHtml } from '../src/core/decode/decode-html';
import { parseHtml } from '../src/cli/io';
import { extractArticle } from '../src/core/extract/index';
import { summarize } from '../src/core/summary/index';
import {
  analyzePage,
  baselineLinks,
  documentBase,
  findArticleLinks,
  sameSite,
  StoryGrouper,
  urlKey,
  type PageRecord,
} from '../src/core/scan/index';
import { corpus, median, pct, ratio, ROOT, table, type BenchSection } from './util';

interface Labelled {
  file: string;
  url: string;
  split: 'tune' | 'check';
  articles: string[];
  except?: string[];
}

function loadDoc(file: string): Document {
  return parseHtml(decodeHtml(readFileSync(file)).text);
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
const add = (a: Counts, b: Counts): Counts => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn });
const prec = (c: Counts) => (c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1);
const rec = (c: Counts) => (c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1);
const f1 = (c: Counts) => (prec(c) + rec(c) ? (2 * prec(c) * rec(c)) / (prec(c) + rec(c)) : 0);

function score(predicted: string[], gold: Set<string>): Counts {
  const p = new Set(predicted);
  let tp = 0;
  for (const u of p) if (gold.has(u)) tp++;
  return { tp, fp: p.size - tp, fn: gold.size - tp };
}

function linkSection(): { md: string; detail: string[] } {
  const labels = JSON.parse(readFileSync(path.join(ROOT, 'bench', 'scan-labels.json'), 'utf8')) as { pages: Labelled[] };
  const rows: Array<Array<string | number>> = [];
  const sums: Record<string, { dubao: Counts; base: Counts }> = {};
  const detail: string[] = [];
  for (const pg of labels.pages) {
    const doc = loadDoc(corpus('non-article', pg.file));
    const page = new URL(pg.url);
    const base = documentBase(doc, pg.url);
    const res = pg.articles.map((r) => new RegExp(r));
    const ex = (pg.except ?? []).map((r) => new RegExp(r));
    const gold = new Set<string>();
    for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
      try {
        const u = new URL(a.getAttribute('href')!.trim(), base);
        const k = urlKey(u);
        if (sameSite(u, page) && res.some((r) => r.test(k)) && !ex.some((r) => r.test(k))) gold.add(k);
      } catch {
        /* unparsable href */
      }
    }
    const found = findArticleLinks(doc, pg.url).articles.map((a) => a.url);
    const d = score(found, gold);
    const b = score(baselineLinks(doc, pg.url), gold);
    for (const key of [pg.split, 'whole']) {
      const s = (sums[key] ??= { dubao: { tp: 0, fp: 0, fn: 0 }, base: { tp: 0, fp: 0, fn: 0 } });
      s.dubao = add(s.dubao, d);
      s.base = add(s.base, b);
    }
    rows.push([
      pg.file.replace(/\.html$/, ''),
      pg.split,
      gold.size,
      found.length,
      `${pct(prec(d))} / ${pct(rec(d))}`,
      `${pct(prec(b))} / ${pct(rec(b))}`,
    ]);
    if (process.env.SCAN_DETAIL) {
      for (const u of found.filter((x) => !gold.has(x)).slice(0, 15)) detail.push(`FP ${pg.file} ${u}`);
      for (const u of [...gold].filter((x) => !found.includes(x)).slice(0, 15)) detail.push(`FN ${pg.file} ${u}`);
    }
  }
  const split = (k: string) => {
    const s = sums[k]!;
    return [
      k,
      s.dubao.tp + s.dubao.fn,
      pct(prec(s.dubao)),
      pct(rec(s.dubao)),
      pct(f1(s.dubao)),
      pct(prec(s.base)),
      pct(rec(s.base)),
      pct(f1(s.base)),
    ];
  };
  const md = [
    "Article links on the dev list pages (`../shared/corpus/non-article/`, 10 pages; labels in `bench/scan-labels.json`, written by hand from the link targets' URL forms). Baseline: every same-site link with ≥ 8 CJK characters of anchor text. Micro-averaged over links; split by site.",
    '',
    table(
      ['split', 'article links', 'Dubao P', 'Dubao R', 'Dubao F1', 'baseline P', 'baseline R', 'baseline F1'],
      ['tune', 'check', 'whole'].map(split),
    ),
    '',
    table(['page', 'split', 'article links', 'found', 'Dubao P / R', 'baseline P / R'], rows),
  ].join('\n');
  return { md, detail };
}

function timingSection(): string {
  const dir = corpus('extraction');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort();
  const bytes = files.map((f) => readFileSync(path.join(dir, f)));
  const urls = files.map((f) => {
    try {
      return (JSON.parse(readFileSync(path.join(dir, f.replace(/\.html$/, '.json')), 'utf8')) as { url?: string }).url || `file:///${f}`;
    } catch {
      return `file:///${f}`;
    }
  });
  const RUNS = 3;
  const sumMs: number[] = [];
  const digMs: number[] = [];
  let stories = 0;
  let articles = 0;
  // summarize: decode + parse + article detection + summary, as `dubao summarize` per file.
  const runSummarize = () => {
    const t0 = performance.now();
    for (const b of bytes) {
      const a = extractArticle(parseHtml(decodeHtml(b).text));
      summarize(a.cleanText, { publishedAt: a.publishedAt, title: a.title, author: a.author, editor: a.editor, keySentences: 3 });
    }
    return performance.now() - t0;
  };
  // digest: decode + parse + the page record (detection, summary, origin, fingerprint) + grouping.
  const runDigest = () => {
    const t0 = performance.now();
    const g = new StoryGrouper();
    let n = 0;
    bytes.forEach((b, i) => {
      const out = analyzePage(parseHtml(decodeHtml(b).text), urls[i]!);
      if (out.kind === 'article') {
        g.add(out.record);
        n++;
      }
    });
    stories = g.stories().length;
    articles = n;
    return performance.now() - t0;
  };
  for (let run = 0; run < RUNS + 1; run++) {
    // Alternating which goes first, so neither always pays the other's garbage collection.
    const [s, d] = run % 2 ? [runSummarize(), runDigest()] : ([runDigest(), runSummarize()].reverse() as [number, number]);
    if (run > 0) {
      sumMs.push(s / bytes.length);
      digMs.push(d / bytes.length);
    }
  }
  const s = median(sumMs);
  const d = median(digMs);
  return [
    `\`dubao digest\` against \`dubao summarize\` over the ${bytes.length} pages of \`../shared/corpus/extraction/\`, same process, each from the page's bytes (decode, parse, engine), median of ${RUNS} runs:`,
    '',
    table(
      ['', 'ms / page', 'vs summarize'],
      [
        ['summarize (extract + summary)', s, '1.00×'],
        ['digest (extract + summary + origin + fingerprint + grouping)', d, ratio(d / s)],
      ],
    ),
    '',
    `Digest: ${articles} pages read as articles, ${stories} stories (reprints grouped: ${articles - stories}).`,
  ].join('\n');
}

function memorySection(): string {
  const dir = corpus('extraction');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort();
  const records: PageRecord[] = [];
  for (const f of files) {
    const out = analyzePage(loadDoc(path.join(dir, f)), `file:///${f}`);
    if (out.kind === 'article') records.push(out.record);
  }
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage();
  const g = new StoryGrouper();
  const N = 10_000;
  let peakRss = before.rss;
  const t0 = performance.now();
  for (let i = 0; i < N; i++) {
    // Each copy salted so it reads as its own story (the worst case for the index); every 10th is a reprint of the one before.
    const salt = i % 10 === 9 ? i - 1 : i;
    const r = records[salt % records.length]!;
    const fp = Uint32Array.from(r.fingerprint, (h) => (Math.imul(h ^ salt, 0x9e3779b1) >>> 0) & ~7).sort();
    g.add({ ...r, url: `${r.url}#${i}`, fingerprint: fp });
    if (i % 1000 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  const stories = g.stories();
  const ms = performance.now() - t0;
  gc?.();
  const after = process.memoryUsage();
  peakRss = Math.max(peakRss, after.rss);
  const mb = (x: number) => `${(x / 1024 / 1024).toFixed(1)} MB`;
  // The real pipeline over REAL pages (the corpus repeated: bytes → decode → parse → engine → record → grouper), heap sampled.
  const REAL = Number(process.env.SCAN_REAL_PAGES ?? 1000);
  const bytes = files.map((f) => readFileSync(path.join(dir, f)));
  gc?.();
  const realBefore = process.memoryUsage().heapUsed;
  let realPeakHeap = 0;
  const g2 = new StoryGrouper();
  const t1 = performance.now();
  for (let i = 0; i < REAL; i++) {
    const out = analyzePage(parseHtml(decodeHtml(bytes[i % bytes.length]!).text), `file:///${i}`);
    if (out.kind === 'article') g2.add(out.record);
    if (i % 50 === 0) realPeakHeap = Math.max(realPeakHeap, process.memoryUsage().heapUsed - realBefore);
  }
  const realMs = (performance.now() - t1) / REAL;
  const realStories = g2.stories().length;
  gc?.();
  const realHeld = process.memoryUsage().heapUsed - realBefore;
  return [
    `Memory the table holds for ${N.toLocaleString('en')} pages: the ${records.length} corpus articles' records (figures, entities, key sentence, stated origin, body fingerprint) repeated, each copy's fingerprint salted to be its own story and every 10th a reprint of the one before; pages are parsed one at a time and not kept.`,
    '',
    table(
      ['pages', 'stories', 'heap held after GC', 'peak RSS', 'grouping time'],
      [[N, stories.length, mb(after.heapUsed - before.heapUsed), mb(peakRss), `${ms.toFixed(0)} ms`]],
    ),
    '',
    `The whole pipeline over ${REAL.toLocaleString('en')} real pages (the corpus repeated, so copies group as reprints): ${realStories} stories, ${realMs.toFixed(1)} ms per page, heap above the start at most ${mb(realPeakHeap)} while running (sampled every 50 pages) and ${mb(realHeld)} held after GC.`,
  ].join('\n');
}

export const scanSection: BenchSection = {
  name: 'scan',
  title: 'Scan: article links of list pages, digest speed and memory',
  async run() {
    // Memory first: its peak RSS should not include the other parts' garbage.
    const memory = memorySection();
    const links = linkSection();
    if (links.detail.length) console.error(links.detail.join('\n'));
    return [links.md, '', timingSection(), '', memory].join('\n');
  },
};
