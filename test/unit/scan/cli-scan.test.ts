// @vitest-environment node
import { createServer, type Server } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCliCaptured } from '../cli-run';

const SITE = path.resolve(__dirname, '../../fixtures/scan/site');
const LIST = path.join(SITE, 'index.html');
const BASE = 'http://news.nanping-daily.com.cn/list/index.html';
const U = (p: string, host = 'http://news.nanping-daily.com.cn') => new URL(p, host + '/').href;

// The headlines of the fixture site's nine stories, in list order (written once, beside the site).
import TITLES from '../../fixtures/scan/titles.json';

function lines(out: string): Array<Record<string, any>> {
  return out
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
}

function checkTable(rows: Array<Record<string, any>>, host?: string) {
  const stories = rows.filter((r) => r.type === 'story');
  expect(stories.map((s) => s.title)).toEqual(TITLES);
  const wire = stories[1]!;
  expect(wire.urls).toEqual([U('/news/2025/0312/1002.html', host), U('/news/2025/0313/show.php?id=88', host)]);
  expect(wire.origin).toBe('新华社');
  expect(wire.publishedAt).toBe('2025-03-12T18:05:00+08:00');
  expect(wire.originalTitle).toBe('長江中游四市簽署生態保護合作協議');
  expect(wire.pages.map((p: { source: string }) => p.source)).toEqual(['新华社', '江城晚報']);
  expect(stories[0]).toMatchObject({ source: '南屏日报', author: '陈晓明', editor: '刘芳', publishedAt: '2025-03-10T09:30:00+08:00' });
  expect(stories[0]!.figures.map((f: { value: string }) => f.value)).toContain('812.6亿元');
  expect(stories[0]!.keySentence).toEqual(expect.any(String));
  expect(rows.filter((r) => r.type === 'failed').map((r) => r.url)).toEqual([U('/news/2025/0315/1010.html', host)]);
  expect(rows.filter((r) => r.type === 'skipped').map((r) => r.url)).toEqual([U('/news/2025/0316/1012.html', host)]);
  const all = JSON.stringify(rows);
  for (const nav of ['/list/index_2.html', '/guonei/', '/about.html', '/sitemap.html', 'people-example'])
    expect(all, nav).not.toContain(nav);
}

