/**
 * Character-level features for the entity tagger: character n-grams in a ±2 window, character
 * classes, place-gazetteer positions, surnames, organisation suffixes and person cues. Shared by
 * the runtime tagger and the training script so both see exactly the same features.
 */
import { gazetteer, matchLexicon } from '../gazetteer';
import { ABBR } from '../entity-rules';
import { LEX_CATS, properLexicon, properNounMatches } from '../lexicon';
import { H1_SEED, H2_SEED, hashPair } from '../text-hash';

/** Suffix words that end organisation names (general grammar, not learned). */
export const ORG_SUFFIXES = [
  '委员会', '研究院', '研究所', '研究中心', '实验室', '联合会', '基金会', '俱乐部', '代表大会', '人民政府', '办公室', '办公厅',
  '检察院', '法院', '银行', '公司', '集团', '大学', '学院', '中学', '小学', '学校', '医院', '协会', '学会', '政府', '中心',
  '基地', '工厂', '总局', '部', '局', '厅', '委', '院', '所', '会', '社', '党', '队', '军', '厂', '署', '办', '处', '校', '台', '报', '站', '馆', '团', '组',
];
/** Multi-character organisation suffixes by their last character. */
const SUFFIXES_BY_LAST = new Map<string, string[]>();
for (const suf of ORG_SUFFIXES) {
  if (suf.length < 2) continue;
  const last = suf[suf.length - 1]!;
  SUFFIXES_BY_LAST.set(last, [...(SUFFIXES_BY_LAST.get(last) ?? []), suf]);
}
const PER_BEFORE = ['记者', '编辑', '书记', '市长', '省长', '县长', '主席', '总理', '部长', '局长', '厅长', '院长', '校长', '主任', '总统', '首相', '教授', '董事长', '总经理', '经理', '委员', '代表', '队长', '同志', '老人', '先生', '女士', '通讯员', '作者', '导演', '演员', '选手', '球员', '教练'];
const PER_AFTER = ['说', '表示', '指出', '认为', '介绍', '强调', '告诉', '先生', '女士', '同志', '教授', '书记', '主席', '总理', '等人', '一行'];

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
const TRANSLIT = new Set([
  ...'阿埃艾爱安昂奥巴贝本比彼宾波伯布查达戴丹当德迪蒂丁杜顿多厄恩尔法菲费芬丰弗福盖甘冈戈格古瓜哈海汉豪赫亨胡霍基吉加贾杰金卡凯坎康柯科克肯库夸奎拉莱兰朗劳勒雷里利莉连林琳卢鲁伦罗洛马迈曼芒梅蒙米明姆莫默穆纳奈南内尼涅宁努诺欧帕佩彭皮普奇恰乔切琴丘萨塞桑瑟森沙尚什舍施斯松苏索塔泰坦汤特提廷图托瓦万旺威韦维温沃乌西希谢辛休雅亚扬耶伊因英尤约泽扎詹兹佐',
]);
const ONE_CHAR_ORG = new Set(ORG_SUFFIXES.filter((x) => x.length === 1));
const OPEN = '“「『（(';
const CLOSE = '”」』）)';

let seg: Intl.Segmenter | null = null;
function segmenter(): Intl.Segmenter {
  seg ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return seg;
}

/**
 * Where features go. Every feature is a prefix and up to three parts, and its name is their
 * concatenation; `names()` builds the names (training, the model file), `hashes()` folds the same
 * characters into two 32-bit hashes without building any string (the tagger at run time).
 */
export interface FeatureSink {
  add(prefix: string, a?: string, b?: string, c?: string, d?: string, e?: string): void;
  /** The features of position i are complete. */
  next(): void;
}

const DIGITS = Array.from({ length: 11 }, (_, k) => String(k));
/** The two hashes of a feature name, as FeatureHashes stores them (also used to load the model). */
export const hashName = hashPair;

/** Hashed features: position i has the pairs (h1[k], h2[k]) for k in [starts[i], starts[i + 1]). */
export interface FeatureHashes {
  h1: Uint32Array;
  h2: Uint32Array;
  starts: Int32Array;
}

function hashSink(n: number): FeatureSink & { result(): FeatureHashes } {
  let h1 = new Uint32Array(n * 48 + 16);
  let h2 = new Uint32Array(h1.length);
  const starts = new Int32Array(n + 1);
  let len = 0;
  let pos = 0;
  const fold = (s: string | undefined): void => {
    if (!s) return;
    for (let k = 0; k < s.length; k++) {
      const c = s.charCodeAt(k);
      // step1/step2 of text-hash.ts, written out: this is the tagger's hottest loop.
      x1 = Math.imul(x1 ^ c, 0x01000193);
      x2 = Math.imul(x2 ^ c, 0x5bd1e995) ^ (x2 >>> 13);
    }
  };
  let x1 = 0;
  let x2 = 0;
  return {
    add(prefix, a, b, c, d, e) {
      x1 = H1_SEED;
      x2 = H2_SEED;
      fold(prefix);
      fold(a);
      fold(b);
      fold(c);
      fold(d);
      fold(e);
      if (len === h1.length) {
        const g1 = new Uint32Array(len * 2);
        g1.set(h1);
        h1 = g1;
        const g2 = new Uint32Array(len * 2);
        g2.set(h2);
        h2 = g2;
      }
      h1[len] = x1 >>> 0 || 1; // key1
      h2[len] = x2 >>> 0; // key2
      len++;
    },
    next() {
      starts[++pos] = len;
    },
    result: () => ({ h1, h2, starts }),
  };
}

