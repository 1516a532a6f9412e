/**
 * Averaged structured-perceptron training for the entity tagger. Used by
 * scripts/train-ner.mjs (to build data/ner-model.json) and by the benchmark (train on part of a
 * dev split, test on the rest). Input: texts with gold spans; output: a SerializedModel.
 */
import { sentenceFeatures } from './features';
import { TAGS, viterbi, type SerializedModel } from './tagger';

const T = TAGS.length;

export interface TrainExample {
  text: string;
  /** `type`: PER, LOC or ORG (the tagger's EntityType); other types in the data are left untagged. */
  entities: Array<{ start: number; end: number; type: string }>;
}

function goldTags(ex: TrainExample): number[] {
  const tags = new Array<number>(ex.text.length).fill(0);
  for (const e of ex.entities) {
    const b = TAGS.indexOf(`B-${e.type}` as (typeof TAGS)[number]);
    if (b < 0) continue;
    tags[e.start] = b;
    for (let i = e.start + 1; i < e.end; i++) tags[i] = b + 1;
  }
  return tags;
}

/**
 * The one training recipe, shared by scripts/train-ner.mjs (the shipped model) and the benchmark
 * (held-out check): CLUENER's sentences count `clueRepeat` times (its web-text conventions are the
 * minority), plus `augment` mention-replaced copies.
 */
export const TRAINING = { epochs: 30, prune: 100, augment: 2, clueRepeat: 4 } as const;

/** Training examples from NER records of the dev splits, with the recipe's weighting. */
export function trainingExamples(
  records: Array<{ id: string; text: string; entities: TrainExample['entities'] }>,
  recipe: { clueRepeat: number } = TRAINING,
): TrainExample[] {
  const out: TrainExample[] = [];
  for (const r of records) {
    const ex = { text: r.text, entities: r.entities.filter((e) => e.type === 'PER' || e.type === 'LOC' || e.type === 'ORG') };
    const times = r.id.startsWith('cluener') ? recipe.clueRepeat : 1;
    for (let k = 0; k < times; k++) out.push(ex);
  }
  return out;
}

/** Deterministic pseudo-random generator for shuffling. */
function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

/**
 * Mention replacement: `copies` extra versions of every example with entities that have each of
 * their entities swapped for another mention of the same type from the training set, so the
 * tagger learns contexts and shapes rather than the few names it saw.
 */
export function augment(examples: TrainExample[], copies: number, seed = 11): TrainExample[] {
  const pool = new Map<string, string[]>();
  for (const ex of examples)
    for (const e of ex.entities) {
      const list = pool.get(e.type) ?? [];
      list.push(ex.text.slice(e.start, e.end));
      pool.set(e.type, list);
    }
  const rand = rng(seed);
  const out: TrainExample[] = [];
  for (let c = 0; c < copies; c++) {
    for (const ex of examples) {
      if (ex.entities.length === 0) continue;
      const ents = [...ex.entities].sort((a, b) => a.start - b.start);
      let text = '';
      let last = 0;
      const entities: TrainExample['entities'] = [];
      for (const e of ents) {
        if (e.start < last) continue;
        const list = pool.get(e.type)!;
        const name = list[Math.floor(rand() * list.length)]!;
        text += ex.text.slice(last, e.start);
        entities.push({ start: text.length, end: text.length + name.length, type: e.type });
        text += name;
        last = e.end;
      }
      text += ex.text.slice(last);
      out.push({ text, entities });
    }
  }
  return out;
}

export function trainTagger(
  examples: TrainExample[],
  opts: { epochs?: number; prune?: number; seed?: number; augment?: number } = {},
): SerializedModel {
  const epochs = opts.epochs ?? 8;
  const ids = new Map<string, number>();
  if (opts.augment) examples = [...examples, ...augment(examples, opts.augment)];
  const data = examples
    .filter((ex) => ex.text.length > 0)
    .map((ex) => {
      const feats = sentenceFeatures(ex.text).map((f) =>
        f.map((name) => {
          let id = ids.get(name);
          if (id === undefined) {
            id = ids.size;
            ids.set(name, id);
          }
          return id;
        }),
      );
      return { feats, gold: goldTags(ex) };
    });
  const F = ids.size;
  const w = new Float64Array(F * T);
  const u = new Float64Array(F * T); // c-weighted updates for averaging
  const tr = new Float64Array(T * T);
  const tru = new Float64Array(T * T);
  const st = new Float64Array(T);
  const stu = new Float64Array(T);
  let c = 1;
  const rand = rng(opts.seed ?? 7);
  const order = data.map((_, i) => i);
  const emitIds = (f: number[], out: Float64Array) => {
    out.fill(0);
    for (const id of f) for (let t = 0; t < T; t++) out[t]! += w[id * T + t]!;
  };
  for (let ep = 0; ep < epochs; ep++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const k of order) {
      const { feats, gold } = data[k]!;
      const pred = viterbi(feats, emitIds, tr, st);
      let same = true;
      for (let i = 0; i < gold.length; i++) if (pred[i] !== gold[i]) same = false;
      if (!same) {
        for (let i = 0; i < gold.length; i++) {
          const g = gold[i]!;
          const p = pred[i]!;
          if (g !== p) {
            for (const id of feats[i]!) {
              w[id * T + g]! += 1;
              u[id * T + g]! += c;
              w[id * T + p]! -= 1;
              u[id * T + p]! -= c;
            }
          }
          const gp = i > 0 ? gold[i - 1]! : -1;
          const pp = i > 0 ? pred[i - 1]! : -1;
          if (g !== p || gp !== pp) {
            if (i === 0) {
              st[g]! += 1;
              stu[g]! += c;
              st[p]! -= 1;
              stu[p]! -= c;
            } else {
              tr[gp * T + g]! += 1;
              tru[gp * T + g]! += c;
              tr[pp * T + p]! -= 1;
              tru[pp * T + p]! -= c;
            }
          }
        }
      }
      c++;
    }
  }
  const scale = 100;
  const avg = (a: Float64Array, au: Float64Array, i: number) => Math.round((a[i]! - au[i]! / c) * scale);
  const names = [...ids.keys()];
  const keptNames: string[] = [];
  const weights: number[] = [];
  const prune = opts.prune ?? 0;
  for (let f = 0; f < F; f++) {
    const row = Array.from({ length: T }, (_, t) => avg(w, u, f * T + t));
    if (Math.max(...row.map(Math.abs)) <= prune) continue;
    keptNames.push(names[f]!);
    weights.push(...row);
  }
  return {
    scale,
    trans: Array.from({ length: T * T }, (_, i) => avg(tr, tru, i)),
    start: Array.from({ length: T }, (_, i) => avg(st, stu, i)),
    features: keptNames.join('\n'),
    weights,
  };
}
