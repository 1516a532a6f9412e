/**
 * `npm run bench:extract`: Dubao's article detection beside Mozilla Readability 0.6.0 on the same
 * linkedom DOM (parsed once per page; each tool gets its own clone, made outside the timed region).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { decodeHtml } from '../src/core/decode/decode-html';
import { parseHtml } from '../src/cli/io';
import { extractArticle, type Article } from '../src/core/extract/index';
import { bodyPrf, sameText, sameTime } from './extract-score';
import { corpus, median, pct, ratio, table, type BenchSection } from './util';
import split from './extract-split.json';

/** The by-site split (bench/extract-split.json, written once before tuning): which half a site is in. */
type Half = 'tuning' | 'checking';
const SPLIT = split as { sites: Record<string, Half>; nonArticleSites: Record<string, string> };
function halfOf(site: string): Half {
  const h = SPLIT.sites[site];
  if (!h) throw new Error(`bench/extract-split.json: site ${site} is in no half`);
  return h;
}

interface Gold {
  id: string;
  title: string;
  publish_time: string;
  author: string;
  source: string;
  editor: string;
  body_text: string;
  script: string;
  url: string;
  site: string;
}

interface Fields {
  isArticle: boolean;
  title: string | null;
  time: string | null;
  source: string | null;
  author: string | null;
  editor: string | null;
  text: string;
}

/** Runs per page (median); `EXTRACT_RUNS=1` for a quick look while working on the rules. */
const RUNS = Math.max(1, Number(process.env.EXTRACT_RUNS) || 5);

function loadDoc(file: string): Document {
  return parseHtml(decodeHtml(readFileSync(file)).text);
}

function runDubao(doc: Document, url?: string): Fields {
  const a: Article = extractArticle(doc, { url });
  return {
    isArticle: a.isArticle,
    title: a.title,
    time: a.publishedAt,
    source: a.source,
    author: a.author,
    editor: a.editor,
    text: a.text,
  };
}

function runReadability(doc: Document): Fields {
  const readerable = isProbablyReaderable(doc);
  const r = new Readability(doc).parse();
  return {
    isArticle: readerable,
    title: r?.title ?? null,
    time: r?.publishedTime ?? null,
    source: r?.siteName ?? null,
    author: r?.byline ?? null,
    editor: null,
    text: r?.textContent ?? '',
  };
}

/** Median ms of `fn` over fresh clones made outside the timed region. */
function timeOnClones<T>(doc: Document, fn: (d: Document) => T): { ms: number; result: T } {
  const times: number[] = [];
  let result!: T;
  for (let i = 0; i < RUNS; i++) {
    const clone = doc.cloneNode(true) as Document;
    const t0 = performance.now();
    result = fn(clone);
    times.push(performance.now() - t0);
  }
  return { ms: median(times), result };
}

export interface PageScore {
  id: string;
  half: Half;
  script: string;
  f1: number;
  p: number;
  r: number;
  title: boolean;
  time: boolean;
  src: boolean | null;
  au: boolean | null;
  ed: boolean | null;
  isArticle: boolean;
  ms: number;
}

function score(id: string, g: Gold, f: Fields, ms: number): PageScore {
  const prf = bodyPrf(f.text, g.body_text);
  return {
    id,
    half: halfOf(g.site),
    script: g.script,
    ...prf,
    title: sameText(f.title, g.title),
    time: sameTime(f.time, g.publish_time),
    src: g.source ? sameText(f.source, g.source) : null,
    au: g.author ? sameText(f.author, g.author) : null,
    ed: g.editor ? sameText(f.editor, g.editor) : null,
    isArticle: f.isArticle,
    ms,
  };
}

function summarise(rows: PageScore[]) {
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
  const share = (xs: Array<boolean | null>) => {
    const v = xs.filter((x): x is boolean => x !== null);
    return v.length ? v.filter(Boolean).length / v.length : NaN;
  };
  const fields = rows.flatMap((r) => [r.src, r.au, r.ed]);
  return {
    f1: mean(rows.map((r) => r.f1)),
    p: mean(rows.map((r) => r.p)),
    r: mean(rows.map((r) => r.r)),
    f1Hant: mean(rows.filter((r) => r.script === 'zh-Hant').map((r) => r.f1)),
    title: share(rows.map((r) => r.title)),
    time: share(rows.map((r) => r.time)),
    src: share(rows.map((r) => r.src)),
    au: share(rows.map((r) => r.au)),
    ed: share(rows.map((r) => r.ed)),
    fields: share(fields),
    articles: share(rows.map((r) => r.isArticle)),
    ms: median(rows.map((r) => r.ms)),
  };
}

