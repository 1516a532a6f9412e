// Browser-independent e2e scenarios. Each browser's test file supplies a driver:
//   { name, artifacts, openPage(url), openExtPage(path), ext(fn, arg), runCommand(name, tabId) }
// Pages are Playwright or Puppeteer pages; only evaluate / mouse.move / screenshot / close are used.
import assert from 'node:assert/strict';
import path from 'node:path';

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Poll fn until it returns a truthy value (or throw the last error / a timeout). */
export async function poll(fn, { timeout = 15_000, interval = 150, what = 'condition' } = {}) {
  const end = Date.now() + timeout;
  let lastErr;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      lastErr = e;
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}${lastErr ? `: ${lastErr.message}` : ''}`);
    await sleep(interval);
  }
}

/** Page-side: state of Dubao's marker and UI. */
const pageState = () => ({
  dubao: document.documentElement.getAttribute('data-dubao'),
  host: !!document.getElementById('dubao-root'),
});

/** Extension-side: the newest tab whose content script answers (for `wantHost`, or any host). */
export async function findTab(d, wantHost = null) {
  return poll(
    () =>
      d.ext(async (host) => {
        const api = globalThis.browser ?? globalThis.chrome;
        // The newest tab whose content script answers (closed tabs can linger for a moment).
        let best = null;
        for (const t of await api.tabs.query({})) {
          try {
            const s = await api.tabs.sendMessage(t.id, { type: 'get-status' });
            if (s && s.host && (host === null || s.host === host) && (best === null || t.id > best)) best = t.id;
          } catch {}
        }
        return best;
      }, wantHost),
    { what: 'a tab with the content script' },
  );
}

const send = (d, tabId, msg) =>
  d.ext(async ([id, m]) => (globalThis.browser ?? globalThis.chrome).tabs.sendMessage(id, m), [tabId, msg]);
const status = (d, tabId) => send(d, tabId, { type: 'get-status' });
const action = (d, tabId, a, value) => send(d, tabId, { type: 'page-action', action: a, value });

async function openSeed(d, srv) {
  const page = await d.openPage(srv.url('seed.html'));
  await poll(() => page.evaluate(pageState).then((s) => s.dubao === 'article'), { what: 'Dubao active on the seed' });
  const tabId = await findTab(d, '127.0.0.1');
  return { page, tabId };
}

const bodySnapshot = () => document.title + '\n' + document.body.innerHTML;

export function scenarios(d, srv) {
  const shot = (page, name) => page.screenshot({ path: path.join(d.artifacts, `${d.name}-${name}.png`) });

  return {
    async aliveOnSeedIdleOnEnglish() {
      const { page, tabId } = await openSeed(d, srv);
      const s = await status(d, tabId);
      assert.equal(s.chinese, true);
      assert.ok(s.article, 'the seed is an article');
      assert.match(s.article.title, /蘭州/);
      await page.close();

      const en = await d.openPage(srv.url('english.html'));
      await sleep(1500);
      const st = await en.evaluate(pageState);
      assert.equal(st.dubao, null, 'no marker on an English page');
      assert.equal(st.host, false, 'no UI on an English page');
      // The content script is there (it answers) but idle: it says "not Chinese".
      const enTab = await findTab(d, '127.0.0.1');
      const es = await status(d, enTab);
      assert.equal(es.chinese, false);
      // No Dubao chunk beyond the bootstrap was loaded on this page.
      const loaded = await en.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name).filter((n) => /extension:\/\//.test(n)));
      assert.ok(!loaded.some((n) => /app|convert|pinyin|dict|summary/i.test(n)), `no engine chunk loaded: ${loaded.join(', ')}`);
      await en.close();
    },

    async togglePanelShowsPanel() {
      const { page, tabId } = await openSeed(d, srv);
      await d.runCommand('toggle-panel', tabId);
      const label = await poll(
        () => page.evaluate(() => document.getElementById('dubao-root')?.shadowRoot?.querySelector('[role="complementary"]')?.getAttribute('aria-label')),
        { what: 'the panel' },
      );
      assert.match(label, /^Dubao/);
      await sleep(300);
      await shot(page, 'seed-panel');
      await d.runCommand('toggle-panel', tabId);
      await poll(() => page.evaluate(() => !document.getElementById('dubao-root')?.shadowRoot?.querySelector('[role="complementary"]:not([hidden])')), { what: 'panel closed' });
      await page.close();
    },

    async convertRoundTrip() {
      const { page, tabId } = await openSeed(d, srv);
      const original = await page.evaluate(bodySnapshot);
      await action(d, tabId, 'set-script', 'tw');
      await poll(async () => (await status(d, tabId)).script === 'tw', { what: 'script tw' });
      await action(d, tabId, 'set-script', 'cn');
      await poll(async () => (await status(d, tabId)).script === 'cn', { what: 'script cn' });
      const cn = await page.evaluate(() => document.body.textContent);
      assert.match(cn, /兰州/, 'converted to Simplified');
      assert.doesNotMatch(cn, /蘭州日報社/, 'no Traditional left in the byline');
      await shot(page, 'seed-cn');
      await action(d, tabId, 'set-script', null);
      await poll(async () => (await status(d, tabId)).script === null, { what: 'original' });
      assert.equal(await page.evaluate(bodySnapshot), original, 'restore is byte-identical');
      await page.close();
    },

    async laterContentInputsAndPageUpdates() {
      const page = await d.openPage(srv.url('append.html'));
      await poll(() => page.evaluate(pageState).then((s) => s.dubao !== null), { what: 'Dubao active' });
      const tabId = await findTab(d, '127.0.0.1');
      await action(d, tabId, 'set-script', 'tw');
      // All 8 appended paragraphs arrive within ~1.6 s and must be converted too.
      await poll(
        () => page.evaluate(() => {
          const ps = [...document.querySelectorAll('p.appended')];
          return ps.length === 8 && ps.every((p) => p.textContent.includes('這個頭髮問題'));
        }),
        { what: 'appended paragraphs converted', timeout: 10_000 },
      );
      const fields = await page.evaluate(() => [document.getElementById('q').value, document.getElementById('ta').value]);
      assert.deepEqual(fields, ['这里是输入框的值', '文本框里的内容'], 'inputs keep their values');
      // The page updates a converted node; restoring must keep the page's update.
      await page.evaluate(() => { document.querySelector('#list p').textContent = '页面自己更新了这一段'; });
      await sleep(100);
      await action(d, tabId, 'set-script', null);
      await poll(async () => (await status(d, tabId)).script === null, { what: 'original' });
      const after = await page.evaluate(() => [...document.querySelectorAll('#list p')].map((p) => p.textContent));
      assert.equal(after[0], '页面自己更新了这一段');
      assert.match(after[1], /长江干流/);
      assert.ok(after.slice(3).every((t) => t.includes('这个头发问题')), 'appended paragraphs restored');
      await page.close();
    },

    async hoverPolyphone() {
      const { page, tabId } = await openSeed(d, srv);
      await action(d, tabId, 'set-hover', true);
      // 重點 → zhòng; find the character on screen and point at it.
      const pt = await page.evaluate(() => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const i = n.data.indexOf('重點');
          if (i >= 0 && n.parentElement.closest('p')) {
            n.parentElement.scrollIntoView({ block: 'center' });
            const r = document.createRange();
            r.setStart(n, i);
            r.setEnd(n, i + 1);
            const b = r.getBoundingClientRect();
            return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
          }
        }
        return null;
      });
      assert.ok(pt, '重點 is in the seed body');
      await page.mouse.move(pt.x - 30, pt.y);
      await page.mouse.move(pt.x, pt.y);
      const text = await poll(
        () => page.evaluate(() => {
          const root = document.getElementById('dubao-root')?.shadowRoot;
          const pop = root && [...root.querySelectorAll('*')].find((e) => /zhòng/.test(e.textContent) && e.getClientRects().length);
          return pop ? root.textContent : null;
        }),
        { what: 'the pinyin popup with zhòng' },
      );
      assert.match(text, /zhòng/);
      // Learners: the word's level (重點 is HSK 3.0 level 2).
      assert.match(text, /HSK 3\.0 · 2/);
      await shot(page, 'seed-hover');
      // Learners: the A key adds the word under the pointer to the word list (storage.local).
      await page.keyboard.press('a');
      const list = await poll(
        () => d.ext(async () => (await (globalThis.browser ?? globalThis.chrome).storage.local.get('wordlist')).wordlist),
        { what: 'the word list' },
      );
      assert.ok(list.some((w) => w.word === '重點' && /zhòng/.test(w.pinyin) && w.sentence.includes('重點')), JSON.stringify(list));
      await d.ext(async () => (globalThis.browser ?? globalThis.chrome).storage.local.remove('wordlist'));
      await page.close();
    },

    async rubyOnOffRestores() {
      const { page, tabId } = await openSeed(d, srv);
      const before = await page.evaluate(bodySnapshot);
      await action(d, tabId, 'set-ruby', true);
      const n = await poll(() => page.evaluate(() => document.querySelectorAll('ruby').length), { what: 'ruby' });
      assert.ok(n > 500, `ruby over the article (${n})`);
      await shot(page, 'seed-ruby');
      await action(d, tabId, 'set-ruby', false);
      await poll(() => page.evaluate(() => document.querySelectorAll('ruby').length === 0), { what: 'ruby removed' });
      assert.equal(await page.evaluate(bodySnapshot), before, 'ruby off restores the DOM exactly');
      await page.close();
    },

    async rubyAtLevel() {
      // Ruby only over words above HSK 3.0 level 4 that the learner does not know.
      await d.ext(async () => {
        const b = globalThis.browser ?? globalThis.chrome;
        await b.storage.sync.set({ settings: { rubyMode: 'above-level', learnerLevel: 4, levelList: 'hsk3' } });
        await b.storage.local.set({ knownWords: [] });
      });
      const { page, tabId } = await openSeed(d, srv);
      const before = await page.evaluate(bodySnapshot);
      const words = () => page.evaluate(() => [...document.querySelectorAll('ruby')].map((r) => [...r.childNodes].filter((n) => n.nodeType === 3).map((n) => n.data).join('')));
      await action(d, tabId, 'set-ruby', true);
      const first = await poll(() => words().then((w) => (w.length ? w : null)), { what: 'ruby above the level' });
      // Words, not characters: some ruby holds a whole word of two or more characters.
      assert.ok(first.some((w) => [...w].length >= 2), JSON.stringify(first.slice(0, 20)));
      await action(d, tabId, 'set-ruby', false);
      await poll(() => page.evaluate(() => document.querySelectorAll('ruby').length === 0), { what: 'ruby removed' });
      assert.equal(await page.evaluate(bodySnapshot), before, 'ruby off restores the DOM exactly');
      // Marking a word known removes its ruby (and only its).
      const known = first.find((w) => [...w].length >= 2);
      await d.ext(async (w) => (globalThis.browser ?? globalThis.chrome).storage.local.set({ knownWords: [w] }), known);
      await action(d, tabId, 'set-ruby', true);
      const second = await poll(() => words().then((w) => (w.length ? w : null)), { what: 'ruby again' });
      assert.equal(second.filter((w) => w === known).length, 0, `${known} is known: no ruby`);
      assert.equal(second.length, first.length - first.filter((w) => w === known).length);
      await action(d, tabId, 'set-ruby', false);
      await d.ext(async () => {
        const b = globalThis.browser ?? globalThis.chrome;
        await b.storage.sync.clear();
        await b.storage.local.remove('knownWords');
      });
      await page.close();
    },

    async popupAndOptionsPersist() {
      const { page, tabId } = await openSeed(d, srv);
      const popup = await d.openExtPage(`src/popup/index.html?tabId=${tabId}`);
      const state = await poll(() => popup.evaluate(() => document.body.dataset.state), { what: 'popup state' });
      assert.equal(state, 'article');
      const found = await popup.evaluate(() => document.getElementById('found').textContent);
      assert.match(found, /蘭州/);
      await popup.evaluate(() => {
        const sel = document.getElementById('site-auto');
        sel.click();
      });
      await poll(
        () => d.ext(async () => (await (globalThis.browser ?? globalThis.chrome).storage.sync.get('settings')).settings?.sites?.['127.0.0.1']?.autoPanel === true),
        { what: 'site setting saved' },
      );
      await shot(popup, 'popup');
      await popup.close();

      const options = await d.openExtPage('src/options/index.html');
      await poll(() => options.evaluate(() => !!document.querySelector('input[name=scriptCycle]')), { what: 'options rendered' });
      await options.evaluate(() => document.getElementById('hoverPinyin').click());
      await poll(
        () => d.ext(async () => (await (globalThis.browser ?? globalThis.chrome).storage.sync.get('settings')).settings?.hoverPinyin === true),
        { what: 'option saved' },
      );
      await shot(options, 'options');
      await options.close();
      // Reset for the other tests.
      await d.ext(async () => (globalThis.browser ?? globalThis.chrome).storage.sync.clear());
      await page.close();
    },
  };
}
