#!/usr/bin/env node
// Builds src/core/levels/data/hsk-levels.txt, the HSK word levels the learner features use.
// Source: ../shared/data/hsk/complete-hsk-vocabulary.min.json (drkameleon/complete-hsk-vocabulary,
// MIT): every word of HSK 2.0 (levels o1–o6) and HSK 3.0 (the 2021 standard, n1–n7; 7 = levels 7–9)
// with its Traditional forms. Output, one word a line, sorted by Simplified form (UTF-16 order):
//   simplified \t traditional forms that differ, comma-separated \t HSK 3.0 level (1–7 or empty) \t HSK 2.0 level (1–6 or empty)
// A word tagged with several levels of one list keeps the lowest.
// Usage: node scripts/build-hsk-levels.mjs [path/to/complete-hsk-vocabulary.min.json]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const src = process.argv[2] ?? path.join(root, '../shared/data/hsk/complete-hsk-vocabulary.min.json');
const data = JSON.parse(fs.readFileSync(src, 'utf8'));
const HAN = /^[\u3400-\u9fff\uf900-\ufaff\u{20000}-\u{3134f}]+$/u;
const words = new Map();
let skipped = 0;
for (const e of data) {
  const simp = String(e.s ?? '').trim();
  if (!HAN.test(simp)) {
    skipped++;
    continue;
  }
  const w = words.get(simp) ?? { trad: new Set(), n: 0, o: 0 };
  for (const f of e.f ?? []) {
    const t = String(f.t ?? '').trim();
    if (t && t !== simp && HAN.test(t) && [...t].length === [...simp].length) w.trad.add(t);
  }
  for (const l of e.l ?? []) {
    const m = /^([no])([1-7])$/.exec(l);
    if (!m) continue;
    const k = m[1];
    const v = Number(m[2]);
    if (k === 'o' && v > 6) continue;
    if (!w[k] || v < w[k]) w[k] = v;
  }
  if (w.n || w.o) words.set(simp, w);
}
const keys = [...words.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const lines = keys.map((k) => {
  const w = words.get(k);
  return [k, [...w.trad].sort().join(','), w.n || '', w.o || ''].join('\t');
});
const out = path.join(root, 'src/core/levels/data/hsk-levels.txt');
fs.writeFileSync(out, lines.join('\n') + '\n');
const count = (k, v) => [...words.values()].filter((w) => w[k] === v).length;
const by = (k, max) => Array.from({ length: max }, (_, i) => `${i + 1}:${count(k, i + 1)}`).join(' ');
console.log(`hsk-levels: ${lines.length} words (${skipped} skipped) → ${path.relative(root, out)} (${fs.statSync(out).size} bytes)`);
console.log(`  HSK 3.0 ${by('n', 7)}\n  HSK 2.0 ${by('o', 6)}`);
