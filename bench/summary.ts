/**
 * Summary engine benchmark: key figures, entities (MSRA, People's Daily 1998, CLUENER; Simplified
 * and Traditional copies), key sentences (char ROUGE-L vs Lead) and speed, each beside a baseline
 * measured in the same run.
 */
import { readFileSync, readdirSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { corpus, median, pct, ratio, table, timeMedian, ROOT, type BenchSection } from './util';
import { summarize, entityMentions, keySentenceFeatures } from '../src/core/summary/index';
import { WEIGHTS, keySentenceLead, pickByScore, type KeySentenceWeights } from '../src/core/summary/key-sentences';
import { findEntities } from '../src/core/summary/entities';
import { gazetteer } from '../src/core/summary/gazetteer';
import { ORG_SUFFIXES } from '../src/core/summary/ner/features';
import { foldOf, isHoldout } from '../src/core/summary/ner/split';
import { loadModel, type TaggerModel } from '../src/core/summary/ner/tagger';
import { TRAINING, trainTagger, trainingExamples } from '../src/core/summary/ner/train';
import { splitSentences } from '../src/core/summary/sentences';
import { toSimplifiedSameLength } from '../src/core/text/to-simplified';

interface GoldEntity {
  start: number;
  end: number;
  type: string;
  text: string;
}
interface NerRecord {
  id: string;
  text: string;
  entities: GoldEntity[];
}
interface GoldFigure {
  start: number;
  end: number;
  value_text: string;
  measure: { start: number; end: number } | null;
  qualifier: string | null;
}

const jsonl = <T>(file: string): T[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

// ---------- baselines ----------
const BASE_FIG =
  /([0-9０-９]+(?:[.．][0-9０-９]+)?|[一二两三四五六七八九十百千]+)([万亿]*)(%|％|个百分点|元|美元|亿元|吨|公斤|公里|米|平方公里|亩|千瓦|个|名|人|家|项|件|起|场|次|所|座|台|辆|倍|岁|年)(以上|以下|左右|多|余)?/g;
export function baselineFigures(text: string) {
  const out: Array<{ start: number; end: number; measure: { start: number; end: number } | null; qualifier: string | null }> = [];
  BASE_FIG.lastIndex = 0;
  for (let m = BASE_FIG.exec(text); m; m = BASE_FIG.exec(text)) {
    if (m[3] === '年' && m[1]!.length === 4) continue;
    let b = m.index;
    while (b > 0 && !/[，。；：、\n]/.test(text[b - 1]!)) b--;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      measure: b < m.index ? { start: b, end: m.index } : null,
      qualifier: m[4] ?? null,
    });
  }
  return out;
}

const SUFFIX_RE = new RegExp(`[\\u4e00-\\u9fff]{2,8}?(?:${ORG_SUFFIXES.filter((s) => s.length > 1).join('|')})`, 'g');
const CUE_RE =
  /(?:记者|书记|市长|省长|主席|总理|部长|局长|主任|教授|总统)([\u4e00-\u9fff]{2,3})|([\u4e00-\u9fff]{2,3})(?=说|表示|指出|认为)/g;
function baselineNer(s: string): Array<{ start: number; end: number; type: string }> {
  const { places, surnames } = gazetteer();
  const out: Array<{ start: number; end: number; type: string }> = [];
  const taken = new Uint8Array(s.length);
  const put = (start: number, end: number, type: string) => {
    for (let i = start; i < end; i++) if (taken[i]) return;
    for (let i = start; i < end; i++) taken[i] = 1;
    out.push({ start, end, type });
  };
  for (const m of s.matchAll(/《[^《》]{1,40}》/g)) put(m.index, m.index + m[0].length, 'DOC');
  for (const m of s.matchAll(SUFFIX_RE)) put(m.index, m.index + m[0].length, 'ORG');
  for (const m of s.matchAll(CUE_RE)) {
    const name = m[1] ?? m[2]!;
    const start = m.index + (m[1] ? m[0].length - name.length : 0);
    if (surnames.has(name[0]!)) put(start, start + name.length, 'PER');
  }
  for (let i = 0; i < s.length; i++) {
    for (let l = Math.min(places.maxLen, s.length - i); l >= 2; l--) {
      if (places.words.has(s.slice(i, i + l))) {
        put(i, i + l, 'LOC');
        i += l - 1;
        break;
      }
    }
  }
  return out;
}

