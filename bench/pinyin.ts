/**
 * Pinyin benchmark: CPP polyphones (exact, tone included) and BZNSYP characters (tone-sandhi
 * tolerant), Simplified and Traditional (opencc cn→tw of the same sentences), beside pinyin-pro's
 * default measured in the same run; retained heap, gzip size of the feature's data, hover latency
 * vs a bare pinyin-pro call, ruby vs pinyin-pro's html().
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import * as OpenCC from 'opencc-js';
import { html, pinyin } from 'pinyin-pro';
import { parseHTML } from 'linkedom';
import type { PolyphoneRules } from '../src/core/pinyin/context-rules';
import type { SpeechReadings } from '../src/core/pinyin/speech';
import { corpus, median, pct, pct2, ratio, table, timeMedian, ROOT, type BenchSection } from './util';
import { rubyInChromium } from './ruby-browser';

export interface CppRow {
  sentence: string;
  index: number;
  gold: string;
  fold: number;
  fold10: number;
}
export interface BzRow {
  sentence: string;
  gold: string[];
}

/** BZNSYP fold of a sentence: FNV-1a of its text (as scripts/speech-readings.mjs). */
export const bzFold = (s: string, k: number) => {
  let x = 2166136261;
  for (const ch of s) x = Math.imul(x ^ ch.codePointAt(0)!, 16777619) >>> 0;
  return x % k;
};
const hash = (s: string) => {
  let x = 0;
  for (const ch of s) x = (x * 31 + ch.codePointAt(0)!) >>> 0;
  return x;
};

