// Readings learned from whole-sentence gold of read speech (BZNSYP), for src/core/pinyin/speech.ts:
// for a word as the base reader segments it, the reading the gold gives more often than the
// engine's own; for one-character segments, the same keyed by the character and its left or right
// neighbour. Kept where the alternative has ≥ minCount occurrences (or one, where the lexicon —
// CC-CEDICT — gives that reading to the word or character pair), ≥ share of them, and beats the
// engine's reading by ≥ minGain. Only counts are kept, no sentence.
// A sample: { a: Analysis (simplified, syllables, words) made without learned readings, target: per
// code point the reading that scores right (the engine's where the scorer accepts it), or null }.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cedictEntries } from '../../src/core/dict/cedict';

/**
 * CC-CEDICT as the project ships it (src/core/dict/data/cedict-heads.txt + cedict-info.txt +
 * cedict-chars.txt, given their folder; decoded by src/core/dict/cedict.ts): Simplified word →
 * numbered readings.
 */
export function loadLexicon(dir) {
  const lex = new Map();
  const read = (f) => readFileSync(path.join(dir, f), 'utf8');
  for (const e of cedictEntries(read('cedict-heads.txt'), read('cedict-info.txt'), read('cedict-chars.txt'))) {
    if (!e.pinyin) continue;
    const a = lex.get(e.simplified) ?? [];
    a.push(e.pinyin.toLowerCase().replace(/u:/g, 'v'));
    lex.set(e.simplified, a);
  }
  return lex;
}

function segments(a) {
  const out = [];
  let s = 0;
  for (let i = 1; i <= a.simplified.length; i++) {
    if (i === a.simplified.length || a.words[i] !== a.words[s]) {
      out.push([s, i]);
      s = i;
    }
  }
  return out;
}

function decide(t, { minCount, share, minGain = 1 }, supported = () => false) {
  const out = {};
  for (const [k, m] of [...t].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    const cur = m.cur;
    const a = [...m.alts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
    if (!a.length) continue;
    const [best, n] = a[0];
    if ((n >= minCount || supported(k, best)) && n / m.total >= share && n - cur >= minGain) out[k] = best;
  }
  return out;
}

export function learnSpeechReadings(samples, opts = {}) {
  opts = { minCount: 2, share: 0.6, minGain: 1, ...opts };
  const words = new Map();
  const left = new Map();
  const right = new Map();
  const add = (t, k, ours, target) => {
    let m = t.get(k);
    if (!m) t.set(k, (m = { cur: 0, total: 0, alts: new Map() }));
    m.total++;
    if (ours === target) m.cur++;
    else m.alts.set(target, (m.alts.get(target) ?? 0) + 1);
  };
  for (const s of samples) {
    const { a, target } = s;
    for (const [b, e] of segments(a)) {
      if (target.slice(b, e).some((x) => !x)) continue;
      if (e - b >= 2) {
        add(words, a.simplified.slice(b, e).join(''), a.syllables.slice(b, e).join(' '), target.slice(b, e).join(' '));
      } else {
        const c = a.simplified[b];
        add(left, (a.simplified[b - 1] ?? '^') + c, a.syllables[b], target[b]);
        add(right, c + (a.simplified[b + 1] ?? '$'), a.syllables[b], target[b]);
      }
    }
  }
  // A reading seen once is kept where a lexicon gives it (lexicon: word → readings).
  const lex = opts.lexicon;
  const has = (w, f) => !!lex && (lex.get(w) ?? []).some(f);
  return {
    words: decide(words, opts, (k, r) => has(k, (x) => x === r)),
    left: decide(left, opts, (k, r) => has(k, (x) => x.split(' ')[1] === r)),
    right: decide(right, opts, (k, r) => has(k, (x) => x.split(' ')[0] === r)),
  };
}

/**
 * The key of `tables` that decides position i of an analysis made without learned readings (as
 * src/core/pinyin/speech.ts applies them), with its reading there, or null.
 */
export function firingKey(a, i, tables) {
  if (!a.syllables[i]) return null;
  let b = i;
  let e = i + 1;
  while (b > 0 && a.words[b - 1] === a.words[i]) b--;
  while (e < a.words.length && a.words[e] === a.words[i]) e++;
  const s = a.simplified;
  if (e - b >= 2) {
    const w = s.slice(b, e).join('');
    const r = tables.words[w];
    return r ? { table: 'words', key: w, reading: r.split(' ')[i - b] } : null;
  }
  const lk = (s[i - 1] ?? '^') + s[i];
  if (tables.left[lk]) return { table: 'left', key: lk, reading: tables.left[lk] };
  const rk = s[i] + (s[i + 1] ?? '$');
  if (tables.right[rk]) return { table: 'right', key: rk, reading: tables.right[rk] };
  return null;
}

/** Does the lexicon give this reading to the key's word (or to the character in its pair)? */
function lexiconGives(lexicon, table, key, reading) {
  const readings = lexicon.get(key) ?? [];
  if (table === 'words') return readings.includes(reading);
  const at = table === 'left' ? 1 : 0;
  return readings.some((x) => x.split(' ')[at] === reading);
}

/**
 * Drops the readings that a corpus of written pinyin contradicts: a key is dropped where, on the
 * samples ({a, index, gold}: CPP polyphones, one labelled position each), its reading turns the
 * engine's right answer wrong more often than it turns a wrong one right — unless `lexicon`
 * (CC-CEDICT, word → readings) gives that reading to the word or character pair: two sources
 * agreeing (关系 guānxi, 收拾 shōushi: the speaker and the dictionary) outweigh the written labels.
 * @param {Map<string, string[]> | null} [lexicon]
 */
export function vetoSpeechReadings(tables, samples, lexicon = null) {
  const score = new Map();
  for (const { a, index, gold } of samples) {
    const f = firingKey(a, index, tables);
    if (!f) continue;
    const k = `${f.table}\t${f.key}`;
    const d = (f.reading === gold ? 1 : 0) - (a.syllables[index] === gold ? 1 : 0);
    score.set(k, (score.get(k) ?? 0) + d);
  }
  const out = { words: { ...tables.words }, left: { ...tables.left }, right: { ...tables.right } };
  for (const [k, d] of score) {
    if (d >= 0) continue;
    const [t, key] = k.split('\t');
    if (lexicon && lexiconGives(lexicon, t, key, tables[t][key])) continue;
    delete out[t][key];
  }
  return out;
}
