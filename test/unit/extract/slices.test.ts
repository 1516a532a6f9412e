import path from 'node:path';
import { expect, test } from 'vitest';
import { parseHtml } from '../../../src/cli/io';
import { extractArticle, extractArticleInSlices } from '../../../src/core/extract/index';
import { linkedomDoc, PAGES } from './helpers';

const strip = (a: ReturnType<typeof extractArticle>) => ({
  ...a,
  root: a.root?.tagName ?? null,
  blocks: a.blocks.map((b) => [b.kind, b.text]),
});

test('in slices: the same article as in one call (seed page)', async () => {
  const doc = linkedomDoc(path.join(PAGES, 'seed.html'));
  const now = new Date('2025-04-11T00:00:00Z');
  const whole = extractArticle(doc, { url: 'http://example.cn/a.html', now });
  let pauses = 0;
  const sliced = await extractArticleInSlices(
    doc,
    { url: 'http://example.cn/a.html', now },
    async () => {
      pauses++;
    },
    0,
  );
  expect(strip(sliced)).toEqual(strip(whole));
  expect(whole.isArticle).toBe(true);
  expect(pauses).toBeGreaterThan(0);
});

test('in slices: a page with thousands of comments pauses often, and still finds the article', async () => {
  const story = Array.from(
    { length: 6 },
    (_, i) => `<p>国务院新闻办公室今天举行新闻发布会，第${i + 1}段介绍长江经济带生态环境保护情况，沿线省市的发展质量明显提高。</p>`,
  ).join('');
  const comments = Array.from(
    { length: 20000 },
    (_, i) =>
      `<div class="comment"><span class="user">网友${i}</span><p>这篇文章写得很好，长江的保护确实需要大家一起努力。第${i}楼。</p></div>`,
  ).join('');
  const doc = parseHtml(
    `<!doctype html><html lang="zh-CN"><head><title>长江经济带生态保护取得新进展_测试网</title></head><body><h1>长江经济带生态保护取得新进展</h1><div class="info">2025-04-10 09:06 来源：新华社</div><div id="content">${story}</div><section id="comments">${comments}</section></body></html>`,
  );
  const gaps: number[] = [];
  let t = performance.now();
  const a = await extractArticleInSlices(
    doc,
    { url: 'http://example.cn/a.html' },
    async () => {
      gaps.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, 0));
      t = performance.now();
    },
    10,
  );
  expect(a.isArticle).toBe(true);
  expect(a.title).toBe('长江经济带生态保护取得新进展');
  expect(a.blocks.length).toBe(6);
  expect(gaps.length).toBeGreaterThan(5);
});
