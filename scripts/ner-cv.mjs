// Entity-tagger check beside `npm run bench:summary`: trains on 4/5 of the dev NER splits and scores the
// other 1/5 exactly as bench/summary.ts does (findEntities + entityMentions, exact spans, micro-F1).
// Fold 0 is the benchmark's held-out split (ner/split.ts); --cv runs all 5 folds and pools them.
// Run: node scripts/ner-cv.mjs [--cv] [--errors FILE]   (RECIPE='{"epochs":40}' overrides TRAINING;
// fold models are cached in $NER_CV_CACHE, keyed by the tagger sources and the recipe, so rule-only
// changes re-score in seconds).
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { devServer } from './lib/ssr-load.mjs';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const nerDir = path.resolve(root, '..', 'shared', 'corpus', 'entities', 'ner');
const cv = process.argv.includes('--cv');
const errIdx = process.argv.indexOf('--errors');
const errs = errIdx >= 0 ? process.argv[errIdx + 1] : null;
const cacheDir = process.env.NER_CV_CACHE ?? path.join(os.tmpdir(), 'dubao-ner-cv');
const server = await devServer(root);
const fold = (id) => {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619) >>> 0;
  return h % 5;
};
try {
  const { trainTagger, trainingExamples, TRAINING } = await server.ssrLoadModule('/src/core/summary/ner/train.ts');
  const { loadModel } = await server.ssrLoadModule('/src/core/summary/ner/tagger.ts');
  const { findEntities, entityMentions } = await server.ssrLoadModule('/src/core/summary/entities.ts');
  const sets = [
    { name: 'MSRA', file: 'msra-test', types: ['PER', 'LOC', 'ORG'] },
    { name: 'PD', file: 'pd1998-test', types: ['PER', 'LOC', 'ORG'] },
    { name: 'CLUE', file: 'cluener-dev', types: ['PER', 'LOC', 'ORG', 'BOOK'] },
  ];
  const data = sets.map((d) =>
    readFileSync(path.join(nerDir, `${d.file}_dev.jsonl`), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l)),
  );
  const recipe = { ...TRAINING, ...JSON.parse(process.env.RECIPE ?? '{}') };
  const folds = cv ? [0, 1, 2, 3, 4] : [0];
  const tot = sets.map(() => ({ tp: 0, fp: 0, fn: 0 }));
  const errLines = [];
  const key = createHash('sha1')
    .update(
      [
        'src/core/summary/ner/features.ts',
        'src/core/summary/ner/train.ts',
        'src/core/summary/ner/tagger.ts',
        'src/core/summary/lexicon.ts',
        'src/core/summary/gazetteer.ts',
      ]
        .map((f) => readFileSync(path.join(root, f), 'utf8'))
        .join('\n') + JSON.stringify(recipe),
    )
    .digest('hex')
    .slice(0, 12);
  mkdirSync(cacheDir, { recursive: true });
  for (const k of folds) {
    const train = trainingExamples(
      data.flat().filter((r) => fold(r.id) !== k),
      recipe,
    );
    const t0 = performance.now();
    const cfile = path.join(cacheDir, `${key}-${k}.json`);
    let ser;
    if (existsSync(cfile)) ser = JSON.parse(readFileSync(cfile, 'utf8'));
    else {
      ser = trainTagger(train, recipe);
      writeFileSync(cfile, JSON.stringify(ser));
    }
    const model = loadModel(ser);
    const secs = ((performance.now() - t0) / 1000).toFixed(1);
    const line = [];
    sets.forEach((d, j) => {
      const wanted = d.types.map((t) => (t === 'BOOK' ? 'DOC' : t));
      const nested = !wanted.includes('DOC');
      let tp = 0,
        fp = 0,
        fn = 0;
      for (const r of data[j].filter((r) => fold(r.id) === k)) {
        const gold = new Set(
          r.entities.filter((e) => d.types.includes(e.type)).map((e) => `${e.start}:${e.end}:${e.type === 'BOOK' ? 'DOC' : e.type}`),
        );
        const pred = new Set(
          entityMentions(findEntities(r.text, r.text, { model, nested }), wanted).map((e) => `${e.start}:${e.end}:${e.type}`),
        );
        for (const p of pred)
          if (gold.has(p)) tp++;
          else {
            fp++;
            if (errs) errLines.push(`${d.name}\tFP\t${p}\t${r.text.slice(+p.split(':')[0], +p.split(':')[1])}\t${r.id}`);
          }
        for (const g of gold)
          if (!pred.has(g)) {
            fn++;
            if (errs) errLines.push(`${d.name}\tFN\t${g}\t${r.text.slice(+g.split(':')[0], +g.split(':')[1])}\t${r.id}`);
          }
      }
      tot[j].tp += tp;
      tot[j].fp += fp;
      tot[j].fn += fn;
      line.push(`${d.name} ${f1(tp, fp, fn)}`);
    });
    console.log(`fold ${k} (${secs}s): ${line.join('  ')}`);
  }
  if (cv) console.log('CV: ' + sets.map((d, j) => `${d.name} ${f1(tot[j].tp, tot[j].fp, tot[j].fn)}`).join('  '));
  if (errs) writeFileSync(errs, errLines.join('\n') + '\n');
} finally {
  await server.close();
}
function f1(tp, fp, fn) {
  const p = tp / Math.max(1, tp + fp),
    r = tp / Math.max(1, tp + fn);
  return (p + r ? (2 * p * r) / (p + r) : 0).toFixed(3);
}