export interface NonArticleScore {
  id: string;
  half: Half;
  dubao: boolean;
  readability: boolean;
  msD: number;
  msR: number;
}

export async function evaluate(debug = false): Promise<{ dubao: PageScore[]; readability: PageScore[]; nonArticles: NonArticleScore[] }> {
  const dir = corpus('extraction');
  const ids = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5))
    .sort();
  const dubao: PageScore[] = [];
  const readability: PageScore[] = [];
  for (const id of ids) {
    const g = JSON.parse(readFileSync(path.join(dir, `${id}.json`), 'utf8')) as Gold;
    const doc = loadDoc(path.join(dir, `${id}.html`));
    const d = timeOnClones(doc, (c) => runDubao(c, g.url || undefined));
    const r = timeOnClones(doc, runReadability);
    dubao.push(score(id, g, d.result, d.ms));
    readability.push(score(id, g, r.result, r.ms));
    if (debug) debugPage(id, g, d.result);
  }
  const nonArticles: NonArticleScore[] = [];
  const ndir = corpus('non-article');
  for (const f of readdirSync(ndir)
    .filter((x) => x.endsWith('.html'))
    .sort()) {
    const doc = loadDoc(path.join(ndir, f));
    const d = timeOnClones(doc, (c) => runDubao(c));
    const r = timeOnClones(doc, runReadability);
    const id = f.replace(/\.html$/, '');
    const site = SPLIT.nonArticleSites[id];
    if (!site) throw new Error(`bench/extract-split.json: non-article page ${id} has no site`);
    nonArticles.push({ id, half: halfOf(site), dubao: d.result.isArticle, readability: r.result.isArticle, msD: d.ms, msR: r.ms });
    if (debug && d.result.isArticle) console.error(`NON-ARTICLE ${f} flagged: ${d.result.title} | ${d.result.text.slice(0, 200)}`);
  }
  return { dubao, readability, nonArticles };
}

function debugPage(id: string, g: Gold, f: Fields): void {
  const prf = bodyPrf(f.text, g.body_text);
  const bad: string[] = [];
  if (prf.f1 < 0.98) bad.push(`F1 ${prf.f1.toFixed(3)} P ${prf.p.toFixed(3)} R ${prf.r.toFixed(3)}`);
  if (!sameText(f.title, g.title)) bad.push(`title «${f.title}» ≠ «${g.title}»`);
  if (!sameTime(f.time, g.publish_time)) bad.push(`time ${f.time} ≠ ${g.publish_time}`);
  if (g.source && !sameText(f.source, g.source)) bad.push(`source «${f.source}» ≠ «${g.source}»`);
  if (g.author && !sameText(f.author, g.author)) bad.push(`author «${f.author}» ≠ «${g.author}»`);
  if (g.editor && !sameText(f.editor, g.editor)) bad.push(`editor «${f.editor}» ≠ «${g.editor}»`);
  if (!f.isArticle) bad.push('isArticle false');
  if (bad.length) console.error(`${id} [${halfOf(g.site)}]: ${bad.join(' | ')}`);
  if (process.env.EXTRACT_DEBUG === id) console.error(`--- ${id} text ---\n${f.text}\n--- gold ---\n${g.body_text}`);
}

