// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { readPage } from '../../../src/core/scan/response';
import { charsetOf } from '../../../src/core/scan/decode-response';

const SITE = new URL('http://news.example.com.cn/list/');
// 南屏 in GBK.
const GBK = Uint8Array.from([0xc4, 0xcf, 0xc6, 0xc1]);

function res(body: BodyInit | null, init: ResponseInit & { url?: string } = {}): Response {
  const r = new Response(body, init);
  if (init.url) Object.defineProperty(r, 'url', { value: init.url });
  return r;
}

describe('readPage', () => {
  test.each([
    ['404', res('x', { status: 404 }), 'HTTP 404'],
    ['a PDF', res('x', { headers: { 'content-type': 'application/pdf' } }), 'not an HTML page (application/pdf)'],
    ['redirected to another site', res('x', { url: 'http://evil.example.org/' }), 'redirected off the site to http://evil.example.org/'],
    ['too large', res(new Uint8Array(20)), 'page too large (20 bytes)'],
  ])('%s → failed', async (_, r, error) => {
    expect(await readPage(r, SITE, 10)).toEqual({ error });
  });
  test('another host of the same registrable domain is the same site', async () => {
    expect(await readPage(res('<p>ok</p>', { url: 'http://www.example.com.cn/a.html' }), SITE)).toEqual({ text: '<p>ok</p>' });
  });
  test('the Content-Type charset decodes GBK bytes without a <meta>', async () => {
    expect(await readPage(res(GBK, { headers: { 'content-type': 'text/html; charset=GBK' } }), SITE)).toEqual({ text: '南屏' });
  });
  test('a BOM wins over the header, as in browsers', async () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('南屏')]);
    expect(await readPage(res(bytes, { headers: { 'content-type': 'text/html; charset=gbk' } }), SITE)).toEqual({ text: '南屏' });
  });
  test.each([
    ['text/html; charset=gb2312', 'gbk'],
    ['text/html;charset="Big5"', 'big5'],
    ['text/html', null],
    ['text/html; charset=nonsense', null],
  ])('charsetOf(%s) = %s', (h, want) => {
    expect(charsetOf(h)).toBe(want);
  });
});
