/**
 * Page-level summary benchmark: the panel's view of real dev pages (article detection → summarize
 * on the cleaned body, as the panel does) scored against page gold written by hand from each page's
 * gold body text before Dubao was run on it (`bench/gold/pages/*.json`). Pages are split by site
 * into a tuning and a checking half (sites sorted by name, alternating), reported apart and whole.
 * Spam false alarms are measured on every dev page (articles and non-articles).
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { decodeHtml } from '../src/core/decode/decode-html';
import { parseHtml } from '../src/cli/io';
import { extractArticle } from '../src/core/extract/index';
import { summarize } from '../src/core/summary/index';
import type { Summary } from '../src/core/summary/types';
import { corpus, pct, table, ROOT, type BenchSection } from './util';

interface GoldFigure {
  value: string;
  measure: string;
  key: boolean;
}
export interface PageGold {
  id: string;
  site: string;
  script: string;
  people: string[];
  places: string[];
  organizations: string[];
  documents: string[];
  figures: GoldFigure[];
  figuresAlsoRight: string[];
  keySentence: string[];
  injectedSpam: boolean;
}

const GOLD_DIR = path.join(ROOT, 'bench', 'gold', 'pages');
const TYPES = ['people', 'places', 'organizations', 'documents'] as const;

export function loadPageGold(): PageGold[] {
  return readdirSync(GOLD_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(GOLD_DIR, f), 'utf8')) as PageGold);
}

/** Sites sorted by name, alternating: even → tuning, odd → checking. */
export function halfOf(site: string, sites: string[]): 'tuning' | 'checking' {
  const sorted = [...new Set(sites)].sort();
  return sorted.indexOf(site) % 2 === 0 ? 'tuning' : 'checking';
}

const fold = (s: string) =>
  s
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[。]/g, '.')
    .replace(/\s+/g, '');
