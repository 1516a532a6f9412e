import { afterEach, describe, expect, it } from 'vitest';
import { convertPage, loadConverter, type PageConversion, type PageConversionOptions } from '../../../src/core/convert/index';

// Every conversion a test starts is restored afterwards, so no observer outlives its test.
const active: PageConversion[] = [];

const tick = () => new Promise<void>((r) => setTimeout(r, 0));
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await tick();
}
const sched = (t: () => void) => void setTimeout(t, 0);

function setBody(html: string, title = '') {
  document.documentElement.removeAttribute('lang');
  document.head.innerHTML = title ? `<title>${title}</title>` : '';
  document.body.innerHTML = html;
}

async function run(opts: Partial<PageConversionOptions> = {}) {
  const conv = await convertPage(document, { from: 'cn', to: 'tw', scheduler: sched, ...opts });
  active.push(conv);
  await conv.ready;
  return conv;
}

afterEach(() => {
  for (const c of active.splice(0)) c.restore();
  document.body.innerHTML = '';
});

describe('convertPage: block conversion', () => {
  it('converts a phrase that crosses an inline tag as one block (他的<a>头</a>发 → 頭髮)', async () => {
    setBody('<p>他的<a href="#">头</a>发很长</p>');
    await run();
    expect(document.querySelector('p')!.textContent).toBe('他的頭髮很長');
    expect(document.querySelector('a')!.textContent).toBe('頭');
    // Per-node conversion would have given 頭發: the block result is what the plain string gives.
    const plain = await loadConverter('cn', 'tw');
    expect(plain('他的头发很长')).toBe('他的頭髮很長');
    expect(plain('发很长')).not.toBe('髮很長');
  });

  it('block output equals the plain-string conversion of the block text', async () => {
    const html =
      '<div><p>新华社<b>北京</b>电 <a href="#">国务院</a>总理在会上说，要<em>了解</em>放<span>军</span>的发展。</p>' +
      '<p>美<i>国</i>历史上<span>一个中</span>国的原则和长江干流。</p></div>';
    setBody(html);
    const before = [...document.querySelectorAll('p')].map((p) => p.textContent);
    await run();
    const plain = await loadConverter('cn', 'tw');
    const after = [...document.querySelectorAll('p')].map((p) => p.textContent);
    expect(after).toEqual(before.map(plain));
    expect(after[1]).toContain('美國歷史');
    expect(after[1]).toContain('一個中國');
  });

  it('handles supplementary-plane characters and length changes (twp) across nodes', async () => {
    setBody('<p>𠮷野家的<b>鼠</b>标和𡃁<a>软</a>件，打出租车去方便<i>面</i>店</p>');
    const p = document.querySelector('p')!;
    const src = p.textContent;
    await run({ to: 'twp' });
    const plain = await loadConverter('cn', 'twp');
    expect(p.textContent).toBe(plain(src));
    expect(p.textContent).toContain('𠮷');
    expect(p.textContent).toContain('滑鼠');
    expect(p.textContent).toContain('軟體');
    // No text node holds half a surrogate pair.
    const walker = document.createTreeWalker(p, 4);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      expect((n as Text).data).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
    }
  });
});

