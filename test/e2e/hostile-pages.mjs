// Generated pages for the "never breaks a page" e2e tests: hostile scripts, strict CSP, huge pages.
// Each entry: path → { headers?, body(url) }.
const ARTICLE = (extra = '') => `
<h1 id="headline">长江经济带生态保护取得新进展</h1>
<div class="info">2025-04-10 09:06 来源：新华社 记者 王明</div>
<div id="content">
<p>国务院新闻办公室今天举行新闻发布会，介绍长江经济带生态环境保护情况。会议指出，长江干流水质连续五年保持在二类，沿线11个省市的发展质量明显提高。</p>
<p>发布会上，生态环境部有关负责人表示，2024年全国共完成投资1200亿元，同比增长15%，重点项目超过300个。这个成绩来之不易。</p>
<p>专家认为，下一步要继续推进生态保护和高质量发展，让人民群众有更多获得感、幸福感。</p>
<p>据介绍，近年来沿江各地累计关停、搬迁化工企业8000余家，长江岸线保护和修复工作取得明显成效。江豚等珍稀物种的数量稳中有升，长江十年禁渔取得阶段性成果。</p>
<p>下一步，有关部门将继续完善长江保护法配套制度，加强跨区域协同治理，推动流域上下游、左右岸、干支流协同发力，确保一江清水绵延后世。</p>
${extra}
</div>
<div class="editor">责任编辑：李华</div>`;

const page = (title, body, head = '') =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;

function lorem(n) {
  const words =
    'the council said on tuesday that new housing plans would be published later this year after a long consultation with residents and local businesses'.split(
      ' ',
    );
  let out = '';
  for (let i = 0; i < n; i++) out += words[(i * 7) % words.length] + (i % 17 === 16 ? '. ' : ' ');
  return out;
}

function comments(targetBytes) {
  const lines = [
    '这篇文章写得很好，长江的保护确实需要大家一起努力。',
    '我家就在长江边上，这几年水质确实变好了，发现了很多以前没见过的鸟。',
    '希望政府继续加大投入，把生态保护放在第一位。',
    '重庆和武汉的江景越来越漂亮了，周末经常去江边散步。',
    '数据很详实，1200亿元的投资力度很大，期待更多成果。',
  ];
  let out = '';
  let i = 0;
  while (out.length * 3 < targetBytes) {
    out += `<div class="comment"><span class="user">网友${i}</span><p>${lines[i % lines.length]}第${i}楼。</p></div>\n`;
    i++;
  }
  return out;
}