// ---------- metrics ----------
function prf(tp: number, fp: number, fn: number) {
  const p = tp / Math.max(1, tp + fp);
  const r = tp / Math.max(1, tp + fn);
  return p + r ? (2 * p * r) / (p + r) : 0;
}

function lcs(a: string, b: string): number {
  const prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diag = 0;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = a[i - 1] === b[j - 1] ? diag + 1 : Math.max(prev[j]!, prev[j - 1]!);
      diag = tmp;
    }
  }
  return prev[b.length]!;
}
const clean = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '');
function rougeL(pred: string, ref: string): number {
  const a = clean(pred);
  const b = clean(ref);
  if (!a || !b) return 0;
  const l = lcs(a, b);
  const p = l / a.length;
  const r = l / b.length;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

// ---------- sections ----------
export function figuresPart(): string {
  const recs = jsonl<{ id: string; script: string; text: string; figures: GoldFigure[] }>(
    corpus('entities', 'figures', 'figures_gold_dev.jsonl'),
  );
  const rows: Array<Array<string | number>> = [];
  // Traditional copies of the Simplified texts (opencc-js cn→tw; a copy whose length changed would
  // move the gold offsets, so it is left out): the same figures, read from Traditional text.
  const toTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const copies = recs
    .filter((r) => r.script === 'simp')
    // Qualifiers are reported as written, so the gold's are compared in Traditional too (高达 → 高達).
    .map((r) => ({
      ...r,
      script: 'copy',
      text: toTw(r.text),
      figures: r.figures.map((g) => ({ ...g, qualifier: g.qualifier ? toTw(g.qualifier) : g.qualifier })),
    }))
    .filter((r, i) => r.text.length === recs.filter((x) => x.script === 'simp')[i]!.text.length);
  const label = {
    simp: 'Simplified',
    trad: 'Traditional (native)',
    copy: `Traditional copies of the Simplified texts (${copies.length} texts)`,
  } as const;
  for (const script of ['simp', 'copy', 'trad'] as const) {
    const subset = script === 'copy' ? copies : recs.filter((r) => (script === 'simp' ? r.script === 'simp' : r.script !== 'simp'));
    for (const sys of ['Dubao', 'regex baseline']) {
      let tp = 0,
        fp = 0,
        fn = 0,
        mOk = 0,
        mN = 0,
        qOk = 0;
      for (const r of subset) {
        const pred = sys === 'Dubao' ? summarize(r.text).figures : baselineFigures(r.text);
        const byKey = new Map(pred.map((f) => [`${f.start}:${f.end}`, f]));
        for (const g of r.figures) {
          const p = byKey.get(`${g.start}:${g.end}`);
          if (!p) {
            fn++;
            continue;
          }
          tp++;
          if (g.measure) {
            mN++;
            if (p.measure && p.measure.start < g.measure.end && g.measure.start < p.measure.end) mOk++;
          }
          if ((p.qualifier ?? null) === (g.qualifier ?? null)) qOk++;
        }
        fp += pred.length - r.figures.filter((g) => byKey.has(`${g.start}:${g.end}`)).length;
      }
      rows.push([
        label[script],
        sys,
        subset.reduce((a, r) => a + r.figures.length, 0),
        prf(tp, fp, fn),
        pct(mOk / Math.max(1, mN)),
        pct(qOk / Math.max(1, tp)),
      ]);
    }
  }
  return (
    '### Key figures (figures_gold_dev)\n\n' +
    table(['script', 'system', 'gold figures', 'value exact F1', 'measure overlap', 'qualifier right'], rows)
  );
}

function nerScore(
  recs: NerRecord[],
  trad: boolean,
  predict: (s: string, orig: string) => Array<{ start: number; end: number; type: string }>,
  types: string[],
) {
  const c = nerCounts(recs, trad, predict, types);
  return prf(c.tp, c.fp, c.fn);
}

function nerCounts(
  recs: NerRecord[],
  trad: boolean,
  predict: (s: string, orig: string) => Array<{ start: number; end: number; type: string }>,
  types: string[],
) {
  let tp = 0,
    fp = 0,
    fn = 0;
  for (const r of recs) {
    const s = trad ? toSimplifiedSameLength(r.text) : r.text;
    const gold = new Set(
      r.entities.filter((e) => types.includes(e.type)).map((e) => `${e.start}:${e.end}:${e.type === 'BOOK' ? 'DOC' : e.type}`),
    );
    const pred = new Set(predict(s, r.text).map((e) => `${e.start}:${e.end}:${e.type}`));
    for (const p of pred)
      if (gold.has(p)) tp++;
      else fp++;
    for (const g of gold) if (!pred.has(g)) fn++;
  }
  return { tp, fp, fn };
}

function nerPart(): string {
  const dir = corpus('entities', 'ner');
  const sets = [
    { name: 'MSRA', file: 'msra-test', types: ['PER', 'LOC', 'ORG'] },
    { name: "People's Daily 1998", file: 'pd1998-test', types: ['PER', 'LOC', 'ORG'] },
    { name: 'CLUENER (PER/LOC/ORG/BOOK)', file: 'cluener-dev', types: ['PER', 'LOC', 'ORG', 'BOOK'] },
  ];
  // Honest check: a model trained in this run on 4/5 of every dev split, scored on the other 1/5.
  const train = trainingExamples(
    sets.flatMap((d) => jsonl<NerRecord>(path.join(dir, `${d.file}_dev.jsonl`)).filter((r) => !isHoldout(r.id))),
  );
  const t0 = performance.now();
  const heldModel: TaggerModel = loadModel(trainTagger(train, TRAINING));
  const trainSecs = (performance.now() - t0) / 1000;
  // 5-fold cross-validation: the same recipe trained on each 4/5, scored on the fifth left out, pooled
  // (fold 0 is the held-out split above). Steadier than one fold of a few hundred sentences.
  const all = sets.map((d) => jsonl<NerRecord>(path.join(dir, `${d.file}_dev.jsonl`)));
  const foldModels: TaggerModel[] = [heldModel];
  for (let k = 1; k < 5; k++)
    foldModels.push(loadModel(trainTagger(trainingExamples(all.flat().filter((r) => foldOf(r.id) !== k)), TRAINING)));
  // A corpus is scored on the types it annotates: MSRA and People's Daily tag no documents but do
  // tag the names inside 《》 titles, so for them DOC output is set aside and those names kept.
  const withModel = (types: string[], model?: TaggerModel) => {
    const wanted = types.map((t) => (t === 'BOOK' ? 'DOC' : t)) as Array<'PER' | 'LOC' | 'ORG' | 'DOC'>;
    const nested = !wanted.includes('DOC');
    return (s: string, orig: string) => entityMentions(findEntities(s, orig, model ? { model, nested } : { nested }), wanted);
  };
  const rows: Array<Array<string | number>> = [];
  for (const d of sets) {
    for (const trad of [false, true]) {
      const recs = jsonl<NerRecord>(path.join(dir, `${d.file}${trad ? '-tw' : ''}_dev.jsonl`));
      const held = recs.filter((r) => isHoldout(r.id.replace(/-tw$/, '')));
      const cv = { tp: 0, fp: 0, fn: 0 };
      foldModels.forEach((model, k) => {
        const c = nerCounts(
          recs.filter((r) => foldOf(r.id.replace(/-tw$/, '')) === k),
          trad,
          withModel(d.types, model),
          d.types,
        );
        cv.tp += c.tp;
        cv.fp += c.fp;
        cv.fn += c.fn;
      });
      rows.push([
        d.name + (trad ? ' (Traditional)' : ''),
        held.length,
        nerScore(held, trad, withModel(d.types, heldModel), d.types),
        prf(cv.tp, cv.fp, cv.fn),
        nerScore(held, trad, (s) => baselineNer(s), d.types),
        nerScore(recs, trad, withModel(d.types), d.types),
        nerScore(recs, trad, (s) => baselineNer(s), d.types),
      ]);
    }
  }
  return (
    '### Entities (micro-F1, exact spans)\n\n' +
    `Held-out: a tagger trained in this run (${trainSecs.toFixed(1)} s, recipe \`TRAINING\` in ner/train.ts: CLUENER ×${TRAINING.clueRepeat}, mention-replaced copies ×${TRAINING.augment}) on 4/5 of the dev sentences, scored on the other 1/5 ` +
    '(`ner/split.ts`, fold 0); "5-fold CV" repeats that for each fifth and pools the counts over all dev sentences. "All dev" uses the shipped model, which was trained on all dev sentences, so it is optimistic. ' +
    "Traditional copies are converted to Simplified first. Each corpus is scored on the types it annotates (MSRA and People's Daily: PER/LOC/ORG, " +
    'with DOC output set aside and names inside 《》 kept, as they annotate them). The tagger sees the jieba-dictionary proper-noun lexicon, which was ' +
    "itself built partly from 1998 People's Daily text, so People's Daily numbers may flatter it.\n\n" +
    table(
      [
        'corpus',
        'held-out sents',
        'Dubao held-out (fold 0)',
        'Dubao 5-fold CV (pooled)',
        'rules baseline held-out',
        'Dubao all dev (shipped, seen)',
        'rules baseline all dev',
      ],
      rows,
    )
  );
}

/** LCSTS dev split by text (FNV-1a hash of the id, even → tuning, odd → checking): Dubao and Lead-1 ROUGE-L per half. */
export function keySentenceHalves(): {
  tuning: { n: number; ours: number; lead: number };
  checking: { n: number; ours: number; lead: number };
} {
  const dev = jsonl<{ id: string; text: string; summary: string }>(corpus('summary', 'dev.jsonl'));
  const out = { tuning: { n: 0, ours: 0, lead: 0 }, checking: { n: 0, ours: 0, lead: 0 } };
  for (const r of dev) {
    let h = 0x811c9dc5;
    for (let i = 0; i < r.id.length; i++) h = Math.imul(h ^ r.id.charCodeAt(i), 0x01000193);
    const half = (h >>> 0) % 2 === 0 ? out.tuning : out.checking;
    half.n++;
    half.lead += rougeL(splitSentences(r.text)[0]?.text ?? '', r.summary);
    half.ours += rougeL(
      summarize(r.text, { keySentences: 1 })
        .keySentences.map((s) => s.text)
        .join(''),
      r.summary,
    );
  }
  for (const h of [out.tuning, out.checking]) {
    h.ours = (100 * h.ours) / Math.max(1, h.n);
    h.lead = (100 * h.lead) / Math.max(1, h.n);
  }
  return out;
}

/**
 * Key sentence against the headline on the extraction dev pages: the gold body is summarized with no title
 * (the title is the reference, so it must not be a feature) and the first key sentence scored by ROUGE-L
 * against the page's own headline, beside the body's first sentence (Lead-1). The weights were fitted on
 * LCSTS posts, never on these pages; halves by site as in `bench/extract-split.json`.
 */
export function keySentenceHeadlines(): Record<'tuning' | 'checking', { n: number; ours: number; lead: number; firstEligible: number }> {
  const dir = corpus('extraction');
  const split = (JSON.parse(readFileSync(path.join(ROOT, 'bench', 'extract-split.json'), 'utf8')) as { sites: Record<string, string> })
    .sites;
  const out = { tuning: { n: 0, ours: 0, lead: 0, firstEligible: 0 }, checking: { n: 0, ours: 0, lead: 0, firstEligible: 0 } };
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const g = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as { title?: string; body_text?: string; site?: string };
    if (!g.title || !g.body_text) continue;
    const half = split[g.site ?? ''] === 'checking' ? out.checking : out.tuning;
    half.n++;
    const sentences = splitSentences(g.body_text);
    half.lead += rougeL(sentences[0]?.text ?? '', g.title);
    half.firstEligible += rougeL(keySentenceLead(sentences, (sp) => toSimplifiedSameLength(sp.text))?.text ?? '', g.title);
    half.ours += rougeL(summarize(g.body_text, { keySentences: 1 }).keySentences[0]?.text ?? '', g.title);
  }
  for (const h of [out.tuning, out.checking]) {
    h.ours = (100 * h.ours) / Math.max(1, h.n);
    h.lead = (100 * h.lead) / Math.max(1, h.n);
    h.firstEligible = (100 * h.firstEligible) / Math.max(1, h.n);
  }
  return out;
}

