#!/usr/bin/env node
// Batch 5 candidate selection (prints candidate texts in labelling order; the annotator skips a candidate only
// when it has no figure under the conventions). Same "numeral+unit run" rule as batches 2–4 (`runs` of
// select-batch2.mjs). Pools continue batch 4's, each in id (= file) order, texts already in labels.txt skipped:
//   pd      entities/ner/pd1998-test_dev.jsonl, the PD_N records with exactly 1 run after pd1998-test-02011;
//   msra    entities/ner/msra-test_dev.jsonl, the MSRA_N records with exactly 1 run after msra-test-02593;
//   cluener entities/ner/cluener-dev_dev.jsonl, the CLUENER_N records with exactly 1 run after cluener-dev-01099;
//   summary summary/dev.jsonl, the SUMMARY_N posts with ≥ 1 run after lcsts3-0810.
// Usage: node bench/gold/figures/select-batch5.mjs pd|msra|cluener|summary
import { runs } from './select-batch2.mjs';
import { files, recordsBefore } from './select-batch4.mjs';

export const PD_N = 70; // first 40; extended by count to 70 before the engine ran (the CLUENER and LCSTS pools ran out)
export const MSRA_N = 25;
export const CLUENER_N = 20;
export const SUMMARY_N = 20;
const after = { pd: 'pd1998-test-02011', msra: 'msra-test-02593', cluener: 'cluener-dev-01099', summary: 'lcsts3-0810' };
const pick = {
  pd: (rs) => rs.filter((r) => runs(r.text) === 1).slice(0, PD_N),
  msra: (rs) => rs.filter((r) => runs(r.text) === 1).slice(0, MSRA_N),
  cluener: (rs) => rs.filter((r) => runs(r.text) === 1).slice(0, CLUENER_N),
  summary: (rs) => rs.filter((r) => runs(r.text) >= 1).slice(0, SUMMARY_N),
};
const which = process.argv[2];
if (!files[which]) throw new Error('usage: select-batch5.mjs pd|msra|cluener|summary');
const chosen = pick[which](recordsBefore(5, files[which]).filter((r) => r.id > after[which]));
for (const r of chosen) console.log(`@ ${files[which]} ${r.id}\n${r.text}\n`);
