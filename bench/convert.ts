/**
 * Conversion benchmark: OpenCC upstream cases for the 8 directions Dubao offers (vs opencc-js),
 * DOM block conversion vs plain-string on every block of the extraction pages (linkedom), exact
 * restore, time for a 30k-character page vs plain-string opencc-js, and cold start + retained heap
 * per direction in fresh processes (opencc-js vs packed tries).
 */
import { readFileSync, readdirSync, writeFileSync, mkdtempSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import path from 'node:path';
import * as OpenCC from 'opencc-js';
import { parseHTML } from 'linkedom';
import { decodeHtml } from '../src/core/decode/decode-html';
import { convertPage, detectVariant, loadConverter, loadEngine, type Variant } from '../src/core/convert/index';
import { walkBlocks } from '../src/core/convert/dom-walk';
import { OPENCC_DIRECTIONS } from '../src/core/convert/variant';
import { corpus, median, pct, ratio, table, type BenchSection } from './util';

type Conv = (s: string) => string;
const DIRS = OPENCC_DIRECTIONS;
const openccFor = (from: Variant, to: Variant) => OpenCC.Converter({ from, to });
const immediate = (t: () => void) => void setImmediate(t);
const noHooks = { exclude: () => false, onElement: () => {}, onSubRoot: () => {} };

// ---- child process mode: cold start and retained heap of one converter, fresh module state ----
const COLD_ENV = 'DUBAO_BENCH_CONVERT_COLD';
interface ColdResult {
  loadMs: number;
  firstMs: number;
  warmMs: number;
  retainedMb: number;
}
if (process.env[COLD_ENV]) {
  const { impl, from, to, file } = JSON.parse(process.env[COLD_ENV]) as { impl: string; from: Variant; to: Variant; file: string };
  const text = readFileSync(file, 'utf8');
  const gc = (globalThis as { gc?: () => void }).gc!;
  const used = () => {
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers; // typed arrays live outside the JS heap
  };
  gc();
  const h0 = used();
  const t0 = performance.now();
  let conv: Conv;
  if (impl === 'opencc') {
    const mod = from === 'cn' ? await import('opencc-js/cn2t') : await import('opencc-js/t2cn');
    conv = mod.Converter({ from, to });
  } else {
    conv = await loadConverter(from, to);
  }
  const t1 = performance.now();
  const first = conv(text);
  const t2 = performance.now();
  const warm: number[] = [];
  for (let i = 0; i < 5; i++) {
    const a = performance.now();
    conv(text);
    warm.push(performance.now() - a);
  }
  gc();
  const retained = used() - h0;
  const res: ColdResult = { loadMs: t1 - t0, firstMs: t2 - t0, warmMs: median(warm), retainedMb: retained / 1048576 };
  process.stdout.write(JSON.stringify({ ...res, len: first.length, keep: typeof conv }) + '\n');
  process.exit(0);
}

function coldRun(impl: string, from: Variant, to: Variant, file: string): ColdResult {
  const self = fileURLToPath(import.meta.url);
  const out = execFileSync(process.execPath, ['--expose-gc', self], {
    env: { ...process.env, [COLD_ENV]: JSON.stringify({ impl, from, to, file }) },
    encoding: 'utf8',
  });
  return JSON.parse(out.trim().split('\n').pop()!) as ColdResult;
}

// ---- helpers ----
function loadCases(): Array<{ input: string; expected: Record<string, string> }> {
  const raw = readFileSync(corpus('conversion', 'opencc', 'testcases.json'), 'utf8').replace(/,(\s*[}\]])/g, '$1');
  return (JSON.parse(raw) as { cases: Array<{ input: string; expected: Record<string, string> }> }).cases;
}

interface Page {
  id: string;
  html: string;
}
function loadPages(): Page[] {
  const dir = corpus('extraction');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => ({ id: f.replace(/\.html$/, ''), html: decodeHtml(readFileSync(path.join(dir, f))).text }));
}
const parse = (html: string) => parseHTML(html).document;
// linkedom's Document has its own toString(), which serialises the document (the DOM types do not say so);
// documentElement and body are typed non-null, but a document can lack them.
// oxlint-disable-next-line typescript/no-base-to-string
const serialize = (doc: Document) => String(doc) + '\u0000' + ((doc.documentElement as Element | null)?.outerHTML ?? '');
const blocksOf = (doc: Document) => [...walkBlocks(doc.documentElement, noHooks)].filter((b) => b.length);
const blockText = (b: Text[]) => b.map((t) => t.data).join('');

function timeSync(fn: () => unknown, runs: number): number {
  fn();
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const a = performance.now();
    fn();
    t.push(performance.now() - a);
  }
  return median(t);
}

