// Chromium e2e: Debian's chromium driven by playwright-core, the built extension (dist/chrome)
// loaded unpacked, fixtures served on 127.0.0.1. HEADED=1 (under Xvfb) adds the real-key test.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { CORPUS, startServer } from './server.mjs';
import { scenarios, poll, sleep, activeTab, findPanel } from './scenarios.mjs';
import { panelScenarios } from './panel.scenarios.mjs';
import { hostileScenarios, corpusRoundTrips } from './hostile.scenarios.mjs';
import { scriptTasks, startTrace } from './chromium-trace.mjs';
import { scanScenarios } from './scan.scenarios.mjs';
import { speechScenarios } from './speech.scenarios.mjs';

const DIST = path.resolve(process.env.EXT_DIST ?? 'dist/chrome');
const ART = path.resolve(process.env.E2E_ARTIFACTS ?? 'artifacts');
const HEADED = process.env.HEADED === '1';
fs.mkdirSync(ART, { recursive: true });

let srv, context, profile, extensionId, extPage, s, p, h, sc, sp;
const requests = [];
const traces = new Map();

async function worker() {
  // MV3 workers stop when idle; fetch the current one each time.
  let [sw] = context.serviceWorkers();
  sw ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  return sw;
}

before(async () => {
  if (!fs.existsSync(path.join(DIST, 'manifest.json'))) throw new Error('no build at dist/chrome: run npm run build');
  srv = await startServer();
  profile = fs.mkdtempSync(path.join(os.tmpdir(), 'dubao-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: !HEADED,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${DIST}`,
      `--load-extension=${DIST}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--lang=en-US',
      // Belt and braces for a machine with no network: anything not on loopback goes to a dead local proxy.
      '--proxy-server=http://127.0.0.1:9',
    ],
    viewport: { width: 1280, height: 800 },
  });
  extensionId = new URL((await worker()).url()).host;
  context.on('request', (r) => requests.push(r.url()));
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: srv.base });
  extPage = await context.newPage();
  await extPage.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  const driver = {
    name: HEADED ? 'chromium-headed' : 'chromium',
    artifacts: ART,
    openPage: async (url, initScript, { trace = false } = {}) => {
      const p = await context.newPage();
      if (initScript) await p.addInitScript(initScript);
      if (trace) traces.set(p, await startTrace(context, p));
      await p.goto(url);
      await p.bringToFront();
      return p;
    },
    openExtPage: async (p) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${p}`);
      return page;
    },
    ext: (fn, arg) => extPage.evaluate(fn, arg),
    // The automation contract: the worker's globalThis.dubao.runCommand.
    runCommand: async (name, tabId) => (await worker()).evaluate(([n, id]) => globalThis.dubao.runCommand(n, id), [name, tabId]),
    readClipboard: (page) => page.evaluate(() => navigator.clipboard.readText()),
    colorScheme: (page, scheme) => page.emulateMedia({ colorScheme: scheme }),
    requests: () => requests,
    // Main-thread script tasks of a page opened with { trace: true }, GC time split out (chromium-trace.mjs).
    stopTrace: async (page) => scriptTasks(await traces.get(page)()),
    // Evaluate in the content script's isolated world of `page` (DevTools protocol: the extension's
    // execution context in the page's frame), where no page script reaches.
    contentWorld: async (page, _tabId, source, arg) => {
      const cdp = await context.newCDPSession(page);
      const worlds = [];
      cdp.on('Runtime.executionContextCreated', (e) => worlds.push(e.context));
      await cdp.send('Runtime.enable');
      const world = worlds.find((c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${extensionId}`);
      try {
        assert.ok(world, `the content script's world: ${JSON.stringify(worlds.map((c) => [c.origin, c.name, c.auxData]))}`);
        const r = await cdp.send('Runtime.evaluate', {
          expression: `(${source})(${JSON.stringify(arg)})`,
          contextId: world.id,
          awaitPromise: true,
          returnByValue: true,
        });
        if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
        return r.result.value;
      } finally {
        await cdp.detach();
      }
    },
  };
  s = scenarios(driver, srv);
  s.driver = driver;
  p = panelScenarios(driver, srv);
  h = hostileScenarios(driver, srv);
  sc = scanScenarios(driver, srv);
  sp = speechScenarios(driver, srv);
});

