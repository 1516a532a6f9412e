/**
 * Cheap script detection shared by every capability: is a text Chinese at all, and is it
 * Simplified (zh-Hans) or Traditional (zh-Hant)? Works on a small sample, loads no dictionary.
 */

import { HAN_G as HAN_GLOBAL, HAN_RE, isHan } from './chars';

export { HAN_RE, isHan };

/** Share of Han characters among the non-space characters of `sample`. */
export function hanRatio(sample: string): number {
  const compact = sample.replace(/\s+/g, '');
  if (!compact) return 0;
  const han = compact.match(HAN_GLOBAL)?.length ?? 0;
  return han / compact.length;
}

/**
 * Decide whether a page is Chinese from its `lang` attribute and a text sample.
 * A `zh*` lang with some Han text, or enough Han text whatever the lang says (many Chinese
 * regional sites declare `en` or nothing).
 */
export function looksChinese(lang: string | null | undefined, sample: string): boolean {
  const han = sample.match(HAN_GLOBAL)?.length ?? 0;
  const l = (lang ?? '').toLowerCase();
  if (/^(zh|cmn|yue|lzh)\b/.test(l)) return han >= 10;
  if (/^(ja|ko)\b/.test(l)) return false;
  return han >= 40 && hanRatio(sample) >= 0.2;
}

// Characters that exist only in one script and are frequent in news text.
const SIMPLIFIED_ONLY =
  '这个们来对时说国会为发学现经动过还进种应样让关点机开认长问门员见间区产务实业当体条电话与东战报领导较华结质论进书认设计选区县乡钱买卖头龙马鸟鱼';
const TRADITIONAL_ONLY =
  '這個們來對時說國會為發學現經動過還進種應樣讓關點機開認長問門員見間區產務實業當體條電話與東戰報領導較華結質論進書認設計選區縣鄉錢買賣頭龍馬鳥魚';

const SIMP_SET = new Set([...SIMPLIFIED_ONLY].filter((c) => !TRADITIONAL_ONLY.includes(c)));
const TRAD_SET = new Set([...TRADITIONAL_ONLY].filter((c) => !SIMPLIFIED_ONLY.includes(c)));

export type Script = 'zh-Hans' | 'zh-Hant';

/** Detect Simplified vs Traditional from characters unique to one script; null when no Han text. */
export function detectScript(text: string): Script | null {
  let s = 0;
  let t = 0;
  for (const ch of text) {
    if (SIMP_SET.has(ch)) s++;
    else if (TRAD_SET.has(ch)) t++;
  }
  if (s === 0 && t === 0) return HAN_RE.test(text) ? 'zh-Hans' : null;
  return t > s ? 'zh-Hant' : 'zh-Hans';
}