describe('convertPage: what is never touched', () => {
  it('leaves inputs, textarea, contenteditable, code/kbd/samp (also inside <pre>), script and style alone', async () => {
    setBody(
      '<p>简体</p><input value="简体值" placeholder="请输入"><textarea>简体文本</textarea>' +
        '<div contenteditable="true">编辑区域</div><code>代码</code><pre id="code"><code>预格式代码</code></pre><kbd>键盘</kbd>' +
        '<samp>样本</samp><script>var s="简体";</script><style>.x{content:"简体"}</style>' +
        '<div id="dubao-root"><span>读报界面</span></div>',
    );
    const input = document.querySelector('input')!;
    input.value = '用户输入';
    await run({ exclude: (el) => el.id === 'dubao-root' });
    expect(document.querySelector('p')!.textContent).toBe('簡體');
    expect(input.value).toBe('用户输入');
    expect(input.getAttribute('value')).toBe('简体值');
    expect(input.getAttribute('placeholder')).toBe('請輸入');
    expect(document.querySelector('textarea')!.value).toBe('简体文本');
    expect(document.querySelector('[contenteditable]')!.textContent).toBe('编辑区域');
    for (const [sel, t] of [
      ['code', '代码'],
      ['pre#code', '预格式代码'],
      ['kbd', '键盘'],
      ['samp', '样本'],
    ] as const)
      expect(document.querySelector(sel)!.textContent, sel).toBe(t);
    expect(document.querySelector('script')!.textContent).toBe('var s="简体";');
    expect(document.querySelector('style')!.textContent).toBe('.x{content:"简体"}');
    expect(document.querySelector('#dubao-root')!.textContent).toBe('读报界面');
  });

  it('converts a <pre> without code: news sites set whole articles in <pre>', async () => {
    setBody('<pre>市场预期，美国零售销售上升。\n劳工市场继续好转。</pre>');
    await run({});
    expect(document.querySelector('pre')!.textContent).toBe('市場預期，美國零售銷售上升。\n勞工市場繼續好轉。');
  });
});

describe('convertPage: attributes, title, lang', () => {
  it('converts title/alt/placeholder/aria-label and document.title, and restores them', async () => {
    setBody('<img alt="图片说明" title="标题"><button aria-label="关闭窗口">x</button><input placeholder="搜索新闻">', '新闻标题');
    const before = document.documentElement.outerHTML;
    const conv = await run();
    expect(document.querySelector('img')!.getAttribute('alt')).toBe('圖片說明');
    expect(document.querySelector('img')!.getAttribute('title')).toBe('標題');
    expect(document.querySelector('button')!.getAttribute('aria-label')).toBe('關閉窗口');
    expect(document.querySelector('input')!.getAttribute('placeholder')).toBe('搜索新聞');
    expect(document.title).toBe('新聞標題');
    conv.restore();
    expect(document.documentElement.outerHTML).toBe(before);
    expect(document.title).toBe('新闻标题');
  });

  it('lang follows the target and is restored (absent stays absent, present comes back)', async () => {
    setBody('<p>中文</p><p lang="zh-CN">简体段落</p><p lang="en">English</p>');
    const conv = await run({ to: 'hk' });
    expect(document.documentElement.getAttribute('lang')).toBe('zh-HK');
    expect(document.querySelectorAll('p')[1]!.getAttribute('lang')).toBe('zh-HK');
    expect(document.querySelectorAll('p')[2]!.getAttribute('lang')).toBe('en');
    conv.restore();
    expect(document.documentElement.hasAttribute('lang')).toBe(false);
    expect(document.querySelectorAll('p')[1]!.getAttribute('lang')).toBe('zh-CN');
  });
});

