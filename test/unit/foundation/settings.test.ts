import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, nextInCycle, parseSettings, scriptCycleFor, siteSettings, withSite } from '../../../src/core/settings/schema';

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
    expect(siteSettings(s, 'a.cn')).toEqual({ enabled: true, script: null, autoPanel: false, panelWidth: 360, panelCollapsed: false });
    s = withSite(s, 'A.cn', { script: 'tw', autoPanel: true });
    s = withSite(s, 'a.cn', { panelCollapsed: true });
    expect(siteSettings(s, 'a.cn')).toMatchObject({ script: 'tw', autoPanel: true, panelCollapsed: true });
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