/**
 * Repeated 2-fold cross-validation of the key-sentence weights on LCSTS dev: `reps` random splits by
 * text; on each, the weights are refit by grid search on one half and scored on the other (both ways).
 * The spread of (Dubao − Lead-1) on the unseen halves is the honest estimate for unseen posts; the
 * shipped weights are scored on the same halves beside it.
 */
export function keySentenceCv(reps = 20): { refit: number[]; shipped: number[] } {
  const dev = jsonl<{ id: string; text: string; summary: string }>(corpus('summary', 'dev.jsonl'));
  const posts = dev.map((r) => {
    const { sentences, features } = keySentenceFeatures(r.text);
    return { features, rouge: sentences.map((sp) => rougeL(sp.text, r.summary)), lead: rougeL(sentences[0]?.text ?? '', r.summary) };
  });
  const grid: KeySentenceWeights[] = [];
  for (const decay of [0.15, 0.3, 0.5, 0.8])
    for (const centrality of [0, 1, 2, 3])
      for (const length of [0, 0.2, 0.35, 0.6])
        for (const idealLength of [20, 30, 40]) grid.push({ ...WEIGHTS, decay, centrality, length, idealLength });
  const gain = (ps: typeof posts, w: KeySentenceWeights) =>
    (100 * ps.reduce((a, p) => a + (p.rouge[pickByScore(p.features, 1, w)[0] ?? -1] ?? 0) - p.lead, 0)) / Math.max(1, ps.length);
  let seed = 1;
  const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff;
  const refit: number[] = [];
  const shipped: number[] = [];
  for (let rep = 0; rep < reps; rep++) {
    const a: typeof posts = [];
    const b: typeof posts = [];
    for (const p of posts) (rand() < 0.5 ? a : b).push(p);
    for (const [fit, test] of [
      [a, b],
      [b, a],
    ] as const) {
      let best = WEIGHTS;
      let bestGain = -Infinity;
      for (const w of grid) {
        const g = gain(fit, w);
        if (g > bestGain) [best, bestGain] = [w, g];
      }
      refit.push(gain(test, best));
      shipped.push(gain(test, WEIGHTS));
    }
  }
  return { refit, shipped };
}

