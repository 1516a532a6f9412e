// Trains the entity tagger (src/core/summary/ner) on the dev NER splits in ../shared/corpus and
// writes src/core/summary/data/ner-model.json (pruned, integer weights: character statistics,
// not a list of entities). Run: node scripts/train-ner.mjs [--holdout]  (--holdout keeps 1 in 5
// sentences out, as the benchmark does, to check generalisation).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { devServer } from './lib/ssr-load.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const nerDir = path.resolve(root, '..', 'shared', 'corpus', 'entities', 'ner');
const holdout = process.argv.includes('--holdout');

const server = await devServer(root);
try {
  const { trainTagger, trainingExamples, TRAINING } = await server.ssrLoadModule('/src/core/summary/ner/train.ts');
  const { isHoldout } = await server.ssrLoadModule('/src/core/summary/ner/split.ts');
  const records = [];
  for (const file of ['msra-test_dev.jsonl', 'pd1998-test_dev.jsonl', 'cluener-dev_dev.jsonl']) {
    for (const line of readFileSync(path.join(nerDir, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line);
      if (holdout && isHoldout(r.id)) continue;
      records.push(r);
    }
  }
  const examples = trainingExamples(records);
  const t0 = performance.now();
  const model = trainTagger(examples, { ...TRAINING, epochs: Number(process.env.EPOCHS ?? TRAINING.epochs) });
  const out = path.join(root, 'src/core/summary/data/ner-model.json');
  writeFileSync(out, JSON.stringify(model) + '\n');
  console.log(
    `trained on ${examples.length} sentences in ${((performance.now() - t0) / 1000).toFixed(1)} s; ${model.features.split('\n').length} features → ${out}`,
  );
} finally {
  await server.close();
}
