/**
 * Context rules for polyphones left as one-character segments by the base reader: a learned
 * default reading per character and left/right neighbour rules (see scripts/build-pinyin-data.mjs).
 */
import type { BaseToken } from './base-reader';
import { isPolyphone } from './base-reader';
import shipped from './data/context.json';

export interface PolyphoneRules {
  uni: Record<string, string>;
  left: Record<string, string>;
  right: Record<string, string>;
}

export const shippedRules: PolyphoneRules = shipped as PolyphoneRules;

/** Apply the rules in place; returns the tokens for chaining. */
export function applyContextRules(tokens: BaseToken[], rules: PolyphoneRules = shippedRules): BaseToken[] {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.syllable || !t.single || !isPolyphone(t.char)) continue;
    const l = tokens[i - 1]?.char ?? '^';
    const r = tokens[i + 1]?.char ?? '$';
    const v = rules.right[t.char + r] ?? rules.left[l + t.char] ?? rules.uni[t.char];
    if (v) t.syllable = v;
  }
  return tokens;
}
