/**
 * The panel's channel and its controls (issue 17): messages are validated at each end, and with
 * `trustedOnly` (the default everywhere but these tests' harness) a script's synthetic click,
 * change or key press never reaches a panel control.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { memoryChannel, parseFromPanel, parseToPanel } from '../../../src/ui/panel/channel';
import { createPanelApp } from '../../../src/ui/panel/app';
import { getUiRoot, isOwnUi, removeUiRoot } from '../../../src/ui/host';
import { t } from './fake-context';

afterEach(() => removeUiRoot(document));

describe('panel channel', () => {
  it.each([
    ['no type', {}],
    ['unknown type', { t: 'eval', code: '1' }],
    ['action not in the list', { t: 'action', action: 'delete-words', value: null }],
    ['action value too long', { t: 'action', action: 'set-script', value: 'x'.repeat(17) }],
    ['show without a span', { t: 'show', id: 1, target: { start: 5, end: 2 } }],
    ['layout without width', { t: 'layout', width: 'wide' }],
  ])('the page side rejects a malformed message from the panel: %s', (_, raw) => {
    expect(parseFromPanel(raw)).toBeNull();
  });

  it.each([
    ['init without controls', { t: 'init', article: null, page: {}, layout: { width: 300 }, viewport: 1000 }],
    ['article with a non-string text', { t: 'article', article: { cleanText: 5 }, page: {} }],
    ['shown without id', { t: 'shown', ok: true }],
  ])('the panel rejects a malformed message from the page side: %s', (_, raw) => {
    const m = parseToPanel(raw);
    expect(m === null || (m.t === 'article' && m.article === null)).toBe(true);
  });

  it.each([
    ['a stated zone and the time printed in it are kept', '+09:00', '2024-04-07T13:19:00+09:00', '+09:00', '2024-04-07T13:19:00+09:00'],
    ['a zone that is no offset is dropped', '<img onerror=x>', '2024-04-07T13:19:00+09:00', null, '2024-04-07T13:19:00+09:00'],
    ['a printed time that is no ISO time is dropped', '+09:00', '13:19 <b>', '+09:00', null],
  ])('the published zone: %s', (_, publishedZone, publishedLocal, zone, local) => {
    const m = parseToPanel({ t: 'article', article: { cleanText: '正文。', publishedZone, publishedLocal }, page: {} });
    expect(m?.t === 'article' && m.article).toMatchObject({ publishedZone: zone, publishedLocal: local });
  });

  it('synthetic events never reach a panel control (only the user acts)', async () => {
    const { page, panel } = memoryChannel();
    const got: string[] = [];
    page.onMessage((m) => got.push(m.t === 'action' ? `${m.action}=${m.value}` : m.t));
    createPanelApp(getUiRoot(document), panel, {
      t,
      loadSummary: async () => ({
        summarize: () => ({
          figures: [],
          entities: { people: [], places: [], organizations: [], documents: [] },
          dates: [],
          keySentences: [],
        }),
      }),
      loadWords: async () => [],
    });
    page.post({
      t: 'init',
      article: {
        isArticle: true,
        title: '标题',
        publishedAt: null,
        source: null,
        author: null,
        editor: null,
        lang: 'zh-Hans',
        cleanText: '正文。',
        rubyArtefacts: 0,
        warnings: [],
      },
      page: { site: 'news.example.cn', url: null, outlet: null },
      controls: { script: null, hover: false, ruby: false, speech: false },
      clean: false,
      layout: { width: 360, collapsed: false },
      viewport: 1280,
      focus: false,
    });
    await new Promise((r) => setTimeout(r, 10));
    const root = getUiRoot(document);
    const hover = root.querySelector<HTMLInputElement>('input[data-key="hover"]')!;
    hover.click();
    hover.dispatchEvent(new Event('change', { bubbles: true }));
    root.querySelector<HTMLButtonElement>('button.close')!.click();
    root.querySelector<HTMLElement>('[role="separator"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    expect(got).toEqual(['ready']);
  });

  it("the host is Dubao's own element: a page-made #dubao-root is never used and loses the id", () => {
    const fake = document.createElement('div');
    fake.id = 'dubao-root';
    const fakeRoot = fake.attachShadow({ mode: 'open' });
    document.documentElement.appendChild(fake);
    const root = getUiRoot(document);
    expect(root).not.toBe(fakeRoot);
    expect(fake.id).toBe('');
    const host = document.getElementById('dubao-root')!;
    expect(host).not.toBe(fake);
    expect(host.shadowRoot).toBeNull(); // closed
    expect(isOwnUi(host)).toBe(true);
    expect(isOwnUi(fake)).toBe(false);
    fake.remove();
  });
});
