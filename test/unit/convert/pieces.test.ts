import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadEngine } from '../../../src/core/convert/load';
import type { Variant } from '../../../src/core/convert/variant';

// Phrases that cross split points, overrides, length changes (twp), supplementary-plane
// characters, IDS sequences, compatibility ideographs (normalisation pass) and Traditional text.
const TEXT =
  '他的头发很长。要了解放军的发展，美国历史上一个中国，长江干流；打出租车去方便面店买鼠标和软件，' +
  '𠮷野家𡃁仔⿰女子丽豈。頭髮著名的乾隆皇帝，計程車與滑鼠、軟體；裏面的裡頭。';
const cps = [...TEXT];
const V: Variant[] = ['cn', 't', 'tw', 'twp', 'hk'];
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;

function split(cuts: number[]): string[] {
  const at = [...new Set(cuts)].sort((a, b) => a - b);
  const res: string[] = [];
  let prev = 0;
  for (const c of at.concat(cps.length)) {
    res.push(cps.slice(prev, c).join(''));
    prev = c;
  }
  return res;
}

describe('ConversionEngine.convertPieces (one pass, cut back per piece)', () => {
  it('pieces concatenate to the plain-string conversion in all 20 directions, any split', async () => {
    for (const from of V)
      for (const to of V) {
        if (from === to) continue;
        const eng = await loadEngine(from, to);
        const want = eng.convert(TEXT);
        fc.assert(
          fc.property(fc.array(fc.integer({ min: 0, max: cps.length }), { maxLength: 10 }), (cuts) => {
            const pieces = split(cuts);
            const out = eng.convertPieces(pieces);
            expect(out.length).toBe(pieces.length);
            expect(out.join(''), `${from}→${to} ${JSON.stringify(pieces)}`).toBe(want);
            // No piece starts or ends inside a surrogate pair (the input pieces never do).
            for (const o of out) {
              if (!o) continue;
              expect(isLow(o.charCodeAt(0))).toBe(false);
              expect(isHigh(o.charCodeAt(o.length - 1))).toBe(false);
            }
          }),
          { numRuns: 40 },
        );
      }
  });

  it('a piece that converts alone to the same code points keeps exactly its own output', async () => {
    const eng = await loadEngine('cn', 'tw');
    // 头|发 is one phrase (頭髮) shared per code point; 很长 converts on its own.
    expect(eng.convertPieces(['他的', '头', '发很长'])).toEqual(['他的', '頭', '髮很長']);
    expect(eng.convertPieces(['了', '解放军'])).toEqual(['了', '解放軍']);
    // Empty pieces stay empty.
    expect(eng.convertPieces(['', '头发', ''])).toEqual(['', '頭髮', '']);
  });

  it('a phrase whose code-point count changes is shared proportionally (方便面 → 泡麵, twp)', async () => {
    const eng = await loadEngine('cn', 'twp');
    const out = eng.convertPieces(['去方便', '面店']);
    expect(out.join('')).toBe(eng.convert('去方便面店'));
    expect(out.join('')).toContain('泡麵');
    expect(out[0]!.startsWith('去')).toBe(true);
    expect(out[1]!.endsWith('店')).toBe(true);
  });
});
