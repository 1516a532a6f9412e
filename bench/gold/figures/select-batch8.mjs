#!/usr/bin/env node
// Batch 8 candidate selection (prints candidate texts in labelling order; the annotator skips a candidate only
// when it has no figure under the conventions, and stops after 70 labelled texts). Same "numeral+unit run" rule
// as batches 2–7 (`runs` of select-batch2.mjs). Pools, each in file order, texts labelled before the "# Batch 8"
// comment of labels.txt skipped (so rerunning it after labelling prints the same candidates):
//   first the records with ≥ 2 runs of entities/ner/pd1998-test_dev.jsonl, msra-test_dev.jsonl and
//   cluener-dev_dev.jsonl (in that order), then the records with exactly 1 run of the same three files.
// Usage: node bench/gold/figures/select-batch8.mjs [--count]
import { runs } from './select-batch2.mjs';
import { files, recordsBefore } from './select-batch4.mjs';

// file order is id order in these three files, so recordsBefore's id sort keeps it
const pools = [files.pd, files.msra, files.cluener];
const chosen = [];
for (const test of [(n) => n >= 2, (n) => n === 1])
  for (const file of pools) for (const r of recordsBefore(8, file)) if (test(runs(r.text))) chosen.push({ file, r });
if (process.argv[2] === '--count') console.log(chosen.length);
else for (const { file, r } of chosen) console.log(`@ ${file} ${r.id}\n${r.text}\n`);
