import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import { OVERRIDES, loadConverter, type Variant } from '../../../src/core/convert/index';

// One case per override entry: a news sentence OpenCC gets wrong, what Dubao gives for every
// Simplified→Traditional target, and proof that OpenCC alone errs there (so the test can fail).
const CASES: Record<string, { text: string; want: string; opencc: string }> = {
  一个中: { text: '坚持一个中国原则', want: '堅持一個中國原則', opencc: '堅持一箇中國原則' },
  国历史: { text: '这是美国历史上第一次', want: '這是美國歷史上第一次', opencc: '這是美國曆史上第一次' },
  江干流: { text: '长江干流水位上涨', want: '長江幹流水位上漲', opencc: '長江干流水位上漲' },
  河干流: { text: '黄河干流全线', want: '黃河幹流全線', opencc: '黃河干流全線' },
  墨发现: { text: '美墨发现两处隧道', want: '美墨發現兩處隧道', opencc: '美墨髮現兩處隧道' },
  了解放: { text: '设在了解放军总医院', want: '設在了解放軍總醫院', opencc: '設在瞭解放軍總醫院' },
  我干的: { text: '他承认是我干的', want: '他承認是我幹的', opencc: '他承認是我乾的' },
  你干的: { text: '看看你干的好事', want: '看看你幹的好事', opencc: '看看你乾的好事' },
  他干的: { text: '警方证实是他干的', want: '警方證實是他幹的', opencc: '警方證實是他乾的' },
  她干的: { text: '邻居说是她干的', want: '鄰居說是她幹的', opencc: '鄰居說是她乾的' },
  们干的: { text: '这件事是他们干的', want: '這件事是他們幹的', opencc: '這件事是他們乾的' },
};
const TARGETS: Variant[] = ['t', 'tw', 'twp', 'hk'];

describe('override table', () => {
  it('has exactly one test case per entry', () => {
    expect(OVERRIDES.map((o) => o.key).sort()).toEqual(Object.keys(CASES).sort());
  });

  for (const o of OVERRIDES) {
    it(`${o.key} → ${o.value}`, async () => {
      const c = CASES[o.key]!;
      const ref = OpenCC.Converter({ from: 'cn', to: 't' });
      expect(ref(c.text)).toBe(c.opencc);
      const t = await loadConverter('cn', 't');
      expect(t(c.text)).toBe(c.want);
      for (const to of TARGETS) {
        const mine = await loadConverter('cn', to);
        const plain = await loadConverter('cn', to, { overrides: false });
        const out = mine(c.text);
        expect(out, to).not.toBe(plain(c.text));
        // Regional passes still apply around the corrected span.
        expect(out.length, to).toBe(plain(c.text).length);
      }
    });
  }

  it('does not fire where OpenCC already matches a longer phrase', async () => {
    const t = await loadConverter('cn', 't');
    expect(t('每个中国人都了解')).toBe('每個中國人都瞭解');
    expect(t('中国历史')).toBe('中國歷史');
  });
});
