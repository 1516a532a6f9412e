// Every DOM walker of Dubao reads the same page text (one set of tag groups: src/core/dom/tags.ts).
import { describe, expect, it } from 'vitest';
import { textSample } from '../../../src/content/sample';
import { textMapOf } from '../../../src/content/features/text-map';
import { walkBlocks } from '../../../src/core/convert/dom-walk';
import { domText } from '../../../src/core/locate/dom-text';
import { collectBlocks } from '../../../src/core/extract/blocks';
import { readHiddenRules } from '../../../src/core/extract/hidden';
import { addRuby } from '../../../src/core/pinyin/ruby';

const FIXTURE =
  '<div id="a"><p>正文第一段<ruby>汉<rp>(</rp><rt>hàn</rt><rp>)</rp></ruby>字</p>' +
  '<pre>预格式正文</pre><pre><code>代码块</code></pre><p>行内<code>代码</code>结束</p>' +
  '<svg><text>图形文字</text></svg><div contenteditable="true">编辑区</div><div contenteditable="false">非编辑区</div>' +
  '<p><kbd>键</kbd><samp>样</samp><textarea>输入框</textarea><script>var a="脚本"</script><style>p{content:"样式"}</style></p></div>';
const WANT = '正文第一段汉字预格式正文行内结束非编辑区';

const han = (s: string) => s.replace(/[^\u4e00-\u9fff]/g, '');

function root(): Element {
  document.body.innerHTML = FIXTURE; // the test's own markup
  return document.getElementById('a')!;
}

describe('all walkers agree on rt, code, pre, svg, contenteditable, form values and scripts', () => {
  it.each([
    ['locate (domText)', (el: Element) => domText(el).text],
    ['hover (textMapOf)', (el: Element) => textMapOf(el).text],
    ['bootstrap sample', (el: Element) => textSample(el.ownerDocument)],
    [
      'conversion (walkBlocks)',
      (el: Element) => {
        const parts: string[] = [];
        for (const block of walkBlocks(el, { exclude: () => false, onElement: () => undefined, onSubRoot: () => undefined }))
          for (const t of block) parts.push(t.data);
        return parts.join('');
      },
    ],
    [
      'article detection (collectBlocks)',
      (el: Element) =>
        collectBlocks(el, el, { rules: readHiddenRules(el.ownerDocument) })
          .blocks.map((b) => b.text)
          .join(''),
    ],
    [
      'ruby (the characters it annotates)',
      (el: Element) => {
        addRuby([el]);
        return Array.from(el.querySelectorAll('ruby'), (r) =>
          Array.from(r.childNodes, (n) => (n.nodeType === 3 ? (n as Text).data : '')).join(''),
        ).join('');
      },
    ],
  ])('%s', (_name, read) => {
    expect(han(read(root()))).toBe(WANT);
  });
});
