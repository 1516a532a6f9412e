import { describe, expect, test } from 'vitest';
import { registrableDomain, sameSite } from '../../../src/core/scan/domain';

describe('registrableDomain', () => {
  test.each([
    ['news.sina.com.cn', 'sina.com.cn'],
    ['www.hz.gov.cn', 'hz.gov.cn'],
    ['xxgk.jiangsu.gov.cn', 'jiangsu.gov.cn'],
    ['www.gd.cn', 'www.gd.cn'],
    ['news.ltn.com.tw', 'ltn.com.tw'],
    ['www.info.gov.hk', 'info.gov.hk'],
    ['news.pts.org.tw', 'pts.org.tw'],
    ['www.pku.edu.cn', 'pku.edu.cn'],
    ['news.163.com', '163.com'],
    ['tieba.baidu.com', 'baidu.com'],
    ['WWW.Example.ORG.', 'example.org'],
    ['localhost', 'localhost'],
    ['127.0.0.1', '127.0.0.1'],
  ])('%s → %s', (host, want) => {
    expect(registrableDomain(host)).toBe(want);
  });

  test.each([
    ['http://news.163.com/a', 'https://www.163.com/b', true],
    ['http://a.gov.cn/x', 'http://b.gov.cn/y', false],
    ['http://news.sina.com.cn/', 'http://sina.com.cn.evil.com/', false],
    ['http://127.0.0.1:8000/a', 'http://127.0.0.1:9000/b', true],
  ])('sameSite(%s, %s) = %s', (a, b, want) => {
    expect(sameSite(new URL(a), new URL(b))).toBe(want);
  });
});
