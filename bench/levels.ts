/**
 * Learner benchmark: word levels and article difficulty.
 * - Time of the difficulty estimate (vocabulary + coverage) on a 5,000-character article, beside
 *   the segmentation (analysis) it reuses; budget ≤ 10 ms in Node.
 * - Listed words given their level: sequences of random HSK 3.0 words (levels 1–6), Simplified and
 *   Traditional, three words run together per sentence (the segmentation must find them).
 * - level95 over the extraction corpus's article bodies (regional news).
 * - Data size (gzip) and heap of the loaded levels.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { corpus, median, pct, table, ROOT, type BenchSection } from './util';
import { analyse } from '../src/core/pinyin/readings';
import { ensureOverrides } from '../src/core/pinyin/base-reader';
import { createLevels, vocabulary, type VocabOptions, type WordLevels } from '../src/core/levels/index';
import { platformWords } from '../src/core/pinyin/word-at';
import { loadCedict } from '../src/core/dict/cedict';
import { jyutpingOf, libraryJyutping } from '../src/core/jyutping/index';

const TARGET_CHARS = 5000;

/** Median CPU time (user + system, ms) of `fn`: steadier than wall time on a machine shared with other work. */
function cpuMedian(fn: () => unknown, runs = 15, warmup = 5): number {
  for (let i = 0; i < warmup; i++) fn();
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    fn();
    const d = process.cpuUsage(c);
    xs.push((d.user + d.system) / 1000);
  }
  return median(xs);
}