after(async () => {
  await context?.close();
  await srv?.close();
  if (profile) fs.rmSync(profile, { recursive: true, force: true });
});

test('service worker exposes the commands and dubao.runCommand', async () => {
  const cmds = await (await worker()).evaluate(async () => (await chrome.commands.getAll()).map((c) => c.name).sort());
  assert.deepEqual(
    cmds.filter((c) => !c.startsWith('_')),
    ['cycle-script', 'toggle-panel', 'toggle-pinyin'],
  );
  assert.equal(await (await worker()).evaluate(() => typeof globalThis.dubao?.runCommand), 'function');
});
test('content script alive on the seed, idle on an English page', () => s.aliveOnSeedIdleOnEnglish());
test('toggle-panel (runCommand) shows the panel host', () => s.togglePanelShowsPanel());
test('conversion: seed → tw → cn → original is identical', () => s.convertRoundTrip());
test('conversion: later content, inputs, page updates', () => s.laterContentInputsAndPageUpdates());
test('pinyin: hover a polyphone shows its reading in context', () => s.hoverPolyphone());
test('pinyin: ruby on → off restores the DOM', () => s.rubyOnOffRestores());
test("pinyin: ruby at the learner's level, known words bare", () => s.rubyAtLevel());
test('pinyin: unknown words underlined (highlight API; the words level ruby annotates; known words lose it)', () => s.underlineUnknown());
test('pinyin: Jyutping in ruby on a Hong Kong page (Cantonese, both), exact restore', () => s.rubyCantonese());
test('pinyin: ruby readings in context: 了解 (headline, split by markup, after 不), 为了解决, 更为, 为 + beneficiary', () =>
  s.rubyReadingsInContext());
test('popup and options render and persist settings', () => s.popupAndOptionsPersist());
test('speech: the hovered word and a key sentence read in zh-CN at the rate setting (stub in the content world)', () =>
  sp.seedWordAndSentence());
test('speech: a Hong Kong page reads in zh-HK', () => sp.hongKongWord());
test('speech: no Chinese voice, no read-aloud control', () => sp.noChineseVoiceNoControl());
test('panel on the seed: figures, people with roles, document, spam warning; figure click; Markdown copy; never covers the text', () =>
  p.seedPanelContent());
