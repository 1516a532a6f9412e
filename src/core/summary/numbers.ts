/** Parse numbers as written in Chinese news: ASCII/full-width digits, Chinese numerals, 万/亿 magnitudes. */

const DIGIT: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  壹: 1,
  二: 2,
  两: 2,
  贰: 2,
  三: 3,
  叁: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};
const SMALL: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
/** Tens written as one character: 廿 20, 卅 30, 卌 40 (卅二 = 32). */
const TENS: Record<string, number> = { 廿: 20, 卄: 20, 卅: 30, 卌: 40 };
/** Approximate digits (几十, 数百, 十几): read as the lower bound. */
const SOME = new Set(['几', '数']);
const BIG: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Full-width digits, point, comma, percent, slash → ASCII. */
export function toHalfWidth(s: string): string {
  return s.replace(/[０-９．，％／]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** Chinese digits written one by one (二五 → 25, 〇三 → 03); other characters kept. */
export function digitsOf(s: string): string {
  return [...s].map((c) => (c in DIGIT ? String(DIGIT[c]) : c)).join('');
}

export const CN_NUM_CHARS = '零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟廿卄卅卌几数';

/** Chinese numeral string (一百二十三万, 十五, 二〇二五) → number, or null. */
export function parseChineseNumeral(s: string): number | null {
  if (!s) return null;
  // Digit-by-digit form (二〇二五)
  if ([...s].every((c) => c in DIGIT) && s.length > 1) {
    return Number([...s].map((c) => DIGIT[c]).join(''));
  }
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const c of s) {
    if (c in DIGIT) {
      digit = DIGIT[c]!;
    } else if (c in TENS) {
      section += TENS[c]!;
      digit = 0;
    } else if (SOME.has(c)) {
      // 几十 → 10, 十几 → 10, 几 alone → unknown
      if (s.length === 1) return null;
      digit = 0;
      if (!/[十百千万亿拾佰仟]/.test(s.slice(s.indexOf(c) + 1))) continue;
      digit = 1;
    } else if (c in SMALL) {
      section += (digit || 1) * SMALL[c]!;
      digit = 0;
    } else if (c in BIG) {
      section += digit;
      total = (total + section) * BIG[c]!;
      section = 0;
      digit = 0;
    } else return null;
  }
  return total + section + digit;
}

/**
 * A numeral as written (Arabic with optional decimals and thousands commas, or Chinese),
 * followed by optional magnitude characters (万, 亿, 千万, 百亿…) → number.
 */
export function parseNumber(num: string, magnitude = ''): number | null {
  const h = toHalfWidth(num).replace(/[,\s]/g, '').replace(/[。·]/g, '.');
  let v: number | null;
  if (/^\d+(\.\d+)?$/.test(h)) v = Number(h);
  else {
    const m = /^(.*?)点([零〇一二三四五六七八九]+)$/.exec(num);
    if (m) {
      const int = parseChineseNumeral(m[1]!);
      const frac = [...m[2]!].map((c) => DIGIT[c]).join('');
      v = int === null ? null : Number(`${int}.${frac}`);
    } else v = parseChineseNumeral(num);
  }
  if (v === null || Number.isNaN(v)) return null;
  for (const c of magnitude) {
    const f = SMALL[c] ?? BIG[c];
    if (f) v *= f;
  }
  return Math.round(v * 1e6) / 1e6;
}
