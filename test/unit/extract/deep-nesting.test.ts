import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, expect, test } from 'vitest';
import { runCli } from '../../../src/cli/main';

// Issue 17 row 7: a page nesting elements thousands deep renders fine in a browser; the block walk
// must not overflow the call stack on it (it did as a recursive generator from about 6,000 levels).
const PARA = '<p>记者从市政府了解到，今年全市将新建学校十所，解决学生上学难的问题。有关部门表示，这些学校将在年底前全部开工建设。</p>';
const page = (open: string, close: string, depth: number) =>
  `<html><head><meta charset="utf-8"><title>全市今年新建学校十所</title></head><body><h1>全市今年新建学校十所</h1>${open.repeat(depth)}${PARA.repeat(3)}${close.repeat(depth)}<p>尾部的一段文字，在嵌套之外。</p></body></html>`;

const dir = mkdtempSync(path.join(tmpdir(), 'dubao-deep-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test.each([
  { name: '10,000 nested spans', open: '<span>', close: '</span>', body: true },
  { name: '10,000 nested div > span pairs', open: '<div><span>', close: '</span></div>', body: true },
  // Text inside a link is link text: not body, but the page must still be read.
  { name: '10,000 nested links', open: '<a href="#x">', close: '</a>', body: false },
])(
  'dubao extract reads a page with $name',
  async ({ name, open, close, body }) => {
    const file = path.join(dir, `${name.replace(/\W+/g, '-')}.html`);
    writeFileSync(file, page(open, close, 10_000));
    const stdout = new PassThrough();
    let out = '';
    stdout.on('data', (d) => (out += d));
    const code = await runCli(['extract', file], { stdin: Readable.from(['']), stdout, stderr: new PassThrough() });
    const line = JSON.parse(out.trim()) as { error?: string; title?: string; text?: string };
    expect(line.error, `${name}: ${line.error}`).toBeUndefined();
    expect(code).toBe(0);
    expect(line.title).toBe('全市今年新建学校十所');
    expect(line.text!.includes('有关部门表示'), `${name}: body ${line.text}`).toBe(body);
  },
  60_000,
);
