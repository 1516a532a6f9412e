// Quick pinyin accuracy check beside `npm run bench:pinyin`: BZNSYP characters (Simplified and
// Traditional, sandhi tolerant) and CPP polyphones (shipped rules and 10-fold CV), with the bench's
// own loaders and scorers (bench/pinyin.ts), so the numbers are identical; no timing, no browser.
// Run: node scripts/pinyin-score.mjs [--errors FILE] [--no-cpp] [--no-trad]
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { devServer } from './lib/ssr-load.mjs';
import * as OpenCC from 'opencc-js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (n) => process.argv.includes(n);
const errIdx = process.argv.indexOf('--errors');
const errFile = errIdx >= 0 ? process.argv[errIdx + 1] : null;
const server = await devServer(root);
try {
  const bench = await server.ssrLoadModule('/bench/pinyin.ts');
  const eng = await server.ssrLoadModule('/src/core/pinyin/index.ts');
  const { baseTokens, isPolyphone } = await server.ssrLoadModule('/src/core/pinyin/base-reader.ts');
  const { learnPolyphoneRules } = await server.ssrLoadModule('/scripts/lib/learn-polyphones.mjs');
  const toTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const cpp = bench.loadCpp();
  const bz = bench.loadBz();
  const dubao = (rules) => (s) => eng.analyse(s, { rules, artefacts: false }).syllables;
  const pct = (x) => `${(x * 100).toFixed(2)} %`;
  const out = [];
  const t0 = performance.now();
  const bzS = bench.scoreBz(bz, dubao());
  out.push(`BZNSYP Simplified: ${pct(bzS)} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  if (!arg('--no-trad')) {
    const bzT = bz
      .map((r) => ({ ...r, sentence: toTw(r.sentence) }))
      .filter((r, i) => [...r.sentence].length === [...bz[i].sentence].length);
    const t = bench.scoreBz(bzT, dubao());
    out.push(`BZNSYP Traditional: ${pct(t)} (gap ${((t - bzS) * 100).toFixed(2)} points)`);
  }
  if (!arg('--no-cpp')) {
    out.push(`CPP shipped: ${pct(bench.scoreCpp(cpp, dubao()))}`);
    const samples = cpp.map((r) => {
      const toks = baseTokens(r.sentence);
      return {
        chars: toks.map((t) => t.char),
        single: toks.map((t) => t.single),
        poly: toks.map((t) => isPolyphone(t.char)),
        index: r.index,
        gold: r.gold,
      };
    });
    let ok = 0;
    for (let fold = 0; fold < 10; fold++) {
      const rules = learnPolyphoneRules(samples.filter((_, i) => cpp[i].fold10 !== fold));
      const test = cpp.filter((r) => r.fold10 === fold);
      ok += bench.scoreCpp(test, dubao(rules)) * test.length;
    }
    out.push(`CPP 10-fold CV: ${pct(ok / cpp.length)}`);
  }
  if (errFile) {
    const lines = [];
    for (const r of bz) {
      const rd = dubao()(r.sentence);
      const cps = [...r.sentence];
      const bad = [];
      cps.forEach((ch, k) => {
        const g = r.gold[k];
        if (!g || g === '_' || g === 'R') return;
        const o = bench.norm(rd[k]);
        if (!bench.sandhiOk(ch, o, g)) bad.push(`${k}:${ch} ${o}→${g}`);
      });
      if (bad.length) lines.push(`${r.sentence}\t${bad.join(', ')}`);
    }
    writeFileSync(errFile, lines.join('\n') + '\n');
  }
  const dumpIdx = process.argv.indexOf('--dump');
  if (dumpIdx >= 0) {
    // Every occurrence of the given characters: ok/bad, our reading, gold, segment, sentence.
    const want = new Set(process.argv[dumpIdx + 1]);
    const lines = [];
    for (const r of bz) {
      const a = eng.analyse(r.sentence, { artefacts: false });
      a.chars.forEach((ch, k) => {
        if (!want.has(ch)) return;
        const g = r.gold[k];
        if (!g || g === '_' || g === 'R') return;
        const o = bench.norm(a.syllables[k]);
        const seg = a.chars.filter((_, j) => a.words[j] === a.words[k]).join('');
        lines.push(
          `${bench.sandhiOk(ch, o, g) ? 'ok ' : 'BAD'} ${ch} ${o} ${g} [${seg}] ${r.sentence.slice(Math.max(0, k - 8), k)}|${r.sentence.slice(k, k + 8)}`,
        );
      });
    }
    writeFileSync(process.argv[dumpIdx + 2], lines.join('\n') + '\n');
  }
  console.log(out.join('\n'));
} finally {
  await server.close();
}
