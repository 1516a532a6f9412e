#!/usr/bin/env node
// Batch 3 candidate selection (prints candidate texts in labelling order; the annotator skips a candidate only
// when it has no figure under the conventions). Same "numeral+unit run" rule as batch 2 (`runs` of
// select-batch2.mjs). Pools, each in id (= file) order:
//   pd      entities/ner/pd1998-test_dev.jsonl, records with ≥ 2 runs after pd1998-test-03006 (batch 2's last);
//   msra    entities/ner/msra-test_dev.jsonl, the first MSRA_N records with exactly 1 run;
//   cluener entities/ner/cluener-dev_dev.jsonl, all records with ≥ 2 runs, then the first CLUENER_1 with 1 run;
//   pages   Simplified dev pages, paragraphs with ≥ 1 run, pages in file-name order, after gne-163-1.json p1
//           (batch 2's last), ≤ 3 paragraphs with a figure per page (counting batch 2's); the annotator takes
//           the first PAGES_N paragraphs with a figure.
// Texts already in labels.txt are skipped.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runs } from './select-batch2.mjs';

export const MSRA_N = 30;
export const CLUENER_1 = 12;
export const PAGES_N = 38;
const here = path.dirname(fileURLToPath(import.meta.url));
const corpus = path.resolve(here, '../../../../shared/corpus');
const labelled = new Set(
  readFileSync(path.join(here, 'labels.txt'), 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('@'))
    .map((l) => l.slice(1).trim()),
);
const records = (name) =>
  readFileSync(path.join(corpus, `entities/ner/${name}.jsonl`), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l))
    .filter((r) => !labelled.has(`entities/ner/${name}.jsonl ${r.id}`));
const show = (file, id, text) => console.log(`@ ${file} ${id}\n${text}\n`);
const which = process.argv[2];
if (which === 'pd')
  for (const r of records('pd1998-test_dev'))
    if (r.id > 'pd1998-test-03006' && runs(r.text) >= 2) show('entities/ner/pd1998-test_dev.jsonl', r.id, r.text);
if (which === 'msra')
  for (const r of records('msra-test_dev')
    .filter((r) => runs(r.text) === 1)
    .slice(0, MSRA_N))
    show('entities/ner/msra-test_dev.jsonl', r.id, r.text);
if (which === 'cluener') {
  const rs = records('cluener-dev_dev');
  for (const r of [...rs.filter((r) => runs(r.text) >= 2), ...rs.filter((r) => runs(r.text) === 1).slice(0, CLUENER_1)])
    show('entities/ner/cluener-dev_dev.jsonl', r.id, r.text);
}
if (which === 'pages') {
  const dir = path.join(corpus, 'extraction');
  let started = false;
  for (const f of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const page = JSON.parse(readFileSync(path.join(dir, f), 'utf8'));
    if (page.script !== 'zh-Hans') continue;
    page.body_text.split('\n').forEach((p, i) => {
      const key = `extraction/${f} p${i}`;
      if (key === 'extraction/gne-163-1.json p1') started = true;
      else if (started && runs(p) >= 1 && !labelled.has(key)) show(key.split(' ')[0], `p${i}`, p);
    });
  }
}
