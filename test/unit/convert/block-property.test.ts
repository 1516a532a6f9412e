import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { convertPage, loadConverter } from '../../../src/core/convert/index';

// Text rich in phrases that cross any split point, plus supplementary-plane characters.
const TEXT =
  '他的头发很长。新华社北京电，国务院总理在会上说要了解放军的发展，美国历史上一个中国的原则；' +
  '长江干流水位上涨，打出租车去方便面店买鼠标和软件，𠮷野家𡃁仔。乾隆皇帝著名的后来者。';
const cps = [...TEXT];

describe('DOM block conversion (property)', () => {
  for (const to of ['tw', 'twp', 'hk'] as const) {
    it(`any split of a paragraph into inline nodes converts like the plain string (cn→${to}) and restores`, async () => {
      const plain = await loadConverter('cn', to);
      const want = plain(TEXT);
      await fc.assert(
        fc.asyncProperty(fc.uniqueArray(fc.integer({ min: 1, max: cps.length - 1 }), { maxLength: 8 }), async (cuts) => {
          cuts.sort((a, b) => a - b);
          const p = document.createElement('p');
          let prev = 0;
          cuts.concat(cps.length).forEach((c, i) => {
            const piece = cps.slice(prev, c).join('');
            prev = c;
            if (i % 2) {
              const a = document.createElement(i % 4 === 1 ? 'a' : 'b');
              a.textContent = piece;
              p.appendChild(a);
            } else p.appendChild(document.createTextNode(piece));
          });
          document.body.replaceChildren(p);
          const before = document.body.innerHTML;
          const conv = await convertPage(document, { from: 'cn', to, observe: false, scheduler: (t) => void setTimeout(t, 0) });
          await conv.ready;
          expect(p.textContent).toBe(want);
          conv.restore();
          expect(document.body.innerHTML).toBe(before);
        }),
        { numRuns: 60 },
      );
    });
  }
});
