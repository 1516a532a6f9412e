#!/usr/bin/env node
// Batch 7 candidate selection (prints candidate texts in labelling order; the annotator skips a candidate only
// when it has no figure under the conventions). Same "numeral+unit run" rule as batches 2–5 (`runs` of
// select-batch2.mjs). Pools, texts labelled before batch 7 (the lines before its "# Batch 7" comment) skipped:
//   pages  dev pages (extraction/*.json, any script) whose file names do not start with cwced-, gerapy- or gne-
//          (batch 6's pool), in file-name order; every paragraph (body_text split on '\n', id pN) with ≥ 1 run,
//          in paragraph order, no per-page cap;
//   clts   summary/clts_samples.jsonl (7 long ThePaper articles), in id order; paragraphs addressed as
//          `<recordId>#pN` (see `paragraphs` in build.mjs: the texts have no line breaks, so they are split after
//          each '。'); the first CLTS_N paragraphs with ≥ 1 run, in order.
// Usage: node bench/gold/figures/select-batch7.mjs pages|clts [--count]
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runs } from './select-batch2.mjs';
import { labelledBefore } from './select-batch4.mjs';
import { paragraphs } from './paragraphs.mjs';

export const CLTS_N = 40;
export const OTHER_POOL = /^(cwced|gerapy|gne)-/;
const here = path.dirname(fileURLToPath(import.meta.url));
const corpus = path.resolve(here, '../../../../shared/corpus');
const labelled = labelledBefore(7);

/** [file, id, text] of the candidates of a pool, in labelling order. */
export function candidates(which) {
  const out = [];
  if (which === 'pages') {
    const dir = path.join(corpus, 'extraction');
    for (const f of readdirSync(dir)
      .filter((f) => f.endsWith('.json') && !OTHER_POOL.test(f))
      .sort()) {
      const page = JSON.parse(readFileSync(path.join(dir, f), 'utf8'));
      page.body_text.split('\n').forEach((p, i) => {
        const file = `extraction/${f}`;
        if (runs(p) >= 1 && !labelled.has(`${file} p${i}`)) out.push([file, `p${i}`, p]);
      });
    }
  } else if (which === 'clts') {
    const file = 'summary/clts_samples.jsonl';
    const records = readFileSync(path.join(corpus, file), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (const r of records)
      paragraphs(r.text).forEach((p, i) => {
        const id = `${r.id}#p${i}`;
        if (runs(p) >= 1 && !labelled.has(`${file} ${id}`)) out.push([file, id, p]);
      });
    out.splice(CLTS_N);
  } else throw new Error('usage: select-batch7.mjs pages|clts [--count]');
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const cands = candidates(process.argv[2]);
  if (process.argv[3] === '--count') console.log(cands.length);
  else for (const [file, id, text] of cands) console.log(`@ ${file} ${id}\n${text}\n`);
}
