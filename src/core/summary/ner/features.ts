/**
 * Character-level features for the entity tagger: character n-grams in a ±2 window, character
 * classes, place-gazetteer positions, surnames, organisation suffixes and person cues. Shared by
 * the runtime tagger and the training script so both see exactly the same features.
 */
import { gazetteer, matchLexicon } from '../gazetteer';
import { ABBR } from '../entity-rules';
import { LEX_CATS, properLexicon, properNounMatches } from '../lexicon';
import { hashState } from '../text-hash';
import { boundedPieces } from '../../text/pieces';
import { wordSegmenter } from '../../text/word-segmenter';

/** Suffix words that end organisation names (general grammar, not learned). */
export const ORG_SUFFIXES = [
  '委员会',
  '研究院',
  '研究所',
  '研究中心',
  '实验室',
  '联合会',
  '基金会',
  '俱乐部',
  '代表大会',
  '人民政府',
  '办公室',
  '办公厅',
  '检察院',
  '法院',
  '银行',
  '公司',
  '集团',
  '大学',
  '学院',
  '中学',
  '小学',
  '学校',
  '医院',
  '协会',
  '学会',
  '政府',
  '中心',
  '基地',
  '工厂',
  '总局',
  '部',
  '局',
  '厅',
  '委',
  '院',
  '所',
  '会',
  '社',
  '党',
  '队',
  '军',
  '厂',
  '署',
  '办',
  '处',
  '校',
  '台',
  '报',
  '站',
  '馆',
  '团',
  '组',
];
/** Multi-character organisation suffixes by their last character. */
const SUFFIXES_BY_LAST = new Map<string, string[]>();
for (const suf of ORG_SUFFIXES) {
  if (suf.length < 2) continue;
  const last = suf[suf.length - 1]!;
  SUFFIXES_BY_LAST.set(last, [...(SUFFIXES_BY_LAST.get(last) ?? []), suf]);
}
const PER_BEFORE = [
  '记者',
  '编辑',
  '书记',
  '市长',
  '省长',
  '县长',
  '主席',
  '总理',
  '部长',
  '局长',
  '厅长',
  '院长',
  '校长',
  '主任',
  '总统',
  '首相',
  '教授',
  '董事长',
  '总经理',
  '经理',
  '委员',
  '代表',
  '队长',
  '同志',
  '老人',
  '先生',
  '女士',
  '通讯员',
  '作者',
  '导演',
  '演员',
  '选手',
  '球员',
  '教练',
];
const PER_AFTER = [
  '说',
  '表示',
  '指出',
  '认为',
  '介绍',
  '强调',
  '告诉',
  '先生',
  '女士',
  '同志',
  '教授',
  '书记',
  '主席',
  '总理',
  '等人',
  '一行',
];

export type CharClass = 'H' | 'D' | 'L' | 'P' | 'S';

function charClass(c: string): CharClass {
  const code = c.charCodeAt(0);
  if (code >= 0x4e00 && code <= 0x9fff) return 'H';
  if (/[0-9０-９]/.test(c)) return 'D';
  if (/[A-Za-zＡ-Ｚａ-ｚ]/.test(c)) return 'L';
  if (/\s/.test(c)) return 'S';
  return 'P';
}

const GZ = ['-', 'B', 'M', 'E', 'S'];
/** Characters of the standard transliteration table for foreign names (阿, 斯, 尔, 克 …). */
const TRANSLIT = new Set(
  '阿埃艾爱安昂奥巴贝本比彼宾波伯布查达戴丹当德迪蒂丁杜顿多厄恩尔法菲费芬丰弗福盖甘冈戈格古瓜哈海汉豪赫亨胡霍基吉加贾杰金卡凯坎康柯科克肯库夸奎拉莱兰朗劳勒雷里利莉连林琳卢鲁伦罗洛马迈曼芒梅蒙米明姆莫默穆纳奈南内尼涅宁努诺欧帕佩彭皮普奇恰乔切琴丘萨塞桑瑟森沙尚什舍施斯松苏索塔泰坦汤特提廷图托瓦万旺威韦维温沃乌西希谢辛休雅亚扬耶伊因英尤约泽扎詹兹佐',
);
const ONE_CHAR_ORG = new Set(ORG_SUFFIXES.filter((x) => x.length === 1));
const OPEN = '“「『（(';
const CLOSE = '”」』）)';

