/** Structured-perceptron BIO tagger: model format, Viterbi decoding and span extraction. */
import { sentenceFeatureHashes } from './features';
import { forEachLineHash, PairTable } from '../text-hash';

export const TAGS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG'] as const;
export type EntityType = 'PER' | 'LOC' | 'ORG';
const T = TAGS.length;

/** Serialized model (data/ner-model.json): feature names joined by '\n', integer weights T per feature. */
export interface SerializedModel {
  scale: number;
  trans: number[];
  start: number[];
  features: string;
  weights: number[];
}

/**
 * A loaded model: the feature weights in an open-addressing table keyed by the two hashes of the
 * feature name (hashPair in text-hash.ts), so tagging looks features up without building their names.
 */
export interface TaggerModel {
  trans: Float64Array; // T*T, from*T+to
  start: Float64Array;
  /** Feature name's hash pair (hashPair in text-hash.ts) → its row in `weights`. */
  rows: PairTable;
  /** T weights per feature. */
  weights: Float64Array;
}

export function loadModel(m: SerializedModel): TaggerModel {
  const count = m.weights.length / T;
  const rows = new PairTable(count);
  const weights = new Float64Array(count * T);
  for (let i = 0; i < weights.length; i++) weights[i] = m.weights[i]! / m.scale;
  // The names, hashed as the string is scanned (hashPair of each, without splitting it).
  let k = 0;
  forEachLineHash(m.features, (h1, h2) => rows.set(h1, h2, k++));
  return {
    trans: Float64Array.from(m.trans, (x) => x / m.scale),
    start: Float64Array.from(m.start, (x) => x / m.scale),
    rows,
    weights,
  };
}

/** Is tag `to` allowed after tag `from` (-1 = sentence start)? I-X only continues X. */
export function allowed(from: number, to: number): boolean {
  const tt = TAGS[to]!;
  if (!tt.startsWith('I-')) return true;
  if (from < 0) return false;
  const ft = TAGS[from]!;
  return ft !== 'O' && ft.slice(2) === tt.slice(2);
}

/** allowed() as a table: ALLOWED[(from + 1) * T + to], from = -1 at the sentence start. */
const ALLOWED: Uint8Array = (() => {
  const a = new Uint8Array((T + 1) * T);
  for (let f = -1; f < T; f++) for (let t = 0; t < T; t++) a[(f + 1) * T + t] = allowed(f, t) ? 1 : 0;
  return a;
})();

/** Best tag sequence for pre-computed features, scoring with `score(features) → per-tag array`. */
export function viterbi<F>(
  feats: F[],
  emit: (f: F, out: Float64Array) => void,
  trans: ArrayLike<number>,
  start: ArrayLike<number>,
): number[] {
  const n = feats.length;
  if (n === 0) return [];
  const e = new Float64Array(T);
  let prev = new Float64Array(T);
  let cur = new Float64Array(T);
  const back = new Int8Array(n * T);
  emit(feats[0]!, e);
  for (let t = 0; t < T; t++) prev[t] = ALLOWED[t] ? e[t]! + start[t]! : -Infinity;
  for (let i = 1; i < n; i++) {
    emit(feats[i]!, e);
    for (let t = 0; t < T; t++) {
      let best = -Infinity;
      let arg = 0;
      for (let f = 0; f < T; f++) {
        if (!ALLOWED[(f + 1) * T + t]) continue;
        const v = prev[f]! + trans[f * T + t]!;
        if (v > best) {
          best = v;
          arg = f;
        }
      }
      cur[t] = best + e[t]!;
      back[i * T + t] = arg;
    }
    [prev, cur] = [cur, prev];
  }
  let bestT = 0;
  for (let t = 1; t < T; t++) if (prev[t]! > prev[bestT]!) bestT = t;
  const path = new Array<number>(n);
  path[n - 1] = bestT;
  for (let i = n - 1; i > 0; i--) path[i - 1] = back[i * T + path[i]!]!;
  return path;
}

export interface TaggedSpan {
  start: number;
  end: number;
  type: EntityType;
}

export function spansFromTags(tags: number[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  let cur: TaggedSpan | null = null;
  for (const [i, t] of tags.entries()) {
    const name = TAGS[t]!;
    if (name.startsWith('B-') || name === 'O') {
      if (cur) out.push(cur);
      cur = name === 'O' ? null : { start: i, end: i + 1, type: name.slice(2) as EntityType };
    } else if (cur) cur.end = i + 1;
  }
  if (cur) out.push(cur);
  return out;
}

/** Tag one chunk of Simplified text (a sentence or clause; long inputs are fine but slower). */
export function tagText(model: TaggerModel, s: string): TaggedSpan[] {
  const { h1, h2, starts } = sentenceFeatureHashes(s);
  const { weights } = model;
  const { table } = model.rows;
  const positions = Array.from({ length: s.length }, (_, i) => i);
  const emit = (i: number, out: Float64Array) => {
    out.fill(0);
    for (let k = starts[i]!; k < starts[i + 1]!; k++) {
      const slot = model.rows.at(h1[k]!, h2[k]!);
      if (table[slot] === 0) continue;
      const r = table[slot + 2]! * T;
      for (let t = 0; t < T; t++) out[t]! += weights[r + t]!;
    }
  };
  return spansFromTags(viterbi(positions, emit, model.trans, model.start));
}