function keySentencePart(): string {
  const dev = jsonl<{ text: string; summary: string }>(corpus('summary', 'dev.jsonl'));
  let lead = 0,
    ours = 0;
  for (const r of dev) {
    const sents = splitSentences(r.text);
    lead += rougeL(sents[0]?.text ?? '', r.summary);
    ours += rougeL(
      summarize(r.text, { keySentences: 1 })
        .keySentences.map((s) => s.text)
        .join(''),
      r.summary,
    );
  }
  const long = jsonl<{ text: string; summary: string; title?: string }>(corpus('summary', 'clts_samples.jsonl'));
  let lead3 = 0,
    ours3 = 0;
  for (const r of long) {
    const sents = splitSentences(r.text);
    lead3 += rougeL(
      sents
        .slice(0, 3)
        .map((s) => s.text)
        .join(''),
      r.summary,
    );
    ours3 += rougeL(
      summarize(r.text, { keySentences: 3 })
        .keySentences.map((s) => s.text)
        .join(''),
      r.summary,
    );
  }
  const cv = keySentenceCv();
  const q = (xs: number[], f: number) => [...xs].sort((x, y) => x - y)[Math.floor(f * (xs.length - 1))]!;
  const mean = (xs: number[]) => xs.reduce((x, y) => x + y, 0) / xs.length;
  return (
    '### Key sentences (character ROUGE-L F1)\n\n' +
    'The scoring weights (`WEIGHTS` in key-sentences.ts) were fitted on one half of LCSTS dev (even ids) and checked on the other half, and the ' +
    'reverse: fit on even → odd 21.88 vs Lead-1 21.04; fit on odd → even 21.01 vs Lead-1 20.08 (+0.9 on unseen halves). The row below uses the shipped ' +
    'weights on all of dev, so it is partly in-sample. With 3+ sentences asked, the first two eligible sentences are always kept (Lead-3 floor).\n\n' +
    table(
      ['set', 'texts', 'Dubao', 'baseline', 'baseline name'],
      [
        ['LCSTS dev, 1 sentence', dev.length, (100 * ours) / dev.length, (100 * lead) / dev.length, 'Lead-1'],
        ['CLTS long articles, 3 sentences', long.length, (100 * ours3) / long.length, (100 * lead3) / long.length, 'Lead-3'],
        ...(() => {
          const h = keySentenceHalves();
          return [
            [`LCSTS dev tuning half (hash of id), 1 sentence`, h.tuning.n, h.tuning.ours, h.tuning.lead, 'Lead-1'],
            [`LCSTS dev checking half (hash of id), 1 sentence`, h.checking.n, h.checking.ours, h.checking.lead, 'Lead-1'],
          ];
        })(),
        ...(() => {
          const h = keySentenceHeadlines();
          return [
            [`dev pages vs their headline, tuning sites, 1 sentence`, h.tuning.n, h.tuning.ours, h.tuning.lead, 'Lead-1'],
            [`dev pages vs their headline, checking sites, 1 sentence`, h.checking.n, h.checking.ours, h.checking.lead, 'Lead-1'],
            [
              `dev pages vs their headline, tuning sites, 1 sentence`,
              h.tuning.n,
              h.tuning.ours,
              h.tuning.firstEligible,
              'first sentence not a caption/heading/credit',
            ],
            [
              `dev pages vs their headline, checking sites, 1 sentence`,
              h.checking.n,
              h.checking.ours,
              h.checking.firstEligible,
              'first sentence not a caption/heading/credit',
            ],
          ];
        })(),
      ],
    ) +
    `\n\nRepeated 2-fold cross-validation on LCSTS dev (${cv.refit.length / 2} random splits by text, each half ~174 posts; the weights refit by grid ` +
    `search on one half and scored on the other, both ways), Dubao − Lead-1 ROUGE-L on the unseen half: mean ${mean(cv.refit).toFixed(2)}, ` +
    `10th percentile ${q(cv.refit, 0.1).toFixed(2)}, 90th ${q(cv.refit, 0.9).toFixed(2)}; the shipped weights on the same halves: mean ` +
    `${mean(cv.shipped).toFixed(2)}, 10th percentile ${q(cv.shipped, 0.1).toFixed(2)} (in-sample: they were fitted on all of dev). The refit row is the estimate for unseen posts. ` +
    'The dev-page rows are a second reference never used for fitting: the gold body summarized without its title, the first key sentence scored ' +
    'against the page headline (a headline is not a summary, so both columns are low; the gap is what counts). Plain Lead-1 profits where a ' +
    'page opens with a photo caption or subheading that repeats the headline (图为…启动仪式。), which a key sentence must never be; the first ' +
    'sentence that is not a caption, heading or credit is the fairer lead.'
  );
}

