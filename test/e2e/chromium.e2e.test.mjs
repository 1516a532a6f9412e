// Chromium e2e: Debian's chromium driven by playwright-core, the built extension (dist/chrome)
// loaded unpacked, fixtures served on 127.0.0.1. HEADED=1 (under Xvfb) adds the real-key test.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';
import { scenarios, poll, sleep } from './scenarios.mjs';

const DIST = path.resolve(process.env.EXT_DIST ?? 'dist/chrome');
const ART = path.resolve(process.env.E2E_ARTIFACTS ?? 'artifacts');
const HEADED = process.env.HEADED === '1';
fs.mkdirSync(ART, { recursive: true });

let srv, context, profile, extensionId, extPage, s;

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
      `--disable-extensions-except=${DIST}`, `--load-extension=${DIST}`, '--no-sandbox', '--disable-gpu',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
      '--lang=en-US',
    ],
    viewport: { width: 1280, height: 800 },
  });
  extensionId = new URL((await worker()).url()).host;
  extPage = await context.newPage();
  await extPage.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  const driver = {
    name: HEADED ? 'chromium-headed' : 'chromium',
    artifacts: ART,
    openPage: async (url) => {
      const p = await context.newPage();
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
  };
  s = scenarios(driver, srv);
});

after(async () => {
  await context?.close();
  await srv?.close();
  if (profile) fs.rmSync(profile, { recursive: true, force: true });
});

test('service worker exposes the commands and dubao.runCommand', async () => {
  const cmds = await (await worker()).evaluate(async () => (await chrome.commands.getAll()).map((c) => c.name).sort());
  assert.deepEqual(cmds.filter((c) => !c.startsWith('_')), ['cycle-script', 'toggle-panel', 'toggle-pinyin']);
  assert.equal(await (await worker()).evaluate(() => typeof globalThis.dubao?.runCommand), 'function');
});
test('content script alive on the seed, idle on an English page', () => s.aliveOnSeedIdleOnEnglish());
test('toggle-panel (runCommand) shows the panel host', () => s.togglePanelShowsPanel());
test('conversion: seed → tw → cn → original is identical', () => s.convertRoundTrip());
test('conversion: later content, inputs, page updates', () => s.laterContentInputsAndPageUpdates());
test('pinyin: hover a polyphone shows its reading in context', () => s.hoverPolyphone());
test('pinyin: ruby on → off restores the DOM', () => s.rubyOnOffRestores());
test('popup and options render and persist settings', () => s.popupAndOptionsPersist());

test('a real Alt+Shift+D key press opens the panel (Xvfb)', { skip: !HEADED && 'needs HEADED=1 under Xvfb' }, async () => {
  const page = await context.newPage();
  await page.goto(srv.url('seed.html'));
  await page.bringToFront();
  await poll(() => page.evaluate(() => document.documentElement.getAttribute('data-dubao') === 'article'), { what: 'Dubao active' });
  const title = await page.title();
  const win = execFileSync('xdotool', ['search', '--sync', '--limit', '1', '--name', title.slice(0, 20)], { encoding: 'utf8' }).trim().split('\n')[0];
  execFileSync('xdotool', ['windowactivate', '--sync', win]);
  await sleep(300);
  execFileSync('xdotool', ['key', '--clearmodifiers', 'alt+shift+d']);
  const label = await poll(
    () => page.evaluate(() => document.getElementById('dubao-root')?.shadowRoot?.querySelector('[role="complementary"]')?.getAttribute('aria-label')),
    { what: 'the panel after a real key press' },
  );
  assert.match(label, /^Dubao/);
  await page.screenshot({ path: path.join(ART, 'chromium-headed-shortcut.png') });
  await page.close();
});