export const extractSection: BenchSection = {
  name: 'extract',
  title: 'Article detection (extract)',
  async run() {
    const { dubao, readability, nonArticles } = await evaluate(!!process.env.EXTRACT_DEBUG);
    const f = (x: number) => (Number.isNaN(x) ? '–' : x.toFixed(3));
    const subsets: Array<[string, (h: Half) => boolean]> = [
      ['whole', () => true],
      ['tuning', (h) => h === 'tuning'],
      ['checking', (h) => h === 'checking'],
    ];
    const cols = subsets.map(([name, keep]) => {
      const d = summarise(dubao.filter((x) => keep(x.half)));
      const r = summarise(readability.filter((x) => keep(x.half)));
      const na = nonArticles.filter((n) => keep(n.half));
      const naD = na.filter((n) => !n.dubao).length / na.length;
      const naR = na.filter((n) => !n.readability).length / na.length;
      const msD = median([...dubao.filter((x) => keep(x.half)).map((x) => x.ms), ...na.map((n) => n.msD)]);
      const msR = median([...readability.filter((x) => keep(x.half)).map((x) => x.ms), ...na.map((n) => n.msR)]);
      const pages = `${dubao.filter((x) => keep(x.half)).length} + ${na.length}`;
      return { name, d, r, naD, naR, msD, msR, pages };
    });
    const row = (label: string, bar: string, get: (c: (typeof cols)[number]) => [string, string]) => [
      label,
      ...cols.flatMap((c) => get(c)),
      bar,
    ];
    const summary = table(
      ['metric', ...cols.flatMap((c) => [`Dubao ${c.name}`, `Readability ${c.name}`]), 'bar'],
      [
        row('pages (articles + non-articles)', '', (c) => [c.pages, c.pages]),
        row('mean body F1', '≥ 0.98', (c) => [f(c.d.f1), f(c.r.f1)]),
        row('mean body P / R', '', (c) => [`${f(c.d.p)} / ${f(c.d.r)}`, `${f(c.r.p)} / ${f(c.r.r)}`]),
        row('mean body F1, Traditional pages', '≥ 0.96', (c) => [f(c.d.f1Hant), f(c.r.f1Hant)]),
        row('headline exact', '≥ 95%', (c) => [pct(c.d.title), pct(c.r.title)]),
        row('time to the minute', '≥ 95%', (c) => [pct(c.d.time), pct(c.r.time)]),
        row('source exact (where gold has one)', '≥ 90%', (c) => [pct(c.d.src), pct(c.r.src)]),
        row('author exact (where gold has one)', '≥ 90%', (c) => [pct(c.d.au), pct(c.r.au)]),
        row('editor exact (where gold has one)', '≥ 90%', (c) => [pct(c.d.ed), '–']),
        row('source/author/editor pooled', '≥ 90%', (c) => [pct(c.d.fields), pct(c.r.fields)]),
        row('articles recognised', '≥ 98%', (c) => [pct(c.d.articles), pct(c.r.articles)]),
        row('non-articles left alone', '100%', (c) => [pct(c.naD), pct(c.naR)]),
        row('ms/page, median', '', (c) => [c.msD.toFixed(2), c.msR.toFixed(2)]),
        row('time ratio Dubao ÷ Readability', '≤ 1.2×', (c) => [ratio(c.msD / c.msR), '1.00×']),
      ],
    );
    const perPage = table(
      [
        'page',
        'half',
        'script',
        'F1 Dubao',
        'F1 Readability',
        'title',
        'time',
        'src',
        'author',
        'editor',
        'article',
        'ms Dubao',
        'ms Readability',
      ],
      dubao.map((x, i) => {
        const y = readability[i]!;
        const b = (v: boolean | null) => (v === null ? '' : v ? '✓' : '✗');
        return [
          x.id,
          x.half,
          x.script,
          f(x.f1),
          f(y.f1),
          b(x.title),
          b(x.time),
          b(x.src),
          b(x.au),
          b(x.ed),
          b(x.isArticle),
          x.ms.toFixed(2),
          y.ms.toFixed(2),
        ];
      }),
    );
    const na = table(
      ['non-article page', 'half', 'Dubao isArticle', 'Readability isProbablyReaderable', 'ms Dubao', 'ms Readability'],
      nonArticles.map((n) => [n.id, n.half, String(n.dubao), String(n.readability), n.msD.toFixed(2), n.msR.toFixed(2)]),
    );
    return [
      `Corpus: \`../shared/corpus/extraction/\` (${dubao.length} articles) and \`../shared/corpus/non-article/\` (${nonArticles.length} pages).`,
      'Both tools run in this process on the same linkedom DOM (one parse per page, a fresh clone per run,',
      `cloning not timed), median of ${RUNS} runs per page. Readability's fields: title, publishedTime, siteName`,
      '(as source), byline (as author); it has no editor. Scorer: bag of CJK + alphanumeric characters, full-width folded.',
      'Halves: by site, from `bench/extract-split.json` (sites sorted by SHA-256 of the name, alternately tuning/checking;',
      'rules are tuned on the tuning half only, the checking half shows whether they hold on sites they were not tuned on).',
      '',
      summary,
      '',
      perPage,
      '',
      na,
    ].join('\n');
  },
};
