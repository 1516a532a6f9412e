/**
 * Context rules for polyphones left as one-character segments by the base reader, in order:
 * the longest dictionary word around the character (word-match.ts: CC-CEDICT readings, and words
 * confirming pinyin-pro's reading of an ambiguous character), learned neighbour rules (left/right
 * character), grammar rules for 得/地/只/为, the learned default reading (see
 * scripts/build-pinyin-data.mjs).
 */
import type { BaseToken } from './base-reader';
import { isPolyphone } from './base-reader';
import shipped from './data/context.json';
import { grammarReading, preLexiconReading } from './grammar-rules';
import { joinedIfBmp, wordMatchReading } from './word-match';

function prevWordLength(tokens: BaseToken[], i: number): number {
  const w = tokens[i - 1]?.word;
  if (w === undefined) return 0;
  let n = 0;
  for (let k = i - 1; k >= 0 && tokens[k]!.word === w; k--) n++;
  return n;
}

export interface PolyphoneRules {
  uni: Record<string, string>;
  left: Record<string, string>;
  right: Record<string, string>;
}

export const shippedRules: PolyphoneRules = shipped;

interface CompiledRules {
  uni: Map<string, string>;
  left: Map<string, string>;
  right: Map<string, string>;
}
// Maps built once per rule set (rule objects are plain JSON; lookups by Map are faster).
const compiled = new WeakMap<PolyphoneRules, CompiledRules>();
function compile(rules: PolyphoneRules): CompiledRules {
  let c = compiled.get(rules);
  if (!c) {
    c = { uni: new Map(Object.entries(rules.uni)), left: new Map(Object.entries(rules.left)), right: new Map(Object.entries(rules.right)) };
    compiled.set(rules, c);
  }
  return c;
}

/** Apply the rules in place; returns the tokens for chaining. */
export function applyContextRules(tokens: BaseToken[], rules: PolyphoneRules = shippedRules): BaseToken[] {
  let chars: string[] | null = null;
  let text: string | null = null;
  const c = compile(rules);
  const isHan = (k: number) => tokens[k]!.syllable !== null;
  // A dictionary word around the character may not cut a word of the segmentation in two
  // (眨|着|眼睛: not 着眼 zhuó).
  const boundary = (k: number) => k === 0 || k === tokens.length || tokens[k]!.word !== tokens[k - 1]!.word;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.syllable || !t.single || !isPolyphone(t.char)) continue;
    if (!chars) text = joinedIfBmp((chars = tokens.map((x) => x.char)));
    // A character the word check re-read keeps to its segmenter word: no dictionary word and no
    // neighbour rule across that word's boundaries.
    const seg = t.seg;
    const v =
      preLexiconReading(chars, i) ??
      wordMatchReading(chars, i, isHan, boundary, text) ??
      (seg === 0 || tokens[i + 1]?.seg === seg ? c.right.get(t.char + (tokens[i + 1]?.char ?? '$')) : undefined) ??
      (seg === 0 || tokens[i - 1]?.seg === seg ? c.left.get((tokens[i - 1]?.char ?? '^') + t.char) : undefined) ??
      grammarReading(chars, i, prevWordLength(tokens, i)) ??
      c.uni.get(t.char);
    if (v) t.syllable = v;
  }
  return tokens;
}