const segmenter = (): Intl.Segmenter => wordSegmenter()!;

/** Longest piece of text handed to the word segmenter at once. */
export const SEGMENT_WINDOW = 400;
/** Characters after which the segmenter always breaks: a window may end there without changing its words. */
const SAFE_CUT = /[\s，、：；。！？“”‘’（）《》【】「」『』,;:!?()]/;

/**
 * `s` cut into windows of at most SEGMENT_WINDOW characters for the word segmenter, whose cost
 * grows faster than the length of the string it is given (Intl.Segmenter: 50,000 characters 0.4 s,
 * 70,000 over 60 s, punctuated or not). A window ends after punctuation or a space in its second half, where
 * the segmenter breaks anyway (same words as one call); only a run with no such character in
 * SEGMENT_WINDOW / 2 characters is cut hard. Text up to SEGMENT_WINDOW characters is one window.
 */
export function segmentWindows(s: string): Array<[number, number]> {
  return boundedPieces(s, SEGMENT_WINDOW, SAFE_CUT);
}

/**
 * Where features go. Every feature is a prefix and a few parts, and its name is their
 * concatenation: the name sink builds the names (training, the model file), the hash sink folds
 * the same code units into the two hashes of text-hash.ts without building any string (the tagger
 * at run time), so a model's names hashed with hashPair find the run-time features.
 */
export interface FeatureSink {
  /** A feature whose parts are single UTF-16 code units (-1: none): the common case, no strings. */
  code(prefix: Prefix, a?: number, b?: number, c?: number, d?: number, e?: number): void;
  /** A feature whose parts are strings (words). */
  add(prefix: Prefix, a?: string, b?: string): void;
  /** The features of position i are complete. */
  next(): void;
}

/** A feature's prefix with the hash state after folding it (so only the parts are hashed per feature). */
export interface Prefix {
  name: string;
  h1: number;
  h2: number;
}

function prefix(name: string): Prefix {
  const [h1, h2] = hashState(name);
  return { name, h1, h2 };
}

const PREFIX_NAMES = [
  'ab',
  'b',
  'b-1',
  'b-2',
  'b1',
  'b2',
  'c',
  'ca',
  'ca+1',
  'ca+2',
  'cb',
  'g',
  'g-1',
  'g1',
  'gn',
  'ppsn',
  'psn',
  'q',
  'sa',
  'se',
  'se+1',
  'sn',
  'sn1',
  'sn2',
  't-1',
  't0',
  't1',
  'tl',
  'u-1',
  'u-2',
  'u0',
  'u1',
  'u2',
  'w',
  'wl',
  'wp',
  'wr',
  'x',
  'x-',
  'xe',
  'xs',
] as const;
const P = Object.fromEntries(PREFIX_NAMES.map((n) => [n, prefix(n)])) as Record<(typeof PREFIX_NAMES)[number], Prefix>;

const ZERO = 48;
const ONE = 49;
const CARET = 94; // '^': before the text
const DOLLAR = 36; // '$': after it
const CLASS_CODE: Record<CharClass, number> = { H: 72, D: 68, L: 76, P: 80, S: 83 };
const GZ_CODE = GZ.map((g) => g.charCodeAt(0));
/** 'x' + lexicon position + category, 'xs'/'xe' + category, 'w' + word position. */
const PX = GZ.map((g) => LEX_CATS.map((cat) => prefix('x' + g + cat)));
const PXS = LEX_CATS.map((cat) => prefix('xs' + cat));
const PXE = LEX_CATS.map((cat) => prefix('xe' + cat));
const PW = GZ.map((g) => prefix('w' + g));

