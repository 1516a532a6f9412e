/**
 * Which Chinese a page is in, for Cantonese readings and speech: a Hong Kong (or Macau) page by its
 * language tag (zh-HK, yue, zh-MO) or its host (.hk, .mo), else Taiwan (zh-TW, .tw), else the mainland.
 */
export interface PageRegion {
  /** The page's lang attribute (may be empty). */
  lang?: string | null;
  host?: string | null;
}

export function isHongKongPage(p: PageRegion): boolean {
  const lang = (p.lang ?? '').toLowerCase();
  if (/^(zh-(hk|mo)|yue)\b/.test(lang) || lang.startsWith('zh-hant-hk')) return true;
  return /\.(hk|mo)$/.test((p.host ?? '').toLowerCase());
}

/**
 * The speech-synthesis language for a page: zh-HK (Cantonese), zh-TW or zh-CN. The region comes
 * from the page's language tag or host, never from its script alone: Traditional text is written
 * on mainland pages too (and no region says Taiwan), and a mainland voice reads what the popup
 * and ruby show (the mainland standard's readings).
 */
export function speechLang(p: PageRegion, cantonese: boolean): 'zh-HK' | 'zh-TW' | 'zh-CN' {
  if (cantonese && isHongKongPage(p)) return 'zh-HK';
  const lang = (p.lang ?? '').toLowerCase();
  if (/^zh-(hant-)?tw\b/.test(lang) || (p.host ?? '').toLowerCase().endsWith('.tw')) return 'zh-TW';
  if (isHongKongPage(p)) return cantonese ? 'zh-HK' : 'zh-TW';
  return 'zh-CN';
}

/** Should Jyutping be offered, by the setting (auto = on Hong Kong pages)? */
export function wantsCantonese(setting: 'auto' | 'mandarin' | 'cantonese' | 'both', p: PageRegion): boolean {
  if (setting === 'mandarin') return false;
  if (setting === 'auto') return isHongKongPage(p);
  return true;
}

/** A voice for `lang` among the browser's (exact tag first, then the same language), or null. */
export function pickVoice<V extends { lang: string }>(voices: readonly V[], lang: string): V | null {
  const norm = (l: string) => l.replace('_', '-').toLowerCase();
  const want = norm(lang);
  return (
    voices.find((v) => norm(v.lang) === want) ??
    (want === 'zh-hk' ? voices.find((v) => norm(v.lang).startsWith('yue')) : undefined) ??
    (want !== 'zh-hk' ? voices.find((v) => norm(v.lang).startsWith('zh') && !norm(v.lang).endsWith('hk')) : undefined) ??
    null
  );
}

/**
 * The readings ruby shows, by the setting: Cantonese alone, both, or Mandarin; `auto` offers
 * Cantonese on Hong Kong pages beside the pinyin (both), as the hover popup does.
 */
export function rubyReadings(setting: 'auto' | 'mandarin' | 'cantonese' | 'both', p: PageRegion): 'mandarin' | 'cantonese' | 'both' {
  if (!wantsCantonese(setting, p)) return 'mandarin';
  return setting === 'cantonese' ? 'cantonese' : 'both';
}
