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

interface Gold {
  id: string; title: string; publish_time: string; author: string; source: string; editor: string;
  body_text: string; script: string; url: string;
}

interface Fields {
  isArticle: boolean; title: string | null; time: string | null; source: string | null;
  author: string | null; editor: string | null; text: string;
}

const RUNS = 5;

function loadDoc(file: string): Document {
  return parseHtml(decodeHtml(readFileSync(file)).text);
}

function runDubao(doc: Document, url?: string): Fields {
  const a: Article = extractArticle(doc, { url });
  return { isArticle: a.isArticle, title: a.title, time: a.publishedAt, source: a.source, author: a.author, editor: a.editor, text: a.text };
}

function runReadability(doc: Document): Fields {
  const readerable = isProbablyReaderable(doc as never);
  const r = new Readability(doc as never).parse();
  return {
    isArticle: readerable, title: r?.title ?? null, time: r?.publishedTime ?? null, source: r?.siteName ?? null,
    author: r?.byline ?? null, editor: null, text: r?.textContent ?? '',
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

export interface PageScore { id: string; script: string; f1: number; p: number; r: number; title: boolean; time: boolean; src: boolean | null; au: boolean | null; ed: boolean | null; isArticle: boolean; ms: number }

function score(id: string, g: Gold, f: Fields, ms: number): PageScore {
  const prf = bodyPrf(f.text, g.body_text);
  return {
    id, script: g.script, ...prf, title: sameText(f.title, g.title), time: sameTime(f.time, g.publish_time),
    src: g.source ? sameText(f.source, g.source) : null, au: g.author ? sameText(f.author, g.author) : null,
    ed: g.editor ? sameText(f.editor, g.editor) : null, isArticle: f.isArticle, ms,
  };
}

function summarise(rows: PageScore[]): Record<string, number> {
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
  const share = (xs: Array<boolean | null>) => { const v = xs.filter((x): x is boolean => x !== null); return v.length ? v.filter(Boolean).length / v.length : NaN; };
  const fields = rows.flatMap((r) => [r.src, r.au, r.ed]);
  return {
    f1: mean(rows.map((r) => r.f1)), p: mean(rows.map((r) => r.p)), r: mean(rows.map((r) => r.r)),
    f1Hant: mean(rows.filter((r) => r.script === 'zh-Hant').map((r) => r.f1)),
    title: share(rows.map((r) => r.title)), time: share(rows.map((r) => r.time)),
    src: share(rows.map((r) => r.src)), au: share(rows.map((r) => r.au)), ed: share(rows.map((r) => r.ed)), fields: share(fields),
    articles: share(rows.map((r) => r.isArticle)), ms: median(rows.map((r) => r.ms)),
  };
}

export async function evaluate(debug = false): Promise<{ dubao: PageScore[]; readability: PageScore[]; nonArticles: Array<{ id: string; dubao: boolean; readability: boolean; msD: number; msR: number }> }> {
  const dir = corpus('extraction');
  const ids = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
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
  const nonArticles = [];
  const ndir = corpus('non-article');
  for (const f of readdirSync(ndir).filter((x) => x.endsWith('.html')).sort()) {
    const doc = loadDoc(path.join(ndir, f));
    const d = timeOnClones(doc, (c) => runDubao(c));
    const r = timeOnClones(doc, runReadability);
    nonArticles.push({ id: f.replace(/\.html$/, ''), dubao: d.result.isArticle, readability: r.result.isArticle, msD: d.ms, msR: r.ms });
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
  if (bad.length) console.error(`${id}: ${bad.join(' | ')}`);
  if (process.env.EXTRACT_DEBUG === id) console.error(`--- ${id} text ---\n${f.text}\n--- gold ---\n${g.body_text}`);
}

export const extractSection: BenchSection = {
  name: 'extract',
  title: 'Article detection (extract)',
  async run() {
    const { dubao, readability, nonArticles } = await evaluate(!!process.env.EXTRACT_DEBUG);
    const d = summarise(dubao);
    const r = summarise(readability);
    const naD = nonArticles.filter((n) => !n.dubao).length / nonArticles.length;
    const naR = nonArticles.filter((n) => !n.readability).length / nonArticles.length;
    const msD = median([...dubao.map((x) => x.ms), ...nonArticles.map((n) => n.msD)]);
    const msR = median([...readability.map((x) => x.ms), ...nonArticles.map((n) => n.msR)]);
    const f = (x: number) => (Number.isNaN(x) ? '–' : x.toFixed(3));
    const summary = table(
      ['metric', 'Dubao', 'Readability 0.6.0', 'bar'],
      [
        ['mean body F1', f(d.f1), f(r.f1), '≥ 0.98'],
        ['mean body P / R', `${f(d.p)} / ${f(d.r)}`, `${f(r.p)} / ${f(r.r)}`, ''],
        ['mean body F1, Traditional pages', f(d.f1Hant), f(r.f1Hant), '≥ 0.96'],
        ['headline exact', pct(d.title), pct(r.title), '≥ 95%'],
        ['time to the minute', pct(d.time), pct(r.time), '≥ 95%'],
        ['source exact (where gold has one)', pct(d.src), pct(r.src) + ' (siteName)', '≥ 90%'],
        ['author exact (where gold has one)', pct(d.au), pct(r.au) + ' (byline)', '≥ 90%'],
        ['editor exact (where gold has one)', pct(d.ed), '–', '≥ 90%'],
        ['source/author/editor pooled', pct(d.fields), pct(r.fields), '≥ 90%'],
        ['articles recognised (isArticle / isProbablyReaderable)', pct(d.articles), pct(r.articles), '≥ 98%'],
        ['non-articles left alone', pct(naD), pct(naR), '100%'],
        ['ms/page, median (all pages)', msD.toFixed(2), msR.toFixed(2), ''],
        ['time ratio Dubao ÷ Readability', ratio(msD / msR), '1.00×', '≤ 1.2×'],
      ],
    );
    const perPage = table(
      ['page', 'script', 'F1 Dubao', 'F1 Readability', 'title', 'time', 'src', 'author', 'editor', 'article', 'ms Dubao', 'ms Readability'],
      dubao.map((x, i) => {
        const y = readability[i]!;
        const b = (v: boolean | null) => (v === null ? '' : v ? '✓' : '✗');
        return [x.id, x.script, f(x.f1), f(y.f1), b(x.title), b(x.time), b(x.src), b(x.au), b(x.ed), b(x.isArticle), x.ms.toFixed(2), y.ms.toFixed(2)];
      }),
    );
    const na = table(
      ['non-article page', 'Dubao isArticle', 'Readability isProbablyReaderable', 'ms Dubao', 'ms Readability'],
      nonArticles.map((n) => [n.id, String(n.dubao), String(n.readability), n.msD.toFixed(2), n.msR.toFixed(2)]),
    );
    return [
      `Corpus: \`../shared/corpus/extraction/\` (${dubao.length} articles) and \`../shared/corpus/non-article/\` (${nonArticles.length} pages).`,
      'Both tools run in this process on the same linkedom DOM (one parse per page, a fresh clone per run,',
      `cloning not timed), median of ${RUNS} runs per page. Readability's fields: title, publishedTime, siteName`,
      '(as source), byline (as author); it has no editor. Scorer: bag of CJK + alphanumeric characters, full-width folded.',
      '',
      summary,
      '',
      perPage,
      '',
      na,
    ].join('\n');
  },
};
