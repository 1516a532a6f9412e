/**
 * Which variant a text is written in: 'cn' for Simplified; for Traditional, 'tw' or 'hk' when
 * regional character forms (from OpenCC's TW/HK variant tables) or Cantonese particles say so,
 * else 't' (OpenCC standard). Works on a sample; loads no dictionary.
 */
import { detectScript } from '../text/script';
import type { Variant } from './variant';

// Forms HK uses where Taiwan and OpenCC standard differ (HKVariants values not in TWVariants).
const HK_FORMS = '兑卧叁囱媪悦愠户揾敍枱枴氲温煴税綫緼脱葱藴蜕衞衹説醖鈎鋭閲';
// Cantonese written particles, frequent in HK news quotes and columns.
const HK_WORDS = '嘅咗冇哋喺啲嚟睇佢嘢唔咁畀噉';
// Forms Taiwan uses where HK keeps the OpenCC standard form (TWVariants values not in HKVariants).
const TW_FORMS = '裡著汙洩簷';
// OpenCC standard forms both regions replace (keys of both TWVariants and HKVariants).
const T_FORMS = '僞喫嬀潙爲癡皁祕竈糉纔脣蔿衆覈鉢鍼';
// OpenCC standard forms HK keeps and Taiwan replaces: weak evidence for either.
const T_OR_HK = '裏着';

const score = (set: string) => {
  const s = new Set(set);
  return (text: string) => {
    let n = 0;
    for (const ch of text) if (s.has(ch)) n++;
    return n;
  };
};
const hkForms = score(HK_FORMS + HK_WORDS);
const twForms = score(TW_FORMS);
const tForms = score(T_FORMS);
const tOrHk = score(T_OR_HK);

/** Detect the variant of a text: 'cn' for Simplified, else 't' | 'tw' | 'hk' as best it can ('t' default). */
export function detectVariant(text: string): Variant {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  if (detectScript(sample) === 'zh-Hans') return 'cn';
  const both = tOrHk(sample) / 2;
  const hk = hkForms(sample) + both;
  const tw = twForms(sample);
  const t = tForms(sample) + both;
  if (tw > hk && tw > t) return 'tw';
  if (hk > tw && hk > t) return 'hk';
  return 't';
}