describe('dubao scan, offline', () => {
  test('the GBK fixture list: 9 stories, the Traditional reprint grouped with its wire original, the dead link failed, the channel page skipped', async () => {
    const r = await runCliCaptured(['scan', LIST, '--base', BASE, '--pages', SITE]);
    expect(r.code, r.err).toBe(1);
    checkTable(lines(r.out));
    expect(r.err).toMatch(/12 pages → 9 stories, 1 failed, 1 not articles/);
  });

  test('--format csv: one row per story and per problem', async () => {
    const r = await runCliCaptured(['scan', LIST, '--base', BASE, '--format', 'csv']);
    const rows = r.out.trim().split('\r\n');
    expect(rows[0]).toMatch(/^type,title,url,other_urls,published_at,source,origin/);
    expect(rows).toHaveLength(1 + 9 + 2);
    expect(rows[2]).toContain('show.php?id=88');
  });

  test('--format md: a digest naming both places of the reprint', async () => {
    const r = await runCliCaptured(['scan', LIST, '--base', BASE, '--format', 'md']);
    expect(r.out).toMatch(/^# /);
    expect(r.out).toContain('同一报道 2 处');
    expect(r.out).toContain('## 未收录的链接');
  });

  test('--limit N scans the first N links only', async () => {
    const r = await runCliCaptured(['scan', LIST, '--base', BASE, '--limit', '3']);
    expect(
      lines(r.out)
        .filter((x) => x.type === 'story')
        .map((s) => s.title),
    ).toEqual(TITLES.slice(0, 3));
  });

  test.each([
    [['scan'], /give one list page/],
    [['scan', LIST, '--format', 'xml'], /--format must be/],
    [['scan', LIST, '--base', 'nota url'], /--base is not a URL/],
    [['scan', LIST, '--delay', '5'], /live scan/],
  ])('bad arguments %j exit 2', async (args, msg) => {
    const r = await runCliCaptured(args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(msg);
  });
});

describe('dubao digest', () => {
  test('a folder of saved pages: the reprint grouped, the channel page skipped', async () => {
    const r = await runCliCaptured(['digest', SITE]);
    const rows = lines(r.out);
    const stories = rows.filter((x) => x.type === 'story');
    expect(stories).toHaveLength(9);
    const wire = stories.find((s) => s.urls.length === 2)!;
    expect(wire.urls.map((u: string) => path.basename(u))).toEqual(['1002.html', 'reprint-jiangcheng.html']);
    expect(rows.filter((x) => x.type === 'skipped').map((x) => path.basename(x.url))).toEqual(['1012.html', 'index.html']);
    expect(r.code).toBe(0);
  });
  test('--jobs 2 (the built CLI, worker threads) gives the same table as one thread', async () => {
    const { execFileSync } = await import('node:child_process');
    const root = path.resolve(__dirname, '../../..');
    const run = (jobs: string) =>
      execFileSync(process.execPath, [path.join(root, 'bin/dubao.mjs'), 'digest', '--jobs', jobs, SITE], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      });
    const two = lines(run('2'));
    expect(two.filter((x) => x.type === 'story')).toHaveLength(9);
    expect(two).toEqual(lines(run('1')));
  }, 120_000);
  test('failed and skipped rows keep list order when the pages finish out of order', async () => {
    const { PassThrough } = await import('node:stream');
    const { runTable } = await import('../../../src/cli/commands/scan');
    const stdout = new PassThrough();
    let out = '';
    stdout.on('data', (d) => (out += d));
    const io = { stdin: PassThrough.from([]), stdout, stderr: new PassThrough() } as any;
    // The first page is the slowest: with two lanes it finishes last.
    const wait = { a: 60, b: 0, c: 20 } as Record<string, number>;
    const load = (u: string) =>
      new Promise<{ error: string } | { html: string }>((r) =>
        setTimeout(() => r(u === 'b' ? { html: '<html><body><p>菜单</p></body></html>' } : { error: 'HTTP 404' }), wait[u]),
      );
    const items = ['a', 'b', 'c'].map((url) => ({ url }));
    const code = await runTable(io, 'jsonl', items, load, { concurrency: 2, label: 'test' });
    expect(lines(out).map((x) => `${x.type} ${x.url}`)).toEqual(['failed a', 'skipped b', 'failed c']);
    expect(code).toBe(1);
  });
  test('a missing file is reported on its line, exit 1', async () => {
    const r = await runCliCaptured(['digest', path.join(SITE, '1001.html'), path.join(SITE, 'nope.html')]);
    expect(r.code).toBe(1);
    expect(lines(r.out).find((x) => x.type === 'failed')?.url).toMatch(/nope\.html$/);
  });
});

describe('dubao scan, live (a local fixture server)', () => {
  let server: Server;
  let origin = '';
  const requests: string[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      requests.push(req.url ?? '');
      const url = new URL(req.url ?? '/', 'http://x');
      const tsv = readFileSync(path.join(SITE, 'urls.tsv'), 'utf8');
      const mapped = tsv
        .split('\n')
        .find(
          (l) =>
            l.startsWith('http') && new URL(l.split('\t')[0]!).pathname + new URL(l.split('\t')[0]!).search === url.pathname + url.search,
        );
      const name =
        url.pathname === '/list/index.html' ? 'index.html' : mapped ? mapped.split('\t')[1]!.trim() : path.basename(url.pathname);
      const file = path.join(SITE, name);
      if (!existsSync(file) || !name.endsWith('.html')) {
        res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>404</h1>');
        return;
      }
      // GBK pages are served without a charset header: the meta tag and sniffing decide, as in a browser.
      res.writeHead(200, { 'content-type': 'text/html' }).end(readFileSync(file));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  test('fetches only the list and its 12 article links, the dead one reported as HTTP 404', async () => {
    const r = await runCliCaptured(['scan', `${origin}/list/index.html`, '--delay', '0']);
    const rows = lines(r.out);
    checkTable(
      rows.map((x) => (x.type === 'failed' ? x : x)),
      origin,
    );
    expect(rows.find((x) => x.type === 'failed')!.error).toBe('HTTP 404');
    expect(requests).toHaveLength(13);
    expect(requests.filter((u) => /index_\d|guonei|about|sitemap/.test(u))).toEqual([]);
  });
});
