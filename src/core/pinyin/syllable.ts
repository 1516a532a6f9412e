/**
 * One pinyin syllable in three spellings: numbers (`hang2`, `lv4`, `le5` — the engine's internal
 * form), tone marks (`háng`, `lǜ`, `le`) and zhuyin/bopomofo (`ㄏㄤˊ`).
 */

const MARKS: Record<string, string[]> = {
  a: ['ā', 'á', 'ǎ', 'à'],
  e: ['ē', 'é', 'ě', 'è'],
  i: ['ī', 'í', 'ǐ', 'ì'],
  o: ['ō', 'ó', 'ǒ', 'ò'],
  u: ['ū', 'ú', 'ǔ', 'ù'],
  ü: ['ǖ', 'ǘ', 'ǚ', 'ǜ'],
};

/** Tone 1–5 (5 = neutral) of a numbered syllable; 5 when it has no digit. */
export function toneOf(numbered: string): number {
  const d = numbered.charCodeAt(numbered.length - 1) - 48;
  return d >= 1 && d <= 5 ? d : 5;
}

function baseOf(numbered: string): string {
  return /[0-5]$/.test(numbered) ? numbered.slice(0, -1) : numbered;
}

/** `lv4` → `lǜ`, `hang2` → `háng`, `le5` → `le`. */
export function numbersToMarks(numbered: string): string {
  const tone = toneOf(numbered);
  const base = baseOf(numbered).replace(/v/g, 'ü');
  if (tone === 5) return base;
  // Standard placement: a or e take the mark; in "ou" the o; otherwise the last vowel.
  let idx = base.search(/[ae]/);
  if (idx < 0) idx = base.indexOf('ou');
  if (idx < 0) {
    for (let i = base.length - 1; i >= 0; i--)
      if ('iouü'.includes(base[i]!)) {
        idx = i;
        break;
      }
  }
  if (idx < 0) return base; // syllabic consonants (m, n, ng, hm): no vowel to mark
  const v = base[idx]!;
  return base.slice(0, idx) + MARKS[v]![tone - 1] + base.slice(idx + 1);
}

const INITIALS: Array<[string, string]> = [
  ['zh', 'ㄓ'],
  ['ch', 'ㄔ'],
  ['sh', 'ㄕ'],
  ['b', 'ㄅ'],
  ['p', 'ㄆ'],
  ['m', 'ㄇ'],
  ['f', 'ㄈ'],
  ['d', 'ㄉ'],
  ['t', 'ㄊ'],
  ['n', 'ㄋ'],
  ['l', 'ㄌ'],
  ['g', 'ㄍ'],
  ['k', 'ㄎ'],
  ['h', 'ㄏ'],
  ['j', 'ㄐ'],
  ['q', 'ㄑ'],
  ['x', 'ㄒ'],
  ['r', 'ㄖ'],
  ['z', 'ㄗ'],
  ['c', 'ㄘ'],
  ['s', 'ㄙ'],
];
const FINALS: Record<string, string> = {
  a: 'ㄚ',
  o: 'ㄛ',
  e: 'ㄜ',
  ê: 'ㄝ',
  ai: 'ㄞ',
  ei: 'ㄟ',
  ao: 'ㄠ',
  ou: 'ㄡ',
  an: 'ㄢ',
  en: 'ㄣ',
  ang: 'ㄤ',
  eng: 'ㄥ',
  ong: 'ㄨㄥ',
  er: 'ㄦ',
  i: 'ㄧ',
  ia: 'ㄧㄚ',
  ie: 'ㄧㄝ',
  iao: 'ㄧㄠ',
  iu: 'ㄧㄡ',
  ian: 'ㄧㄢ',
  in: 'ㄧㄣ',
  iang: 'ㄧㄤ',
  ing: 'ㄧㄥ',
  iong: 'ㄩㄥ',
  u: 'ㄨ',
  ua: 'ㄨㄚ',
  uo: 'ㄨㄛ',
  uai: 'ㄨㄞ',
  ui: 'ㄨㄟ',
  uan: 'ㄨㄢ',
  un: 'ㄨㄣ',
  uang: 'ㄨㄤ',
  ueng: 'ㄨㄥ',
  ü: 'ㄩ',
  üe: 'ㄩㄝ',
  üan: 'ㄩㄢ',
  ün: 'ㄩㄣ',
  m: 'ㄇ',
  n: 'ㄋ',
  ng: 'ㄫ',
  hm: 'ㄏㄇ',
};
const TONE_MARK = ['', 'ˊ', 'ˇ', 'ˋ', '˙'];

/** `hang2` → `ㄏㄤˊ`, `zhi1` → `ㄓ`, `le5` → `˙ㄌㄜ`. Unknown spellings come back as tone marks. */
export function numbersToZhuyin(numbered: string): string {
  const tone = toneOf(numbered);
  let s = baseOf(numbered).replace(/v/g, 'ü');
  // Spelling rules back to the underlying final.
  if (s === 'r') s = 'er';
  s = s.replace(/^yu/, 'ü').replace(/^yi/, 'i').replace(/^y/, 'i').replace(/^wu/, 'u').replace(/^w/, 'u');
  s = s.replace(/^i([aeou])/, 'i$1');
  let ini = '';
  for (const [p, z] of INITIALS) {
    if (s.startsWith(p) && s.length > p.length) {
      ini = z;
      s = s.slice(p.length);
      break;
    }
  }
  if (ini && /^[jqx]/.test(numbered)) s = s.replace(/^u/, 'ü');
  let fin: string | undefined;
  if (ini && /^[ㄓㄔㄕㄖㄗㄘㄙ]$/.test(ini) && s === 'i') fin = '';
  else fin = FINALS[s === 'iou' ? 'iu' : s === 'uei' ? 'ui' : s === 'uen' ? 'un' : s];
  if (fin === undefined) return numbersToMarks(numbered);
  const body = ini + fin;
  return tone === 5 ? '˙' + body : tone === 1 ? body : body + TONE_MARK[tone - 1];
}

export type PinyinStyle = 'marks' | 'numbers' | 'zhuyin';

// Spellings already made (ruby writes one per character; a text has a few hundred distinct syllables).
const spelled: Record<PinyinStyle, Map<string, string>> = { marks: new Map(), numbers: new Map(), zhuyin: new Map() };

export function formatSyllable(numbered: string, style: PinyinStyle = 'marks'): string {
  if (style === 'numbers') return numbered;
  const memo = spelled[style];
  let v = memo.get(numbered);
  if (v === undefined) {
    v = style === 'zhuyin' ? numbersToZhuyin(numbered) : numbersToMarks(numbered);
    if (memo.size < 4096) memo.set(numbered, v);
  }
  return v;
}
