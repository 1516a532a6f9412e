#!/usr/bin/env node
// Derives src/core/dict/data/cedict-proper.txt from the shipped CC-CEDICT files: the Simplified
// headwords whose every entry is a proper name (CC-CEDICT writes their pinyin capitalised: 李白
// Li3 Bai2, 北京 Bei3 jing1). The summary's "is this a common word?" check leaves them out, so a
// person's name in the dictionary is still a name. Run after scripts/build-cedict.mjs.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/core/dict/data');
const heads = fs.readFileSync(path.join(dir, 'cedict-heads.txt'), 'utf8').split('\n');
const info = fs.readFileSync(path.join(dir, 'cedict-info.txt'), 'utf8').split('\n');
if (heads.length !== info.length) throw new Error('cedict-heads.txt and cedict-info.txt are not line-aligned');
const proper = new Map(); // headword → every entry proper so far
heads.forEach((line, i) => {
  const w = line.split('\t')[0];
  if (!w) return;
  const isProper = /^[A-Z]/.test(info[i] ?? '');
  proper.set(w, (proper.get(w) ?? true) && isProper);
});
const out = [...proper]
  .filter(([, p]) => p)
  .map(([w]) => w)
  .sort();
fs.writeFileSync(path.join(dir, 'cedict-proper.txt'), out.join('\n') + '\n');
console.log(`cedict-proper.txt: ${out.length} proper-name headwords`);
