#!/usr/bin/env node
// Batch 4 candidate selection (prints candidate texts in labelling order; the annotator skips a candidate only
// when it has no figure under the conventions). Same "numeral+unit run" rule as batches 2–3 (`runs` of
// select-batch2.mjs). Pools, each in id (= file) order, texts already in labels.txt skipped:
//   pd      entities/ner/pd1998-test_dev.jsonl, the first PD_N records with exactly 1 run (batches 2–3 took ≥ 2);
//   msra    entities/ner/msra-test_dev.jsonl, records with exactly 1 run, the MSRA_N after batch 3's 30;
//   cluener entities/ner/cluener-dev_dev.jsonl, records with exactly 1 run, the CLUENER_N after batch 3's 12;
//   summary summary/dev.jsonl, the first SUMMARY_N posts with ≥ 1 run not labelled in batch 1.
// Usage: node bench/gold/figures/select-batch4.mjs pd|msra|cluener|summary [--count]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runs } from './select-batch2.mjs';

export const PD_N = 100;
export const MSRA_N = 30;
export const CLUENER_N = 25;
export const SUMMARY_N = 50;
const here = path.dirname(fileURLToPath(import.meta.url));
const corpus = path.resolve(here, '../../../../shared/corpus');
/** The texts ("<file> <id>") labelled before batch `batch`: the blocks above its "# Batch N" comment, so a selection
 * script prints the same candidates after its batch is labelled. Shared with select-batch5 to 8. */
export function labelledBefore(batch) {
  return new Set(
    readFileSync(path.join(here, 'labels.txt'), 'utf8')
      .split(new RegExp(`^# Batch ${batch}\\b`, 'm'))[0]
      .split('\n')
      .filter((l) => l.startsWith('@'))
      .map((l) => l.slice(1).trim().replace(/\s+/, ' ')),
  );
}
/** The records of a corpus file in id order, without the texts labelled before batch `batch`. */
export function recordsBefore(batch, file) {
  const labelled = labelledBefore(batch);
  return readFileSync(path.join(corpus, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .filter((r) => !labelled.has(`${file} ${r.id}`));
}
export const files = {
  pd: 'entities/ner/pd1998-test_dev.jsonl',
  msra: 'entities/ner/msra-test_dev.jsonl',
  cluener: 'entities/ner/cluener-dev_dev.jsonl',
  summary: 'summary/dev.jsonl',
};
const pick = {
  pd: (rs) => rs.filter((r) => runs(r.text) === 1).slice(0, PD_N),
  msra: (rs) => rs.filter((r) => runs(r.text) === 1).slice(30, 30 + MSRA_N),
  cluener: (rs) => rs.filter((r) => runs(r.text) === 1).slice(12, 12 + CLUENER_N),
  summary: (rs) => rs.filter((r) => runs(r.text) >= 1).slice(0, SUMMARY_N),
};
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const which = process.argv[2];
  if (!files[which]) throw new Error('usage: select-batch4.mjs pd|msra|cluener|summary');
  const chosen = pick[which](recordsBefore(4, files[which]));
  for (const r of chosen) console.log(`@ ${files[which]} ${r.id}\n${r.text}\n`);
}
