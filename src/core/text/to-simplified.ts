/**
 * Traditional → Simplified with the same UTF-16 length, for engines (pinyin, summary) that work
 * best on Simplified text and must map offsets back to the original. opencc-js's `tw→cn` / `hk→cn`
 * character tables are one-to-one; any phrase-level change of length is undone character by
 * character so offsets always match.
 */
import * as OpenCC from 'opencc-js/t2cn';

type Fn = (s: string) => string;
const cache = new Map<string, Fn>();

function converter(from: 'tw' | 'hk' | 't'): Fn {
  let fn = cache.get(from);
  if (!fn) {
    fn = OpenCC.Converter({ from, to: 'cn' });
    cache.set(from, fn);
  }
  return fn;
}

export function toSimplifiedSameLength(text: string, from: 'tw' | 'hk' | 't' = 'tw'): string {
  const fn = converter(from);
  const out = fn(text);
  if (out.length === text.length) return out;
  // Phrase conversion changed the length: fall back to per-code-point conversion.
  let res = '';
  for (const ch of text) {
    const c = fn(ch);
    res += c.length === ch.length ? c : ch;
  }
  return res;
}
