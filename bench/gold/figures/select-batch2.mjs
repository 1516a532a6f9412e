#!/usr/bin/env node
// Batch 2 candidate selection (prints candidate texts; the annotator then labels them in this order and
// skips a candidate only when it has no figure under the conventions). Mechanical rule: a "numeral+unit
// run" is a run of Arabic/full-width digits, or of Chinese numerals (a lone 一 does not count), not after 第,
// followed (after an optional 多/余/magnitude) by a unit-like character or a percent sign. Records of
// entities/ner/pd1998-test_dev.jsonl and msra-test_dev.jsonl with two or more runs, in file order; paragraphs
// of the dev pages' gold bodies (body_text split on '\n') with one or more runs, pages in file-name order,
// Simplified (zh-Hans): all printed, the annotator takes the first 3 with a figure per page; native Traditional
// (zh-Hant): every paragraph not yet labelled that contains any numeral (the rule's runs found too few).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const corpus = path.resolve(here, '../../../../shared/corpus');
const U =
  '元名个個人家吨噸米倍件起位辆輛架座所项項台种種次岁歲户戶头頭只隻条條部本册冊门門艘股批套张張篇首场場块塊份斤克度里亩畝公平间間栋棟届屆天周週小分秒成宗坪呎枚颗顆粒支伙串趟班例床匹节節层層片%％';
const RUN = new RegExp(
  `(?<!第)(?:[0-9０-９]+(?:[.．][0-9０-９]+)?|[一二三四五六七八九十百千万亿两兩零〇萬億]{2,}|[二三四五六七八九十两兩百千万亿萬億])[多余餘]?[十百千万亿萬億]*[多余餘]?[${U}]`,
  'g',
);
export const runs = (t) => (t.match(RUN) ?? []).length;
// texts labelled in batch 1 (the lines before the "# Batch 2" comment)
const labelled = new Set(
  readFileSync(path.join(here, 'labels.txt'), 'utf8')
    .split(/^# Batch 2\b/m)[0]
    .split('\n')
    .filter((l) => l.startsWith('@'))
    .map((l) => l.slice(1).trim()),
);
const which = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href ? process.argv[2] : null;
if (which === null) {
  // imported (select-batch3.mjs uses the run rule): print nothing
} else if (which === 'pd' || which === 'msra') {
  const file = `entities/ner/${which === 'pd' ? 'pd1998-test_dev' : 'msra-test_dev'}.jsonl`;
  for (const l of readFileSync(path.join(corpus, file), 'utf8').split('\n')) {
    if (!l.trim()) continue;
    const r = JSON.parse(l);
    if (runs(r.text) >= 2) console.log(`@ ${file} ${r.id}\n${r.text}\n`);
  }
} else {
  const dir = path.join(corpus, 'extraction');
  for (const f of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const page = JSON.parse(readFileSync(path.join(dir, f), 'utf8'));
    if (page.script !== (which === 'hant' ? 'zh-Hant' : 'zh-Hans')) continue;
    page.body_text.split('\n').forEach((p, i) => {
      const key = `extraction/${f} p${i}`;
      const cand = which === 'hant' ? /[0-9０-９二三四五六七八九十百千萬億兩半]/.test(p) : runs(p) >= 1;
      if (!cand || labelled.has(key)) return;
      console.log(`@ ${key}\n${p}\n`);
    });
  }
}