export const HOSTILE = {
  '/csp.html': {
    headers: {
      'content-security-policy':
        "default-src 'none'; script-src 'none'; style-src 'unsafe-inline'; require-trusted-types-for 'script'; trusted-types 'none'",
    },
    body: () => page('长江经济带生态保护取得新进展_测试新闻网', ARTICLE()),
  },
  '/patched.html': {
    body: () =>
      page(
        '长江经济带生态保护取得新进展_测试新闻网',
        ARTICLE(),
        `<script>
        const orig = Node.prototype.appendChild;
        Node.prototype.appendChild = function () { throw new Error('appendChild is patched'); };
        Node.prototype.insertBefore = function () { throw new Error('insertBefore is patched'); };
        Element.prototype.attachShadow = function () { throw new Error('attachShadow is patched'); };
        Object.defineProperty(Text.prototype, 'data', { get() { return 'PATCHED'; }, set() {} });
        window.customElements.define('x-evil', class extends HTMLElement {});
        Array.prototype.map = function () { return []; };
        JSON.stringify = () => 'null';
        window.__patched = true;
      </script>`,
      ),
  },
  '/xss.html': {
    body: () =>
      page(
        '&lt;img src=x onerror=&quot;window.__xss=1&quot;&gt;长江经济带新进展_测试新闻网',
        ARTICLE('<p>有网友留言称：&lt;img src=x onerror="window.__xss=1"&gt; 这段文字只是文本，数量为500个以上。</p>').replace(
          '长江经济带生态保护取得新进展',
          '&lt;img src=x onerror="window.__xss=1"&gt;长江经济带新进展',
        ),
      ),
  },
  '/spa.html': {
    body: () =>
      page(
        '长江经济带生态保护取得新进展_测试新闻网',
        ARTICLE() + `<button id="next">下一篇</button>`,
        `<script>
        document.addEventListener('click', (e) => {
          if (e.target.id !== 'next') return;
          history.pushState({}, '', '/spa.html?article=2');
          document.title = '黄河流域高质量发展座谈会召开_测试新闻网';
          document.getElementById('headline').textContent = '黄河流域高质量发展座谈会召开';
          document.getElementById('content').innerHTML = '<p>黄河流域生态保护和高质量发展座谈会今天在郑州召开。会议强调，要坚持生态优先、绿色发展，推动黄河流域高质量发展迈出新步伐。</p><p>与会代表表示，今年黄河流域九省区共安排重点项目800个，总投资超过3000亿元，同比增长20%。</p><p>会议要求各地结合实际，认真抓好贯彻落实。</p>';
        });
      </script>`,
      ),
  },
  // ?cross=PORT adds an iframe from another origin (the same server shape on another port).
  '/shadow-iframes.html': {
    body: (url) =>
      page(
        '长江经济带生态保护取得新进展_测试新闻网',
        ARTICLE() +
          `<div id="host"></div><iframe id="same" src="/frame.html" width="600" height="200"></iframe>` +
          (/^\d+$/.test(url?.searchParams.get('cross') ?? '')
            ? `<iframe id="cross" src="http://127.0.0.1:${url.searchParams.get('cross')}/frame.html" width="600" height="200"></iframe>`
            : ''),
        `<script>
        addEventListener('DOMContentLoaded', () => {
          const root = document.getElementById('host').attachShadow({ mode: 'open' });
          root.innerHTML = '<p id="in-shadow">这个发展计划说明了历史的意义。</p>';
        });
      </script>`,
      ),
  },
  '/frame.html': {
    body: () => page('嵌入', '<p id="framed">这个发展计划说明了历史的意义，网友们纷纷点赞。</p>'),
  },
  // A page that attacks Dubao (issue 17): it pre-creates #dubao-root with its own open shadow root
  // and styles (to capture the panel under opacity 0), and offers window.__attack(): walk the DOM
  // and every open shadow root for Dubao's text and controls, click them (.click() and synthetic
  // events), collect and fetch every blob: URL that appears, flood the resize handle.
  '/hostile-isolation.html': {
    body: () =>
      page(
        '长江经济带生态保护取得新进展_测试新闻网',
        ARTICLE(),
        `<script>
        const fake = document.createElement('div');
        fake.id = 'dubao-root';
        const fakeRoot = fake.attachShadow({ mode: 'open' });
        fakeRoot.innerHTML = '<style>* { opacity: 0 !important; }</style>';
        document.documentElement.appendChild(fake);
        window.__fake = fake;
        window.__blobs = [];
        const watch = (root) => new MutationObserver((ms) => {
          for (const m of ms) for (const n of m.addedNodes) if (n.nodeType === 1) {
            for (const a of [n, ...n.querySelectorAll('a')]) if (a.href && String(a.href).startsWith('blob:')) window.__blobs.push(String(a.href));
          }
        }).observe(root, { childList: true, subtree: true });
        watch(document);
        const roots = () => {
          const out = [document];
          for (let i = 0; i < out.length; i++) for (const el of out[i].querySelectorAll('*')) if (el.shadowRoot) out.push(el.shadowRoot);
          return out;
        };
        window.__walk = () => {
          const rs = roots();
          for (const r of rs) if (r !== document && !r.__watched) { r.__watched = true; watch(r); }
          const controls = [];
          for (const r of rs) for (const el of r.querySelectorAll('button,select,input,textarea,[role=separator],[tabindex],a[download]')) controls.push(el);
          const texts = [];
          for (const r of rs) {
            const w = document.createTreeWalker(r, NodeFilter.SHOW_TEXT);
            for (let n = w.nextNode(); n; n = w.nextNode()) if (n.parentNode?.nodeName !== 'SCRIPT') texts.push(n.data);
          }
          return { text: texts.join(' '), controls, roots: rs.length };
        };
        window.__attack = async (pt) => {
          const found = window.__walk();
          const out = { panelText: /Dubao|Word list|Anki|Key figures|Copy/.test(found.text), controls: found.controls.map((c) => c.getAttribute('data-key') || c.tagName), fakeUsed: fake.shadowRoot.querySelectorAll('*').length > 1 || fake.childNodes.length > 0, hostIsFake: document.getElementById('dubao-root') === fake, blobs: [], stolen: [] };
          // Click every control found (export first), the way a script can: .click() and synthetic events.
          for (const c of found.controls) { try { c.click(); c.dispatchEvent(new Event('change', { bubbles: true })); } catch {} }
          // Flood the resize handle with arrow keys (each one a storage.sync write in the old panel).
          for (const c of found.controls.filter((c) => c.getAttribute('role') === 'separator')) for (let i = 0; i < 200; i++) c.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
          for (let i = 0; i < 50; i++) window.dispatchEvent(new Event('resize'));
          // Hover a word with synthetic moves and "press" A to fill the word list.
          if (pt) for (let i = 0; i < 3; i++) {
            for (const t of [document, document.elementFromPoint(pt.x, pt.y)]) t?.dispatchEvent(new MouseEvent('mousemove', { clientX: pt.x, clientY: pt.y, bubbles: true }));
            await new Promise((r) => setTimeout(r, 300));
            document.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
          }
          await new Promise((r) => setTimeout(r, 800));
          window.__walk();
          for (const u of window.__blobs) { try { out.stolen.push(await (await fetch(u)).text()); } catch {} }
          out.blobs = window.__blobs.slice();
          out.marker = document.documentElement.getAttribute('data-dubao');
          out.entries = performance.getEntries().filter((e) => /dubao/i.test(e.name)).map((e) => e.name);
          return out;
        };
      </script>`,
      ),
  },
  // A 70,000-character article (issue 17, row 5): the panel's summary must not be one long task of the page.
  '/long-article.html': {
    body: () => {
      const cities = ['武汉', '重庆', '南京', '成都', '长沙', '合肥', '南昌', '杭州', '上海', '宜昌'];
      let text = '';
      for (let i = 0; text.length < 84_000; i++) {
        text += `<p>第${i + 1}项：${cities[i % 10]}市今年共完成生态保护投资${100 + (i % 400)}亿元，同比增长${(i % 30) + 1}%，重点项目超过${(i % 50) * 3 + 10}个。专家认为，这一成绩来之不易，下一步要继续推进生态保护和高质量发展。</p>\n`;
      }
      return page('长江经济带生态保护取得新进展_测试新闻网', ARTICLE(text));
    },
  },
  '/big-english.html': {
    body: () =>
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council news</title></head><body>${Array.from({ length: 4000 }, (_, i) => `<div class="c"><h3>Item ${i}</h3><p>${lorem(60)}</p></div>`).join('\n')}</body></html>`,
  },
  '/big-comments.html': {
    body: () =>
      page('长江经济带生态保护取得新进展_测试新闻网', ARTICLE() + `<section id="comments">${comments(5 * 1024 * 1024)}</section>`),
  },
};
