import { describe, expect, it } from 'vitest';
import modelData from '../../../src/core/summary/data/ner-model.json';
import { sentenceFeatureHashes, sentenceFeatures } from '../../../src/core/summary/ner/features';
import { hashPair } from '../../../src/core/summary/text-hash';
import { loadModel, spansFromTags, tagText, TAGS, viterbi } from '../../../src/core/summary/ner/tagger';

const SENTENCES = [
  '兰州日报社全媒体记者华静报道：4月3日，兰州市科技局局长王旭伟在城关区介绍，兰州大学与山东大学甘肃研究院签约。',
  '国务院总理李强在北京人民大会堂会见了来访的德国总理朔尔茨。',
  '“你好！”他说，Apple公司的iPhone 16在中国卖了1500万台（同比增长12%）。',
  '欧阳娜娜和司马光都去了崖州湾国家实验室西北创新基地。',
  '𠮷野家在台北市信义区开了新店',
  '',
];

describe('entity tagger features', () => {
  it('hashed features are exactly the hashes of the feature names, position by position', () => {
    for (const s of SENTENCES) {
      const names = sentenceFeatures(s);
      const h = sentenceFeatureHashes(s);
      expect(names.length).toBe(s.length);
      expect(h.starts.length).toBe(s.length + 1);
      names.forEach((list, i) => {
        const got: Array<[number, number]> = [];
        for (let k = h.starts[i]!; k < h.starts[i + 1]!; k++) got.push([h.h1[k]!, h.h2[k]!]);
        expect(got).toEqual(list.map(hashPair));
      });
    }
  });

  it('the hashed tagger tags exactly as a lookup by feature name does', () => {
    const m = modelData;
    const byName = new Map<string, number>(m.features.split('\n').map((n, k) => [n, k]));
    const T = TAGS.length;
    const model = loadModel(m);
    let entities = 0;
    for (const s of SENTENCES) {
      const feats = sentenceFeatures(s);
      const emit = (f: string[], out: Float64Array) => {
        out.fill(0);
        for (const name of f) {
          const k = byName.get(name);
          if (k !== undefined) for (let t = 0; t < T; t++) out[t]! += m.weights[k * T + t]! / m.scale;
        }
      };
      const want = spansFromTags(viterbi(feats, emit, model.trans, model.start));
      const got = tagText(model, s);
      expect(got).toEqual(want);
      entities += got.length;
    }
    expect(entities).toBeGreaterThan(5);
  });
});