function article(): string {
  const texts = readFileSync(corpus('summary', 'clts_samples.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text);
  let out = '';
  for (const t of texts) {
    out += t + '\n';
    if (out.length >= TARGET_CHARS) break;
  }
  return out.slice(0, TARGET_CHARS);
}

/** Random listed words run together, `group` per sentence; returns the text and the words' code point spans. */
function listedText(levelsText: string, trad: boolean, group: number, sentences: number) {
  const rows = levelsText
    .split('\n')
    .filter(Boolean)
    .map((l) => l.split('\t'))
    .filter((l) => l[2] && Number(l[2]) <= 6);
  let seed = 42;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  let text = '';
  let cp = 0;
  const spans: Array<{ a: number; b: number; level: number }> = [];
  for (let s = 0; s < sentences; s++) {
    for (let k = 0; k < group; k++) {
      const r = rows[Math.floor(rnd() * rows.length)]!;
      const w = trad && r[1] ? r[1].split(',')[0]! : r[0]!;
      const n = [...w].length;
      spans.push({ a: cp, b: cp + n, level: Number(r[2]) });
      text += w;
      cp += n;
    }
    text += '。';
    cp++;
  }
  return { text, spans };
}

function levelCheck(levels: WordLevels, levelsText: string, trad: boolean, opts: VocabOptions) {
  const { text, spans } = listedText(levelsText, trad, 3, 400);
  const an = analyse(text);
  const { tokens } = vocabulary(an, levels, opts);
  const cpAt = new Map(an.offsets.map((o, i) => [o, i] as const));
  const byStart = new Map(tokens.map((t) => [cpAt.get(t.start)!, t] as const));
  let ok = 0;
  for (const s of spans) {
    const t = byStart.get(s.a);
    if (t && cpAt.get(t.end) === s.b && t.level === s.level) ok++;
  }
  return { n: spans.length, ok };
}

export const levelsSection: BenchSection = {
  name: 'levels',
  title: 'Learner: word levels and article difficulty',
  async run() {
    ensureOverrides();
    const levelsFile = path.join(ROOT, 'src/core/levels/data/hsk-levels.txt');
    const levelsText = readFileSync(levelsFile, 'utf8');
    (globalThis as { gc?: () => void }).gc?.();
    const heap0 = process.memoryUsage().heapUsed;
    const levels = createLevels(levelsText);
    (globalThis as { gc?: () => void }).gc?.();
    const heapLevels = process.memoryUsage().heapUsed - heap0;

    const dict = await loadCedict();
    const vopts = {
      list: 'hsk3' as const,
      isWord: (w: string) => dict.has(w, 'simplified'),
      isProperName: (w: string) => dict.isProperName(w, 'simplified'),
    };
    const text = article();
    const tSeg = cpuMedian(() => analyse(text + ' '.repeat(Math.floor(Math.random() * 3))), 5);
    const an = analyse(text);
    const tIcu = cpuMedian(() => platformWords(text, an.chars.length), 5);
    const c0 = process.cpuUsage();
    vocabulary(an, levels, vopts);
    const c1 = process.cpuUsage(c0);
    const tFirst = (c1.user + c1.system) / 1000;
    const tVocab = cpuMedian(() => vocabulary(an, levels, vopts));
    const tPlain = cpuMedian(() => vocabulary(an, levels, { list: 'hsk3' }));

    const simp = levelCheck(levels, levelsText, false, vopts);
    const trad = levelCheck(levels, levelsText, true, vopts);

    const dir = corpus('extraction');
    const l95: number[] = [];
    let reached = 0;
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) {
      const body = (JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as { body_text?: string }).body_text ?? '';
      if (body.length < 100) continue;
      const c = vocabulary(analyse(body), levels, vopts).coverage;
      l95.push(c.level95);
      if (c.reached95) reached++;
    }
    const hist = [1, 2, 3, 4, 5, 6, 7].map((l) => `${l}: ${l95.filter((x) => x === l).length}`).join(', ');
    // Jyutping on the hand-labelled sets (test/fixtures/jyutping): ours against the library's default.
    // gold.tsv was written with the polyphone table (tuning half); check.tsv after it (checking half).
    const jyut = (file: string) => {
      const rows = readFileSync(path.join(ROOT, 'test/fixtures/jyutping', file), 'utf8')
        .split('\n')
        .filter((l) => l && !l.startsWith('#'))
        .map((l) => l.split('\t'));
      const r = { rows: rows.length, n: 0, ours: 0, lib: 0 };
      for (const [t, want] of rows) {
        const o = jyutpingOf(analyse(t!))
          .map((x) => x.jyutping)
          .filter(Boolean);
        const l = libraryJyutping(t!)
          .map((x) => x.jyutping)
          .filter(Boolean);
        want!.split(' ').forEach((w, i) => {
          r.n++;
          if (o[i] === w) r.ours++;
          if (l[i] === w) r.lib++;
        });
      }
      return r;
    };
    const jt = jyut('gold.tsv');
    const jc = jyut('check.tsv');
    const jrow = (name: string, r: { rows: number; n: number; ours: number; lib: number }) => [
      `Jyutping, ${name} (${r.rows} words and sentences, ${r.n} syllables): ours / to-jyutping's default`,
      `${pct(r.ours / r.n)} / ${pct(r.lib / r.n)}`,
    ];
    const gz = (f: string) => gzipSync(readFileSync(path.join(ROOT, f))).length;
    const kb = (n: number) => `${(n / 1024).toFixed(0)} kB`;
    return [
      table(
        ['measure', 'value'],
        [
          [`difficulty estimate (vocabulary + coverage), ${text.length} characters`, `${tVocab.toFixed(2)} ms`],
          ['the same, first call (code not yet optimised by the JIT)', `${tFirst.toFixed(2)} ms`],
          ['without the dictionary (no joins of lone characters, no proper-name check)', `${tPlain.toFixed(2)} ms`],
          ['beside: the segmentation it reuses (analyse)', `${tSeg.toFixed(1)} ms`],
          ['beside: Intl.Segmenter over the same text', `${tIcu.toFixed(1)} ms`],
          [`listed words given their HSK 3.0 level, Simplified (${simp.n} words, 3 per sentence run together)`, pct(simp.ok / simp.n)],
          [`listed words given their HSK 3.0 level, Traditional (${trad.n} words)`, pct(trad.ok / trad.n)],
          [
            `level95 (HSK 3.0) over ${l95.length} extraction-corpus article bodies`,
            `${hist} (median ${median(l95)}; 95% reached within the list in ${reached})`,
          ],
          jrow('tuning half (gold.tsv)', jt),
          jrow('checking half (check.tsv)', jc),
          jrow('whole', { rows: jt.rows + jc.rows, n: jt.n + jc.n, ours: jt.ours + jc.ours, lib: jt.lib + jc.lib }),
          ['data: hsk-levels.txt gzip', kb(gz('src/core/levels/data/hsk-levels.txt'))],
          [
            'data: CC-CEDICT (heads + info + chars) gzip',
            kb(
              gz('src/core/dict/data/cedict-heads.txt') +
                gz('src/core/dict/data/cedict-info.txt') +
                gz('src/core/dict/data/cedict-chars.txt'),
            ),
          ],
          [
            'data: to-jyutping (dist/index.mjs) gzip, loaded only for Cantonese',
            kb(gzipSync(readFileSync(path.join(ROOT, 'node_modules/to-jyutping/dist/index.mjs'))).length),
          ],
          ['heap of the loaded levels', `${(heapLevels / 1048576).toFixed(2)} MB`],
        ],
      ),
      '',
      'Times are CPU time (median). Budget: difficulty estimate ≤ 10 ms beside the segmentation.',
    ].join('\n');
  },
};
