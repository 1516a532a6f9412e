/**
 * Loaded into a blank page of real Chromium by bench/ruby-browser.ts: ruby over an article with
 * Dubao's engine vs pinyin-pro's html() on the same text, timed inside the page (no driver
 * round trips in the numbers).
 */
import { html } from 'pinyin-pro';
import { addRuby, preparePinyin, readingsOf } from '../../src/core/pinyin/index';

export interface RubyRun {
  htmlMs: number;
  htmlDomMs: number;
  rubyMs: number;
  removeMs: number;
  warmHtmlMs: number;
  warmRubyMs: number;
  restored: boolean;
}

function mount(paras: string[]): { article: HTMLElement; ps: HTMLElement[] } {
  const article = document.createElement('article');
  const ps = paras.map((t) => {
    const p = document.createElement('p');
    p.textContent = t;
    article.appendChild(p);
    return p;
  });
  document.body.appendChild(article);
  return { article, ps };
}

/** Set-up outside the timings: the engine's tables, and both sides' code warmed up (JIT) on an article of its own. */
async function prepare(warmUp: string[]): Promise<void> {
  await preparePinyin(() => Promise.resolve());
  readingsOf('银行行长');
  html('预热'); // pinyin-pro's own first-call setup is not part of either side
  const { article, ps } = mount(warmUp);
  html(warmUp.join('\n'));
  addRuby(ps).remove();
  article.remove();
}

/**
 * One article: cold html() and ruby (a new text; which goes first alternates between articles so
 * neither always pays for the other's garbage), then both again on the same text (warm).
 */
function run(paras: string[], rubyFirst: boolean): RubyRun {
  const text = paras.join('\n');
  const { article, ps } = mount(paras);
  const before = article.innerHTML;
  let htmlMs = 0;
  const timeHtml = () => {
    const t0 = performance.now();
    html(text);
    htmlMs = performance.now() - t0;
  };
  if (!rubyFirst) timeHtml();
  let t = performance.now();
  const handle = addRuby(ps);
  const rubyMs = performance.now() - t;
  if (rubyFirst) timeHtml();
  t = performance.now();
  handle.remove();
  const removeMs = performance.now() - t;
  const restored = article.innerHTML === before;
  const sink = document.createElement('div');
  document.body.appendChild(sink);
  t = performance.now();
  sink.innerHTML = html(text);
  const htmlDomMs = performance.now() - t;
  sink.remove();
  t = performance.now();
  html(text);
  const warmHtmlMs = performance.now() - t;
  t = performance.now();
  const again = addRuby(ps);
  const warmRubyMs = performance.now() - t;
  again.remove();
  article.remove();
  return { htmlMs, htmlDomMs, rubyMs, removeMs, warmHtmlMs, warmRubyMs, restored };
}

(globalThis as unknown as { dubaoRubyBench: unknown }).dubaoRubyBench = { prepare, run };