describe('convertPage: restore', () => {
  it('restores the DOM byte-identically', async () => {
    setBody(
      '<article><h1>习近平会见<a href="/x">美国</a>总统</h1><p>这是一个<b>测试</b>：头发、发展、干部、' +
        '乾隆。<br>第二行<img alt="说明"></p><ul><li>著名</li><li>后来</li></ul></article>',
      '测试页面',
    );
    const before = document.documentElement.outerHTML;
    const conv = await run();
    expect(document.documentElement.outerHTML).not.toBe(before);
    conv.restore();
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('restore after the page changed a converted node keeps the page update', async () => {
    setBody('<p id="a">简体中文</p><p id="b">另一个段落</p>');
    const conv = await run({ observe: false });
    const a = document.querySelector('#a')!.firstChild as Text;
    expect(a.data).toBe('簡體中文');
    a.data = '页面更新了';
    conv.restore();
    expect(a.data).toBe('页面更新了');
    expect(document.querySelector('#b')!.textContent).toBe('另一个段落');
  });

  it('with observation on, a page update is converted and restore gives the page update back', async () => {
    setBody('<p id="a">简体中文</p>');
    const conv = await run();
    const a = document.querySelector('#a')!.firstChild as Text;
    a.data = '页面更新了';
    await settle();
    expect(a.data).toBe('頁面更新了');
    conv.restore();
    expect(a.data).toBe('页面更新了');
  });
});

describe('convertPage: later content', () => {
  it('converts content appended later, and ignores its own writes', async () => {
    setBody('<div id="feed"><p>第一条新闻</p></div>');
    const conv = await run();
    const feed = document.querySelector('#feed')!;
    for (let i = 0; i < 3; i++) {
      const p = document.createElement('p');
      p.textContent = `后来加载的第${i}条新闻`;
      feed.appendChild(p);
      await settle();
    }
    expect([...feed.querySelectorAll('p')].map((p) => p.textContent)).toEqual([
      '第一條新聞',
      '後來加載的第0條新聞',
      '後來加載的第1條新聞',
      '後來加載的第2條新聞',
    ]);
    conv.restore();
    expect(feed.textContent).toBe('第一条新闻后来加载的第0条新闻后来加载的第1条新闻后来加载的第2条新闻');
  });

  it('converts a text node inserted inside an existing paragraph with its block', async () => {
    setBody('<p id="p">他的<a>头</a></p>');
    await run();
    const p = document.querySelector('#p')!;
    p.appendChild(document.createTextNode('发很长'));
    await settle();
    expect(p.textContent).toBe('他的頭髮很長');
  });

  it('converts an open shadow root', async () => {
    setBody('<div id="host"></div>');
    const host = document.querySelector('#host')!;
    const sr = host.attachShadow({ mode: 'open' });
    sr.innerHTML = '<p>影子里的简体</p>';
    const conv = await run();
    expect(sr.querySelector('p')!.textContent).toBe('影子裡的簡體');
    conv.restore();
    expect(sr.querySelector('p')!.textContent).toBe('影子里的简体');
  });

  it('stops observing after restore', async () => {
    setBody('<div id="feed"></div>');
    const conv = await run();
    conv.restore();
    const p = document.createElement('p');
    p.textContent = '简体';
    document.querySelector('#feed')!.appendChild(p);
    await settle();
    expect(p.textContent).toBe('简体');
  });
});

describe('convertPage: scope and chunking', () => {
  it('converts only the scope elements when given', async () => {
    setBody('<nav>导航</nav><article><p>文章正文</p></article>');
    await run({ scope: [document.querySelector('article')!] });
    expect(document.querySelector('nav')!.textContent).toBe('导航');
    expect(document.querySelector('article')!.textContent).toBe('文章正文');
    expect(document.querySelector('article')!.getAttribute('lang')).toBe('zh-TW');
  });

  it('works in many small slices with an injected scheduler', async () => {
    const paras = Array.from({ length: 300 }, (_, i) => `<p>第${i}段：发展经济，头发，<b>后</b>来。</p>`).join('');
    setBody(paras);
    let tasks = 0;
    const conv = await convertPage(document, {
      from: 'cn',
      to: 't',
      sliceMs: 0,
      scheduler: (t) => {
        tasks++;
        setTimeout(t, 0);
      },
    });
    active.push(conv);
    await conv.ready;
    expect(tasks).toBeGreaterThan(10);
    expect(document.querySelectorAll('p')[299]!.textContent).toBe('第299段：發展經濟，頭髮，後來。');
  });

  it('converts Traditional to Simplified too', async () => {
    setBody('<p>臺灣的<a>軟</a>體和滑鼠</p>');
    await run({ from: 'twp', to: 'cn' });
    expect(document.querySelector('p')!.textContent).toBe('台湾的软件和鼠标');
  });
});
