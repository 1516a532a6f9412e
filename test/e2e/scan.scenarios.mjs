// Scan scenarios (issue 18), shared by the Chromium and Firefox runners: the GBK fixture list page
// → popup button → scan page → table; reprint grouping, the dead link, cancel midway, no request
// outside the fixture site, no long task of Dubao's script on the list page while it scans.
import assert from 'node:assert/strict';
import path from 'node:path';
import { findTab, poll, sleep } from './scenarios.mjs';

// The headlines of the fixture site's nine stories, in list order (written once, beside the site).
import TITLES from '../fixtures/scan/titles.json' with { type: 'json' };

export function scanScenarios(d, srv) {
  const shot = (page, name) => page.screenshot({ path: path.join(d.artifacts, `${d.name}-${name}.png`) });
  const table = (page) =>
    page.evaluate(() => ({
      rows: [...document.querySelectorAll('#rows tr')].map((tr) => ({
        title: tr.querySelector('td a')?.textContent,
        urls: Number(tr.dataset.urls),
        source: tr.children[2]?.textContent,
      })),
      problems: [...document.querySelectorAll('#problems li')].map((li) => ({ type: li.dataset.type, text: li.textContent })),
      progress: document.getElementById('progress-text').textContent,
      message: document.getElementById('message').textContent,
    }));

  /** The list page open, its popup's scan button clicked, the scan page open for that tab (nothing fetched yet). */
  async function openScan(opts = {}) {
    const list = await d.openPage(srv.url('list/index.html'), null, opts);
    await sleep(300);
    const tabId = await findTab(d, '127.0.0.1');
    const popup = await d.openExtPage(`src/popup/index.html?tabId=${tabId}`);
    const n = await poll(() => popup.evaluate(() => document.body.dataset.scanLinks), { what: 'the scan button in the popup' });
    assert.equal(n, '12');
    assert.match(await popup.evaluate(() => document.getElementById('scan-list').textContent), /12/);
    // The list page's part is done (its links found, in slices): its trace ends before extension pages open.
    const tasks = opts.trace ? await d.stopTrace(list) : null;
    // The button stores the links for the tab, opens the scan page in a new tab and closes the popup.
    await popup.evaluate(() => document.getElementById('scan-list').click()).catch(() => undefined);
    await sleep(800);
    const scan = await d.openExtPage(`src/scan/index.html?tab=${tabId}`);
    const requests = [];
    scan.on('request', (r) => requests.push(r.url()));
    await poll(() => scan.evaluate(() => document.querySelectorAll('#links li').length === 12), { what: 'the 12 links listed' });
    return { list, scan, tabId, requests, tasks };
  }

  return {
    /** Both browsers: the popup offers the scan, the scan page lists the links; nothing fetched, no long task on the list page. */
    async scanOfferAndListing() {
      const { list, scan, requests, tasks } = await openScan({ trace: !!d.stopTrace });
      const links = await scan.evaluate(() => [...document.querySelectorAll('#links li a')].map((a) => a.textContent));
      assert.equal(links[3], '长江中游四市携手保护生态 签署合作协议');
      assert.match(await scan.evaluate(() => document.getElementById('start-note').textContent), /127\.0\.0\.1/);
      await sleep(500);
      assert.deepEqual(
        requests.filter((u) => /^https?:/.test(u)),
        [],
        'nothing fetched before the click',
      );
      if (tasks) {
        const worst = tasks.reduce((a, t) => Math.max(a, t.scriptCpuMs), 0);
        assert.ok(worst <= 50, `a task of ${worst} ms of script on the list page: ${JSON.stringify(tasks)}`);
      }
      await shot(scan, 'scan-links');
      await scan.close();
      await list.close();
    },

    /** Where the browser grants the optional host permission under automation (Firefox with prompts off). */
    async scanListToTable() {
      const { list, scan, requests, tabId } = await openScan();
      await scan.click('#start');
      await poll(async () => (await table(scan)).progress === '12 / 12' && (await table(scan)).message !== '', {
        what: 'the scan finished',
        timeout: 60_000,
      });
      const t = await table(scan);
      assert.deepEqual(
        t.rows.map((r) => r.title),
        TITLES,
      );
      assert.equal(t.rows[1].urls, 2, 'the Traditional reprint grouped with the wire story');
      assert.match(t.rows[1].source, /新华社/);
      assert.deepEqual(t.problems.map((p) => p.type).sort(), ['failed', 'skipped']);
      assert.match(t.problems.find((p) => p.type === 'failed').text, /1010\.html — HTTP 404/);
      // Only the fixture site's 12 links, never its navigation or pagination, nothing elsewhere.
      const web = requests.filter((u) => /^https?:/.test(u));
      assert.deepEqual(
        web.filter((u) => !u.startsWith(srv.base)),
        [],
      );
      assert.deepEqual(
        web.filter((u) => /index_\d|guonei|about\.html|sitemap/.test(u)),
        [],
      );
      assert.equal(new Set(web).size, 12);
      // Sorting by time, descending, puts the latest story first; the filter narrows by source.
      await scan.evaluate(() => {
        const th = document.querySelector('th[data-sort="publishedAt"]');
        th.click();
        th.click();
      });
      assert.equal((await table(scan)).rows[0].title, TITLES[8]);
      await scan.evaluate(() => {
        const f = document.getElementById('filter');
        f.value = '新华社';
        f.dispatchEvent(new Event('input'));
      });
      assert.equal((await table(scan)).rows.length, 1);
      await shot(scan, 'scan-table');
      // The table survives closing the scan page: reopened for the same tab, it is all there.
      await scan.close();
      const again = await d.openExtPage(`src/scan/index.html?tab=${tabId}`);
      await poll(async () => (await table(again)).rows.length === 9, { what: 'the table restored' });
      await again.close();
      await list.close();
    },

    async scanCancelMidway() {
      const { list, scan } = await openScan();
      await scan.click('#start');
      await poll(async () => /^[1-9]\d* \/ 12$/.test((await table(scan)).progress), { what: 'the scan started' });
      await scan.evaluate(() => document.getElementById('cancel').click());
      await poll(async () => /Cancel|取消/.test((await table(scan)).message), { what: 'cancelled' });
      const stopped = (await table(scan)).progress;
      await sleep(1500);
      assert.equal((await table(scan)).progress, stopped, 'no page fetched after cancel');
      assert.ok(Number(stopped.split(' / ')[0]) < 12, `cancelled before the end (${stopped})`);
      assert.equal(await scan.evaluate(() => document.getElementById('resume').hidden), false);
      await scan.close();
      await list.close();
    },
  };
}
