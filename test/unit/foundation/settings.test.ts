import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  nextInCycle,
  parseSettings,
  scriptCycleFor,
  siteSettings,
  withSite,
  withSiteHover,
  hoverOnPage,
} from '../../../src/core/settings/schema';

describe('settings schema', () => {
  it('fills defaults from nothing and from junk', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('garbage')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ hoverPinyin: 'yes', pinyinStyle: 'klingon', scriptCycle: ['tw', 'xx', 'tw', 3] })).toEqual({
      ...DEFAULT_SETTINGS,
      scriptCycle: ['tw'],
    });
  });
  it('keeps valid values and validates site entries', () => {
    const s = parseSettings({
      convertScope: 'article',
      toneColors: true,
      sites: { 'News.Example.CN:8080': { script: 'hk', panelWidth: 5000, enabled: 'no' }, bad: 7 },
    });
    expect(s.convertScope).toBe('article');
    expect(s.toneColors).toBe(true);
    expect(s.sites).toEqual({ 'news.example.cn': { script: 'hk', panelWidth: 800 } });
  });
  it('per-site view and patch', () => {
    let s = parseSettings({});
    expect(siteSettings(s, 'a.cn')).toEqual({
      enabled: true,
      hover: true,
      script: null,
      autoPanel: false,
      panelWidth: 360,
      panelCollapsed: false,
    });
    s = withSite(s, 'A.cn', { script: 'tw', autoPanel: true });
    s = withSite(s, 'a.cn', { panelCollapsed: true });
    expect(siteSettings(s, 'a.cn')).toMatchObject({ script: 'tw', autoPanel: true, panelCollapsed: true });
  });
  it('hover: on by default; a site switch and the global default', () => {
    expect(DEFAULT_SETTINGS.hoverPinyin).toBe(true);
    let s = parseSettings({});
    expect(siteSettings(s, 'a.cn').hover).toBe(true);
    s = withSiteHover(s, 'a.cn', false);
    expect(s.sites['a.cn']).toEqual({ hover: false });
    expect(siteSettings(s, 'a.cn').hover).toBe(false);
    expect(siteSettings(s, 'b.cn').hover).toBe(true);
    // The global default off: sites without a switch follow it, a site switched on stays on.
    s = withSiteHover({ ...s, hoverPinyin: false }, 'b.cn', true);
    expect(siteSettings(s, 'b.cn').hover).toBe(true);
    expect(siteSettings(s, 'c.cn').hover).toBe(false);
    // A site switched back to the default keeps no switch of its own.
    s = withSiteHover(s, 'a.cn', false);
    expect(s.sites['a.cn']).toEqual({});
    expect(parseSettings({ sites: { 'a.cn': { hover: 'no' } } }).sites['a.cn']).toEqual({});
  });
  it.each([
    ['a Chinese page, defaults', {}, true, true],
    ['a page that is not Chinese, defaults', {}, false, false],
    ['a page that is not Chinese, its site switched on', { sites: { 'a.cn': { hover: true } } }, false, false],
    ['a Chinese page, its site switched off', { sites: { 'a.cn': { hover: false } } }, true, false],
    ['a Chinese page, global default off', { hoverPinyin: false }, true, false],
  ])('hover on the page: %s', (_, raw, chinese, want) => {
    expect(hoverOnPage(parseSettings(raw), 'a.cn', chinese)).toBe(want);
  });
  it.each([
    ['v1 wrote its old default (false)', { version: 1, hoverPinyin: false }, true],
    ['v1 with hover chosen on', { version: 1, hoverPinyin: true }, true],
    ['v2 with hover switched off', { version: 2, hoverPinyin: false }, false],
    ['no version, switched off', { hoverPinyin: false }, false],
    ['junk', { version: 1, hoverPinyin: 'off' }, true],
  ])('hover migration: %s', (_, raw, want) => {
    expect(parseSettings(raw).hoverPinyin).toBe(want);
    expect(parseSettings(raw).version).toBe(2);
  });
  it.each([
    [undefined, 0.9],
    ['fast', 0.9],
    [Number.NaN, 0.9],
    [1, 1],
    [0.2, 0.5],
    [9, 1.5],
    [0.74, 0.7],
    [1.25, 1.3],
  ])('speech rate %s → %s (bounds 0.5–1.5, step 0.1, default 0.9)', (raw, want) => {
    expect(parseSettings({ speechRate: raw }).speechRate).toBe(want);
  });
  it('cycle steps through targets and back to the original', () => {
    const s = parseSettings({});
    expect(scriptCycleFor(s, false)).toEqual(['tw']);
    expect(scriptCycleFor(s, true)).toEqual(['cn']);
    const cycle = scriptCycleFor(parseSettings({ scriptCycle: ['t', 'hk'] }), false);
    expect(nextInCycle(cycle, null)).toBe('t');
    expect(nextInCycle(cycle, 't')).toBe('hk');
    expect(nextInCycle(cycle, 'hk')).toBe(null);
  });
});