function nameSink(): FeatureSink & { result(): string[][] } {
  const out: string[][] = [];
  let cur: string[] = [];
  return {
    add(prefix, a = '', b = '', c = '', d = '', e = '') {
      cur.push(prefix + a + b + c + d + e);
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
  const sink = hashSink(s.length);
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
  const ch = (i: number) => (i < 0 ? '^' : i >= n ? '$' : s[i]!);
  const classes = new Array<CharClass>(n);
  for (let i = 0; i < n; i++) classes[i] = charClass(s[i]!);
  const cls = (i: number) => (i < 0 ? '^' : i >= n ? '$' : classes[i]!);
  const sufEnd = new Int8Array(n);
  for (let i = 0; i < n; i++) {
    const ending = SUFFIXES_BY_LAST.get(s[i]!);
    if (ending) for (const suf of ending) if (i - suf.length + 1 >= 0 && s.startsWith(suf, i - suf.length + 1)) sufEnd[i] = Math.max(sufEnd[i]!, suf.length);
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
  for (const seg of segmenter().segment(s)) {
    const w = seg.segment;
    for (let k = 0; k < w.length; k++) {
      wordAt[seg.index + k] = w;
      wordPos[seg.index + k] = w.length === 1 ? 4 : k === 0 ? 1 : k === w.length - 1 ? 3 : 2;
    }
  }
  const gn = (k: number) => (k >= 0 && k < n && givenChars.has(s[k]!) ? '1' : '0');
  const tl = (k: number) => (k >= 0 && k < n && TRANSLIT.has(s[k]!) ? '1' : '0');
  const ab = (k: number) => (k >= 0 && k < n && ABBR.has(s[k]!) ? '1' : '0');
  for (let i = 0; i < n; i++) {
    const c0 = ch(i);
    const l1 = ch(i - 1);
    const l2 = ch(i - 2);
    const r1 = ch(i + 1);
    const r2 = ch(i + 2);
    sink.add('b');
    sink.add('u0', c0);
    sink.add('u-1', l1);
    sink.add('u1', r1);
    sink.add('u-2', l2);
    sink.add('u2', r2);
    sink.add('b-1', l1, c0);
    sink.add('b1', c0, r1);
    sink.add('b-2', l2, l1);
    sink.add('b2', r1, r2);
    sink.add('t0', l1, c0, r1);
    sink.add('c', cls(i - 1), cls(i), cls(i + 1));
    sink.add('g', GZ[gz[i]!]);
    sink.add('g-1', GZ[i > 0 ? gz[i - 1]! : 0], GZ[gz[i]!]);
    sink.add('g1', GZ[gz[i]!], GZ[i + 1 < n ? gz[i + 1]! : 0]);
    const lm = lex.mask[i]!;
    if (lm) {
      const lp = GZ[lex.pos[i]!];
      for (let b = 0; b < LEX_CATS.length; b++) if (lm & (1 << b)) sink.add('x', lp, LEX_CATS[b]);
    } else sink.add('x-');
    for (let b = 0; b < LEX_CATS.length; b++) {
      if (all.starts[i]! & (1 << b)) sink.add('xs', LEX_CATS[b]);
      if (all.ends[i]! & (1 << b)) sink.add('xe', LEX_CATS[b]);
    }
    sink.add('t-1', l2, l1, c0);
    sink.add('t1', c0, r1, r2);
    sink.add('gn', gn(i - 1), gn(i), gn(i + 1));
    const wl = Math.min(wordAt[i]!.length, 5);
    sink.add('wp', GZ[wordPos[i]!], DIGITS[wl]);
    sink.add('w', GZ[wordPos[i]!], wordAt[i]);
    if (i > 0 && wordPos[i] === 1) sink.add('wl', wordAt[i - 1]);
    if (i + 1 < n && wordPos[i] === 3 || wordPos[i] === 4) sink.add('wr', wordAt[i + 1] ?? '$');
    if (surnames.has(c0)) {
      sink.add('sn');
      sink.add('sn1', l1);
    }
    if (doubleSurnames.has(c0 + r1)) sink.add('sn2');
    if (i > 0 && surnames.has(s[i - 1]!)) sink.add('psn');
    if (i > 1 && surnames.has(s[i - 2]!)) sink.add('ppsn');
    if (sufEnd[i]) sink.add('se', DIGITS[sufEnd[i]!]);
    if (i + 1 < n && sufEnd[i + 1]) sink.add('se+1');
    sink.add('ab', ab(i - 1), ab(i), ab(i + 1));
    sink.add('tl', tl(i - 2), tl(i - 1), tl(i), tl(i + 1), tl(i + 2));
    if (sufAhead[i]) {
      sink.add('sa', DIGITS[sufAhead[i]!]);
      sink.add('sa', DIGITS[sufAhead[i]!], cls(i));
    }
    if (quoted[i]) sink.add('q', cls(i));
    if (cueBefore[i]) sink.add('cb');
    if (cueAfter[i]) sink.add('ca');
    if (i + 1 < n && cueAfter[i + 1]) sink.add('ca+1');
    if (i + 2 < n && cueAfter[i + 2]) sink.add('ca+2');
    sink.next();
  }
}
