import { describe, expect, test } from 'vitest';
import { addRuby, type Analysis } from '../../../src/core/pinyin/index';
import { jyutpingOf } from '../../../src/core/jyutping/index';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

describe('addRuby', () => {
  test('puts one rt over every Han character, reads across inline tags, and restores exactly', () => {
    const doc = page(
      '<article><p id="a">银<b>行</b>行长说：OK <code>代码</code></p><p id="b">重要的是</p><script>var 行=1</script></article>',
    );
    const before = doc.body.innerHTML;
    const originalText = doc.getElementById('a')!.firstChild;
    const h = addRuby([doc.querySelector('article')!, doc.getElementById('b')!]);
    const rts = [...doc.querySelectorAll('rt')].map((r) => r.textContent);
    expect(rts).toEqual(['yín', 'háng', 'háng', 'zhǎng', 'shuō', 'zhòng', 'yào', 'de', 'shì']);
    expect(doc.querySelector('code')!.innerHTML).toBe('代码');
    expect(doc.querySelector('script')!.textContent).toBe('var 行=1');
    expect(doc.querySelector('style[data-dubao-ruby]')!.textContent).toContain('user-select:none');
    h.remove();
    expect(doc.body.innerHTML).toBe(before);
    expect(doc.getElementById('a')!.firstChild).toBe(originalText);
    expect(doc.querySelector('style[data-dubao-ruby]')).toBeNull();
    h.remove();
    expect(doc.body.innerHTML).toBe(before);
  });
  test.each([
    ['推动运输企业加快发展', ['推动', '运输', '企业', '加快', '发展']],
    ['推動運輸企業加快發展', ['推動', '運輸', '企業', '加快', '發展']],
    ['技术合同年成交额', ['技术', '合同', '年']],
  ])("%s: a word's syllables are one <ruby> (words the reader and the platform segmenter find), words set apart", (text, want) => {
    const doc = page(`<p>${text}</p>`);
    const h = addRuby([doc.querySelector('p')!]);
    const rts = doc.querySelectorAll('rt').length;
    const words = [...doc.querySelectorAll('p > ruby')].map((r) =>
      [...r.childNodes]
        .filter((n) => n.nodeType === 3)
        .map((n) => n.textContent)
        .join(''),
    );
    h.remove();
    for (const w of want) expect(words, words.join('|')).toContain(w);
    expect(rts).toBe([...text].length);
    expect(doc.querySelector('p')!.innerHTML).toBe(text);
  });
  test('a character split across two text nodes (a surrogate pair) loses nothing', () => {
    const doc = page('<p></p>');
    const p = doc.querySelector('p')!;
    p.append('中\ud842', '\udfb7国'); // 𠮷 cut in two by a script, as pages sometimes do
    const before = p.innerHTML;
    const h = addRuby([p]);
    const rts = [...p.querySelectorAll('rt')];
    expect(rts[0]!.textContent).toBe('zhōng');
    rts.forEach((r) => r.remove());
    expect(p.textContent).toBe('中\ud842\udfb7国');
    h.remove();
    expect(p.innerHTML).toBe(before);
  });
  test('exclude callback and styles', () => {
    const doc = page('<div><p>中国</p><p class="ui">汉字</p></div>');
    const h = addRuby([doc.querySelector('div')!], { style: 'numbers', exclude: (el) => el.classList.contains('ui') });
    expect([...doc.querySelectorAll('rt')].map((r) => r.textContent)).toEqual(['zhong1', 'guo2']);
    expect(doc.querySelector('.ui')!.innerHTML).toBe('汉字');
    h.remove();
    expect(doc.body.innerHTML).toBe('<div><p>中国</p><p class="ui">汉字</p></div>');
  });
  test('the base text of the ruby is the page text (copy keeps the characters)', () => {
    const doc = page('<p>我们还在银行</p>');
    const h = addRuby([doc.querySelector('p')!]);
    const p = doc.querySelector('p')!;
    const base = [...p.querySelectorAll('ruby')]
      .map((r) =>
        [...r.childNodes]
          .filter((n) => n.nodeType === 3)
          .map((n) => n.textContent)
          .join(''),
      )
      .join('');
    expect(base).toBe('我们还在银行');
    h.remove();
  });
  test('generated nodes carry no attributes unless tone colours are asked for; roots are marked while on', () => {
    const doc = page('<p>银行</p><p class="x" data-dubao-ruby="">好</p>');
    const [a, b] = [...doc.querySelectorAll('p')];
    const h = addRuby([a!, b!]);
    expect(a!.hasAttribute('data-dubao-ruby')).toBe(true);
    expect([...doc.querySelectorAll('rt')].every((r) => r.attributes.length === 0)).toBe(true);
    h.remove();
    expect(doc.body.innerHTML).toBe('<p>银行</p><p class="x" data-dubao-ruby="">好</p>');
    const h2 = addRuby([a!], { toneColours: true });
    expect([...doc.querySelectorAll('rt')].map((r) => r.className)).toEqual(['dubao-rt dubao-tone2', 'dubao-rt dubao-tone2']);
    h2.remove();
    expect(doc.body.innerHTML).toBe('<p>银行</p><p class="x" data-dubao-ruby="">好</p>');
  });
});

