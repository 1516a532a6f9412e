import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../../src/core/extract/index';
import { happyDoc, linkedomDoc, PAGES } from './helpers';

const expected = JSON.parse(readFileSync(path.join(PAGES, 'seed.json'), 'utf8')) as {
  title: string;
  publishedAt: string;
  source: string;
  author: string;
  editor: string;
  lang: string;
  rubyArtefacts: number;
  subheadings: string[];
  spam: string;
  text: string;
};
const file = path.join(PAGES, 'seed.html');

describe.each([
  ['linkedom', linkedomDoc],
  ['happy-dom', happyDoc],
])('seed page on %s', (_name, load) => {
  const doc = load(file);
  const a = extractArticle(doc);

  test('every field is right', () => {
    expect(a.isArticle).toBe(true);
    expect(a.title).toBe(expected.title);
    expect(a.publishedAt).toBe(expected.publishedAt);
    expect(a.source).toBe(expected.source);
    expect(a.author).toBe(expected.author);
    expect(a.editor).toBe(expected.editor);
    expect(a.lang).toBe(expected.lang);
  });

  test('body is exactly the article paragraphs with subheadings, nothing else', () => {
    expect(a.text).toBe(expected.text);
    for (const h of expected.subheadings) expect(a.blocks.find((b) => b.text === h)?.kind).toBe('heading');
    expect(a.text).not.toContain('智能朗讀');
    expect(a.text).not.toContain('華靜');
    expect(a.text).not.toContain('關(guān)閉');
    expect(a.text).not.toContain(expected.spam.slice(0, 6));
  });

  test('spam is reported, ruby artefacts counted and removed from cleanText', () => {
    const spam = a.warnings.find((w) => w.type === 'spam');
    expect(spam?.samples?.join('\n')).toContain('国内精品');
    expect(a.rubyArtefacts).toBe(expected.rubyArtefacts);
    expect(a.warnings.find((w) => w.type === 'ruby-artefacts')?.count).toBe(expected.rubyArtefacts);
    expect(a.cleanText).not.toMatch(/\((?:jī|wǎng|chuàng)\)/);
    expect(a.cleanText.startsWith('近日,全市科技大會召開,')).toBe(true);
    expect(a.cleanText.split('\n')).toHaveLength(a.blocks.length);
  });

  test('blocks point at the page elements, root contains them all', () => {
    expect(a.root).not.toBeNull();
    for (const b of a.blocks) {
      expect(a.root!.contains(b.element)).toBe(true);
      expect(b.element.textContent.replace(/\s+/g, '')).toContain(b.text.replace(/\s+/g, '').slice(0, 20));
    }
    expect(a.root!.querySelector('h1')).toBeNull();
  });
});

test('a layout-based isHidden from the browser glue is honoured', () => {
  const doc = happyDoc(file);
  const second = doc.querySelectorAll('#zoom p')[1]!;
  const a = extractArticle(doc, { isHidden: (el) => el === second });
  expect(a.blocks.some((b) => b.element === second)).toBe(false);
  expect(a.blocks.length).toBeGreaterThan(10);
});
