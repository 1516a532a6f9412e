import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { expect, test } from 'vitest';
import { runCli } from '../../../src/cli/main';
import { PAGES } from './helpers';

async function run(args: string[]): Promise<{ code: number; out: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  stdout.on('data', (d) => (out += d));
  const code = await runCli(args, { stdin: Readable.from(['']), stdout, stderr });
  return { code, out };
}

test('one JSON line per file; an unreadable file gives {file, error}, the rest still run, exit 1', async () => {
  const seed = path.join(PAGES, 'seed.html');
  const portal = path.join(PAGES, 'portal.html');
  const missing = path.join(PAGES, 'no-such-file.html');
  const r = await run(['extract', seed, missing, portal]);
  expect(r.code).toBe(1);
  const lines = r.out
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  expect(lines).toHaveLength(3);
  expect(Object.keys(lines[0])).toEqual([
    'file',
    'isArticle',
    'title',
    'publishedAt',
    'publishedZone',
    'publishedLocal',
    'source',
    'author',
    'editor',
    'lang',
    'text',
    'warnings',
  ]);
  expect(lines[0]).toMatchObject({ file: seed, isArticle: true, author: '華靜', editor: '王旭偉', lang: 'zh-Hant' });
  expect(lines[1].file).toBe(missing);
  expect(typeof lines[1].error).toBe('string');
  expect(lines[2]).toMatchObject({ file: portal, isArticle: false });
});

test('all files fine → exit 0; no file → usage error', async () => {
  expect((await run(['extract', '--url', 'https://example.com/a.html', path.join(PAGES, 'english.html')])).code).toBe(0);
  expect((await run(['extract'])).code).toBe(2);
});

test('--now must be a date', async () => {
  expect((await run(['extract', '--now', 'not-a-date', path.join(PAGES, 'english.html')])).code).toBe(2);
  expect((await run(['extract', '--now', '2025-04-10T10:00:00+08:00', path.join(PAGES, 'english.html')])).code).toBe(0);
});