describe('ruby at the learner level', () => {
  test('only words above the level and not known get ruby; restore is exact', async () => {
    const { loadLevels, aboveLevel } = await import('../../../src/core/levels/index');
    const levels = await loadLevels();
    document.body.innerHTML = '<p>我们今天去银行举行演唱会，政府引发关注。</p>';
    const before = document.body.innerHTML;
    const known = new Set(['政府']);
    let chosen: string[] = [];
    const h = addRuby([document.querySelector('p')!], {
      select: (a) => {
        const r = aboveLevel(a, levels, { level: 2, known });
        chosen = r.words.map((w) => w.text);
        return r.mask;
      },
    });
    // HSK 3.0: 我们 今天 去 1, 银行 举行 2, 演唱会 3, 政府 4 (known), 引发 7-9, 关注 5
    expect(chosen).toEqual(['演唱会', '引发', '关注']);
    const rubies = [...document.querySelectorAll('ruby')].map((r) =>
      [...r.childNodes]
        .filter((n) => n.nodeType === 3)
        .map((n) => n.textContent)
        .join(''),
    );
    expect(rubies).toEqual(['演唱会', '引发', '关注']);
    expect(document.querySelectorAll('rt')).toHaveLength(7);
    h.remove();
    expect(document.body.innerHTML).toBe(before);
  });
  test('legible ruby: at least 60% of the text size and never under 10 px; words set apart', () => {
    document.body.innerHTML = '<p>银行</p>';
    const h = addRuby([document.querySelector('p')!]);
    const css = document.querySelector('style[data-dubao-ruby]')!.textContent;
    expect(css).toMatch(/rt\{[^}]*font-size:max\(10px,\.6em\)/);
    expect(css).toMatch(/ruby\{margin:0 \.18em/);
    h.remove();
  });
});

describe('addRuby with Cantonese readings', () => {
  const jyutping = (a: Analysis) => jyutpingOf(a).map((x) => x.jyutping);
  const html = '<article><p>我們在<b>銀行</b>門口見到行長。</p><p>長江很長。</p></article>';
  const PINYIN = 'wǒ men zài yín háng mén kǒu jiàn dào háng zhǎng cháng jiāng hěn cháng'.split(' ');
  const JYUTPING = 'ngo5 mun4 zoi6 ngan4 hong4 mun4 hau2 gin3 dou2 hong4 zoeng2 coeng4 gong1 han2 coeng4'.split(' ');
  const texts = (els: Iterable<Element>) => [...els].map((e) => e.textContent);
  /** The word-level <ruby>s (not the per-character ones inside them). */
  const words = (doc: Document) => [...doc.querySelectorAll('ruby')].filter((r) => r.parentElement?.tagName !== 'RUBY');

  test('Mandarin, Cantonese and both: the readings, one <ruby> per word in each, and the DOM restored exactly', () => {
    const doc = page(html);
    const before = doc.body.innerHTML;
    const root = () => [doc.querySelector('article')!];
    const m = addRuby(root(), {});
    const mandarinWords = words(doc).length;
    expect(texts(doc.querySelectorAll('rt'))).toEqual(PINYIN);
    m.remove();

    const c = addRuby(root(), { readings: 'cantonese', jyutping });
    expect(texts(doc.querySelectorAll('rt'))).toEqual(JYUTPING);
    expect(words(doc)).toHaveLength(mandarinWords);
    c.remove();
    expect(doc.body.innerHTML).toBe(before);

    const b = addRuby(root(), { readings: 'both', jyutping });
    // Pinyin over each character (inner ruby), its Jyutping under it (the word ruby's own <rt>).
    expect(texts(doc.querySelectorAll('ruby > ruby > rt'))).toEqual(PINYIN);
    expect(texts(doc.querySelectorAll('ruby > rt')).filter((t) => JYUTPING.includes(t))).toEqual(JYUTPING);
    expect(words(doc)).toHaveLength(mandarinWords);
    for (const w of words(doc)) expect([...w.children].map((e) => e.tagName).join(' ')).toMatch(/^(RUBY RT)( RUBY RT)*$/);
    expect(doc.querySelector('style[data-dubao-ruby]')!.textContent).toContain('ruby-position:under');
    // The characters stay the page's, in order.
    const bases = [...doc.querySelectorAll('ruby > ruby')].map((r) => (r.firstChild as Text).data);
    expect(bases.join('')).toBe('我們在銀行門口見到行長長江很長');
    b.remove();
    expect(doc.body.innerHTML).toBe(before);
  });
  test('Mandarin unless Jyutping is given; tone colours only on pinyin', () => {
    const doc = page(html);
    const h = addRuby([doc.querySelector('article')!], { readings: 'cantonese' });
    expect(texts(doc.querySelectorAll('rt'))).toEqual(PINYIN);
    h.remove();
    const h2 = addRuby([doc.querySelector('p')!], { readings: 'both', jyutping, toneColours: true });
    expect([...doc.querySelectorAll('b rt')].map((r) => [r.textContent, r.className])).toEqual([
      ['yín', 'dubao-rt dubao-tone2'],
      ['ngan4', 'dubao-yue'],
      ['háng', 'dubao-rt dubao-tone2'],
      ['hong4', 'dubao-yue'],
    ]);
    h2.remove();
    expect(doc.body.innerHTML).toBe(html);
  });
});