test("panel: the article's words by level (difficulty) on the seed", () => p.seedDifficulty());
test('panel: a key sentence kept as a sentence card (word list with reading, headline, URL)', () => p.keepKeySentence());
test(
  'panel screenshots: Simplified and Traditional, light and dark',
  { skip: (HEADED && 'headless run takes them') || (!CORPUS && 'its Simplified page is a dev corpus page, not beside this checkout') },
  () => p.darkAndSimplifiedScreenshots(),
);
const NO_CORPUS = !CORPUS && 'the dev corpus is not beside this checkout';
test('panel on real corpus pages (GBK, Traditional, portal layout)', { skip: (HEADED && 'headless run covers it') || NO_CORPUS }, () =>
  p.corpusPagesPanel(),
);
test('isolation: a hostile page can neither read nor drive Dubao (issue 17)', { skip: HEADED && 'headless run covers it' }, () =>
  h.pageCannotReadOrDriveDubao(),
);
test('reliability: no network request of its own', { skip: HEADED && 'headless run covers it' }, () => h.noNetworkOfItsOwn());
test('reliability: strict CSP with Trusted Types', { skip: HEADED && 'headless run covers it' }, () => h.strictCspStillWorks());
test('reliability: page patches DOM prototypes', { skip: HEADED && 'headless run covers it' }, () => h.patchedPrototypesDoNotMatter());
test('reliability: markup-looking page text stays text', { skip: HEADED && 'headless run covers it' }, () => h.pageTextNeverBecomesHtml());
test('reliability: panel follows pushState navigation', { skip: HEADED && 'headless run covers it' }, () =>
  h.panelFollowsInPageNavigation(),
);
test('reliability: open shadow roots, same-origin and cross-origin iframes', { skip: HEADED && 'headless run covers it' }, () =>
  h.shadowRootsAndIframes(),
);
test(
  'reliability: every corpus page: convert → ruby on → off → original is byte-identical',
  { skip: (HEADED && 'headless run covers it') || NO_CORPUS },
  async () => {
    const ids = fs
      .readdirSync(CORPUS)
      .filter((f) => f.endsWith('.html'))
      .map((f) => f.slice(0, -5))
      .sort();
    assert.ok(ids.length >= 20);
    const failures = await corpusRoundTrips(s.driver, srv, ids);
    assert.deepEqual(failures, []);
  },
);
test('reliability: quiet on a large English page', { skip: HEADED && 'headless run covers it' }, async () => {
  const ms = await h.quietOnLargeEnglishPage();
  fs.writeFileSync(path.join(ART, 'quiet-english-bootstrap-ms.txt'), String(ms));
});
test(
  'reliability: 5 MB page — conversion, ruby and restore run in slices (long frames measured)',
  { skip: HEADED && 'headless run covers it' },
  async () => {
    const r = await h.hugePageNoLongTasks();
    fs.writeFileSync(path.join(ART, 'huge-page-longtasks.json'), JSON.stringify(r, null, 1));
    // The bar: no main-thread task over 50 ms. A performance trace of the page (chromium-trace.mjs)
    // splits every script task into its script time and the time V8's garbage collector spent inside
    // it: a major GC of a 5 MB page (26–70 ms here) finalises inside whatever script runs when its
    // marking completes, and is the engine's, not Dubao's work. Dubao's script in any task must stay
    // within 50 ms (its slices are 8 ms; with slicing switched off one task ran 651 ms of script).
    // Measured in the main thread's own (CPU) time, so a busy CI machine does not fail it.
    const traced = Math.round(r.tasks?.reduce((a, t) => a + t.scriptCpuMs, 0) ?? 0);
    assert.ok(traced > 300, `the trace holds Dubao's work on the page (${traced} ms of script)`);
    const worstScript = r.tasks.reduce((a, t) => (t.scriptCpuMs > a.scriptCpuMs ? t : a));
    assert.ok(worstScript.scriptCpuMs <= 50, `a task ran ${worstScript.scriptCpuMs} ms of script: ${JSON.stringify(worstScript)}`);
    // Guards on what a page observes (reported in artifacts/huge-page-longtasks.json beside the
    // trace): long tasks after load and script time per frame before its rendering. The browser's
    // own relayout of the 5 MB page after its text changes is not script. A long task is counted
    // without the garbage collector's pause inside it where the trace shows the same task (same
    // start within 30 ms, same length within 10 ms): one major GC of the 5 MB page took 26–148 ms
    // across CI runs, whatever script it landed in; with it, a long task may take up to 250 ms.
    const own = ([start, ms]) => {
      const t = r.tasks.find((x) => Math.abs(x.start - start) <= 30 && Math.abs(x.ms - ms) <= 10);
      return t ? ms - t.gcMs : ms;
    };
    const longest = Math.max(0, ...r.long.map(own));
    assert.ok(longest <= 150, `a ${longest} ms task after load (GC pauses aside): ${JSON.stringify(r.long)}`);
    const longestWithGc = Math.max(0, ...r.long.map(([, ms]) => ms));
    assert.ok(longestWithGc <= 250, `a ${longestWithGc} ms task after load: ${JSON.stringify(r.long)}`);
    const worst = Math.max(0, ...r.frames.map((f) => f.beforeRender));
    assert.ok(worst <= 150, `a frame spent ${worst} ms in script before rendering`);
  },
);

test(
  "panel on a 70,000-character article: no task of Dubao's script over 50 ms on the page (issue 17, row 5)",
  { skip: HEADED && 'headless run covers it' },
  async () => {
    const page = await s.driver.openPage(srv.url('long-article.html'), null, { trace: true });
    const tabId = await activeTab(s.driver, { timeout: 30_000 });
    const chars = await page.evaluate(() => document.getElementById('content').textContent.length);
    assert.ok(chars >= 70_000, `the article has ${chars} characters`);
    await s.driver.runCommand('toggle-panel', tabId);
    const figures = async () => {
      const f = page.frames().find((fr) => fr.url().includes('/src/panel/index.html'));
      if (f) return f.evaluate(() => document.querySelectorAll('[data-key^="figure-"]').length).catch(() => 0);
      return page.evaluate(() => document.getElementById('dubao-root')?.shadowRoot?.querySelectorAll('[data-key^="figure-"]').length ?? 0);
    };
    await poll(async () => (await figures()) > 0, { what: 'the summary of the long article', timeout: 90_000 });
    await sleep(500);
    const tasks = await s.driver.stopTrace(page);
    await page.close();
    const worst = tasks.reduce((a, t) => (t.scriptCpuMs > a.scriptCpuMs ? t : a), { scriptCpuMs: 0 });
    fs.writeFileSync(path.join(ART, 'long-article-panel-tasks.json'), JSON.stringify({ chars, worst, tasks: tasks.length }, null, 1));
    assert.ok(worst.scriptCpuMs <= 50, `a task ran ${worst.scriptCpuMs} ms of script on the page: ${JSON.stringify(worst)}`);
  },
);

