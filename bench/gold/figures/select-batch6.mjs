#!/usr/bin/env node
// Batch 6 candidate selection (prints candidate paragraphs in labelling order; the annotator skips a candidate
// only when it has no figure under the conventions). Same "numeral+unit run" rule as batch 2 (`runs` of
// select-batch2.mjs). Pool: Simplified dev pages (extraction/*.json, script zh-Hans) whose file names start with
// `cwced-`, `gerapy-` or `gne-`, in file-name order; every paragraph (body_text split on '\n', id pN) with ≥ 1 run
// that is not labelled in batches 1-5 (the lines of labels.txt before the "# Batch 6" comment; no per-page cap), in
// paragraph order. Rerunning it after labelling prints the same 50 candidates.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runs } from './select-batch2.mjs';
import { labelledBefore } from './select-batch4.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const corpus = path.resolve(here, '../../../../shared/corpus');
const labelled = labelledBefore(6);
const dir = path.join(corpus, 'extraction');
for (const f of readdirSync(dir)
  .filter((f) => f.endsWith('.json') && /^(cwced|gerapy|gne)-/.test(f))
  .sort()) {
  const page = JSON.parse(readFileSync(path.join(dir, f), 'utf8'));
  if (page.script !== 'zh-Hans') continue;
  page.body_text.split('\n').forEach((p, i) => {
    const key = `extraction/${f} p${i}`;
    if (runs(p) >= 1 && !labelled.has(key)) console.log(`@ ${key.split(' ')[0]} p${i}\n${p}\n`);
  });
}