/** Hashed features: position i has the pairs (h1[k], h2[k]) for k in [starts[i], starts[i + 1]). */
export interface FeatureHashes {
  h1: Uint32Array;
  h2: Uint32Array;
  starts: Int32Array;
}

// step1/step2 of text-hash.ts over a part, written out: this is the tagger's hottest code.
function fold1(h: number, s: string | undefined): number {
  if (s !== undefined) for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  return h;
}
function fold2(h: number, s: string | undefined): number {
  if (s !== undefined) for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x5bd1e995) ^ (h >>> 13);
  return h;
}

class HashSink implements FeatureSink {
  h1: Uint32Array;
  h2: Uint32Array;
  readonly starts: Int32Array;
  private len = 0;
  private pos = 0;
  constructor(n: number) {
    this.h1 = new Uint32Array(n * 64 + 16);
    this.h2 = new Uint32Array(this.h1.length);
    this.starts = new Int32Array(n + 1);
  }
  private push(x1: number, x2: number): void {
    if (this.len === this.h1.length) {
      const g1 = new Uint32Array(this.len * 2);
      g1.set(this.h1);
      this.h1 = g1;
      const g2 = new Uint32Array(this.len * 2);
      g2.set(this.h2);
      this.h2 = g2;
    }
    this.h1[this.len] = x1 >>> 0 || 1; // key1
    this.h2[this.len] = x2 >>> 0; // key2
    this.len++;
  }
  add(p: Prefix, a?: string, b?: string): void {
    this.push(fold1(fold1(p.h1, a), b), fold2(fold2(p.h2, a), b));
  }
  code(p: Prefix, a = -1, b = -1, c = -1, d = -1, e = -1): void {
    let x1 = p.h1;
    let x2 = p.h2;
    // step1/step2 of text-hash.ts, written out.
    if (a >= 0) {
      x1 = Math.imul(x1 ^ a, 0x01000193);
      x2 = Math.imul(x2 ^ a, 0x5bd1e995) ^ (x2 >>> 13);
    }
    if (b >= 0) {
      x1 = Math.imul(x1 ^ b, 0x01000193);
      x2 = Math.imul(x2 ^ b, 0x5bd1e995) ^ (x2 >>> 13);
    }
    if (c >= 0) {
      x1 = Math.imul(x1 ^ c, 0x01000193);
      x2 = Math.imul(x2 ^ c, 0x5bd1e995) ^ (x2 >>> 13);
    }
    if (d >= 0) {
      x1 = Math.imul(x1 ^ d, 0x01000193);
      x2 = Math.imul(x2 ^ d, 0x5bd1e995) ^ (x2 >>> 13);
    }
    if (e >= 0) {
      x1 = Math.imul(x1 ^ e, 0x01000193);
      x2 = Math.imul(x2 ^ e, 0x5bd1e995) ^ (x2 >>> 13);
    }
    this.push(x1, x2);
  }
  next(): void {
    this.starts[++this.pos] = this.len;
  }
  result(): FeatureHashes {
    return { h1: this.h1, h2: this.h2, starts: this.starts };
  }
}

function nameSink(): FeatureSink & { result(): string[][] } {
  const out: string[][] = [];
  let cur: string[] = [];
  return {
    add(prefix, a = '', b = '') {
      cur.push(prefix.name + a + b);
    },
    code(prefix, ...parts: Array<number | undefined>) {
      cur.push(prefix.name + String.fromCharCode(...parts.filter((x): x is number => x !== undefined && x >= 0)));
    },
    next() {
      out.push(cur);
      cur = [];
    },
    result: () => out,
  };
}

/** Feature names for every position of `s` (Simplified text): training and the model file. */
export function sentenceFeatures(s: string): string[][] {
  const sink = nameSink();
  emitFeatures(s, sink);
  return sink.result();
}

