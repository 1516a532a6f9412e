import { describe, expect, test } from 'vitest';
import { parseScanState, toRecord, toStored } from '../../../src/scan/state';
import { parseListLinks, parseMessage } from '../../../src/core/messages/protocol';
import { bodyFingerprint } from '../../../src/core/scan/fingerprint';

const good = {
  listUrl: 'http://a.cn/list/',
  title: '本地新闻',
  status: 'done',
  next: 2,
  links: [
    { url: 'http://a.cn/1.html', text: '一' },
    { url: 'http://a.cn/2.html', text: '二' },
  ],
  records: [],
  problems: [{ type: 'failed', url: 'http://a.cn/2.html', error: 'HTTP 404' }],
};

describe('scan state from storage (untrusted)', () => {
  test('a well-formed state reads back as written', () => {
    expect(parseScanState(good)).toEqual(good);
  });
  test.each([
    ['not an object', 'x'],
    ['a javascript: list URL', { ...good, listUrl: 'javascript:alert(1)' }],
    ['links missing', { ...good, links: undefined }],
  ])('%s → null', (_, raw) => {
    expect(parseScanState(raw)).toBeNull();
  });
  test('bad links, problems and counters are dropped or clamped, not trusted', () => {
    const s = parseScanState({
      ...good,
      status: 'hacked',
      next: 99,
      links: [...good.links, { url: 'javascript:alert(1)', text: 'x' }, { url: 'http://a.cn/3', text: 3 }],
      problems: [...good.problems, { type: 'failed', url: 'http://a.cn/4' }, { type: 'other', url: 'http://a.cn/5', error: 'x' }],
    })!;
    expect(s.links.map((l) => l.url)).toEqual(['http://a.cn/1.html', 'http://a.cn/2.html']);
    expect(s.status).toBe('ready');
    expect(s.next).toBe(2);
    expect(s.problems).toHaveLength(1);
  });
  test('a record keeps its fingerprint through storage', () => {
    const fingerprint = bodyFingerprint(
      '南屏市十二日召开全市优化营商环境大会，发布支持民营企业发展的二十条措施，涉及融资用地人才和审批等方面。',
    );
    const rec = {
      url: 'http://a.cn/1.html',
      title: 't',
      publishedAt: null,
      author: null,
      editor: null,
      stated: { source: null, agency: null, originalTitle: null, reprintedFrom: null },
      figures: [],
      entities: { people: [], places: [], organizations: [], documents: [] },
      keySentence: null,
      chars: 10,
      fingerprint,
    };
    const back = toRecord(JSON.parse(JSON.stringify(toStored(rec))));
    expect(back.fingerprint).toEqual(fingerprint);
  });
});

describe('get-list-links message and answer', () => {
  test('the message parses', () => {
    expect(parseMessage({ type: 'get-list-links' })).toEqual({ type: 'get-list-links' });
  });
  test('the answer keeps only http(s) links with text', () => {
    const r = parseListLinks({
      url: 'http://a.cn/',
      title: 'x',
      links: [{ url: 'http://a.cn/1', text: '一' }, { url: 'javascript:1', text: 'x' }, { url: 'http://a.cn/2' }],
    });
    expect(r?.links).toEqual([{ url: 'http://a.cn/1', text: '一' }]);
    expect(parseListLinks({ url: 'file:///etc/passwd', title: '', links: [] })).toBeNull();
  });
});
