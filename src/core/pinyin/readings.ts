/**
 * Readings in context for every code point of a text: Traditional text is read through its
 * length-preserving Simplified twin, then base reader → context rules → tone rules → readings
 * learned from read speech → inline artefacts.
 * One analysis (segmentation + syllables) serves readingsOf, wordAt and ruby alike.
 */
import type { Script } from '../text/script';
import { toSimplifiedSameLength } from '../text/to-simplified';
import { artefactReadings } from './artefacts';
import { baseTokens, type BaseToken } from './base-reader';
import { applyContextRules, shippedRules, type PolyphoneRules } from './context-rules';
import { applySpeechReadings, shippedSpeech, type SpeechReadings } from './speech';
import { formatSyllable, type PinyinStyle } from './syllable';
import { applyToneRules } from './tone-rules';
import { wordSegmenter } from '../text/word-segmenter';

export interface Analysis {
  /** Code points of the original text. */
  chars: string[];
  /** Code points of the Simplified twin (same as chars for Simplified text). */
  simplified: string[];
  /** UTF-16 offset of each code point in the text. */
  offsets: number[];
  /** Numbered syllable per code point, null for non-Han. */
  syllables: Array<string | null>;
  /** Word (segment) index per code point. */
  words: number[];
}

export interface AnalyseOptions {
  /** Script of the text (the page's, when known); detected from the text itself when absent. */
  script?: Script | null;
  /** Use inline `X(pīnyīn)` artefacts as readings (default true). */
  artefacts?: boolean;
  /** Context rules (default: the shipped ones; benchmarks pass cross-validated ones). */
  rules?: PolyphoneRules;
  /** Readings learned from read speech (default: the shipped ones; benchmarks pass cross-validated ones). */
  speech?: SpeechReadings;
}

// Characters that are also ordinary Simplified characters with another use (显著, 乾隆, 於是 in
// names, 藉口…; 么 the particle, 幺 in Taiwan's standard): converting them is right only when the text is Traditional.
const AMBIGUOUS = new Set('著於乾藉昇閤徵覆諮俱甯像夥佔么');

/**
 * The Simplified twin used for lookups, code point for code point. A text counts as Traditional
 * when Traditional→Simplified conversion changes a character outside the ambiguous set (or when
 * the caller says so), which catches short Traditional texts that script detection cannot.
 */
function simplifiedTwin(chars: string[], text: string, traditional: boolean): string[] {
  if (!traditional && !hasTraditionalChar(chars)) return chars;
  let s = [...toSimplifiedSameLength(text, 'tw')];
  if (s.length !== chars.length) {
    s = chars.map((c) => {
      const t = toSimplifiedSameLength(c, 'tw');
      return [...t].length === 1 ? t : c;
    });
  }
  if (!traditional) {
    let changed = false;
    for (let i = 0; i < s.length && !changed; i++) if (s[i] !== chars[i] && !AMBIGUOUS.has(chars[i]!)) changed = true;
    if (!changed) return chars;
  }
  return s;
}

// Per-character memo of "does Traditional→Simplified change this character" (a cache of the
// converter's table, bounded by the number of distinct characters met).
const changesMemo = new Map<string, boolean>();
function hasTraditionalChar(chars: string[]): boolean {
  for (const c of chars) {
    if (c.charCodeAt(0) < 0x3400 || AMBIGUOUS.has(c)) continue;
    let v = changesMemo.get(c);
    if (v === undefined) {
      v = toSimplifiedSameLength(c, 'tw') !== c;
      changesMemo.set(c, v);
    }
    if (v) return true;
  }
  return false;
}

// Analyses of recent texts: the paragraph under the pointer is read once, not on every hover.
// Bounded by the code points held; a whole article is not kept (ruby toggled on again reads it
// again, which costs about what the first time did, and holding every paragraph's analysis for
// nothing made the first time dearer: more live objects for each garbage collection to move).
const CACHE_CHARS = 4_000;
const cache = new Map<string, Analysis>();
let cachedChars = 0;

