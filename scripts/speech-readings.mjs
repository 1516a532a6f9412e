// Readings learned from read speech (src/core/pinyin/speech.ts): k-fold cross-validation on the
// BZNSYP dev split with the bench's scorer (learn on k−1 folds, score the held-out one, pool), and
// with --write the shipped table learned from the whole split (src/core/pinyin/data/speech.json:
// counts-based readings only, no sentence). BZNSYP is non-commercial (see data/README.md).
// Run: node scripts/speech-readings.mjs [--k 5] [--write] [--errors FILE]   (OPTS='{"minCount":2,"share":0.6,"minGain":1}')
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { devServer } from './lib/ssr-load.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const kIdx = process.argv.indexOf('--k');
const K = kIdx >= 0 ? Number(process.argv[kIdx + 1]) : 5;
const opts = JSON.parse(process.env.OPTS ?? '{}');
// --errors FILE: the cross-validated errors, one sentence a line.
const errIdx = process.argv.indexOf('--errors');
const errFile = errIdx >= 0 ? process.argv[errIdx + 1] : null;
const errLines = [];
const server = await devServer(root);
try {
  const bench = await server.ssrLoadModule('/bench/pinyin.ts');
  const eng = await server.ssrLoadModule('/src/core/pinyin/index.ts');
  const { learnSpeechReadings, vetoSpeechReadings, loadLexicon } = await server.ssrLoadModule('/scripts/lib/learn-speech.mjs');
  opts.lexicon = loadLexicon(path.join(root, 'src/core/dict/data'));
  const none = { words: {}, left: {}, right: {} };
  const bz = bench.loadBz();
  const fold = (s) => bench.bzFold(s, K);
  const samples = bz.map((r) => {
    const a = eng.analyse(r.sentence, { artefacts: false, speech: none });
    const target = a.chars.map((ch, k) => {
      const g = r.gold[k];
      if (!g || g === '_' || g === 'R' || !a.syllables[k]) return null;
      const o = bench.norm(a.syllables[k]);
      return bench.sandhiOk(ch, o, g) ? o : g;
    });
    return { a, target, row: r, fold: fold(r.sentence) };
  });
  // CPP polyphones (written pinyin): a learned reading that these contradict is dropped.
  const cpp = bench.loadCpp();
  const cppSamples = cpp.map((r) => ({
    a: eng.analyse(r.sentence, { artefacts: false, speech: none }),
    index: r.index,
    gold: r.gold,
    row: r,
  }));
  const noVeto = process.argv.includes('--no-veto');
  const learn = (rows) => (noVeto ? (x) => x : (x) => vetoSpeechReadings(x, cppSamples, opts.lexicon))(learnSpeechReadings(rows, opts));
  const read = (speech) => (s) => eng.analyse(s, { artefacts: false, speech }).syllables;
  const chars = (rows) => rows.reduce((n, r) => n + r.gold.filter((g) => g && g !== '_' && g !== 'R').length, 0);
  let hits = 0;
  for (let f = 0; f < K; f++) {
    const tables = learn(samples.filter((s) => s.fold !== f));
    const test = samples.filter((s) => s.fold === f).map((s) => s.row);
    hits += bench.scoreBz(test, read(tables)) * chars(test);
    if (errFile)
      for (const r of test) {
        const syl = read(tables)(r.sentence);
        const bad = [...r.sentence]
          .map((ch, k) => [ch, k])
          .filter(([ch, k]) => r.gold[k] && r.gold[k] !== '_' && r.gold[k] !== 'R' && !bench.sandhiOk(ch, bench.norm(syl[k]), r.gold[k]));
        if (bad.length) errLines.push(`${r.sentence}\t${bad.map(([ch, k]) => `${k}:${ch} ${bench.norm(syl[k])}→${r.gold[k]}`).join(', ')}`);
      }
  }
  if (errFile) writeFileSync(errFile, errLines.join('\n') + '\n');
  const raw = learnSpeechReadings(samples, opts);
  const all = learn(samples);
  // CPP 10-fold: the veto learned on the other CPP folds (the context rules too, as in the bench).
  const { learnPolyphoneRules } = await server.ssrLoadModule('/scripts/lib/learn-polyphones.mjs');
  const { baseTokens, isPolyphone } = await server.ssrLoadModule('/src/core/pinyin/base-reader.ts');
  const polySamples = cpp.map((r) => {
    const toks = baseTokens(r.sentence);
    return {
      chars: toks.map((t) => t.char),
      single: toks.map((t) => t.single),
      poly: toks.map((t) => isPolyphone(t.char)),
      index: r.index,
      gold: r.gold,
    };
  });
  let cppOk = 0;
  for (let f = 0; f < 10; f++) {
    const train = (_, i) => cpp[i].fold10 !== f;
    const rules = learnPolyphoneRules(polySamples.filter(train));
    const speech = noVeto ? raw : vetoSpeechReadings(raw, cppSamples.filter(train), opts.lexicon);
    const test = cpp.filter((r) => r.fold10 === f);
    cppOk += bench.scoreCpp(test, (s) => eng.analyse(s, { artefacts: false, rules, speech }).syllables) * test.length;
  }
  console.log(`CPP 10-fold CV with these readings: ${((100 * cppOk) / cpp.length).toFixed(2)} %`);
  const n = chars(bz);
  const pct = (x) => `${(x * 100).toFixed(2)} %`;
  console.log(
    `BZNSYP without learned readings ${pct(bench.scoreBz(bz, read(none)))}, ${K}-fold CV ${pct(hits / n)}, in-sample ${pct(bench.scoreBz(bz, read(all)))}; ` +
      `table: ${Object.keys(all.words).length} words, ${Object.keys(all.right).length} right / ${Object.keys(all.left).length} left neighbour readings`,
  );
  if (process.argv.includes('--write')) writeFileSync(path.join(root, 'src/core/pinyin/data/speech.json'), JSON.stringify(all));
} finally {
  await server.close();
}