export function speedPart(cold: { firstMs: number }): string {
  const long = jsonl<{ text: string }>(corpus('summary', 'clts_samples.jsonl'));
  let article = '';
  for (let i = 0; article.length < 5000; i++) article += long[i % long.length]!.text + '\n';
  article = article.slice(0, 5000);
  const ours = timeMedian(() => summarize(article), 21, 3);
  const base = timeMedian(
    () => {
      baselineFigures(article);
      baselineNer(article);
    },
    21,
    3,
  );
  const figOnly = timeMedian(() => baselineFigures(article), 21, 3);
  const dataFiles = ['gazetteer.json', 'lexicon.json', 'ner-model.json'].map((f) => path.join(ROOT, 'src/core/summary/data', f));
  const gz = dataFiles.reduce((a, f) => a + gzipSync(readFileSync(f)).length, 0);
  const texts = dataFiles.map((f) => readFileSync(f, 'utf8'));
  const parseMs = timeMedian(() => texts.forEach((t) => JSON.parse(t)), 5, 1);
  return (
    '### Speed and size\n\n' +
    table(
      ['measure', 'Dubao', 'baseline', 'ratio'],
      [
        ['summarize 5,000-char article (median ms)', ours, base, ratio(ours / base)],
        ['… vs the plain figures regex alone (median ms)', ours, figOnly, ratio(ours / figOnly)],
      ],
    ) +
    `\n\nBaseline = rules NER + figures regex on the same text. Data shipped: ${(gz / 1024).toFixed(0)} KB gzip (gazetteer + proper-noun lexicon + tagger model; budget 1.5 MB).` +
    ` First use in a fresh process (the panel's first opening on a page): parsing the three data files' JSON ${parseMs.toFixed(0)} ms, then the first summarize ` +
    `(a short text; lexicon, gazetteer and tagger tables built, segmenter started) ${cold.firstMs.toFixed(0)} ms; every later article costs the median above.`
  );
}

