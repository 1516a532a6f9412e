/**
 * Ruby in real Chromium (Debian's, driven by playwright-core as in the e2e tests): the DOM the
 * extension writes into is the browser's, so this is where ruby's cost is decided. Returns null
 * when no Chromium is installed (the linkedom rows still run).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './util';

export interface BrowserRuby {
  htmlMs: number[];
  htmlDomMs: number[];
  rubyMs: number[];
  removeMs: number[];
  warmHtmlMs: number[];
  warmRubyMs: number[];
  restored: boolean;
  browser: string;
}

/** `warmUp` is an article used only to warm both sides up; each of `articles` is timed once. */
export async function rubyInChromium(warmUp: string[], articles: string[][]): Promise<BrowserRuby | null> {
  const exe = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const script = path.join(ROOT, 'dist/bench-browser/ruby-page.js');
  if (!existsSync(exe) || !existsSync(script)) return null;
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: exe,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--proxy-server=http://127.0.0.1:9'],
  });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"></head><body></body></html>');
    await page.addScriptTag({ path: script });
    await page.evaluate((w) => (globalThis as any).dubaoRubyBench.prepare(w), warmUp);
    const out: BrowserRuby = {
      htmlMs: [],
      htmlDomMs: [],
      rubyMs: [],
      removeMs: [],
      warmHtmlMs: [],
      warmRubyMs: [],
      restored: true,
      browser: browser.version(),
    };
    for (const [i, paras] of articles.entries()) {
      const r = await page.evaluate(([p, first]) => (globalThis as any).dubaoRubyBench.run(p, first), [paras, i % 2 === 1] as const);
      out.htmlMs.push(r.htmlMs);
      out.htmlDomMs.push(r.htmlDomMs);
      out.rubyMs.push(r.rubyMs);
      out.removeMs.push(r.removeMs);
      out.warmHtmlMs.push(r.warmHtmlMs);
      out.warmRubyMs.push(r.warmRubyMs);
      if (!r.restored) out.restored = false;
    }
    return out;
  } finally {
    await browser.close();
  }
}
