import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, describe, expect, test } from 'vitest';
import { decodeHtml } from '../../../src/core/decode/decode-html';
import { runCli } from '../../../src/cli/main';

// Synthetic bytes only. GBK and Big5 byte pairs written out by hand (中国的人民 / 中國的人民).
const GBK_PEOPLE = [0xd6, 0xd0, 0xb9, 0xfa, 0xb5, 0xc4, 0xc8, 0xcb, 0xc3, 0xf1];
const BIG5_PEOPLE = [0xa4, 0xa4, 0xb0, 0xea, 0xaa, 0xba, 0xa4, 0x48, 0xa5, 0xc1];
const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...parts: Array<string | number[]>) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...utf8(p)] : p)));

/** A few sentences of ordinary news Chinese (written for this test), repeated to page size. */
const NEWS =
  '记者从市政府了解到，今年全市将新建学校十所，解决学生上学难的问题。有关部门表示，这些学校将在年底前全部开工建设，明年秋季投入使用。'.repeat(
    6,
  );

describe('decodeHtml: the bytes overrule a declaration they contradict, and every decision is reported', () => {
  test.each([
    {
      name: 'UTF-8 bytes under <meta charset="gb2312"> (a re-saved page) → UTF-8',
      input: bytes('<meta charset="gb2312"><title>中国的人民</title><p>', NEWS),
      encoding: 'utf-8',
      via: 'content',
      warning: /declares gbk but the bytes are valid UTF-8/,
    },
    {
      name: 'UTF-8 bytes under http-equiv big5 → UTF-8',
      input: bytes('<meta http-equiv="Content-Type" content="text/html; charset=big5"><p>', '中國的人民，今天天氣很好。'),
      encoding: 'utf-8',
      via: 'content',
      warning: /declares big5 but the bytes are valid UTF-8/,
    },
    {
      name: 'GBK bytes under <meta charset="utf-8"> → GB18030',
      input: bytes('<meta charset="utf-8"><p>', GBK_PEOPLE),
      encoding: 'gb18030',
      via: 'content',
      warning: /declares utf-8 but the bytes are not valid UTF-8; they read as gb18030/,
    },
    {
      name: 'Big5 bytes under <meta charset="utf-8"> → Big5',
      input: bytes('<meta charset="utf-8"><p>', BIG5_PEOPLE),
      encoding: 'big5',
      via: 'content',
      warning: /declares utf-8 .* they read as big5/,
    },
    {
      name: 'GBK bytes under gb2312, as declared',
      input: bytes('<meta charset="gb2312"><p>', GBK_PEOPLE),
      encoding: 'gbk',
      via: 'meta',
      warning: /decoded as gbk, as declared/,
    },
    {
      name: 'an ASCII-only page under gb2312 keeps its declaration (no multi-byte sequence proves anything)',
      input: bytes('<meta charset="gb2312"><p>hello</p>'),
      encoding: 'gbk',
      via: 'meta',
      warning: /as declared/,
    },
    {
      name: 'one stray byte in a UTF-8 page declared UTF-8 stays UTF-8, with the count said',
      input: bytes('<meta charset="utf-8"><p>', NEWS, [0xff], '</p>'),
      encoding: 'utf-8',
      via: 'meta',
      warning: /1 invalid byte sequences/,
    },
    {
      name: 'no declaration, GBK bytes → sniffed',
      input: bytes('<p>', GBK_PEOPLE),
      encoding: 'gb18030',
      via: 'sniff',
      warning: /no charset declared: the bytes read best as gb18030/,
    },
  ])('$name', ({ input, encoding, via, warning }) => {
    const r = decodeHtml(input);
    expect(r.encoding).toBe(encoding);
    expect(r.via).toBe(via);
    expect(r.warnings[0]!.type).toBe('decoding');
    expect(r.warnings[0]!.message).toMatch(warning);
    expect(r.warnings.filter((w) => w.type === 'mojibake')).toEqual([]);
    expect(r.text).toMatch(/中[国國]的人民|hello|记者从市政府/);
  });

  test('text garbled before it was saved (UTF-8 read as GBK, saved as UTF-8) is flagged as mojibake', () => {
    const garbled = new TextDecoder('gbk').decode(utf8(NEWS));
    const r = decodeHtml(bytes('<meta charset="utf-8"><p>', garbled));
    expect(r.encoding).toBe('utf-8');
    expect(r.warnings.map((w) => w.type)).toEqual(['decoding', 'mojibake']);
    expect(r.warnings[1]!.message).toMatch(/common ones/);
  });

  test('UTF-8 read as Latin-1 and saved again is flagged as mojibake', () => {
    const garbled = new TextDecoder('windows-1252').decode(utf8(NEWS));
    const r = decodeHtml(bytes('<meta charset="utf-8"><p>', garbled));
    expect(r.warnings.map((w) => w.type)).toEqual(['decoding', 'mojibake']);
    expect(r.warnings[1]!.message).toMatch(/Latin-1/);
  });

  test('ordinary Chinese text is not flagged', () => {
    expect(decodeHtml(bytes('<meta charset="utf-8"><p>', NEWS)).warnings.map((w) => w.type)).toEqual(['decoding']);
  });
});

describe('dubao extract reports the decoding decision in warnings', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'dubao-decode-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function extract(file: string): Promise<Record<string, unknown>> {
    const stdout = new PassThrough();
    let out = '';
    stdout.on('data', (d) => (out += d));
    await runCli(['extract', file], { stdin: Readable.from(['']), stdout, stderr: new PassThrough() });
    return JSON.parse(out.trim()) as Record<string, unknown>;
  }

  test('a UTF-8 page declared gb2312 reads as its text, not mojibake, and says why', async () => {
    const file = path.join(dir, 'resaved.html');
    writeFileSync(
      file,
      bytes(
        '<html><head><meta charset="gb2312"><title>全市今年新建学校十所</title></head><body><h1>全市今年新建学校十所</h1><p>',
        NEWS,
        '</p></body></html>',
      ),
    );
    const line = await extract(file);
    expect(line.title).toBe('全市今年新建学校十所');
    expect(String(line.text)).toContain('记者从市政府了解到');
    const warnings = line.warnings as Array<{ type: string; message: string }>;
    expect(warnings[0]).toMatchObject({ type: 'decoding' });
    expect(warnings[0]!.message).toMatch(/declares gbk but the bytes are valid UTF-8/);
  });
});
