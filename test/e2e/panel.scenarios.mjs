// The summary panel in a real browser (issue 7): content on the seed, figure click → scroll +
// highlight, Markdown copy, never covering the article, corpus pages, light/dark screenshots.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { activeTab, findPanel, poll, sleep } from './scenarios.mjs';
import { CORPUS } from './server.mjs';

async function openPanel(d, srv, file) {
  const page = await d.openPage(srv.url(file));
  const tabId = await activeTab(d, { article: false });
  await d.runCommand('toggle-panel', tabId);
  const panel = await findPanel(d, page, tabId);
  return { page, tabId, panel };
}

const intersects = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

export function panelScenarios(d, srv) {
  const shot = (page, name) => page.screenshot({ path: path.join(d.artifacts, `${d.name}-${name}.png`) });

  return {
    async seedPanelContent() {
      const { page, panel } = await openPanel(d, srv, 'seed.html');
      const figures = await poll(() => panel.texts('[data-key^="figure-"]').then((f) => (f.length >= 8 ? f : null)), {
        what: '8 figures in the panel',
      });
      for (const v of ['1500項以上', '350個以上', '20場以上', '50家以上', '900人', '1300家', '135億元', '100項以上']) {
        assert.ok(
          figures.some((f) => f.includes(v)),
          `figure ${v} listed (${figures.join(' | ')})`,
        );
      }
      const text = await panel.text();
      for (const m of ['企業技術需求', '技術合同年成交額', '重點科技成果轉化', '華靜', '王旭偉', '《方案》', '蘭州大學'])
        assert.ok(text.includes(m), `panel shows ${m}`);
      assert.match(text, /華靜[^]{0,40}(记者|記者|reporter|Reporter)|(记者|記者|Reporter|reporter)[^]{0,40}華靜/, 'reporter role');
      assert.match(text, /王旭偉[^]{0,40}(编辑|編輯|editor|Editor)|(编辑|編輯|Editor|editor)[^]{0,40}王旭偉/, 'editor role');
      assert.equal((await panel.texts('[data-warning="spam"]')).length, 1, 'spam warning shown');

      // Never covers the article's first paragraph; the page does not scroll sideways.
      const box = await panel.box();
      const boxes = await page.evaluate((panel) => {
        const p = [...document.querySelectorAll('p, td, div')].find((e) => e.children.length < 3 && /^\s*近日/.test(e.textContent));
        const r = p.getBoundingClientRect();
        return {
          panel,
          first: { left: r.left, right: r.right, top: r.top, bottom: r.bottom },
          sideways: document.documentElement.scrollWidth > window.innerWidth + 1,
        };
      }, box);
      assert.ok(
        !intersects(boxes.panel, boxes.first),
        `panel ${JSON.stringify(boxes.panel)} must not cover the first paragraph ${JSON.stringify(boxes.first)}`,
      );
      assert.equal(boxes.sideways, false, 'no horizontal scrolling');
      await shot(page, 'panel-traditional-light');

      // Clicking a figure scrolls its sentence into view and highlights the figure.
      await page.evaluate(() => window.scrollTo(0, 0));
      const idx = figures.findIndex((f) => f.includes('135億元'));
      await panel.click(`[data-key="figure-${idx}"]`);
      const hl = await poll(
        () =>
          page.evaluate(() => {
            const ranges = [];
            // oxlint-disable-next-line typescript/no-unnecessary-condition -- page code: CSS.highlights is missing in older browsers
            if (globalThis.CSS?.highlights)
              // oxlint-disable-next-line typescript/no-base-to-string -- its entries are Ranges: toString is their text
              for (const [name, h] of CSS.highlights) for (const r of h) ranges.push([name, r.toString(), r.getBoundingClientRect().top]);
            for (const m of document.querySelectorAll('mark[data-dubao-mark]'))
              ranges.push(['mark', m.textContent, m.getBoundingClientRect().top]);
            return ranges.length ? ranges : null;
          }),
        { what: 'a highlight' },
      );
      assert.ok(
        hl.some(([, t]) => t.includes('135億元')),
        `the figure is highlighted: ${JSON.stringify(hl)}`,
      );
      // The scroll may be smooth: wait until the highlighted figure is inside the viewport.
      await poll(
        () =>
          page.evaluate(() => {
            const tops = [];
            // oxlint-disable-next-line typescript/no-unnecessary-condition -- page code: CSS.highlights is missing in older browsers
            if (globalThis.CSS?.highlights)
              for (const [, h] of CSS.highlights)
                // oxlint-disable-next-line typescript/no-base-to-string -- its entries are Ranges: toString is their text
                for (const r of h) if (r.toString().includes('135億元')) tops.push(r.getBoundingClientRect().top);
            for (const m of document.querySelectorAll('mark[data-dubao-mark]'))
              if (m.textContent.includes('135億元')) tops.push(m.getBoundingClientRect().top);
            return tops.some((t) => t >= 0 && t < window.innerHeight);
          }),
        { what: 'the highlighted figure scrolled into view', timeout: 5000 },
      );
      await shot(page, 'panel-figure-highlight');

      if (d.readClipboard) {
        await panel.click('[data-key="copy"]');
        const md = await poll(() => d.readClipboard(page), { what: 'clipboard' });
        for (const m of ['強化“新四軍”創新優勢', '蘭州日報', '2025-04-10', '135億元', '技術合同年成交額'])
          assert.ok(md.includes(m), `the Markdown card holds ${m}`);
        fs.writeFileSync(path.join(d.artifacts, `${d.name}-seed-card.md`), md);
      }
      await page.close();
    },

    /** The article's words by level (computed off the page: the panel's frame in Chromium, the background in Firefox). */
    async seedDifficulty() {
      const { page, panel } = await openPanel(d, srv, 'seed.html');
      const line = await poll(() => panel.texts('[data-key="level95"]').then((t) => t[0] ?? null), {
        what: 'the difficulty line in the panel',
        timeout: 30_000,
      });
      assert.match(line, /^HSK 3\.0 · (\d|7–9) covers 95% of the words$|^Even HSK 3\.0 · 7–9 covers less than 95% of the words$/);
      const levels = await panel.texts('[data-level]');
      assert.ok(levels.length >= 3, `shares by level (${levels.join(' | ')})`);
      const total = levels.reduce((a, l) => a + Number(/(\d+)%$/.exec(l)?.[1] ?? 0), 0);
      assert.ok(total >= 97 && total <= 103, `the shares add up to about 100% (${total})`);
      await page.close();
    },

    /** A key sentence kept from the panel (＋): a sentence card in the word list with its reading, headline and URL; said in the panel. */
    async keepKeySentence() {
      const store = (fn) => d.ext(fn);
      await store(async () => (globalThis.browser ?? globalThis.chrome).storage.local.remove('wordlist'));
      const { page, panel } = await openPanel(d, srv, 'seed.html');
      const sentence = (
        await poll(() => panel.texts('[data-key="sentence-0"]').then((t) => t[0] ?? null), { what: 'a key sentence' })
      ).trim();
      await panel.click('[data-key="save-0"]');
      const card = await poll(
        async () =>
          ((await store(async () => (await (globalThis.browser ?? globalThis.chrome).storage.local.get('wordlist')).wordlist)) ?? []).find(
            (e) => e.kind === 'sentence',
          ),
        { what: 'the sentence card in storage' },
      );
      assert.equal(card.word, sentence, 'the card holds the key sentence');
      assert.equal(card.sentence, sentence);
      assert.equal(card.url, srv.url('seed.html'), 'and the page URL');
      assert.match(card.title ?? '', /蘭州/, 'and the headline');
      assert.match(card.pinyin ?? '', /[āáǎàēéěèīíǐìōóǒòūúǔù]/, 'and its reading');
      await poll(async () => /Sentence kept in your word list \(1\)/.test(await panel.text()), {
        what: 'the panel says the sentence was kept',
      });
      await store(async () => (globalThis.browser ?? globalThis.chrome).storage.local.remove('wordlist'));
      await page.close();
    },

    async darkAndSimplifiedScreenshots() {
      if (d.colorScheme) {
        const { page } = await openPanel(d, srv, 'seed.html');
        await d.colorScheme(page, 'dark');
        await sleep(400);
        await shot(page, 'panel-traditional-dark');
        await page.close();
      }
      const s = await openPanel(d, srv, 'corpus/cwced-36efbc69.html');
      await poll(async () => (await s.panel.texts('[data-key^="figure-"],[data-key^="sentence-"]')).length > 0, {
        what: 'summary on a corpus page',
      });
      await shot(s.page, 'panel-simplified-light');
      if (d.colorScheme) {
        await d.colorScheme(s.page, 'dark');
        await sleep(400);
        await shot(s.page, 'panel-simplified-dark');
      }
      await s.page.close();
    },

    async corpusPagesPanel() {
      const dir = CORPUS;
      for (const id of ['traf-he-xinhuanet', 'htmldate-ts-1546021647', 'gne-huanqiu-1']) {
        const gold = JSON.parse(fs.readFileSync(path.join(dir, `${id}.json`), 'utf8'));
        const { page, panel } = await openPanel(d, srv, `corpus/${id}.html`);
        const text = await poll(() => panel.text().then((t) => (t && t.length > 200 ? t : null)), { what: `panel filled on ${id}` });
        assert.ok(text.includes(gold.title.slice(0, 12)), `${id}: the panel shows the headline`);
        const box = await panel.box();
        const covered = await page.evaluate(
          ([first, panel]) => {
            const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let n = w.nextNode(); n; n = w.nextNode()) {
              if (n.data.includes(first)) {
                const r = document.createRange();
                r.selectNodeContents(n);
                return [...r.getClientRects()].some(
                  (b) => b.width > 0 && b.left < panel.right && panel.left < b.right && b.top < panel.bottom && panel.top < b.bottom,
                );
              }
            }
            return null;
          },
          [gold.body_text.split('\n')[0].trim().slice(0, 8), box],
        );
        assert.notEqual(covered, true, `${id}: the panel does not cover the first paragraph`);
        await page.close();
      }
    },
  };
}
