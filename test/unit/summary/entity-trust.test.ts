/** Entities a journalist can trust: name shape, no dictionary words, names completed or cut, abbreviations merged. Synthetic sentences. */
import { describe, expect, test } from 'vitest';
import { summarize } from '../../../src/core/summary/index';
import { abbreviationOwner, completeNames, hasNameShape, isDictionaryWord, isTrustedEntity } from '../../../src/core/summary/entity-rules';
import type { RawEntity } from '../../../src/core/summary/entities';

describe('name shape', () => {
  test.each([
    ['王小川', true],
    ['欧阳明远', true],
    ['约翰·史密斯', true],
    ['阿克拉姆', true],
    ['Anna Berg', true],
    ['陈姓', false],
    ['李男', false],
    ['王某', false],
    ['系', false],
    ['之家', false],
    ['park', false],
    ['sai', false],
  ])('%s → %s', (name, want) => {
    expect(hasNameShape(name)).toBe(want);
  });
});

describe('trusted entities', () => {
  test.each([
    ['PER', '孙子', null, false], // a dictionary word (grandson)
    ['PER', '谢谢', null, false],
    ['PER', '黄金周', null, false], // opens with the word 黄金
    ['PER', '北京', null, false], // a known place
    ['PER', '从上海', '记者', false], // 记者|从上海…: a role name never starts with a preposition
    ['PER', '王小川', null, true],
    ['PER', '赵明远', '记者', true],
    ['LOC', '南部', null, false],
    ['LOC', '东北部', null, false],
    ['ORG', '委员会', null, false],
    ['ORG', '子公司', null, false],
    ['LOC', '杭州', null, true],
    ['ORG', '杭州市气象局', null, true],
  ] as const)('%s %s (role %s) → %s', (type, text, role, want) => {
    expect(isTrustedEntity(type, text, role)).toBe(want);
  });

  test('dictionary lookup', () => {
    expect(isDictionaryWord('支持')).toBe(true);
    expect(isDictionaryWord('王小川')).toBe(false);
  });
});

describe('names completed or cut at the word after them', () => {
  const per = (s: string, name: string, role?: string): RawEntity => {
    const start = s.indexOf(name);
    return { start, end: start + name.length, type: 'PER', ...(role ? { role } : {}) };
  };
  const given = () => true;
  test.each([
    ['高宇|琛，', '这次由高宇琛，负责现场。', '高宇', '高宇琛'],
    ['邹海|鹏的', '他坐上了邹海鹏的白色汽车。', '邹海', '邹海鹏'],
    ['张凡认|为 → 张凡 (认为 is a word)', '会后张凡认为压力很大。', '张凡认', '张凡'],
    ['李明|天: 明天 is a word', '李明天去北京开会。', '李明', '李明'],
    ['a cut transliterated name: 玛丽娜·佩特罗|娃表示', '玛丽娜·佩特罗娃表示欢迎。', '玛丽娜·佩特罗', '玛丽娜·佩特罗娃'],
  ])('%s', (_name, s, found, want) => {
    const [r] = completeNames(s, [per(s, found)], given);
    expect(s.slice(r!.start, r!.end)).toBe(want);
  });
});

describe('one-character places are mentions of the full place', () => {
  test('abbreviation owner', () => {
    expect(abbreviationOwner('港', ['香港', '深圳'])).toBe('香港');
    expect(abbreviationOwner('美', ['美国', '中国'])).toBe('美国');
    expect(abbreviationOwner('巴', ['巴西', '巴基斯坦'])).toBeNull(); // ambiguous
    expect(abbreviationOwner('港', ['深圳'])).toBeNull();
  });
});

describe('whole summaries', () => {
  const people = (t: string) => summarize(t).entities.people.map((e) => e.text);
  test.each([
    ['a bare surname', '警方表示，陈姓男子当晚驾车离开现场，目前仍在调查。', ['陈姓']],
    ['a preposition after 记者', '记者从市体育局获悉，马拉松比赛将于下月举行。', ['从市体育局', '从市']],
  ])('%s is no person', (_n, text, bad) => {
    const got = people(text);
    for (const b of bad) expect(got, `people: ${got.join(', ')}`).not.toContain(b);
  });
});
