import { describe, expect, it } from 'vitest';
import { alignOffsets, createLocator } from '../../../src/core/locate/index';
import { toSimplifiedSameLength } from '../../../src/core/text/to-simplified';
import { articleOf, page, spanOf } from './helpers';

/** The text of the located range, as the page shows it. */
function located(art: ReturnType<typeof articleOf>, s: string, nth = 0, space: 'clean' | 'text' = 'clean'): string | null {
  const loc = createLocator(art, { offsets: space });
  const sp = spanOf(space === 'clean' ? art.cleanText : art.text, s, nth);
  return loc.rangeOf(sp.start, sp.end)?.toString() ?? null;
}

describe('alignOffsets', () => {
  it('maps across collapsed whitespace and removed artefacts', () => {
    const src = '  技術(shù)  合同\n\t成交額';
    const tgt = '技術 合同 成交額';
    const m = alignOffsets(src, tgt);
    expect(src[m[0]!]).toBe('技');
    expect(src[m[1]!]).toBe('術');
    expect(src[m[3]!]).toBe('合');
    expect(src[m[6]!]).toBe('成');
    expect(m[tgt.length]).toBeLessThanOrEqual(src.length);
  });
  it('is monotone on random input (never goes backwards)', () => {
    const src = '甲乙(jiǎ)丙 丁，戊己<庚>辛壬';
    const tgt = '甲乙丙丁，戊X己辛壬癸';
    const m = alignOffsets(src, tgt);
    for (let j = 1; j < m.length; j++) expect(m[j]!).toBeGreaterThanOrEqual(m[j - 1]!);
  });
});

describe('locate spans in the DOM', () => {
  it('maps a figure inside a paragraph with inline tags', () => {
    const root = page(
      '<div><p>今年全市将发布<b>企业技术</b>需求<a href="#">1500项</a>以上，掛牌科技成果350个以上。</p><p>第二段：<span>技术合同</span>年成交额力争达到135亿元。</p></div>',
    );
    const art = articleOf(root);
    expect(located(art, '企业技术需求1500项以上')).toBe('企业技术需求1500项以上');
    expect(located(art, '135亿元')).toBe('135亿元');
    expect(located(art, '技术合同年成交额')).toBe('技术合同年成交额');
  });

  it('handles whitespace the detector normalised (indents, newlines, nbsp)', () => {
    const root = page('<p>\n\u3000\u3000近日，全市科技大会\n   召开，<em>为兰州市</em>&nbsp;科技创新按下了加速键。</p>');
    const art = articleOf(root);
    expect(art.text.startsWith('近日，全市科技大会 召开')).toBe(true);
    expect(located(art, '大会 召开，为兰州市')).toMatch(/^大会\s+召开，为兰州市$/);
    expect(located(art, '加速键')).toBe('加速键');
  });

  it('maps cleanText offsets past inline pinyin artefacts', () => {
    const root = page('<p>根據(jù)目標(biāo)任務(wù)，技術(shù)合同年成交額力爭(zhēng)達(dá)到135億元。</p><p>蘭州日?bào)記者</p>');
    const art = articleOf(root);
    expect(art.rubyArtefacts).toBeGreaterThan(5);
    expect(art.cleanText.startsWith('根據目標任務，技術合同')).toBe(true);
    // The range covers the page's characters, artefacts inside included, but nothing after the span.
    expect(located(art, '技術合同')).toBe('技術(shù)合同');
    expect(located(art, '135億元')).toBe('135億元');
    expect(located(art, '力爭達到')).toBe('力爭(zhēng)達(dá)到');
    expect(located(art, '記者')).toBe('記者');
  });

  it('still finds the text once the artefacts are cleaned from the page', () => {
    const root = page('<p>技術(shù)合同年成交額</p>');
    const art = articleOf(root);
    const p = root.querySelector('p')!;
    p.firstChild!.nodeValue = '技術合同年成交額'; // what "clean" does to the page
    expect(located(art, '合同年')).toBe('合同年');
  });

  it('tells blocks split by <br> inside one element apart', () => {
    const root = page('<div id="c">第一段说明了情况。<br>第二段有数字300人。<br><br>第三段又有数字300人。</div>');
    const art = articleOf(root);
    expect(art.blocks.length).toBe(3);
    const loc = createLocator(art);
    const sp = spanOf(art.cleanText, '300人', 1);
    const r = loc.rangeOf(sp.start, sp.end)!;
    expect(r.toString()).toBe('300人');
    expect((r.startContainer as Text).data).toContain('第三段');
  });

  it('skips hidden text and nested blocks that are not part of the block', () => {
    const root = page(
      '<div>前言文字。<p>段落甲，50家以上。</p>后记<span style="display:none">隐藏的广告文字非常长非常长非常长非常长非常长非常长非常长非常长非常长非常长非常长</span>继续说明80万元。</div>',
    );
    const art = articleOf(root);
    expect(art.text).not.toContain('隐藏');
    expect(located(art, '50家以上')).toBe('50家以上');
    expect(located(art, '80万元')).toBe('80万元');
    expect(located(art, '后记继续')).toBe(`后记${'隐藏的广告文字' + '非常长'.repeat(11)}继续`);
  });

  it('finds spans after the page was converted Traditional → Simplified (same length)', () => {
    const root = page('<p>蘭州市出臺了《創新蘭州行動方案》，技術經紀人總量突破900人。</p>');
    const art = articleOf(root);
    for (const t of Array.from(root.querySelectorAll('p'), (p) => p.firstChild as Text)) t.data = toSimplifiedSameLength(t.data, 'tw');
    expect(located(art, '技術經紀人總量')).toBe('技术经纪人总量');
    expect(located(art, '900人')).toBe('900人');
  });

  it('spans across two blocks, and ignores <rt> ruby added over the text', () => {
    const root = page('<h2>夯实创新根基</h2><p><ruby>科<rt>kē</rt></ruby><ruby>研<rt>yán</rt></ruby>新四军向硬科技攀登</p>');
    const art = articleOf(root);
    // Detection ran before ruby was added: block text without the readings.
    const art2 = { ...art, blocks: art.blocks.map((b) => ({ ...b, text: b.text.replace(/[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]+/g, '') })) };
    art2.text = art2.blocks.map((b) => b.text).join('\n');
    art2.cleanText = art2.text;
    // The range runs from 科 to 军; the readings inside it are part of the page's ruby.
    expect(located(art2, '科研新四军', 0, 'text')).toBe('科kē研yán新四军');
    const loc = createLocator(art2, { offsets: 'text' });
    const r = loc.rangeOf(art2.text.indexOf('根基'), art2.text.indexOf('科研') + 2)!;
    expect(r.toString().replace(/\s/g, '')).toBe('根基科kē研');
  });

  it('returns null for empty spans and articles without blocks', () => {
    const root = page('<p>文字</p>');
    const art = articleOf(root);
    expect(createLocator(art).rangeOf(1, 1)).toBeNull();
    expect(createLocator({ ...art, blocks: [] }).rangeOf(0, 1)).toBeNull();
  });
});