/** CPU time of one call in ms (the process's own time: other processes on the machine inflate it less than wall time). */
function cpuMs(fn: () => unknown): number {
  (globalThis as { gc?: () => void }).gc?.(); // the garbage of an earlier call is not this one's cost
  const c0 = process.cpuUsage();
  fn();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

/**
 * Linearity: the summary's CPU cost per character of a text at 16× (80,000 characters) against its
 * cost at 1× (5,000), on news text and on pathological texts (a run of one character, news text
 * with its punctuation stripped, "中。" repeated, one name repeated). Bar: within 1.5×.
 */
function linearityPart(): string {
  const long = jsonl<{ text: string }>(corpus('summary', 'clts_samples.jsonl')).map((r) => r.text);
  const news = (n: number) => {
    let t = '';
    for (let i = 0; t.length < n; i++) t += long[i % long.length]! + '\n';
    return t.slice(0, n);
  };
  const han = long.join('').replace(/[^\u4e00-\u9fff]/g, '');
  const cases: Array<[string, (n: number) => string]> = [
    ['news text (CLTS articles, repeated to length)', news],
    ['a run of one character (中中中…)', (n) => '中'.repeat(n)],
    ['news Han characters, punctuation stripped (one unbroken run)', (n) => han.repeat(Math.ceil(n / han.length)).slice(0, n)],
    ['"中。" repeated', (n) => '中。'.repeat(n / 2)],
    ['"美国。" repeated (one name, n/3 mentions)', (n) => '美国。'.repeat(Math.ceil(n / 3)).slice(0, n)],
  ];
  const rows = cases.map(([name, make]) => {
    const small = make(5000);
    const large = make(80_000);
    summarize(small);
    const a = median(Array.from({ length: 11 }, () => cpuMs(() => summarize(small)))) / small.length;
    const b = median(Array.from({ length: 5 }, () => cpuMs(() => summarize(large)))) / large.length;
    return [name, a * 1000, b * 1000, ratio(b / a)];
  });
  return (
    '### Linearity (CPU µs per character)\n\n' +
    'The summary of a text 16× longer should cost at most 1.5× more per character. Before the linear rewrite, a sentence over ~65,000 ' +
    "characters cost > 80 s (the word segmenter's cliff), and sentences × figures / mentions were counted pairwise.\n\n" +
    table(['text', '5,000 chars (1×)', '80,000 chars (16×)', 'cost per char 16× / 1×'], rows)
  );
}

export const summarySection: BenchSection = {
  name: 'summary',
  title: 'Summary engine (figures, entities, key sentences)',
  async run() {
    // First, before anything here builds the engine's tables: what the first summary costs.
    const t0 = performance.now();
    summarize('兰州日报社全媒体记者华静报道：兰州市科技局介绍，企业技术需求1500项以上。');
    const cold = { firstMs: performance.now() - t0 };
    // Timed next, while the heap holds only the engine (the tagger training below leaves hundreds
    // of MB of garbage whose collection would land in the timings); printed last.
    const speed = speedPart(cold);
    const linear = linearityPart();
    return [figuresPart(), nerPart(), keySentencePart(), speed, linear].join('\n\n');
  },
};
