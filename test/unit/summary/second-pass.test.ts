import { describe, expect, it } from 'vitest';
import { entityMentions, findEntities } from '../../../src/core/summary/entities';
import { summarize } from '../../../src/core/summary/index';
import { matchProperNouns, properLexicon, allProperNouns, LEX_CATS } from '../../../src/core/summary/lexicon';
import { pickKeySentences } from '../../../src/core/summary/key-sentences';
import { augment, trainingExamples, TRAINING } from '../../../src/core/summary/ner/train';
import { splitSentences } from '../../../src/core/summary/sentences';

describe('figure measures before a pivot', () => {
  it('takes the subject of a share (占) and of a from–to change (从…到)', () => {
    const s = summarize('欧盟小企业数占企业总数的99.8％，其营业额占欧盟企业总额的56.2％。资产负债率也从1991年的70％降到39.22％。');
    const m = (v: string) => s.figures.find((f) => f.value === v)?.measure?.text;
    expect(m('99.8％')).toBe('欧盟小企业数');
    expect(m('56.2％')).toBe('营业额');
    expect(m('70％')).toBe('资产负债率');
    expect(m('39.22％')).toBe('资产负债率');
  });
  it('reads the noun after "的" and after an area unit', () => {
    const s = summarize('香港佳士得以32.3亿港元的总成交额收槌，保护2300万亩耕地。');
    expect(s.figures.find((f) => f.value === '32.3亿港元')?.measure?.text).toBe('总成交额');
    expect(s.figures.find((f) => f.value === '2300万亩')?.measure?.text).toBe('耕地');
  });
});

describe('proper-noun lexicon', () => {
  it('loads categories and matches longest words', () => {
    const lex = properLexicon();
    expect(lex.words.size).toBeGreaterThan(50000);
    const bit = (c: (typeof LEX_CATS)[number]) => 1 << LEX_CATS.indexOf(c);
    const { mask, pos } = matchProperNouns('他在上海浦东工作');
    expect(mask[2]! & bit('LOC')).toBeTruthy();
    expect([pos[1], pos[2], pos[3], pos[4], pos[5]]).toEqual([0, 1, 2, 2, 3]);
    const all = allProperNouns('北京大学');
    expect(all.starts[0]! & bit('LOC')).toBeTruthy();
    expect(all.starts[0]! & bit('ORG')).toBeTruthy();
    expect(all.longest[0]).toBe(4);
    expect(lex.givenChars.size).toBeGreaterThan(100);
  });
});

describe('entity output per annotated types', () => {
  it('keeps names inside titles when documents are set aside', () => {
    const text = '记者读了《河南日报》的报道。';
    const flat = entityMentions(findEntities(text, text));
    expect(flat.some((e) => e.type === 'DOC' && text.slice(e.start, e.end) === '《河南日报》')).toBe(true);
    const nested = entityMentions(findEntities(text, text, { nested: true }), ['PER', 'LOC', 'ORG']);
    expect(nested.every((e) => e.type !== 'DOC')).toBe(true);
    expect(nested.some((e) => e.start > 4 && e.end < 11)).toBe(true);
  });
  it('does not list a film in 《》 as a document', () => {
    const text = '由他执导的电影《不能说的秘密》昨日上映。';
    expect(findEntities(text, text).documents).toEqual([]);
  });
});

describe('key sentences', () => {
  const text =
    '第一句讲新闻的核心事实，市政府今天发布了新的交通规划方案。第二句补充交通规划方案的背景，说明方案酝酿了两年。第三句是一段很长的列举，包括公园、学校、医院、道路、桥梁、隧道、地铁、公交、停车场和充电桩等等设施的建设计划。第四句收尾。';
  const sents = splitSentences(text);
  it('keeps the lead sentences when three are asked', () => {
    const picked = pickKeySentences(sents, (sp) => sp.text, null, 3);
    expect(picked[0]!.start).toBe(sents[0]!.start);
    expect(picked[1]!.start).toBe(sents[1]!.start);
    expect(picked).toHaveLength(3);
  });
  it('returns sentences in document order and never more than asked', () => {
    const one = pickKeySentences(sents, (sp) => sp.text, null, 1);
    expect(one).toHaveLength(1);
    const two = pickKeySentences(sents, (sp) => sp.text, null, 2);
    expect(two[0]!.start).toBeLessThan(two[1]!.start);
  });
});

describe('training recipe', () => {
  it('weights CLUENER and keeps only PER/LOC/ORG', () => {
    const ex = trainingExamples([
      {
        id: 'cluener-dev-1',
        text: '张三在北京',
        entities: [
          { start: 0, end: 2, type: 'PER' },
          { start: 3, end: 5, type: 'LOC' },
        ],
      },
      { id: 'msra-test-1', text: '《书》', entities: [{ start: 0, end: 3, type: 'BOOK' }] },
    ]);
    expect(ex).toHaveLength(TRAINING.clueRepeat + 1);
    expect(ex.at(-1)!.entities).toEqual([]);
  });
  it('mention replacement keeps spans aligned with their new text', () => {
    const base = [
      {
        text: '张三在北京工作',
        entities: [
          { start: 0, end: 2, type: 'PER' },
          { start: 3, end: 5, type: 'LOC' },
        ],
      },
      {
        text: '欧阳娜娜去了上海',
        entities: [
          { start: 0, end: 4, type: 'PER' },
          { start: 6, end: 8, type: 'LOC' },
        ],
      },
    ];
    const out = augment(base, 3);
    expect(out).toHaveLength(6);
    for (const ex of out) {
      const names = ex.entities.map((e) => ex.text.slice(e.start, e.end));
      expect(['张三', '欧阳娜娜']).toContain(names[0]);
      expect(['北京', '上海']).toContain(names[1]);
    }
  });
});
