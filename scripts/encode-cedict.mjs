#!/usr/bin/env node
// Shrinks the shipped compact CC-CEDICT (src/core/dict/data/cedict-heads.txt + cedict-info.txt) without
// changing one answer: an entry's Traditional form or numbered pinyin is left out (empty field) where
// it equals what its characters give one by one (src/core/dict/cedict.ts, `Defaults`): each
// character's default Traditional form and syllable come from the first line of its one-character
// headword (kept literal), or from src/core/dict/data/cedict-chars.txt (`c \t trad \t syllable`,
// written here) where the most frequent form of the character across the dictionary differs.
// Capitalised (proper-name) pinyin is never derived, so isProperName reads it as before.
// Input: the files as they are (literal as build-cedict.mjs writes them when cedict-chars.txt is
// absent, else already encoded: the step is idempotent). Deterministic. Before writing, every entry
// is decoded with cedict.ts and compared with the input (and every headword's lookup, has and
// isProperName): any difference fails the step and writes nothing.
// Usage: node scripts/encode-cedict.mjs   (after build-cedict.mjs, before build-cedict-proper.mjs)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { ssrLoad } from './lib/ssr-load.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, 'src/core/dict/data');
const read = (f) => (fs.existsSync(path.join(dir, f)) ? fs.readFileSync(path.join(dir, f), 'utf8') : undefined);
const [cedict] = await ssrLoad(root, '/src/core/dict/cedict.ts');
const { cedictEntries, createCedict } = cedict;

const [heads, info, chars] = [read('cedict-heads.txt'), read('cedict-info.txt'), read('cedict-chars.txt')];
const entries = cedictEntries(heads, info, chars);
const before = createCedict(heads, info, chars);

/** Most frequent value per key (ties: the smaller value), from a Map key → Map value → count. */
const top = (counts) => new Map([...counts].map(([k, m]) => [k, [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0]]));
const bump = (counts, k, v) => {
  const m = counts.get(k) ?? new Map();
  m.set(v, (m.get(v) ?? 0) + 1);
  counts.set(k, m);
};
// The first line of each one-character headword (code unit, as the decoder reads it): kept literal.
const first = new Map();
entries.forEach((e, i) => {
  if (e.simplified.length === 1 && !first.has(e.simplified)) first.set(e.simplified, i);
});
const sylCounts = new Map();
const tradCounts = new Map();
for (const e of entries) {
  const ys = e.pinyin.split(' ');
  if (ys.length === e.simplified.length) ys.forEach((y, k) => bump(sylCounts, e.simplified[k], y.toLowerCase()));
  if (e.traditional.length === e.simplified.length)
    for (let k = 0; k < e.simplified.length; k++) bump(tradCounts, e.simplified[k], e.traditional[k]);
}
const topSyl = top(sylCounts);
const topTrad = top(tradCounts);
// Defaults as the decoder builds them: the first line's, then the exceptions of cedict-chars.txt.
const syllable = new Map();
const trad = new Map();
for (const [c, i] of first) {
  syllable.set(c, entries[i].pinyin);
  const t = entries[i].traditional;
  if (t.length === 1) trad.set(c, t);
}
const exceptions = new Map(); // c → [trad, syllable]
for (const [c, y] of topSyl) {
  if (y === syllable.get(c)) continue;
  syllable.set(c, y);
  exceptions.set(c, ['', y]);
}
for (const [c, t] of topTrad) {
  if (t === (trad.get(c) ?? c) || t.length !== 1) continue;
  trad.set(c, t);
  exceptions.set(c, [t, exceptions.get(c)?.[1] ?? '']);
}
const firstLines = new Set(first.values());
const headLines = [];
const infoLines = [];
// Latin-1 only (other characters &#xHEX;): info and chars share a chunk whose source the JS engine then keeps one byte per character.
const latin1 = (s) => s.replace(/[^\x00-\xff]/gu, (c) => `&#x${c.codePointAt(0).toString(16)};`);
entries.forEach((e, i) => {
  const literal = firstLines.has(i);
  const units = e.simplified.split(''); // code units, as the decoder reads them
  const dTrad = units.map((c) => trad.get(c) ?? c).join('');
  const dPinyin = units.every((c) => syllable.has(c)) ? units.map((c) => syllable.get(c)).join(' ') : null;
  const t = literal ? (e.traditional === e.simplified ? '' : e.traditional) : e.traditional === dTrad ? '' : e.traditional;
  const p = !literal && e.pinyin === dPinyin ? '' : e.pinyin;
  if (!p && !literal && !e.pinyin) throw new Error(`cedict: entry ${e.simplified} has no pinyin`);
  headLines.push(`${e.simplified}\t${t}`);
  infoLines.push(latin1(`${p}\t${e.definitions.join('/')}`));
});
const out = {
  heads: headLines.join('\n') + '\n',
  info: infoLines.join('\n') + '\n',
  chars: latin1(
    [...exceptions]
      .sort((a, b) => (a[0] < b[0] ? -1 : 1))
      .map(([c, [t, y]]) => `${c}\t${t}\t${y}`)
      .join('\n') + '\n',
  ),
};

// Identity: every entry decodes as before, and every headword answers as before.
const after = cedictEntries(out.heads, out.info, out.chars);
const fail = (msg) => {
  console.error(`encode-cedict: NOT WRITTEN, the encoded dictionary differs: ${msg}`);
  process.exit(1);
};
if (after.length !== entries.length) fail(`${after.length} entries instead of ${entries.length}`);
after.forEach((e, i) => {
  if (!isDeepStrictEqual(e, entries[i])) fail(`line ${i + 1}: ${JSON.stringify(e)} instead of ${JSON.stringify(entries[i])}`);
});
const dict = createCedict(out.heads, out.info, out.chars);
if (dict.size !== before.size || dict.maxLength !== before.maxLength) fail('size or maxLength');
const words = new Set(entries.flatMap((e) => [e.simplified, e.traditional, e.simplified + e.traditional, e.simplified.slice(0, -1)]));
for (const w of words) {
  if (!isDeepStrictEqual(dict.lookup(w), before.lookup(w))) fail(`lookup(${w})`);
  if (dict.has(w) !== before.has(w)) fail(`has(${w})`);
  if (dict.isProperName(w) !== before.isProperName(w)) fail(`isProperName(${w})`);
}

for (const [f, text] of [
  ['cedict-heads.txt', out.heads],
  ['cedict-info.txt', out.info],
  ['cedict-chars.txt', out.chars],
])
  fs.writeFileSync(path.join(dir, f), text);
const derived = (k) => headLines.filter((l, i) => !firstLines.has(i) && !(k ? infoLines[i].startsWith('\t') : l.endsWith('\t'))).length;
console.log(
  `encode-cedict: ${entries.length} entries decode identically (and ${words.size} lookups); explicit pinyin ${derived(true)}, explicit Traditional ${derived(false)} of ${entries.length - firstLines.size} derivable lines; ${exceptions.size} character exceptions`,
);
