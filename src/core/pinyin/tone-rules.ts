/**
 * Tone rules applied after the polyphone rules, on every character: general facts of Mandarin
 * speech and of the pinyin taught to learners, not learned from any corpus.
 * - 一 inside a written-out number (一九九四, 一点一一九) keeps its citation tone yī: the
 *   sandhi pinyin-pro writes (yí/yì before another syllable) belongs to 一 as a word (一个, 一天).
 */
import type { BaseToken } from './base-reader';

const DIGIT = new Set([...'〇零一二三四五六七八九0123456789０１２３４５６７８９']);

/** Apply the rules in place; returns the tokens for chaining. */
export function applyToneRules(tokens: BaseToken[]): BaseToken[] {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.syllable) continue;
    if (t.char === '一' && t.syllable !== 'yi1') {
      const l = tokens[i - 1]?.char;
      const r = tokens[i + 1]?.char;
      const r2 = tokens[i + 2]?.char;
      if ((l && DIGIT.has(l)) || (r && DIGIT.has(r)) || (r === '点' && r2 && DIGIT.has(r2))) t.syllable = 'yi1';
    }
  }
  return tokens;
}
