/**
 * Tone rules applied after the polyphone rules, on every character: general facts of Mandarin
 * speech and of the pinyin taught to learners, not learned from any corpus.
 * - 一 inside a written-out number (一九九四, 一点一一九, 二十一) keeps its citation tone yī: the
 *   sandhi pinyin-pro writes (yí/yì before another syllable) belongs to 一 as a word (一个, 一天).
 * - The second syllable of a reduplicated one-syllable verb is neutral (看看 kànkan, 说说 shuōshuo).
 * - 不 in an A-not-A question keeps its tone in careful (news-reading) speech: 是不是 shì bù shì
 *   (said bú before a 4th tone), 能不能, 需不需要.
 * - A modal particle closing a clause after a Han character (值啦！ 好哦。 是吧？ 可以么？) is
 *   neutral: 啦 la, 哦 o, 吧 ba, 呢 ne, 啊 a, 嘛 ma, 呀 ya, 哟 yo, 呗 bei, 喽 lou, 么 me, 哇 wa, 咧 lie,
 *   哩 li, 呐 na, 嘞 lei, 啰 luo, 喔 o — unless it ends a
 *   word (酒吧 bā, 干嘛 má: data/grammar-words.json).
 * - 着 after a one-character verb of the hands or eyes is the aspect particle zhe, though the
 *   segmenter joined it to what follows as 着手 / 着眼 zhuó (拉着手, 眯着眼): those words follow
 *   an adverb or a modal (立即着手, 从长远着眼).
 */
import type { BaseToken } from './base-reader';
import lexicon from './data/grammar-words.json';

const WORDS = lexicon as Record<string, string>;

const DIGIT = new Set('〇零一二三四五六七八九0123456789０１２３４５６７８９');

// One-syllable verbs whose reduplication (看看, 说说, 试试: "have a look, a try") is said with the
// second syllable neutral.
const AA_VERB = new Set('看说试玩聊逛尝谢走坐歇瞧问');

// Verbs of the hands and eyes whose object is 手 or 眼 (背着手, 眯着眼).
const ZHE_VERB = new Set('拉握牵背挥摆搓扬举伸叉插揣甩攥捂摊抱拍招摇眯眨睁闭瞪瞇翻垂含噙瞅瞧盯望看斜');

const PARTICLE: Record<string, string> = {
  啦: 'la5',
  哦: 'o5',
  吧: 'ba5',
  呢: 'ne5',
  啊: 'a5',
  嘛: 'ma5',
  呀: 'ya5',
  哟: 'yo5',
  呗: 'bei5',
  喽: 'lou5',
  么: 'me5',
  哇: 'wa5',
  咧: 'lie5',
  哩: 'li5',
  呐: 'na5',
  嘞: 'lei5',
  啰: 'luo5',
  喔: 'o5',
};

// What may follow a particle that closes a clause: the end of the text, a line break, or a stop,
// comma, question or exclamation mark, dash, ellipsis, tilde or closing quote (not 、 or a space,
// which part items of a list: 滴呐、王帅).
const CLAUSE_END = new Set('。！？!?，,；;：:…—~～」』”’"\')）\n.');
const closesClause = (c: string | undefined) => c === undefined || CLAUSE_END.has(c);

/** Apply the rules in place; returns the tokens for chaining. */
export function applyToneRules(tokens: BaseToken[]): BaseToken[] {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.syllable) continue;
    if (t.char === '一' && t.syllable !== 'yi1') {
      const l = tokens[i - 1]?.char;
      const r = tokens[i + 1]?.char;
      const r2 = tokens[i + 2]?.char;
      if ((l && (DIGIT.has(l) || l === '十')) || (r && DIGIT.has(r)) || (r === '点' && r2 && DIGIT.has(r2))) t.syllable = 'yi1';
    } else if (t.char === '不' && i > 0 && tokens[i - 1]!.syllable && tokens[i - 1]!.char === tokens[i + 1]?.char) {
      t.syllable = 'bu4';
    } else if (
      i > 0 &&
      tokens[i - 1]!.char === t.char &&
      AA_VERB.has(t.char) &&
      tokens[i - 2]?.char !== t.char &&
      tokens[i - 1]!.syllable
    ) {
      t.syllable = tokens[i - 1]!.syllable!.slice(0, -1) + '5';
    } else if (
      t.char === '着' &&
      t.syllable === 'zhuo2' &&
      ZHE_VERB.has(tokens[i - 1]?.char ?? '') &&
      tokens[i - 1]!.word !== t.word &&
      (tokens[i + 1]?.char === '手' || tokens[i + 1]?.char === '眼')
    ) {
      t.syllable = 'zhe5';
    } else if (
      PARTICLE[t.char] &&
      t.single &&
      tokens[i - 1]?.syllable &&
      tokens[i - 1]!.char !== t.char &&
      closesClause(tokens[i + 1]?.char)
    ) {
      // …unless it ends a word of the complete dictionary (酒吧 bā, 干嘛 má).
      t.syllable = WORDS[tokens[i - 1]!.char + t.char] ?? PARTICLE[t.char]!;
    }
  }
  return tokens;
}
