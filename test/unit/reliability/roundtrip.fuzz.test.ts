// Property: for random DOMs, convert (every target) → ruby on → ruby off → restore gives back the
// identical serialised DOM, input values included. FUZZ_RUNS sets the number of cases (default 10,000).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertPage, type Variant } from '../../../src/core/convert/index';
import { addRuby } from '../../../src/core/pinyin/index';

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);

type Spec =
  | { t: 'text'; v: string }
  | { t: 'comment'; v: string }
  | { t: 'br' }
  | { t: 'input'; v: string }
  | { t: 'el'; tag: string; editable: boolean; title: string | null; kids: Spec[] };

const PIECES = [
  '头发',
  '著名',
  '一个中国',
  '长江干流',
  '了解',
  '这里',
  '发展',
  '的',
  '后面',
  '乾隆',
  '理发',
  '𠮷',
  '𩸽',
  ' ',
  '\n',
  '  ',
  '&',
  '<b>',
  '&amp;',
  'abc',
  '123',
  '。',
  '，',
  '“',
  '頭髮',
  '臺灣',
  '裏面',
  '著作',
  '\u00a0',
  '',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }).map((a) => a.join(''));
const TAGS = ['span', 'a', 'b', 'em', 'p', 'div', 'code', 'pre', 'textarea', 'li', 'h2', 'script', 'style'];

const { node } = fc.letrec<{ node: Spec }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text.map((v): Spec => ({ t: 'text', v })),
    text.map((v): Spec => ({ t: 'comment', v })),
    fc.constant<Spec>({ t: 'br' }),
    text.map((v): Spec => ({ t: 'input', v })),
    fc.record({
      t: fc.constant('el' as const),
      tag: fc.constantFrom(...TAGS),
      editable: fc.boolean(),
      title: fc.option(text, { nil: null }),
      kids: fc.array(tie('node'), { maxLength: 4 }),
    }),
  ),
}));

function build(doc: Document, parent: Node, spec: Spec): void {
  switch (spec.t) {
    case 'text':
      parent.appendChild(doc.createTextNode(spec.v));
      break;
    case 'comment':
      parent.appendChild(doc.createComment(spec.v.replace(/--/g, '-')));
      break;
    case 'br':
      parent.appendChild(doc.createElement('br'));
      break;
    case 'input': {
      const i = doc.createElement('input');
      i.setAttribute('placeholder', spec.v);
      i.value = spec.v + '后';
      parent.appendChild(i);
      break;
    }
    case 'el': {
      const el = doc.createElement(spec.tag);
      if (spec.editable) el.setAttribute('contenteditable', 'true');
      if (spec.title !== null) el.setAttribute('title', spec.title);
      for (const k of spec.kids) build(doc, el, k);
      parent.appendChild(el);
      break;
    }
  }
}

function snapshot(root: Element): string {
  const values = [...root.querySelectorAll('input, textarea')].map((e) => (e as HTMLInputElement).value);
  return root.innerHTML + '\u0000' + JSON.stringify(values) + '\u0000' + root.ownerDocument.title + root.ownerDocument.documentElement.lang;
}

const DIRECTIONS: Array<[Variant, Variant]> = [
  ['cn', 't'],
  ['cn', 'tw'],
  ['cn', 'twp'],
  ['cn', 'hk'],
  ['t', 'cn'],
  ['tw', 'cn'],
  ['twp', 'cn'],
  ['hk', 'cn'],
];

describe('round trips are exact', () => {
  it(`convert → ruby on → ruby off → restore is identical (${RUNS} random DOMs)`, async () => {
    document.documentElement.lang = 'zh-CN';
    document.title = '头发的历史';
    let i = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(node, { minLength: 1, maxLength: 5 }), async (specs) => {
        document.body.replaceChildren();
        const root = document.createElement('div');
        document.body.appendChild(root);
        for (const s of specs) build(document, root, s);
        const before = snapshot(root);
        const [from, to] = DIRECTIONS[i++ % DIRECTIONS.length]!;
        const conv = await convertPage(document, { from, to, scope: [root], observe: false });
        await conv.ready;
        const ruby = addRuby([root]);
        ruby.remove();
        conv.restore();
        expect(snapshot(root)).toBe(before);
      }),
      { numRuns: RUNS },
    );
  }, 600_000);
});
