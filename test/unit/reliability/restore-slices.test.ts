import { describe, expect, it } from 'vitest';
import { convertPage } from '../../../src/core/convert/index';

describe('restore in slices', () => {
  it('gives back the identical DOM, yielding on a large page, and keeps page updates', async () => {
    document.body.replaceChildren();
    for (let i = 0; i < 3000; i++) {
      const p = document.createElement('p');
      p.append('这个头发', document.createElement('b'), `的历史第${i}段`);
      p.querySelector('b')!.textContent = '发展';
      document.body.appendChild(p);
    }
    const before = document.body.innerHTML;
    const conv = await convertPage(document, { from: 'cn', to: 'tw', scope: [document.body], observe: false, sliceMs: 2 });
    await conv.ready;
    expect(document.body.textContent).toContain('這個頭髮');
    // The page rewrites one converted node meanwhile: restore must keep it.
    const first = document.body.firstElementChild!.firstChild as Text;
    first.data = '页面更新';
    let yields = 0;
    const timer = setInterval(() => yields++, 0);
    await conv.restoreInSlices();
    clearInterval(timer);
    expect(first.data).toBe('页面更新');
    first.data = '这个头发';
    expect(document.body.innerHTML).toBe(before);
  });
});
