// "Dubao never breaks a page and never loses text" — browser-independent scenarios on hostile,
// huge and tricky pages (see hostile-pages.mjs). Same driver shape as scenarios.mjs, plus
// driver.requests(): the URLs requested so far by pages of this browser context.
import assert from 'node:assert/strict';
import { findTab, poll, sleep } from './scenarios.mjs';
import { startServer } from './server.mjs';


const tabFor = (d) => findTab(d);
const send = (d, tabId, msg) => d.ext(async ([id, m]) => (globalThis.browser ?? globalThis.chrome).tabs.sendMessage(id, m), [tabId, msg]);
const status = (d, tabId) => send(d, tabId, { type: 'get-status' });
const setScript = async (d, tabId, v) => {
  await send(d, tabId, { type: 'page-action', action: 'set-script', value: v });
  await poll(async () => (await status(d, tabId)).script === v, { what: `script ${v}` });
};
const panelText = () => {
  const p = document.getElementById('dubao-root')?.shadowRoot?.querySelector('[role="complementary"]');
  return p ? p.textContent : null;
};

async function open(d, srv, path, marker = 'article') {
  const page = await d.openPage(srv.url(path.replace(/^\//, '')));
  await poll(() => page.evaluate(() => document.documentElement.getAttribute('data-dubao')).then((v) => (marker ? v === marker : v)), {
    what: `Dubao active on ${path}`,
  });
  return { page, tabId: await tabFor(d) };
}

export function hostileScenarios(d, srv) {
  return {
    async noNetworkOfItsOwn() {
      const before = d.requests().length;
      const { page, tabId } = await open(d, srv, '/seed.html');
      await setScript(d, tabId, 'cn');
      await send(d, tabId, { type: 'page-action', action: 'set-ruby', value: true });
      await send(d, tabId, { type: 'page-action', action: 'set-hover', value: true });
      await d.runCommand('toggle-panel', tabId);
      await poll(() => page.evaluate(panelText), { what: 'panel' });
      await page.mouse.move(300, 300);
      await sleep(800);
      const urls = d.requests().slice(before);
      const foreign = urls.filter((u) => !u.startsWith(srv.base) && !/^(chrome|moz)-extension:|^data:|^blob:|^about:/.test(u));
      assert.deepEqual(foreign, [], 'no request leaves for anywhere but the page and the extension itself');
      await page.close();
    },

    async strictCspStillWorks() {
      const { page, tabId } = await open(d, srv, '/csp.html');
      await setScript(d, tabId, 'tw');
      assert.match(await page.evaluate(() => document.body.textContent), /長江經濟帶/);
      await d.runCommand('toggle-panel', tabId);
      const text = await poll(() => page.evaluate(panelText), { what: 'panel under CSP' });
      assert.match(text, /長江|长江/);
      await page.close();
    },

    async patchedPrototypesDoNotMatter() {
      const { page, tabId } = await open(d, srv, '/patched.html');
      await setScript(d, tabId, 'tw');
      await d.runCommand('toggle-panel', tabId);
      const text = await poll(() => page.evaluate(panelText), { what: 'panel on a patched page' });
      assert.match(text, /1200/);
      assert.equal(await page.evaluate(() => window.__patched), true, "the page's own patches stay in place");
      await setScript(d, tabId, null);
      await page.close();
    },

    async pageTextNeverBecomesHtml() {
      const { page, tabId } = await open(d, srv, '/xss.html');
      await d.runCommand('toggle-panel', tabId);
      const text = await poll(() => page.evaluate(panelText), { what: 'panel' });
      assert.match(text, /<img src=x onerror=/, 'the markup-looking text is shown as text');
      await sleep(300);
      const r = await page.evaluate(() => ({ xss: window.__xss, imgs: document.getElementById('dubao-root').shadowRoot.querySelectorAll('img').length }));
      assert.equal(r.xss, undefined);
      assert.equal(r.imgs, 0);
      await page.close();
    },

    async panelFollowsInPageNavigation() {
      const { page, tabId } = await open(d, srv, '/spa.html');
      await d.runCommand('toggle-panel', tabId);
      await poll(() => page.evaluate(panelText).then((t) => t && /长江经济带/.test(t)), { what: 'panel on article 1' });
      await page.evaluate(() => document.getElementById('next').click());
      await poll(() => page.evaluate(panelText).then((t) => t && /黄河流域/.test(t)), { what: 'panel follows pushState to article 2', timeout: 10_000 });
      await page.close();
    },

    async shadowRootsAndIframes() {
      // A second server: its port makes it another origin, whose frame Dubao (top frame only) cannot
      // and does not touch; the same-origin frame and the open shadow root convert with the page.
      const other = await startServer();
      const port = new URL(other.base).port;
      const { page, tabId } = await open(d, srv, `/shadow-iframes.html?cross=${port}`);
      const framed = (id) => page.evaluate((id) => document.getElementById(id).contentDocument.getElementById('framed')?.textContent ?? null, id);
      const crossFrame = () => page.frames().find((f) => f.url().startsWith(other.base));
      await poll(async () => (await framed('same')) !== null && crossFrame() && (await crossFrame().evaluate(() => !!document.getElementById('framed'))), { what: 'both iframes loaded' });
      const crossText = () => crossFrame().evaluate(() => document.getElementById('framed').textContent);
      const sameBefore = await page.evaluate(() => document.getElementById('same').contentDocument.body.innerHTML);
      const crossBefore = await crossText();
      const shadowBefore = await page.evaluate(() => document.getElementById('host').shadowRoot.innerHTML);
      await setScript(d, tabId, 'tw');
      await poll(() => page.evaluate(() => document.getElementById('host').shadowRoot.getElementById('in-shadow').textContent.includes('這個發展計劃')), {
        what: 'open shadow root converted',
      });
      await poll(async () => (await framed('same'))?.includes('這個發展計劃'), { what: 'same-origin iframe converted' });
      assert.match(await page.evaluate(() => document.getElementById('headline').textContent), /長江經濟帶/);
      assert.equal(await crossText(), crossBefore, 'the cross-origin frame is left alone');
      await setScript(d, tabId, null);
      assert.equal(await page.evaluate(() => document.getElementById('host').shadowRoot.innerHTML), shadowBefore);
      assert.equal(await page.evaluate(() => document.getElementById('same').contentDocument.body.innerHTML), sameBefore);
      assert.equal(await crossText(), crossBefore);
      await page.close();
      await other.close();
    },

    async quietOnLargeEnglishPage() {
      const page = await d.openPage(srv.url('big-english.html'));
      await sleep(1500);
      const r = await page.evaluate(() => ({
        marker: document.documentElement.getAttribute('data-dubao'),
        host: !!document.getElementById('dubao-root'),
        boot: performance.getEntriesByName('dubao:bootstrap').map((e) => e.duration),
        chunks: performance.getEntriesByType('resource').map((e) => e.name).filter((n) => /extension:/.test(n)),
      }));
      assert.equal(r.marker, null);
      assert.equal(r.host, false);
      assert.equal(r.boot.length, 1, 'the bootstrap ran once');
      assert.ok(r.boot[0] < 15, `bootstrap cost ${r.boot[0]} ms`);
      assert.ok(!r.chunks.some((n) => /app|convert|pinyin|dict|summary|extract/i.test(n)), `no engine loaded: ${r.chunks}`);
      await page.close();
      return r.boot[0];
    },

    /** Chromium only (PerformanceObserver longtask). Returns the long tasks after load ([start, ms]) and long frames. */
    async hugePageNoLongTasks() {
      // Long tasks from the start (Chromium reports them only to an observer already listening), so
      // article detection on the 5 MB page is measured too; the page's own parsing is before load.
      const page = await d.openPage(srv.url('big-comments.html'), () => {
        window.__lt0 = [];
        new PerformanceObserver((l) => window.__lt0.push(...l.getEntries().map((e) => [Math.round(e.startTime), Math.round(e.duration)]))).observe({ type: 'longtask' });
      }, { trace: !!d.stopTrace });
      await poll(() => page.evaluate(() => document.documentElement.getAttribute('data-dubao')), { what: 'Dubao active on the 5 MB page', timeout: 30_000 });
      const tabId = await tabFor(d);
      await sleep(500);
      await page.evaluate(() => {
        window.__frames = [];
        // Long animation frames split a frame into the tasks before rendering (script) and the
        // browser's own style/layout/paint, so Dubao's work can be told from the cost of laying out
        // a 5 MB page again after its text changed.
        try {
          new PerformanceObserver((l) =>
            window.__frames.push(...l.getEntries().map((e) => ({ total: Math.round(e.duration), beforeRender: Math.round((e.renderStart || e.startTime + e.duration) - e.startTime), render: Math.round(e.renderStart ? e.startTime + e.duration - e.renderStart : 0) }))),
          ).observe({ type: 'long-animation-frame' });
        } catch {}
      });
      const mem0 = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? 0);
      await send(d, tabId, { type: 'page-action', action: 'set-script', value: 'tw' });
      await poll(async () => (await status(d, tabId)).script === 'tw', { what: 'converted', timeout: 60_000 });
      assert.match(await page.evaluate(() => document.querySelector('.comment:last-child p').textContent), /這篇文章|這幾年|政府|重慶|數據/);
      await send(d, tabId, { type: 'page-action', action: 'set-ruby', value: true });
      await poll(async () => (await status(d, tabId)).ruby, { what: 'ruby', timeout: 30_000 });
      await send(d, tabId, { type: 'page-action', action: 'set-ruby', value: false });
      await setScript(d, tabId, null);
      await sleep(300);
      const long = await page.evaluate(() => {
        const loaded = performance.getEntriesByType('navigation')[0]?.loadEventEnd ?? 0;
        return window.__lt0.filter(([start]) => start >= loaded);
      });
      const frames = await page.evaluate(() => window.__frames);
      const mem1 = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? 0);
      const tasks = d.stopTrace ? await d.stopTrace(page) : null;
      await page.close();
      return { long, frames, memBefore: mem0, memAfter: mem1, tasks };
    },
  };
}

/**
 * Every page of the extraction corpus: convert (targets cycling over pages) → ruby on → ruby off →
 * original, and the page's serialised DOM (title included) must be identical.
 */
export async function corpusRoundTrips(d, srv, ids) {
  const targets = ['tw', 'hk', 'cn', 't', 'twp'];
  const failures = [];
  const snap = () => document.title + '\n' + document.documentElement.outerHTML.replace(/<div id="dubao-root"[^]*?<\/div>/, '');
  for (const [i, id] of ids.entries()) {
    const page = await d.openPage(srv.url(`corpus/${id}.html`));
    await poll(() => page.evaluate(() => document.documentElement.getAttribute('data-dubao')), { what: `Dubao on ${id}`, timeout: 20_000 });
    const tabId = await tabFor(d);
    const before = await page.evaluate(snap);
    const target = targets[i % targets.length];
    await setScript(d, tabId, target);
    await send(d, tabId, { type: 'page-action', action: 'set-ruby', value: true });
    await poll(async () => (await status(d, tabId)).ruby, { what: `ruby on ${id}` });
    await send(d, tabId, { type: 'page-action', action: 'set-ruby', value: false });
    await setScript(d, tabId, null);
    await poll(async () => !(await status(d, tabId)).ruby, { what: `ruby off on ${id}` });
    const after = await page.evaluate(snap);
    const a = after.replace(/ data-dubao="[^"]*"/, '');
    const b = before.replace(/ data-dubao="[^"]*"/, '');
    if (a !== b) {
      let k = 0;
      while (k < a.length && a[k] === b[k]) k++;
      failures.push(`${id} (${target}) at ${k}: ${JSON.stringify(b.slice(Math.max(0, k - 40), k + 60))} → ${JSON.stringify(a.slice(Math.max(0, k - 40), k + 60))}`);
    }
    await page.close();
  }
  return failures;
}