/** The same features, hashed (no strings built): the tagger at run time. */
export function sentenceFeatureHashes(s: string): FeatureHashes {
  const sink = new HashSink(s.length);
  emitFeatures(s, sink);
  return sink.result();
}

/** Every feature of every position of `s`, in order, into `sink`. */
function emitFeatures(s: string, sink: FeatureSink): void {
  const { places, surnames, doubleSurnames } = gazetteer();
  const gz = matchLexicon(s, places);
  const lex = properNounMatches(s);
  const { givenChars } = properLexicon();
  const all = lex;
  const n = s.length;
  const classes = new Array<CharClass>(n);
  for (let i = 0; i < n; i++) classes[i] = charClass(s[i]!);
  const sufEnd = new Int8Array(n);
  for (let i = 0; i < n; i++) {
    const ending = SUFFIXES_BY_LAST.get(s[i]!);
    if (ending)
      for (const suf of ending)
        if (i - suf.length + 1 >= 0 && s.startsWith(suf, i - suf.length + 1)) sufEnd[i] = Math.max(sufEnd[i]!, suf.length);
  }
  const cueBefore = new Uint8Array(n);
  const cueAfter = new Uint8Array(n);
  for (const w of PER_BEFORE) for (let p = s.indexOf(w); p >= 0; p = s.indexOf(w, p + 1)) if (p + w.length < n) cueBefore[p + w.length] = 1;
  for (const w of PER_AFTER) for (let p = s.indexOf(w); p >= 0; p = s.indexOf(w, p + 1)) if (p > 0) cueAfter[p - 1] = 1;
  // Distance to the end of the nearest organisation suffix ahead (same run of Han/Latin/digit text).
  const sufAhead = new Uint8Array(n);
  for (let i = n - 1, next = -1; i >= 0; i--) {
    const k = classes[i]!;
    if (k === 'P' || k === 'S') next = -1;
    else if (sufEnd[i] || ONE_CHAR_ORG.has(s[i]!)) next = i;
    sufAhead[i] = next < 0 ? 0 : Math.min(next - i, 9) + 1;
  }
  // Inside quotes or brackets: “幸福工程”组委会, （新华社）.
  const quoted = new Uint8Array(n);
  for (let i = 0, depth = 0; i < n; i++) {
    const c = s[i]!;
    if (OPEN.includes(c)) depth++;
    else if (CLOSE.includes(c)) depth = Math.max(0, depth - 1);
    else quoted[i] = depth > 0 ? 1 : 0;
  }
  const wordAt: string[] = new Array(n);
  const wordPos = new Uint8Array(n);
  for (const [lo, hi] of segmentWindows(s)) {
    for (const seg of segmenter().segment(lo === 0 && hi === n ? s : s.slice(lo, hi))) {
      const w = seg.segment;
      for (let k = 0; k < w.length; k++) {
        wordAt[lo + seg.index + k] = w;
        wordPos[lo + seg.index + k] = w.length === 1 ? 4 : k === 0 ? 1 : k === w.length - 1 ? 3 : 2;
      }
    }
  }
  // Parts as code units: '0'/'1' flags, classes, positions, digits.
  const gn = (k: number) => (k >= 0 && k < n && givenChars.has(s[k]!) ? ONE : ZERO);
  const tl = (k: number) => (k >= 0 && k < n && TRANSLIT.has(s[k]!) ? ONE : ZERO);
  const ab = (k: number) => (k >= 0 && k < n && ABBR.has(s[k]!) ? ONE : ZERO);
  const cc = (i: number) => (i < 0 ? CARET : i >= n ? DOLLAR : s.charCodeAt(i));
  const kc = (i: number) => (i < 0 ? CARET : i >= n ? DOLLAR : CLASS_CODE[classes[i]!]);
  const dsFirst = new Set([...doubleSurnames].map((x) => x[0]!));
  for (let i = 0; i < n; i++) {
    const c0 = cc(i);
    const l1 = cc(i - 1);
    const l2 = cc(i - 2);
    const r1 = cc(i + 1);
    const r2 = cc(i + 2);
    sink.code(P['b']);
    sink.code(P['u0'], c0);
    sink.code(P['u-1'], l1);
    sink.code(P['u1'], r1);
    sink.code(P['u-2'], l2);
    sink.code(P['u2'], r2);
    sink.code(P['b-1'], l1, c0);
    sink.code(P['b1'], c0, r1);
    sink.code(P['b-2'], l2, l1);
    sink.code(P['b2'], r1, r2);
    sink.code(P['t0'], l1, c0, r1);
    sink.code(P['c'], kc(i - 1), kc(i), kc(i + 1));
    sink.code(P['g'], GZ_CODE[gz[i]!]);
    sink.code(P['g-1'], GZ_CODE[i > 0 ? gz[i - 1]! : 0], GZ_CODE[gz[i]!]);
    sink.code(P['g1'], GZ_CODE[gz[i]!], GZ_CODE[i + 1 < n ? gz[i + 1]! : 0]);
    const lm = lex.mask[i]!;
    if (lm) {
      const lp = lex.pos[i]!;
      for (let b = 0; b < LEX_CATS.length; b++) if (lm & (1 << b)) sink.code(PX[lp]![b]!);
    } else sink.code(P['x-']);
    for (let b = 0; b < LEX_CATS.length; b++) {
      if (all.starts[i]! & (1 << b)) sink.code(PXS[b]!);
      if (all.ends[i]! & (1 << b)) sink.code(PXE[b]!);
    }
    sink.code(P['t-1'], l2, l1, c0);
    sink.code(P['t1'], c0, r1, r2);
    sink.code(P['gn'], gn(i - 1), gn(i), gn(i + 1));
    const wl = Math.min(wordAt[i]!.length, 5);
    sink.code(P['wp'], GZ_CODE[wordPos[i]!], ZERO + wl);
    sink.add(PW[wordPos[i]!]!, wordAt[i]);
    if (i > 0 && wordPos[i] === 1) sink.add(P['wl'], wordAt[i - 1]);
    if ((i + 1 < n && wordPos[i] === 3) || wordPos[i] === 4) sink.add(P['wr'], wordAt[i + 1] ?? '$');
    const c0s = s[i]!;
    if (surnames.has(c0s)) {
      sink.code(P['sn']);
      sink.code(P['sn1'], l1);
    }
    if (i + 1 < n && dsFirst.has(c0s) && doubleSurnames.has(s.slice(i, i + 2))) sink.code(P['sn2']);
    if (i > 0 && surnames.has(s[i - 1]!)) sink.code(P['psn']);
    if (i > 1 && surnames.has(s[i - 2]!)) sink.code(P['ppsn']);
    if (sufEnd[i]) sink.code(P['se'], ZERO + sufEnd[i]!);
    if (i + 1 < n && sufEnd[i + 1]) sink.code(P['se+1']);
    sink.code(P['ab'], ab(i - 1), ab(i), ab(i + 1));
    sink.code(P['tl'], tl(i - 2), tl(i - 1), tl(i), tl(i + 1), tl(i + 2));
    const sa = sufAhead[i]!;
    if (sa) {
      // 1–10, written in decimal
      const hi = sa >= 10 ? ZERO + Math.floor(sa / 10) : -1;
      const lo = ZERO + (sa % 10);
      if (hi >= 0) {
        sink.code(P['sa'], hi, lo);
        sink.code(P['sa'], hi, lo, kc(i));
      } else {
        sink.code(P['sa'], lo);
        sink.code(P['sa'], lo, kc(i));
      }
    }
    if (quoted[i]) sink.code(P['q'], kc(i));
    if (cueBefore[i]) sink.code(P['cb']);
    if (cueAfter[i]) sink.code(P['ca']);
    if (i + 1 < n && cueAfter[i + 1]) sink.code(P['ca+1']);
    if (i + 2 < n && cueAfter[i + 2]) sink.code(P['ca+2']);
    sink.next();
  }
}