export function loadCpp(): CppRow[] {
  return readFileSync(corpus('pinyin', 'dev.tsv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split('\t'))
    .filter((f) => f[6])
    .map((f) => ({ sentence: f[2]!, index: Number(f[3]), gold: f[6]!, fold: hash(f[2]!) % 2, fold10: hash(f[2]!) % 10 }));
}
export function loadBz(): BzRow[] {
  return readFileSync(corpus('pinyin', 'bznsyp_dev.tsv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split('\t'))
    .map((f) => ({ sentence: f[2]!, gold: f[3]!.split(' ') }));
}

export const norm = (p: string | null | undefined) => (p ? p.replace(/0$/, '5').replace(/ü/g, 'v') : null);
/**
 * As the corpus README says: right if equal, or if ours is the citation tone where the gold writes
 * the sandhi tone — 3rd tone read as 2nd before a 3rd, 一 yi1 written yi2/yi4, 不 bu4 written bu2.
 * Nothing else is tolerated (a sandhi tone where the gold keeps the citation tone is wrong, and
 * neutral tones must match).
 */
export function sandhiOk(ch: string, ours: string | null, gold: string): boolean {
  if (ours === gold) return true;
  if (!ours || ours.slice(0, -1) !== gold.slice(0, -1)) return false;
  if (ch === '一') return ours === 'yi1' && (gold === 'yi2' || gold === 'yi4');
  if (ch === '不') return ours === 'bu4' && gold === 'bu2';
  return ours.endsWith('3') && gold.endsWith('2');
}
/** The scorer this benchmark used before (any tone of 一/不 accepted), shown for comparison. */
function lenientOk(ch: string, ours: string | null, gold: string): boolean {
  if (ours === gold) return true;
  if (!ours || ours.slice(0, -1) !== gold.slice(0, -1)) return false;
  return ch === '一' || ch === '不' || (ours.endsWith('3') && gold.endsWith('2'));
}

export type Reader = (s: string) => Array<string | null>;
export function scoreCpp(rows: CppRow[], read: Reader): number {
  let ok = 0;
  for (const r of rows) if (norm(read(r.sentence)[r.index]) === r.gold) ok++;
  return ok / rows.length;
}
export function scoreBz(rows: BzRow[], read: Reader, ok = sandhiOk): number {
  let n = 0;
  let hits = 0;
  for (const r of rows) {
    const rd = read(r.sentence);
    const cps = [...r.sentence];
    cps.forEach((ch, k) => {
      const g = r.gold[k];
      if (!g || g === '_' || g === 'R') return;
      n++;
      if (ok(ch, norm(rd[k]), g)) hits++;
    });
  }
  return hits / n;
}

export const pinyinSection: BenchSection = {
  name: 'pinyin',
  title: 'Pinyin (readings in context, hover, ruby)',
  async run() {
    const toTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
    const cpp = loadCpp();
    const bz = loadBz();
    // Traditional twins; rows whose conversion changes the code-point count are dropped (counted).
    const cppT = cpp
      .map((r) => ({ ...r, sentence: toTw(r.sentence) }))
      .filter((r, i) => [...r.sentence].length === [...cpp[i]!.sentence].length);
    const bzT = bz
      .map((r) => ({ ...r, sentence: toTw(r.sentence), fold5: bzFold(r.sentence, 5) }))
      .filter((r, i) => [...r.sentence].length === [...bz[i]!.sentence].length);

    // 1. Baseline first: pinyin-pro default, before Dubao installs its word overrides.
    const bare: Reader = (s) => pinyin(s, { type: 'all', toneType: 'num', v: true }).map((x) => (x.isZh ? x.pinyin : null));
    const base = { cpp: scoreCpp(cpp, bare), cppT: scoreCpp(cppT, bare), bz: scoreBz(bz, bare), bzT: scoreBz(bzT, bare) };

    // 2. Dubao, loaded now so its retained heap can be measured.
    // opencc-js's tables are shared with the conversion feature: loaded before the heap baseline.
    const { toSimplifiedSameLength } = await import('../src/core/text/to-simplified');
    toSimplifiedSameLength('銀行');
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    gc?.();
    const heap0 = process.memoryUsage().heapUsed;
    const eng = await import('../src/core/pinyin/index');
    const { loadCedict } = await import('../src/core/dict/cedict');
    const { baseTokens, isPolyphone } = await import('../src/core/pinyin/base-reader');
    const { learnPolyphoneRules } = await import('../scripts/lib/learn-polyphones.mjs');
    const { learnSpeechReadings, vetoSpeechReadings, loadLexicon } = await import('../scripts/lib/learn-speech.mjs');
    const t0 = performance.now();
    eng.readingsOf('银行行长');
    const engineLoadMs = performance.now() - t0;
    const t1 = performance.now();
    const dict = await loadCedict();
    await eng.wordAt('银行行长说', 2);
    const dictLoadMs = performance.now() - t1;
    gc?.();
    gc?.();
    const heapMb = (process.memoryUsage().heapUsed - heap0) / 1048576;

    const dubao =
      (rules?: PolyphoneRules, speech?: SpeechReadings): Reader =>
      (s) =>
        eng.analyse(s, { rules, speech, artefacts: false }).syllables;
    const shipped = { cpp: scoreCpp(cpp, dubao()), cppT: scoreCpp(cppT, dubao()), bz: scoreBz(bz, dubao()), bzT: scoreBz(bzT, dubao()) };

    // 3. Unseen estimates: k-fold cross-validation of the learned polyphone rules on CPP dev. The
    // rules are learned on the other folds only; everything else (pinyin-pro, CC-CEDICT, grammar
    // rules) is general. 10-fold learns on 90 % of the split, close to the shipped rules (100 %);
    // 2-fold (50 %) is the pessimistic figure.
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
    // The readings learned from BZNSYP speech (speech.ts) are dropped where CPP contradicts them:
    // learned here from the whole BZNSYP split, vetoed by the training folds of CPP only.
    const none: SpeechReadings = { words: {}, left: {}, right: {} };
    const bzSamples = bz.map((r) => {
      const a = eng.analyse(r.sentence, { artefacts: false, speech: none });
      const target = a.chars.map((ch, k) => {
        const g = r.gold[k];
        if (!g || g === '_' || g === 'R' || !a.syllables[k]) return null;
        const o = norm(a.syllables[k]);
        return sandhiOk(ch, o, g) ? o : g;
      });
      return { a, target, fold: bzFold(r.sentence, 5) };
    });
    const cppSpeechSamples = cpp.map((r) => ({
      a: eng.analyse(r.sentence, { artefacts: false, speech: none }),
      index: r.index,
      gold: r.gold,
    }));
    const speechOpts = { lexicon: loadLexicon(path.join(ROOT, 'src/core/dict/data')) };
    const rawSpeech = learnSpeechReadings(bzSamples, speechOpts);
    const crossValidate = (k: number, foldOf: (r: CppRow) => number) => {
      const out = { cpp: 0, cppT: 0, bz: 0, bzT: 0 };
      for (let fold = 0; fold < k; fold++) {
        const rules = learnPolyphoneRules(samples.filter((_, i) => foldOf(cpp[i]!) !== fold));
        const speech = vetoSpeechReadings(
          rawSpeech,
          cppSpeechSamples.filter((_, i) => foldOf(cpp[i]!) !== fold),
          speechOpts.lexicon,
        );
        const test = cpp.filter((r) => foldOf(r) === fold);
        const testT = cppT.filter((r) => foldOf(r) === fold);
        out.cpp += scoreCpp(test, dubao(rules, speech)) * test.length;
        out.cppT += scoreCpp(testT, dubao(rules, speech)) * testT.length;
      }
      out.cpp /= cpp.length;
      out.cppT /= cppT.length;
      return out;
    };
    // BZNSYP 5-fold: speech readings learned on four folds (vetoed by the whole CPP split), scored on the fifth.
    const bzCv = { bz: 0, bzT: 0 };
    {
      const bzN = (rows: BzRow[]) => rows.reduce((n, r) => n + r.gold.filter((g) => g && g !== '_' && g !== 'R').length, 0);
      for (let fold = 0; fold < 5; fold++) {
        const speech = vetoSpeechReadings(
          learnSpeechReadings(
            bzSamples.filter((x) => x.fold !== fold),
            speechOpts,
          ),
          cppSpeechSamples,
          speechOpts.lexicon,
        );
        const test = bz.filter((r) => bzFold(r.sentence, 5) === fold);
        // The fold of a Traditional twin is its Simplified sentence's.
        const testT = bzT.filter((r) => r.fold5 === fold);
        bzCv.bz += scoreBz(test, dubao(undefined, speech)) * bzN(test);
        bzCv.bzT += scoreBz(testT, dubao(undefined, speech)) * bzN(testT);
      }
      bzCv.bz /= bzN(bz);
      bzCv.bzT /= bzN(bzT);
    }
    const cv2 = crossValidate(2, (r) => r.fold);
    const cv = crossValidate(10, (r) => r.fold10);
    const bzLenient = { base: scoreBz(bz, bare, lenientOk), shipped: scoreBz(bz, dubao(), lenientOk) };

    // 4. Sizes (gzip -9) of what the feature ships.
    const gz = (f: string) => gzipSync(readFileSync(path.join(ROOT, f)), { level: 9 }).length;
    const sizes: Array<[string, number]> = [
      [
        'src/core/dict/data/cedict-heads.txt + cedict-info.txt + cedict-chars.txt (lazy, first hover)',
        gz('src/core/dict/data/cedict-heads.txt') + gz('src/core/dict/data/cedict-info.txt') + gz('src/core/dict/data/cedict-chars.txt'),
      ],
      ['src/core/pinyin/data/overrides.json', gz('src/core/pinyin/data/overrides.json')],
      ['src/core/pinyin/data/context.json', gz('src/core/pinyin/data/context.json')],
      ['src/core/pinyin/data/poly-words.json', gz('src/core/pinyin/data/poly-words.json')],
      ['src/core/pinyin/data/grammar-words.json', gz('src/core/pinyin/data/grammar-words.json')],
      ['src/core/pinyin/data/speech.json', gz('src/core/pinyin/data/speech.json')],
      ['node_modules/pinyin-pro/dist/index.js (dependency)', gz('node_modules/pinyin-pro/dist/index.js')],
    ];
    const totalKb = sizes.reduce((n, s) => n + s[1], 0) / 1024;

    // 5. Hover: 60-character contexts, cursor in the middle; every run reads contexts it has not
    // seen (no readings-cache hits), pinyin() on those same contexts.
    const pool = bz.map((r) => r.sentence).join('');
    const contextsOf = (run: number) => {
      const out: string[] = [];
      for (let i = run * 100 * 60; out.length < 100 && i + 60 <= pool.length; i += 60) out.push(pool.slice(i, i + 60));
      return out;
    };
    const bareHoverTimes: number[] = [];
    const dubaoHoverTimes: number[] = [];
    for (let run = 0; run < 7; run++) {
      const contexts = contextsOf(run);
      let t = performance.now();
      for (const c of contexts) pinyin(c, { type: 'all' });
      bareHoverTimes.push((performance.now() - t) / contexts.length);
      t = performance.now();
      for (const c of contexts) await eng.wordAt(c, 30, { dict });
      dubaoHoverTimes.push((performance.now() - t) / contexts.length);
    }
    const bareHover = median(bareHoverTimes);
    const dubaoHover = median(dubaoHoverTimes);

    // 6. Ruby over a 10k-character article (paragraphs of CPP sentences) vs html() on the same text.
    // Cold: each of the 7 runs takes a different article (nothing cached), html() on that same
    // text; warm: ruby toggled again on an article already read (the code is warm; readings are read again).
    const articles: string[][] = [];
    let next = 0;
    // As many 10k-character articles as the split holds (the browser medians need many: this machine is noisy).
    for (;;) {
      const paras: string[] = [];
      let n = 0;
      while (n < 10000 && next < cpp.length) {
        paras.push(cpp[next]!.sentence);
        n += cpp[next]!.sentence.length;
        next++;
      }
      if (n < 10000) break;
      articles.push(paras);
    }
    const total = articles[0]!.join('').length;
    const mount = (paras: string[]) => {
      const { document } = parseHTML(`<!doctype html><html><body><article>${paras.map(() => '<p></p>').join('')}</article></body></html>`);
      const ps = [...document.querySelectorAll('p')] as unknown as Element[];
      ps.forEach((p, i) => (p.textContent = paras[i]!));
      return { document, ps };
    };
    html('预热'); // pinyin-pro's own first-call setup is not part of either side
    const coldHtml: number[] = [];
    const coldRuby: number[] = [];
    const coldHtmlDom: number[] = [];
    let restored = true;
    // linkedom: articles 1–7 (0 warms the cached run below); Chromium: 0 warms up, all others are timed.
    for (let a = 1; a < 8; a++) {
      const text = articles[a]!.join('\n');
      const { document, ps } = mount(articles[a]!);
      const before = document.body.innerHTML;
      let t = performance.now();
      html(text);
      coldHtml.push(performance.now() - t);
      t = performance.now();
      eng.addRuby(ps).remove();
      coldRuby.push(performance.now() - t);
      if (document.body.innerHTML !== before) restored = false;
      // What displaying html()'s output costs: the string parsed into the same DOM implementation.
      const sink = document.createElement('div');
      t = performance.now();
      sink.innerHTML = html(text);
      coldHtmlDom.push(performance.now() - t);
    }
    const htmlMs = median(coldHtml);
    const rubyMs = median(coldRuby);
    const htmlDomMs = median(coldHtmlDom);
    const warm = mount(articles[0]!);
    const warmText = articles[0]!.join('\n');
    eng.addRuby(warm.ps).remove();
    const warmHtmlMs = timeMedian(() => html(warmText), 7, 1);
    const warmRubyMs = timeMedian(() => eng.addRuby(warm.ps).remove(), 7, 1);
    // The same articles in real Chromium, where the extension's ruby runs.
    const inBrowser = await rubyInChromium(articles[0]!, articles.slice(1));
    // Each article's own ratio (html() and ruby timed back to back on the same text): the machine's
    // slow and fast moments hit both sides of a pair, so their median is the steadier figure.
    const pairRatio = inBrowser ? median(inBrowser.rubyMs.map((r, i) => r / inBrowser.htmlMs[i]!)) : 0;
    const browserRows: Array<Array<string>> = inBrowser
      ? [
          [
            `**bar (real browser):** ruby over ~${total} chars in Chromium ${inBrowser.browser}, a new article each run: html() string vs addRuby`,
            `${median(inBrowser.htmlMs).toFixed(1)} ms`,
            `${median(inBrowser.rubyMs).toFixed(1)} ms`,
            ratio(median(inBrowser.rubyMs) / median(inBrowser.htmlMs)),
          ],
          [`Chromium: the same, median of each article's own ruby ÷ html() ratio`, '', '', ratio(pairRatio)],
          [
            `Chromium: ruby off (remove(), exact restore) after it, vs html() string`,
            `${median(inBrowser.htmlMs).toFixed(1)} ms`,
            `${median(inBrowser.removeMs).toFixed(1)} ms`,
            ratio(median(inBrowser.removeMs) / median(inBrowser.htmlMs)),
          ],
          [
            `Chromium: html() parsed into the DOM (innerHTML) vs addRuby`,
            `${median(inBrowser.htmlDomMs).toFixed(1)} ms`,
            `${median(inBrowser.rubyMs).toFixed(1)} ms`,
            ratio(median(inBrowser.rubyMs) / median(inBrowser.htmlDomMs)),
          ],
          [
            `Chromium: ruby turned on again on the same article vs html() again`,
            `${median(inBrowser.warmHtmlMs).toFixed(1)} ms`,
            `${median(inBrowser.warmRubyMs).toFixed(1)} ms`,
            ratio(median(inBrowser.warmRubyMs) / median(inBrowser.warmHtmlMs)),
          ],
        ]
      : [['Chromium not found: real-browser ruby rows skipped', '', '', '']];

    const rows: Array<Array<string | number>> = [
      ['CPP polyphones, Simplified (exact)', pct(base.cpp), pct(shipped.cpp), pct(cv.cpp), pct(cv2.cpp), `${cpp.length}`],
      ['CPP polyphones, Traditional (exact)', pct(base.cppT), pct(shipped.cppT), pct(cv.cppT), pct(cv2.cppT), `${cppT.length}`],
      // Two decimals: the bar (98.5 %) sits within a tenth of these figures.
      [
        'BZNSYP characters, Simplified (sandhi tolerant)',
        pct2(base.bz),
        pct2(shipped.bz),
        `${pct2(bzCv.bz)} (5-fold)`,
        '',
        `${bz.length} sent.`,
      ],
      [
        'BZNSYP characters, Traditional (sandhi tolerant)',
        pct2(base.bzT),
        pct2(shipped.bzT),
        `${pct2(bzCv.bzT)} (5-fold)`,
        '',
        `${bzT.length} sent.`,
      ],
    ];
    return [
      table(
        ['dev split', 'pinyin-pro 3.29.4 default', 'Dubao (shipped rules)', 'Dubao, 10-fold CV (unseen)', 'Dubao, 2-fold CV', 'n'],
        rows,
      ),
      '',
      `Traditional − Simplified gap: pinyin-pro ${((base.cppT - base.cpp) * 100).toFixed(1)} / ${((base.bzT - base.bz) * 100).toFixed(1)} points (CPP / BZNSYP); ` +
        `Dubao ${((shipped.cppT - shipped.cpp) * 100).toFixed(2)} / ${((shipped.bzT - shipped.bz) * 100).toFixed(2)} points. ` +
        'The shipped context rules are learned from this CPP dev split, so its "shipped" CPP figure is in-sample; the CV columns learn the rules on the other folds and score the held-out fold ' +
        '(10-fold learns on 90 % of the split, close to the shipped rules; 2-fold on 50 %). The readings learned from BZNSYP speech (speech.ts: words and neighbour readings, dropped where CPP contradicts them) make its "shipped" figure in-sample too: ' +
        'its CV column learns them on four fifths of the split and scores the fifth (the CPP CV columns veto them with the training folds only). The hand-written grammar rules (function words 得/地/只/为/个/当/着, verbs read by what follows them: 削掉, 攒钱, 卡在, 挨打…) and tone rules are general Mandarin grammar, chosen partly by reading the cross-validated errors (so the CV figures carry some selection optimism); a word pinyin-pro made of the halves of two real words (执|行情|况, 南京|市长|江) is re-read by the platform word segmenter (Intl.Segmenter); the word lists come from CC-CEDICT and @pinyin-pro/data. A read-aloud reading the CPP labels contradict is kept where CC-CEDICT gives the word that reading too (关系 guānxi). ' +
        `BZNSYP scoring follows the corpus README: a citation tone counts where the gold writes the sandhi tone (3rd→2nd, 一 yi1→yi2/yi4, 不 bu4→bu2), nothing else; ` +
        `with the older, looser scorer (any tone of 一/不 accepted) the figures would be ${pct(bzLenient.base)} (pinyin-pro) and ${pct(bzLenient.shipped)} (Dubao).`,
      '',
      table(
        ['cost', 'value'],
        [
          ['retained heap, engine + CC-CEDICT loaded (opencc tables excluded: shared, loaded before)', `${heapMb.toFixed(1)} MB`],
          ['first readingsOf (installs overrides)', `${engineLoadMs.toFixed(0)} ms`],
          ['first wordAt (loads CC-CEDICT)', `${dictLoadMs.toFixed(0)} ms (${dict.size} entries)`],
          ...sizes.map(([f, n]): [string, string] => [`gzip ${f}`, `${(n / 1024).toFixed(0)} KB`]),
          ['gzip total of the pinyin feature', `${totalKb.toFixed(0)} KB`],
        ],
      ),
      '',
      table(
        ['speed (median)', 'pinyin-pro', 'Dubao', 'Dubao ÷ pinyin-pro'],
        [
          [
            'hover, 60-char context (per call; bare pinyin() vs wordAt)',
            `${bareHover.toFixed(3)} ms`,
            `${dubaoHover.toFixed(3)} ms`,
            ratio(dubaoHover / bareHover),
          ],
          ...browserRows,
          [
            `ruby over ~${total} chars in linkedom (a slow DOM written in JS), a new article each run: html() string vs addRuby + remove`,
            `${htmlMs.toFixed(1)} ms`,
            `${rubyMs.toFixed(1)} ms`,
            ratio(rubyMs / htmlMs),
          ],
          [
            `linkedom: html() parsed into the DOM (innerHTML) vs addRuby + remove`,
            `${htmlDomMs.toFixed(1)} ms`,
            `${rubyMs.toFixed(1)} ms`,
            ratio(rubyMs / htmlDomMs),
          ],
          [
            `linkedom: ruby toggled again on the same article`,
            `${warmHtmlMs.toFixed(1)} ms`,
            `${warmRubyMs.toFixed(1)} ms`,
            ratio(warmRubyMs / warmHtmlMs),
          ],
        ],
      ),
      '',
      `The bar is measured where ruby runs, in a real browser page (Chromium, timed inside the page, median of ${articles.length - 1} articles after one that warms both up, html() or ruby first in turn); ` +
        `it compares with html()'s string alone, which builds no DOM — showing that string in a page also costs parsing it (the innerHTML rows). ` +
        `linkedom rows: the same work on the JS DOM the CLI and unit tests use, where every node creation is far dearer than in a browser. ` +
        `Ruby remove() restored the DOM exactly on every article: ${restored && (inBrowser?.restored ?? true) ? 'yes' : 'NO'}.`,
    ].join('\n');
  },
};