const normName = (s: string) => fold(s).replace(/[《》〈〉「」“”"]/g, '');
const QUAL_HEAD = /^(?:约为|约|近|超过|超|逾|高达|达到|达|仅|共|只有|大约|将近)/;
const QUAL_TAIL = /(?:以上|以下|左右|上下|之多|多|余)$/;
function valueKey(v: string): string {
  let s = fold(v);
  s = s.replace(QUAL_HEAD, '');
  const t = s.replace(QUAL_TAIL, '');
  return t || s;
}
const alts = (s: string) => s.split('|').filter(Boolean);

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

export interface PageRun {
  gold: PageGold;
  summary: Summary;
  spamFlag: boolean;
  /** The page's byline fields from the extraction gold (author, editor): their names are right as people but not required. */
  byline: string;
}

export interface PageScores {
  pages: number;
  ent: Record<(typeof TYPES)[number], Counts>;
  figRows: number;
  figRight: number;
  figWithMeasure: number;
  figMeasureRight: number;
  figMeasureGold: number;
  figRecall: Counts;
  keyFound: number;
  keyGold: number;
  duplicates: number;
  shownCap: number;
  keyRight: number;
  keyCaption: number;
  wrongEntities: string[];
  missedEntities: string[];
  wrongFigures: string[];
  wrongMeasures: string[];
}

function emptyScores(): PageScores {
  return {
    pages: 0,
    ent: { people: zero(), places: zero(), organizations: zero(), documents: zero() },
    figRows: 0,
    figRight: 0,
    figWithMeasure: 0,
    figMeasureRight: 0,
    figMeasureGold: 0,
    figRecall: zero(),
    keyFound: 0,
    keyGold: 0,
    duplicates: 0,
    shownCap: 0,
    keyRight: 0,
    keyCaption: 0,
    wrongEntities: [],
    missedEntities: [],
    wrongFigures: [],
    wrongMeasures: [],
  };
}

/** The panel shows at most this many figure rows before "more". */
const SHOWN = 12;

export function scorePage(run: PageRun, acc: PageScores): void {
  const { gold: g, summary: s } = run;
  acc.pages++;
  for (const type of TYPES) {
    const goldSets = g[type].map((e) => new Set(alts(e).map(normName)));
    const pred = new Set(s.entities[type].map((e) => normName(e.text)));
    const predAll = new Set(s.entities[type].flatMap((e) => [e.text, ...(e.aliases ?? [])].map(normName)));
    for (const p of pred) {
      if (goldSets.some((gs) => gs.has(p))) acc.ent[type].tp++;
      else if (type === 'people' && p.length >= 2 && normName(run.byline).includes(p)) continue;
      else {
        acc.ent[type].fp++;
        acc.wrongEntities.push(`${type.slice(0, 3)}:${p}`);
      }
    }
    for (const gs of goldSets) {
      if ([...gs].some((a) => predAll.has(a))) continue;
      acc.ent[type].fn++;
      acc.missedEntities.push(`${type.slice(0, 3)}:${[...gs][0]}`);
    }
  }
  // Figures: value right when it matches a gold figure or a value the gold accepts as right.
  // a count with its noun as the unit (13个|标准篮球场 written 13个标准篮球场, guide §3's 47个足球场) is the same figure
  const goldVals = g.figures.map((f) => ({
    ...f,
    keys: new Set(alts(f.value).flatMap((v) => [valueKey(v), ...alts(f.measure).map((m) => valueKey(v + m))])),
  }));
  const okVals = new Set(g.figuresAlsoRight.flatMap(alts).map(valueKey));
  const seen = new Set<string>();
  const found = new Set<number>();
  s.figures.forEach((f, i) => {
    acc.figRows++;
    const k = valueKey(f.value);
    const dupKey = `${k}\u0000${f.measure?.text ?? ''}`;
    if (seen.has(dupKey)) acc.duplicates++;
    seen.add(dupKey);
    if (f.measure) acc.figWithMeasure++;
    const gi = goldVals.findIndex((gf) => gf.keys.has(k));
    if (gi >= 0 || okVals.has(k)) acc.figRight++;
    else acc.wrongFigures.push(`${g.id}:${f.value}`);
    if (gi >= 0) {
      // every gold row with this value: the measure is right when it overlaps any of them
      const sameVal = goldVals.filter((gf) => gf.keys.has(k));
      acc.figMeasureGold++;
      const m = f.measure ? normName(f.measure.text) : '';
      if (m && sameVal.some((gf) => alts(gf.measure).some((a) => m.includes(normName(a)) || normName(a).includes(m))))
        acc.figMeasureRight++;
      else acc.wrongMeasures.push(`${g.id}:${f.value} ${m || '—'} ≠ ${sameVal.map((gf) => gf.measure).join('/')}`);
      goldVals.forEach((gf, j) => {
        if (gf.keys.has(k)) {
          if (!found.has(j) && i < SHOWN && gf.key) acc.keyFound++;
          found.add(j);
        }
      });
    }
  });
  acc.keyGold += goldVals.filter((gf) => gf.key).length;
  acc.figRecall.tp += found.size;
  acc.figRecall.fn += goldVals.length - found.size;
  if (s.figures.length > SHOWN) acc.shownCap++;
  const first = s.keySentences[0]?.text ?? '';
  if (g.keySentence.some((k) => fold(first).includes(fold(k)))) acc.keyRight++;
  if (/^\s*[▲△●◎↑图圖]|[（(](?:图|圖|摄|攝)|^\S{0,14}[。.]?$/.test(first)) acc.keyCaption++;
}

export function pageRun(gold: PageGold): PageRun {
  const file = corpus('extraction', `${gold.id}.html`);
  const doc = parseHtml(decodeHtml(readFileSync(file)).text);
  const meta = JSON.parse(readFileSync(corpus('extraction', `${gold.id}.json`), 'utf8')) as {
    url?: string;
    author?: string;
    editor?: string;
  };
  const a = extractArticle(doc, { url: meta.url });
  const summary = summarize(a.cleanText, { publishedAt: a.publishedAt, title: a.title, author: a.author, editor: a.editor });
  return { gold, summary, spamFlag: a.warnings.some((w) => w.type === 'spam'), byline: `${meta.author ?? ''} ${meta.editor ?? ''}` };
}

/** Spam flags on every dev page (43 articles + the non-article pages): which pages raise the warning. */
export function spamFlags(): Array<{ id: string; flagged: boolean; injected: boolean; samples: string[] }> {
  const injected = new Set(
    (JSON.parse(readFileSync(path.join(ROOT, 'bench', 'gold', 'spam.json'), 'utf8')) as { injected: string[] }).injected,
  );
  const out: Array<{ id: string; flagged: boolean; injected: boolean; samples: string[] }> = [];
  for (const dir of ['extraction', 'non-article']) {
    const d = corpus(dir);
    if (!existsSync(d)) continue;
    for (const f of readdirSync(d)
      .filter((x) => x.endsWith('.html'))
      .sort()) {
      const id = f.replace(/\.html$/, '');
      const a = extractArticle(parseHtml(decodeHtml(readFileSync(path.join(d, f))).text));
      const w = a.warnings.find((x) => x.type === 'spam');
      out.push({ id, flagged: !!w, injected: injected.has(id), samples: w?.samples ?? [] });
    }
  }
  return out;
}

const prec = (c: Counts) => (c.tp + c.fp ? pct(c.tp / (c.tp + c.fp)) : '—');
const rec = (c: Counts) => (c.tp + c.fn ? pct(c.tp / (c.tp + c.fn)) : '—');

export function pagesReport(verbose = false): string {
  const golds = loadPageGold();
  const sites = golds.map((g) => g.site);
  const halves = { tuning: emptyScores(), checking: emptyScores(), whole: emptyScores() };
  for (const g of golds) {
    const run = pageRun(g);
    scorePage(run, halves[halfOf(g.site, sites)]);
    scorePage(run, halves.whole);
    if (process.env.DUBAO_BENCH_DUMP === '1') {
      const ents = (['people', 'places', 'organizations'] as const).map(
        (t) => `${t}: ` + run.summary.entities[t].map((e) => `${e.text}×${e.mentions.length}${e.role ? `(${e.role})` : ''}`).join(' '),
      );
      console.error(
        `== ${g.id}\n${ents.join('\n')}\nfigures: ${run.summary.figures.map((f) => `${f.value}[${f.measure?.text ?? '—'}]`).join(' ')}\nkey: ${run.summary.keySentences[0]?.text.slice(0, 40)}`,
      );
    }
  }
  const cols = ['tuning', 'checking', 'whole'] as const;
  const rows: Array<Array<string | number>> = [['pages', ...cols.map((c) => halves[c].pages)]];
  for (const t of TYPES) {
    rows.push([`${t} precision`, ...cols.map((c) => prec(halves[c].ent[t]))]);
    rows.push([`${t} recall`, ...cols.map((c) => rec(halves[c].ent[t]))]);
  }
  rows.push(['figure rows', ...cols.map((c) => halves[c].figRows)]);
  rows.push(['figure value precision', ...cols.map((c) => pct(halves[c].figRight / Math.max(1, halves[c].figRows)))]);
  rows.push(['gold figures found', ...cols.map((c) => rec(halves[c].figRecall))]);
  rows.push(['key (marked) figures in the first 12 rows', ...cols.map((c) => pct(halves[c].keyFound / Math.max(1, halves[c].keyGold)))]);
  rows.push(['rows with a measure', ...cols.map((c) => pct(halves[c].figWithMeasure / Math.max(1, halves[c].figRows)))]);
  rows.push([
    'measure right (rows matching a gold figure)',
    ...cols.map((c) => pct(halves[c].figMeasureRight / Math.max(1, halves[c].figMeasureGold))),
  ]);
  rows.push(['duplicate rows (same value and measure)', ...cols.map((c) => halves[c].duplicates)]);
  rows.push(['pages with more than 12 rows', ...cols.map((c) => halves[c].shownCap)]);
  rows.push(['key sentence = gold choice', ...cols.map((c) => pct(halves[c].keyRight / Math.max(1, halves[c].pages)))]);
  rows.push(['key sentence is a caption/fragment', ...cols.map((c) => halves[c].keyCaption)]);

  const flags = spamFlags();
  const clean = flags.filter((f) => !f.injected);
  const inj = flags.filter((f) => f.injected);
  const spamLine =
    `Spam warning on dev pages without injected content: **${clean.filter((f) => f.flagged).length} of ${clean.length}** ` +
    `(${
      clean
        .filter((f) => f.flagged)
        .map((f) => f.id)
        .join(', ') || 'none'
    }); pages with injected content flagged: ${inj.filter((f) => f.flagged).length} of ${inj.length}.`;
  let out =
    '### Page-level summary (dev pages, hand-made page gold)\n\n' +
    `${golds.length} pages (${golds.filter((g) => g.script === 'zh-Hant').length} Traditional) labelled from the gold body text before Dubao ran on them (\`bench/gold/pages\`); ` +
    `split by site (sites sorted, alternating): tuning ${halves.tuning.pages} pages, checking ${halves.checking.pages}. ` +
    "Entities are scored as sets per page, pooled; a figure row is right when its value (qualifiers aside) is one of the page's figures or a value the gold accepts.\n\n" +
    table(['measure', ...cols], rows) +
    '\n\n' +
    spamLine;
  // DUBAO_BENCH_VERBOSE=tuning: the tuning half's wrong and missed entities only (the checking half stays unseen)
  if (process.env.DUBAO_BENCH_VERBOSE === 'tuning') {
    out += '\n\nwrong entities, tuning half: ' + halves.tuning.wrongEntities.join(', ');
    out += '\n\nmissed entities, tuning half: ' + halves.tuning.missedEntities.join(', ');
  }
  if (verbose) {
    out += '\n\nwrong entities: ' + halves.whole.wrongEntities.join(', ');
    out += '\n\nmissed entities: ' + halves.whole.missedEntities.join(', ');
    out += '\n\nwrong figures: ' + halves.whole.wrongFigures.join(', ');
    out += '\n\nwrong measures, tuning half: ' + halves.tuning.wrongMeasures.join(' | ');
    out +=
      '\n\nspam samples: ' +
      flags
        .filter((f) => f.flagged)
        .map((f) => `${f.id}: ${f.samples.join(' ¦ ')}`)
        .join('\n');
  }
  return out;
}

export const summaryPagesSection: BenchSection = {
  name: 'summary-pages',
  title: 'Summary engine on pages (page gold)',
  async run() {
    return pagesReport(process.env.DUBAO_BENCH_VERBOSE === '1');
  },
};