export function analyse(text: string, opts: AnalyseOptions = {}): Analysis {
  const script = opts.script ?? null;
  const key = `${script}|${opts.artefacts === false ? 0 : 1}|${text}`;
  const useCache = !opts.rules && !opts.speech;
  const hit = useCache ? cache.get(key) : undefined;
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  let chars: string[];
  let simplified: string[];
  let tokens: BaseToken[];
  // Known Simplified text (ruby, hover on a Simplified page): the base reader's own code points,
  // when they spell the text exactly.
  if (script === 'zh-Hans' && (chars = (tokens = baseTokens(text)).map((t) => t.char)).join('') === text) {
    simplified = chars;
  } else {
    chars = [...text];
    simplified = simplifiedTwin(chars, text, script === 'zh-Hant');
    tokens = baseTokens(simplified.join(''));
  }
  // Defensive: should segmentation ever not align with code points, read character by character.
  if (tokens.length !== chars.length)
    tokens = simplified.flatMap((c, i) =>
      baseTokens(c)
        .slice(0, 1)
        .map((t) => ({ ...t, word: i })),
    );
  tokens = applySpeechReadings(applyToneRules(applyContextRules(tokens, opts.rules ?? shippedRules)), opts.speech ?? shippedSpeech);
  const offsets: number[] = new Array(chars.length);
  let off = 0;
  for (let i = 0; i < chars.length; i++) {
    offsets[i] = off;
    off += chars[i]!.length;
  }
  const aligned = tokens.length === chars.length;
  const syllables = chars.map((_, i) => (aligned ? tokens[i]!.syllable : null));
  const words = chars.map((_, i) => (aligned ? tokens[i]!.word : i));
  if (opts.artefacts !== false && (text.includes('(') || text.includes('（'))) {
    const art = artefactReadings(text);
    if (art.size)
      for (let i = 0; i < chars.length; i++) {
        const a = art.get(offsets[i]!);
        if (a) syllables[i] = a;
      }
  }
  const result: Analysis = { chars, simplified, offsets, syllables, words };
  if (useCache && chars.length <= CACHE_CHARS) {
    cache.set(key, result);
    cachedChars += chars.length;
    while (cachedChars > CACHE_CHARS) {
      const [k, v] = cache.entries().next().value!;
      cache.delete(k);
      cachedChars -= v.chars.length;
    }
  }
  return result;
}

export interface CharReading {
  char: string;
  pinyin: string | null;
}

export interface PinyinOptions {
  style?: PinyinStyle;
}

/** Readings for every code point of text, in context (polyphones), Traditional as good as Simplified. */
export function readingsOf(text: string, opts: PinyinOptions & AnalyseOptions = {}): CharReading[] {
  const a = analyse(text, opts);
  const style = opts.style ?? 'marks';
  return a.chars.map((char, i) => {
    const s = a.syllables[i];
    return { char, pinyin: s ? formatSyllable(s, style) : null };
  });
}

/**
 * Word numbers for ruby (one <ruby> per word, words set apart): the reader's words — pinyin-pro
 * groups only the words of its own polyphone dictionary (合同) — joined with the platform's
 * (Intl.Segmenter on the Simplified twin: 运输, 企业, 加快). A word ends only where both
 * segmentations end one, so no word either of them takes as one is split. The reader's words
 * alone where the platform has no segmenter.
 */
export function rubyWords(a: Analysis): number[] {
  const seg = wordSegmenter();
  if (!seg) return a.words;
  const n = a.chars.length;
  const starts = new Uint8Array(n + 1);
  let cp = 0;
  for (const s of seg.segment(a.simplified.join(''))) {
    starts[cp] = 1;
    for (const _ of s.segment) cp++;
  }
  const out = new Array<number>(n);
  let id = 0;
  for (let i = 0; i < n; i++) {
    if (i > 0 && starts[i] && a.words[i] !== a.words[i - 1]) id++;
    out[i] = id;
  }
  return out;
}