test('panel cost: open time and memory (the panel frame against the page)', { skip: HEADED && 'headless run covers it' }, async () => {
  // Issue 17: what the panel as an extension frame costs. Open time = toggle-panel → 8 figures shown;
  // memory = JS heap after GC of the page's renderer (page + content script) and, for the frame, of
  // the panel page's own process. Works on the old build too (EXT_DIST=…: panel in the open shadow root).
  const runs = [];
  for (let i = 0; i < 3; i++) {
    const page = await context.newPage();
    await page.goto(srv.url('seed.html'));
    const tabId = await activeTab(s.driver);
    const heap = async (target) => {
      const cdp = await context.newCDPSession(target);
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      await cdp.detach();
      return usedSize;
    };
    const pageBefore = await heap(page);
    const t0 = Date.now();
    await s.driver.runCommand('toggle-panel', tabId);
    const figures = async () => {
      const f = page.frames().find((fr) => fr.url().includes('/src/panel/index.html'));
      if (f) return f.evaluate(() => document.querySelectorAll('[data-key^="figure-"]').length).catch(() => 0);
      return page.evaluate(() => document.getElementById('dubao-root')?.shadowRoot?.querySelectorAll('[data-key^="figure-"]').length ?? 0);
    };
    await poll(async () => (await figures()) >= 8, { what: 'the summary in the panel', interval: 20 });
    const openMs = Date.now() - t0;
    await sleep(300);
    const pageAfter = await heap(page);
    const frame = page.frames().find((fr) => fr.url().includes('/src/panel/index.html'));
    const frameHeap = frame ? await heap(frame) : 0;
    runs.push({ openMs, pageHeapDeltaMB: +((pageAfter - pageBefore) / 1e6).toFixed(2), frameHeapMB: +(frameHeap / 1e6).toFixed(2) });
    await page.close();
  }
  const med = (k) => runs.map((r) => r[k]).sort((a, b) => a - b)[1];
  const r = {
    kind: page0Kind(runs),
    openMs: med('openMs'),
    pageHeapDeltaMB: med('pageHeapDeltaMB'),
    frameHeapMB: med('frameHeapMB'),
    runs,
  };
  fs.writeFileSync(path.join(ART, `panel-cost-${path.basename(path.dirname(DIST))}.json`), JSON.stringify(r, null, 1));
  console.log('panel cost', JSON.stringify(r));
  assert.ok(r.openMs < 5000, `the panel opened in ${r.openMs} ms`);
});
const page0Kind = (runs) => (runs.some((x) => x.frameHeapMB > 0) ? 'frame' : 'shadow-root');
test(
  'scan: popup offers the 12 links, scan page lists them, nothing fetched, no long task on the list page',
  { skip: HEADED && 'headless run covers it' },
  () => sc.scanOfferAndListing(),
);
// Chromium shows the optional-host-permission prompt and automation cannot answer it: the Firefox run covers the scan itself.

test('a real Alt+Shift+D key press opens the panel (Xvfb)', { skip: !HEADED && 'needs HEADED=1 under Xvfb' }, async () => {
  const page = await context.newPage();
  await page.goto(srv.url('seed.html'));
  await page.bringToFront();
  const tabId = await activeTab(s.driver);
  const title = await page.title();
  const win = execFileSync('xdotool', ['search', '--sync', '--limit', '1', '--name', title.slice(0, 20)], { encoding: 'utf8' })
    .trim()
    .split('\n')[0];
  execFileSync('xdotool', ['windowfocus', '--sync', win]);
  await sleep(300);
  execFileSync('xdotool', ['key', '--clearmodifiers', 'alt+shift+d']);
  assert.match(await (await findPanel(s.driver, page, tabId)).name(), /^Dubao/);
  await page.screenshot({ path: path.join(ART, 'chromium-headed-shortcut.png') });
  await page.close();
});
