import { describe, expect, it } from 'vitest';
import { detectScript, looksChinese } from '../../../src/core/text/script';
import { toSimplifiedSameLength } from '../../../src/core/text/to-simplified';
import { decodeHtml } from '../../../src/core/decode/decode-html';

describe('script detection', () => {
  it('decides Chinese from lang and sample', () => {
    expect(looksChinese('en', 'The quick brown fox jumps over the lazy dog. '.repeat(20))).toBe(false);
    expect(looksChinese('zh-CN', '今天天气很好，我们去公园散步吧。')).toBe(true);
    expect(looksChinese('', '蘭州日報社全媒體記者華靜報道，蘭州市科技局發布了創新蘭州二〇二五年行動方案的具體內容。'.repeat(2))).toBe(true);
    expect(looksChinese('ja', '今日は東京で会議が開かれました。')).toBe(false);
  });
  it('tells Simplified from Traditional', () => {
    expect(detectScript('这个国家的经济发展')).toBe('zh-Hans');
    expect(detectScript('這個國家的經濟發展')).toBe('zh-Hant');
    expect(detectScript('hello')).toBeNull();
  });
  it('Traditional → Simplified keeps the UTF-16 length', () => {
    const t = '蘭州市著名的發展計劃還於今年通過𠮷';
    const s = toSimplifiedSameLength(t);
    expect(s.length).toBe(t.length);
    expect(s).toContain('兰州市');
  });
});

describe('HTML decoding', () => {
  it('BOM, meta charset, sniffing', () => {
    const utf8 = new TextEncoder().encode('\ufeff<p>中文</p>');
    expect(decodeHtml(utf8)).toMatchObject({ text: '<p>中文</p>', encoding: 'utf-8', via: 'bom' });
    const meta = new Uint8Array([...new TextEncoder().encode('<meta charset="gb2312"><p>'), 0xd6, 0xd0, 0xce, 0xc4]);
    expect(decodeHtml(meta)).toMatchObject({ encoding: 'gbk', via: 'meta' });
    expect(decodeHtml(meta).text.endsWith('中文')).toBe(true);
    const sniffed = new Uint8Array([...new TextEncoder().encode('<p>'), 0xd6, 0xd0, 0xb9, 0xfa, 0xb5, 0xc4, 0xc8, 0xcb, 0xc3, 0xf1]);
    expect(decodeHtml(sniffed)).toMatchObject({ text: '<p>中国的人民', via: 'sniff' });
    const big5 = new Uint8Array([...new TextEncoder().encode('<p>'), 0xa4, 0xa4, 0xb0, 0xea, 0xaa, 0xba, 0xa4, 0x48, 0xa5, 0xc1]);
    expect(decodeHtml(big5).text).toBe('<p>中國的人民');
  });
});
