import { describe, expect, it } from 'vitest';
import { parseMessage, parsePageAction, parsePageStatus } from '../../../src/core/messages/protocol';

describe('message protocol', () => {
  it('accepts well-formed messages', () => {
    expect(parseMessage({ type: 'command', command: 'toggle-panel' })).toEqual({ type: 'command', command: 'toggle-panel' });
    expect(parseMessage({ type: 'get-status', extra: 1 })).toEqual({ type: 'get-status' });
    expect(parseMessage({ type: 'page-action', action: 'set-script', value: 'tw' })).toEqual({
      type: 'page-action',
      action: 'set-script',
      value: 'tw',
    });
    expect(parseMessage({ type: 'run-command', command: 'cycle-script', tabId: 4 })).toEqual({
      type: 'run-command',
      command: 'cycle-script',
      tabId: 4,
    });
  });
  it('rejects malformed ones', () => {
    for (const bad of [
      null,
      1,
      'command',
      {},
      { type: 'command', command: 'rm -rf' },
      { type: 'page-action', action: 'eval', value: 1 },
      { type: 'page-action', action: 'set-script', value: { x: 1 } },
      { type: 'run-command', command: 'toggle-panel', tabId: -1 },
      { type: 'page-action', action: 'set-script', value: 'x'.repeat(100) },
    ]) {
      expect(parseMessage(bad)).toBeNull();
    }
  });
  it.each([
    ['set-script', 'hk', { action: 'set-script', value: 'hk' }],
    ['set-script', null, { action: 'set-script', value: null }],
    ['set-script', 'xx', null],
    ['set-script', true, null],
    ['set-hover', true, { action: 'set-hover', value: true }],
    ['set-hover', 'true', null],
    ['set-hover', null, null],
    ['speak', '长江经济带。', { action: 'speak', value: '长江经济带。' }],
    ['speak', '   ', null],
    ['speak', 'x'.repeat(2001), null],
    ['speak', 7, null],
    ['save-sentence', '长江经济带。', { action: 'save-sentence', value: '长江经济带。' }],
    ['save-sentence', ' \n ', null],
    ['save-sentence', 'x'.repeat(501), null],
    ['save-sentence', ['长江'], null],
    ['set-ruby', false, { action: 'set-ruby', value: false }],
    ['set-clean', 1, null],
    ['open-panel', 'anything', { action: 'open-panel', value: null }],
    ['status-changed', null, null],
    ['before-text-change', null, null],
  ])('page action %s with %j gives %j: each action carries the value it needs', (action, value, want) => {
    expect(parsePageAction(action, value)).toEqual(want);
  });
  it.each([
    [
      { type: 'difficulty', text: '我们', entities: [{ start: 0, end: 2, type: 'PER' }] },
      { type: 'difficulty', text: '我们', entities: [{ start: 0, end: 2, type: 'PER' }] },
    ],
    [
      { type: 'difficulty', text: '我们', entities: [] },
      { type: 'difficulty', text: '我们', entities: [] },
    ],
    [{ type: 'difficulty', text: 5, entities: [] }, null],
    [{ type: 'difficulty', text: '我们' }, null],
    [{ type: 'difficulty', text: '我们', entities: [{ start: '0', end: 2, type: 'PER' }] }, null],
    [{ type: 'difficulty', text: '我们', entities: [{ start: 0.5, end: 2, type: 'PER' }] }, null],
  ])('difficulty message %j gives %j', (raw, want) => {
    expect(parseMessage(raw)).toEqual(want);
  });
  it('validates page status', () => {
    expect(parsePageStatus({ chinese: 'yes' })).toBeNull();
    expect(parsePageStatus({ chinese: true, host: 'a.cn', article: { title: 5 }, lang: 'xx', spam: 'n' })).toEqual({
      chinese: true,
      host: 'a.cn',
      article: { title: null },
      lang: null,
      script: null,
      hover: false,
      ruby: false,
      panel: false,
      speech: false,
      artefacts: 0,
      spam: 0,
    });
  });
});
