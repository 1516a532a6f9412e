/**
 * Readings as news is read aloud, learned from a read-speech transcript (data/speech.json, built by
 * scripts/speech-readings.mjs): for a word as the base reader segments it, the reading the speaker
 * gives where it differs from the lexicons' (喜欢 xǐhuān, 关系 guānxi in a clause-final position);
 * for a one-character segment, the same keyed by the character and its left or right neighbour (left first)
 * (有个 ge, 当晚 dàng). Applied last, over the rules, as they were learned on the engine's output.
 */
import type { BaseToken } from './base-reader';
import shipped from './data/speech.json';

export interface SpeechReadings {
  words: Record<string, string>;
  left: Record<string, string>;
  right: Record<string, string>;
}

export const shippedSpeech: SpeechReadings = shipped;

interface Index {
  /** First code units of the words. */
  starts: Set<number>;
  /** Code units of the characters with a neighbour reading. */
  chars: Set<number>;
  /** The tables as Maps (lookups by fresh strings are cheaper in a Map than in a plain object). */
  words: Map<string, string>;
  left: Map<string, string>;
  right: Map<string, string>;
}
const indexes = new WeakMap<SpeechReadings, Index>();
function indexOf(t: SpeechReadings): Index {
  let x = indexes.get(t);
  if (!x) {
    x = {
      starts: new Set(Object.keys(t.words).map((w) => w.charCodeAt(0))),
      chars: new Set(),
      words: new Map(Object.entries(t.words)),
      left: new Map(Object.entries(t.left)),
      right: new Map(Object.entries(t.right)),
    };
    for (const k of Object.keys(t.left)) x.chars.add(k.charCodeAt(k.length - 1));
    for (const k of Object.keys(t.right)) x.chars.add(k.charCodeAt(0));
    indexes.set(t, x);
  }
  return x;
}

/** Apply the readings in place; returns the tokens for chaining. */
export function applySpeechReadings(tokens: BaseToken[], t: SpeechReadings = shippedSpeech): BaseToken[] {
  const { starts, chars, words, left, right } = indexOf(t);
  for (let b = 0; b < tokens.length;) {
    const tok = tokens[b]!;
    let e = b + 1;
    while (e < tokens.length && tokens[e]!.word === tok.word) e++;
    if (tok.syllable) {
      if (e - b >= 2) {
        if (starts.has(tok.char.charCodeAt(0))) {
          let w = '';
          for (let k = b; k < e; k++) w += tokens[k]!.char;
          const r = words.get(w);
          if (r) r.split(' ').forEach((s, k) => (tokens[b + k]!.syllable = s));
        }
      } else if (chars.has(tok.char.charCodeAt(0))) {
        const v = left.get((tokens[b - 1]?.char ?? '^') + tok.char) ?? right.get(tok.char + (tokens[b + 1]?.char ?? '$'));
        if (v) tok.syllable = v;
      }
    }
    b = e;
  }
  return tokens;
}
