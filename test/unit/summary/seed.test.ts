import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract/index';
import { summarize } from '../../../src/core/summary/index';
import { PAGES, linkedomDoc } from '../extract/helpers';

describe('summary of the seed page (Traditional, Lanzhou), through article detection', () => {
  // The repository's seed fixture, read as the CLI reads it: extraction removes the flattened ruby pinyin.
  const article = extractArticle(linkedomDoc(path.join(PAGES, 'seed.html')));
  const text = article.cleanText;
  const s = summarize(text, { publishedAt: article.publishedAt, author: article.author, editor: article.editor, title: article.title });

  it('finds the 8 key figures with measures and qualifiers', () => {
    const vals = s.figures.map((f) => f.value);
    expect(vals).toEqual(['1500項以上', '350個以上', '20場以上', '50家以上', '900人', '1300家', '135億元', '100項以上']);
    const by = (v: string) => s.figures.find((f) => f.value === v)!;
    expect(by('1500項以上').measure?.text).toBe('企業技術需求');
    expect(by('1500項以上').qualifier).toBe('以上');
    expect(by('1500項以上').number).toBe(1500);
    expect(by('135億元')).toMatchObject({ number: 13500000000, unit: '元', kind: 'money', qualifier: '力爭' });
    expect(by('135億元').measure?.text).toBe('技術合同年成交額');
    expect(by('100項以上').measure?.text).toBe('重點科技成果轉化');
    expect(by('1300家').qualifier).toBe('超過');
    expect(by('900人').qualifier).toBe('突破');
    expect(by('900人').measure?.text).toBe('技術經紀(理)人總量');
    for (const f of s.figures) expect(text.slice(f.start, f.end)).toBe(f.value);
  });

  it('names the reporter and the editor with their roles', () => {
    const hua = s.entities.people.find((p) => p.text === '華靜');
    const wang = s.entities.people.find((p) => p.text === '王旭偉');
    expect(hua?.role).toMatch(/记者|記者/);
    expect(wang?.role).toMatch(/编辑|編輯/);
  });

  it('finds the action plan with its alias and all its mentions', () => {
    const doc = s.entities.documents[0]!;
    expect(doc.text).toBe('《創新蘭州2025年暨科技成果轉化突破年行動方案》');
    expect(doc.aliases).toEqual(['《方案》']);
    expect(doc.mentions.length).toBeGreaterThanOrEqual(6);
  });

  it('finds the organisations and places', () => {
    const orgs = s.entities.organizations.map((e) => e.text);
    for (const o of ['蘭州大學', '山東大學甘肅研究院', '崖州灣國家實驗室西北創新基地', '蘭州獸醫研究所']) expect(orgs).toContain(o);
    const places = s.entities.places.map((e) => e.text);
    for (const p of ['蘭州市', '城關區']) expect(places).toContain(p);
    expect([...places, ...orgs]).toContain('蘭州高新區');
  });

  it('normalises dates against the publish time', () => {
    expect(s.dates.some((d) => d.text === '今年' && d.iso === '2025')).toBe(true);
  });

  it('gives 3 key sentences in document order, never cut at a comma', () => {
    expect(s.keySentences).toHaveLength(3);
    for (let i = 1; i < 3; i++) expect(s.keySentences[i]!.start).toBeGreaterThan(s.keySentences[i - 1]!.start);
    for (const k of s.keySentences) expect(text.slice(k.start, k.end)).toBe(k.text);
  });
});
