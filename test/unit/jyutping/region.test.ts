import { describe, expect, test } from 'vitest';
import { isHongKongPage, pickVoice, rubyReadings, speechLang, wantsCantonese } from '../../../src/core/jyutping/index';

describe('page region', () => {
  test.each([
    [{ lang: 'zh-HK' }, true],
    [{ lang: 'zh-Hant-HK' }, true],
    [{ lang: 'yue' }, true],
    [{ lang: '', host: 'news.rthk.hk' }, true],
    [{ lang: 'zh-TW', host: 'news.example.tw' }, false],
    [{ lang: 'zh-CN', host: 'www.example.cn' }, false],
  ])('%j is Hong Kong: %s', (p, hk) => {
    expect(isHongKongPage(p)).toBe(hk);
  });
  test.each([
    [{ lang: 'zh-HK' }, true, 'zh-HK'],
    [{ lang: 'zh-HK' }, false, 'zh-TW'],
    [{ lang: 'zh-TW' }, true, 'zh-TW'],
    [{ lang: 'zh-Hant-TW' }, false, 'zh-TW'],
    [{ lang: '', host: 'news.example.com.tw' }, false, 'zh-TW'],
    // Traditional text with no region (a mainland regional page in Traditional): the mainland voice.
    [{ lang: '' }, false, 'zh-CN'],
    [{ lang: 'zh-Hant' }, false, 'zh-CN'],
    [{ lang: 'zh-CN' }, false, 'zh-CN'],
  ])('%j (Cantonese %s) speaks %s', (p, yue, want) => {
    expect(speechLang(p, yue)).toBe(want);
  });
  test('Cantonese offered: auto only on Hong Kong pages', () => {
    expect(wantsCantonese('auto', { lang: 'zh-HK' })).toBe(true);
    expect(wantsCantonese('auto', { lang: 'zh-TW' })).toBe(false);
    expect(wantsCantonese('both', { lang: 'zh-CN' })).toBe(true);
    expect(wantsCantonese('mandarin', { lang: 'zh-HK' })).toBe(false);
  });
  test.each([
    ['auto', { lang: 'zh-HK' }, 'both'],
    ['auto', { lang: 'zh-CN' }, 'mandarin'],
    ['mandarin', { lang: 'zh-HK' }, 'mandarin'],
    ['cantonese', { lang: 'zh-CN' }, 'cantonese'],
    ['cantonese', { lang: 'zh-HK' }, 'cantonese'],
    ['both', { lang: 'zh-TW' }, 'both'],
  ] as const)('ruby readings: setting %s on %j → %s', (setting, p, want) => {
    expect(rubyReadings(setting, p)).toBe(want);
  });
  test('voices: exact tag, then the language; none → null', () => {
    const vs = [{ lang: 'en-US' }, { lang: 'zh_TW' }, { lang: 'zh-CN' }, { lang: 'zh-HK' }];
    expect(pickVoice(vs, 'zh-CN')).toBe(vs[2]);
    expect(pickVoice(vs, 'zh-HK')).toBe(vs[3]);
    expect(pickVoice(vs.slice(0, 2), 'zh-CN')).toBe(vs[1]);
    expect(pickVoice([{ lang: 'en-US' }, { lang: 'zh-CN' }], 'zh-HK')).toBeNull();
    expect(pickVoice([{ lang: 'en-US' }], 'zh-CN')).toBeNull();
  });
});