/** A news-like page of ~n characters: paragraphs of real page text with inline links. */
function syntheticPage(texts: string[], n: number): { html: string; text: string } {
  let text = '';
  const paras: string[] = [];
  for (const t of texts) {
    for (const line of t.split(/\n+/)) {
      const s = line.trim();
      if (s.length < 20) continue;
      paras.push(s);
      text += s;
      if (text.length >= n) break;
    }
    if (text.length >= n) break;
  }
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = paras
    .map((p, i) => {
      const cps = [...p];
      const k = (i * 7) % Math.max(1, cps.length - 4);
      return `<p>${esc(cps.slice(0, k).join(''))}<a href="#">${esc(cps.slice(k, k + 3).join(''))}</a>${esc(cps.slice(k + 3).join(''))}</p>`;
    })
    .join('\n');
  return { html: `<!doctype html><html lang="zh-CN"><head><title>页面</title></head><body>${body}</body></html>`, text: paras.join('') };
}

async function run(): Promise<string> {
  const out: string[] = [];

  // 1. OpenCC upstream cases.
  const cases = loadCases();
  const caseRows: Array<Array<string | number>> = [];
  let tot = [0, 0, 0, 0];
  for (const [name, from, to] of DIRS) {
    const ref = openccFor(from, to);
    const mine = await loadConverter(from, to, { overrides: false });
    const mineOv = await loadConverter(from, to);
    let n = 0,
      a = 0,
      b = 0,
      c = 0;
    for (const cs of cases) {
      const want = cs.expected[name];
      if (want === undefined) continue;
      n++;
      if (ref(cs.input) === want) a++;
      if (mine(cs.input) === want) b++;
      if (mineOv(cs.input) === want) c++;
    }
    tot = [tot[0]! + n, tot[1]! + a, tot[2]! + b, tot[3]! + c];
    caseRows.push([name, n, a, b, c]);
  }
  caseRows.push(['**all 8**', ...tot]);
  out.push('### OpenCC upstream cases (`opencc/testcases.json`, the 8 directions Dubao offers)\n');
  out.push(table(['direction', 'cases', 'opencc-js 1.4.2 (baseline)', 'Dubao, overrides off', 'Dubao, with overrides'], caseRows));

  // 2. DOM block conversion vs plain string, restore, on the extraction pages.
  const pages = loadPages();
  let blocks = 0,
    overridden = 0,
    eqPlain = 0,
    eqOpencc = 0,
    perNodeDiff = 0,
    multi = 0,
    restored = 0,
    changedPages = 0,
    chars = 0;
  for (const page of pages) {
    const doc0 = parse(page.html);
    const from0 = detectVariant(
      (doc0.body as HTMLElement | null)?.textContent ?? (doc0.documentElement as HTMLElement | null)?.textContent ?? '',
    );
    const from: Variant = from0;
    const to: Variant = from === 'cn' ? 'tw' : 'cn';
    const plain = await loadEngine(from, to);
    const plainNoOv = await loadEngine(from, to, { overrides: false });
    const ref = openccFor(from, to);
    for (const overrides of [true, false]) {
      const doc = parse(page.html);
      const before = serialize(doc);
      const bl = blocksOf(doc);
      const srcs = bl.map(blockText);
      const conv = await convertPage(doc, { from, to, observe: false, overrides, sliceMs: Infinity, scheduler: immediate });
      await conv.ready;
      const after = serialize(doc);
      bl.forEach((b, i) => {
        const got = blockText(b);
        if (overrides) {
          blocks++;
          chars += srcs[i]!.length;
          if (got === plain.convert(srcs[i]!)) eqPlain++;
          if (plainNoOv.convert(srcs[i]!) !== got) overridden++;
          if (b.length > 1) multi++;
        } else if (got === ref(srcs[i]!)) eqOpencc++;
      });
      if (overrides) {
        if (after !== before) changedPages++;
        // Baseline: each original text node converted alone (what node-by-node converters do).
        const doc2 = parse(page.html);
        for (const b of blocksOf(doc2)) {
          if (b.length < 2) continue;
          if (b.map((t) => ref(t.data)).join('') !== ref(blockText(b))) perNodeDiff++;
        }
      }
      conv.restore();
      if (overrides && serialize(doc) === before) restored++;
    }
  }
  out.push('\n### DOM block conversion on the extraction pages (linkedom)\n');
  out.push(
    `${pages.length} pages (Simplified pages → tw, Traditional → cn, source detected), ${blocks} blocks (${multi} spanning ` +
      `several text nodes), ${chars} characters.\n`,
  );
  out.push(
    table(
      ['measure', 'result'],
      [
        [
          'blocks equal to plain-string conversion of the block text (Dubao engine, overrides on)',
          `${eqPlain}/${blocks} (${pct(eqPlain / blocks)})`,
        ],
        ['blocks equal to opencc-js plain-string conversion (overrides off)', `${eqOpencc}/${blocks} (${pct(eqOpencc / blocks)})`],
        ["blocks where an override entry changed OpenCC's output", `${overridden}`],
        ['baseline: multi-node blocks where node-by-node opencc-js differs from the block', `${perNodeDiff}/${multi}`],
        ['pages changed by conversion', `${changedPages}/${pages.length}`],
        ['pages byte-identical after restore', `${restored}/${pages.length} (${pct(restored / pages.length)})`],
      ],
    ),
  );

  // 3. Time for a 30k-character page.
  const simplified = pages
    .map((p) => parse(p.html))
    .filter((d) => detectVariant((d.body as HTMLElement | null)?.textContent ?? '') === 'cn');
  const texts = simplified.map((d) => blocksOf(d).map(blockText).join('\n'));
  const synth = syntheticPage(texts, 30000);
  const rows3: Array<Array<string | number>> = [];
  for (const [name, from, to] of DIRS.slice(0, 4)) {
    const ref = openccFor(from, to);
    const eng = await loadEngine(from, to);
    // Each measured in its own block of runs, every block starting from a collected heap with the
    // same live data (all pages parsed first): opencc-js in a tight loop is its best case.
    const runs = 21;
    const warm = 5;
    const docs = Array.from({ length: runs + warm }, () => parse(synth.html));
    const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
    const r: number[] = [],
      p: number[] = [],
      d: number[] = [];
    gc();
    for (let i = 0; i < runs + warm; i++) {
      const a = performance.now();
      ref(synth.text);
      if (i >= warm) r.push(performance.now() - a);
    }
    gc();
    for (let i = 0; i < runs + warm; i++) {
      const a = performance.now();
      eng.convert(synth.text);
      if (i >= warm) p.push(performance.now() - a);
    }
    gc();
    for (let i = 0; i < runs + warm; i++) {
      const a = performance.now();
      const c = await convertPage(docs[i]!, { from, to, observe: false, sliceMs: Infinity, scheduler: immediate });
      await c.ready;
      if (i >= warm) d.push(performance.now() - a);
    }
    const tRef = median(r),
      tPlain = median(p),
      tDom = median(d);
    // linkedom's own share: the same walk reading every block's text, no conversion.
    const walkDoc = parse(synth.html);
    const tWalk = timeSync(() => blocksOf(walkDoc).map(blockText).join(''), runs);
    rows3.push([
      name,
      tRef.toFixed(2),
      tPlain.toFixed(2),
      ratio(tPlain / tRef),
      tDom.toFixed(2),
      ratio(tDom / tRef),
      tWalk.toFixed(2),
      ratio((tDom - tWalk) / tRef),
    ]);
  }
  out.push(
    `\n### Time for a ${synth.text.length}-character page (${synth.html.split('<p>').length - 1} paragraphs, each with an inline link), median of 21 after 5 warm-up runs, each column in its own block of runs starting from a collected heap\n`,
  );
  out.push(
    table(
      [
        'direction',
        'opencc-js plain string (ms, baseline)',
        'Dubao plain string (ms)',
        'ratio',
        'Dubao whole page in DOM: walk, blocks, mapping, writes on linkedom (ms)',
        'ratio',
        'of which linkedom walk + text reads alone (ms)',
        'ratio without the walk',
      ],
      rows3,
    ),
  );

  // 4. Cold start and retained heap per direction, fresh processes.
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'dubao-convert-'));
  const sFile = path.join(tmp, 's.txt');
  writeFileSync(sFile, synth.text);
  const tFiles: Record<string, string> = {};
  for (const v of ['t', 'tw', 'twp', 'hk'] as Variant[]) {
    tFiles[v] = path.join(tmp, `${v}.txt`);
    writeFileSync(tFiles[v], openccFor('cn', v)(synth.text));
  }
  const rows4: Array<Array<string | number>> = [];
  for (const [name, from, to] of DIRS) {
    const file = from === 'cn' ? sFile : tFiles[from]!;
    const reps = 3;
    const o = Array.from({ length: reps }, () => coldRun('opencc', from, to, file));
    const d = Array.from({ length: reps }, () => coldRun('dubao', from, to, file));
    const m = (xs: ColdResult[], f: (r: ColdResult) => number) => median(xs.map(f));
    const oCold = m(o, (r) => r.firstMs - r.warmMs);
    const dCold = m(d, (r) => r.firstMs - r.warmMs);
    rows4.push([
      name,
      oCold.toFixed(1),
      dCold.toFixed(1),
      ratio(dCold / oCold),
      m(o, (r) => r.warmMs).toFixed(2),
      m(d, (r) => r.warmMs).toFixed(2),
      m(o, (r) => r.retainedMb).toFixed(1),
      m(d, (r) => r.retainedMb).toFixed(1),
    ]);
  }
  out.push('\n### Cold start and retained heap per direction (fresh Node process each, median of 3)\n');
  out.push(
    'Cold start = (import + build + first conversion of the 30k-character text) − a warm conversion of the same text ' +
      '(i.e. the cost beyond the conversion itself). opencc-js imports its `cn2t`/`t2cn` bundle and builds ' +
      '`Converter`; Dubao dynamically imports the packed tries the direction needs. Retained = heap + ArrayBuffers after `gc()` ' +
      'with the converter alive, minus the same before.\n',
  );
  out.push(
    table(
      [
        'direction',
        'opencc-js cold (ms, baseline)',
        'Dubao cold (ms)',
        'ratio',
        'opencc-js warm 30k (ms)',
        'Dubao warm 30k (ms)',
        'opencc-js retained (MB)',
        'Dubao retained (MB)',
      ],
      rows4,
    ),
  );
  return out.join('\n');
}

export const convertSection: BenchSection = { name: 'convert', title: 'Simplified⇄Traditional conversion', run };
