/**
 * Character classes written once for every capability (regular-expression sources and tests).
 * Build patterns from these (`new RegExp(\`[${HAN}]{2,4}\`)`) instead of writing the ranges again.
 */

/** Han ideographs of the BMP: CJK unified (U+4E00–9FFF), extension A (U+3400–4DBF), compatibility (U+F900–FAFF). */
export const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
/** One Han character, supplementary-plane ones (extension B and later, as surrogate pairs) included. */
export const HAN_RE = new RegExp(`[${HAN}]|[\\ud840-\\ud87f][\\udc00-\\udfff]`);
/** Every BMP Han character (global: for counting with `match`). */
export const HAN_G = new RegExp(`[${HAN}]`, 'g');
/** A string of Han characters only. */
export const HAN_ONLY_RE = new RegExp(`^[${HAN}]+$`);

/** Full stops of Chinese text that end a sentence. */
export const SENTENCE_END = '。！？';
/** The text holds a Chinese sentence end. */
export const SENTENCE_END_RE = new RegExp(`[${SENTENCE_END}]`);

export function isHan(ch: string): boolean {
  return HAN_RE.test(ch);
}

/** The code point is a Han character (the ranges of HAN_RE), for loops over char codes. */
export function isHanCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x20000 && c <= 0x2ffff);
}
