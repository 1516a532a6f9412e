import { describe, expect, test } from 'vitest';
import { createPinyinPopup } from '../../../src/ui/pinyin-popup/index';
import { placePopup } from '../../../src/ui/pinyin-popup/placement';
import type { WordAt } from '../../../src/core/pinyin/index';

const info: WordAt = {
  word: '銀行',
  start: 0,
  end: 2,
  pinyin: 'yín háng',
  syllables: ['yin2', 'hang2'],
  simplified: '银行',
  traditional: '銀行',
  definitions: ['bank', '<img src=x onerror=alert(1)>'],
  entries: [],
  level: { hsk3: 2, hsk2: 3 },
  char: { char: '行', pinyin: 'háng', definitions: ['row; line', 'line of business'] },
};

describe('pinyin popup', () => {
  test('renders both scripts, pinyin and definitions as text', () => {
    const host = document.createElement('div');
    document.body.appendChild(host);
    const root = host.attachShadow({ mode: 'open' });
    const p = createPinyinPopup(root);
    p.show(info, new DOMRect(10, 10, 40, 20), { width: 800, height: 600 });
    expect(p.element.hidden).toBe(false);
    expect(p.element.querySelector('.dubao-py-word')!.textContent).toBe('銀行');
    expect(p.element.querySelector('.dubao-py-alt')!.textContent).toBe('银行');
    expect(p.element.querySelector('.dubao-py-reading')!.textContent).toBe('yín háng');
    expect(p.element.querySelector('img')).toBeNull();
    expect(p.element.querySelectorAll('li')[1]!.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(root.querySelector('style')!.textContent).toContain('.dubao-py-popup');
    p.setOptions({ style: 'zhuyin', toneColors: true });
    p.show(info, new DOMRect(10, 10, 40, 20), { width: 800, height: 600 });
    expect(p.element.querySelector('.dubao-py-reading')!.textContent).toBe('ㄧㄣˊ ㄏㄤˊ');
    expect(p.element.classList.contains('dubao-py-colors')).toBe(true);
    p.hide();
    expect(p.element.hidden).toBe(true);
  });
  test('shows the level of the chosen list and the character entry second', () => {
    const host = document.createElement('div');
    document.body.appendChild(host);
    const p = createPinyinPopup(host.attachShadow({ mode: 'open' }));
    p.show(info, new DOMRect(10, 10, 40, 20), { width: 800, height: 600 });
    expect(p.element.querySelector('.dubao-py-level')!.textContent).toBe('HSK 3.0 · 2');
    expect(p.element.querySelector('.dubao-py-char')!.textContent).toBe('行 háng row; line; line of business');
    p.setOptions({ levelList: 'hsk2' });
    p.show(info, new DOMRect(10, 10, 40, 20), { width: 800, height: 600 });
    expect(p.element.querySelector('.dubao-py-level')!.textContent).toBe('HSK 2.0 · 3');
    p.show({ ...info, level: { hsk3: null, hsk2: null }, char: null }, new DOMRect(10, 10, 40, 20), { width: 800, height: 600 });
    expect(p.element.querySelector('.dubao-py-level')).toBeNull();
    expect(p.element.querySelector('.dubao-py-char')).toBeNull();
  });
  test('"I know it" button calls back with the word and shows it is known; "add" stays apart', () => {
    const host = document.createElement('div');
    document.body.appendChild(host);
    const seen: string[] = [];
    const p = createPinyinPopup(host.attachShadow({ mode: 'open' }), {
      onAdd: (i) => seen.push('add ' + i.word),
      onKnown: (i) => seen.push('known ' + i.word),
    });
    p.show(info, new DOMRect(10, 10, 40, 20), { width: 800, height: 600 });
    const known = p.element.querySelector<HTMLButtonElement>('.dubao-py-known')!;
    known.click();
    expect(seen).toEqual(['known 銀行']);
    expect(known.disabled).toBe(true);
    const add = p.element.querySelector<HTMLButtonElement>('.dubao-py-add:not(.dubao-py-known)')!;
    expect(add.disabled).toBe(false);
    p.markAdded();
    expect(add.disabled).toBe(true);
    expect(p.element.querySelector('.dubao-py-speak')).toBeNull();
  });
  test('Jyutping line when given; read-aloud button only with a speaker', () => {
    const host = document.createElement('div');
    document.body.appendChild(host);
    const spoken: string[] = [];
    const p = createPinyinPopup(host.attachShadow({ mode: 'open' }), { onSpeak: (i) => spoken.push(i.word) });
    p.show({ ...info, jyutping: 'ngan4 hong4' }, new DOMRect(10, 10, 40, 20), { width: 800, height: 600 });
    expect(p.element.querySelector('.dubao-py-jyutping')!.textContent).toBe('粵 ngan4 hong4');
    p.element.querySelector<HTMLButtonElement>('.dubao-py-speak')!.click();
    expect(spoken).toEqual(['銀行']);
    p.setOptions({ onSpeak: undefined });
    p.show(info, new DOMRect(10, 10, 40, 20), { width: 800, height: 600 });
    expect(p.element.querySelector('.dubao-py-speak')).toBeNull();
    expect(p.element.querySelector('.dubao-py-jyutping')).toBeNull();
  });
});

describe('placement', () => {
  const vp = { width: 400, height: 300 };
  const overlaps = (
    a: { left: number; top: number; right: number; bottom: number },
    p: { left: number; top: number },
    s: { width: number; height: number },
  ) => p.left < a.right && p.left + s.width > a.left && p.top < a.bottom && p.top + s.height > a.top;
  test('below when it fits, above near the bottom, clamped horizontally', () => {
    const size = { width: 200, height: 100 };
    const top = placePopup({ left: 350, top: 20, right: 380, bottom: 40 }, size, vp);
    expect(top.side).toBe('below');
    expect(top.left + size.width).toBeLessThanOrEqual(vp.width - 8);
    const low = placePopup({ left: 10, top: 250, right: 40, bottom: 270 }, size, vp);
    expect(low.side).toBe('above');
    expect(low.top).toBeGreaterThanOrEqual(8);
  });
  test('property: never off-screen, never over the word', () => {
    for (let i = 0; i < 500; i++) {
      const left = Math.random() * 380;
      const topY = Math.random() * 280;
      const a = { left, top: topY, right: Math.min(400, left + 20), bottom: Math.min(300, topY + 18) };
      const size = { width: 50 + Math.random() * 400, height: 30 + Math.random() * 400 };
      const p = placePopup(a, size, vp);
      const h = Math.min(size.height, p.maxHeight);
      const w = Math.min(size.width, vp.width - 16);
      expect(p.left).toBeGreaterThanOrEqual(8 - 1e-9);
      expect(p.left + w).toBeLessThanOrEqual(vp.width - 8 + 1e-9);
      expect(p.top).toBeGreaterThanOrEqual(0);
      expect(p.top + h).toBeLessThanOrEqual(vp.height);
      expect(overlaps(a, p, { width: w, height: h })).toBe(false);
    }
  });
});
