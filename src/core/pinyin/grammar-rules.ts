/**
 * Hand-written grammar rules for function words that pinyin-pro leaves as one-character segments
 * and reads by a fixed default: 得 (de5 complement marker / děi "must" / dé "obtain"), 舍 (shě before 得), 地 (de5
 * adverbial marker / dì "ground"), 只 (zhī measure word / zhǐ "only"), 为 (wéi "be, as" / wèi
 * "for"), 长 (zhǎng "grow" / cháng "long"), 应 (yīng "should" / yìng "answer"), 个 (gè / the
 * unstressed ge after a verb), 当 (dàng in 当天 "the same day", before the lexicon words), 教 (jiāo
 * "teach" before 过/出/给/a pronoun), 干 (gàn "do" before 过/啥/什么), 倒 (dào before 也). General Mandarin grammar, not learned from any corpus. A two-character word of
 * pinyin-pro's complete dictionary holding the character comes first (获得 dé, 觉得 de, 土地 dì,
 * 以为 wéi: data/grammar-words.json, built by scripts/build-pinyin-data.mjs).
 */
import lexicon from './data/grammar-words.json';

const WORDS = lexicon as Record<string, string>;

const MODAL_BEFORE_DEI = new Set([...'还就都也总只可又才必非准你我他她它们咱谁']);
const DEI_NOT_BEFORE = new Set([...'了过着到罪分奖手病知益失意逞利体']);
// Numerals that start an amount after a verb (not 一, which also starts 一身汗, 一塌糊涂).
const COUNT = new Set([...'二三四五六七八九十两几百千万']);
const NUMERAL = new Set([...'一二三四五六七八九十两几百千万半每']);
// Degree words before an adjective (太长了 cháng).
const DEGREE = new Set([...'太很更最好多么较变过真挺越']);
// Characters forming a word with a following 应 read yìng (答应, 反应, 适应…) when the segmenter split it.
const WORDS_YING = new Set([...'答反适响回供相感对效呼照报接']);
const DEMONSTRATIVE = new Set([...'这那哪某']);
const ZHI_ONLY_AFTER = new Set([...'是有能要会在好不为怕需顾管剩见知许']);
// 地 followed by these is the noun "ground, place" (地区, 地方, 地铁…), also when the segmenter split it.
const DI_COMPOUND = new Set([...'区方带球面下上图理铁震址质位产点段块域步狱道主形貌势处里表层标段盘毯板基名']);
const WEI4_BEFORE = new Set([...'了何什此啥我你他她它您咱大人民国社群众自谁广之其']);
// Adverbs and modals before a preposition 为 "for" (只为吸引人才, 也为, 在为…做准备, 愿为); the
// copula 为 "be" follows others (均为, 皆为, 实为, 现为).
const WEI4_AFTER = new Set([...'只也在甘已经可专特愿来去没还又正都']);
// Before 个, words that make it a stressed measure word (整个, 各个, 多个, 某个) rather than the
// unstressed one after a verb (是个好人, 有个问题, 找个地方).
const GE_STRESSED_AFTER = new Set([...'整各多某第个的数若'].concat([...NUMERAL], [...DEMONSTRATIVE]));
// 当天, 当晚, 当日, 当夜: "that same day/evening" (dàng), unless the second character starts another word (当天空).
const DANG4_BEFORE = new Set([...'天晚日夜']);
const DANG4_NOT_AFTER = new Set([...'空气然使堂']);
// 个 starting a word the segmenter split (个人, 个子, 个儿, 个体, 个性, 个别) keeps gè.
const GE_WORD_BEFORE = new Set([...'人子儿体性别案']);
// The verb 教 jiāo "teach" before an aspect marker, a complement or a personal object (教过, 教出, 教给, 教我).
const JIAO1_BEFORE = new Set([...'过出给我你他她']);
// The verb 干 gàn "do" before an aspect marker or a question word (干过, 干啥, 干什么, 干吗).
const GAN4_BEFORE = new Set([...'过啥什吗嘛活']);

/**
 * Readings that come before the dictionary words (word-match.ts) because the lexicons write the
 * other reading for the same characters: 当天/当晚/当日/当夜 "that same day" is dàng (CC-CEDICT's
 * dāngtiān is "on that day" of a story, rare in news), unless the next character starts a word (当天空).
 */
export function preLexiconReading(chars: string[], i: number): string | undefined {
  if (chars[i] !== '当') return undefined;
  const r = chars[i + 1];
  return r && DANG4_BEFORE.has(r) && !(chars[i + 2] && DANG4_NOT_AFTER.has(chars[i + 2]!)) ? 'dang4' : undefined;
}

const isHan = (c: string | undefined) => !!c && /[\u3400-\u9fff]/.test(c);

/**
 * Reading of the one-character segment `chars[i]` by grammar, or undefined.
 * `prevWordLength` is the length of the segment just before it (0 when none).
 */
export function grammarReading(chars: string[], i: number, prevWordLength: number): string | undefined {
  const c = chars[i];
  const l = chars[i - 1];
  const r = chars[i + 1];
  switch (c) {
    case '得': {
      const w = (isHan(l) ? WORDS[l + c] : undefined) ?? (isHan(r) ? WORDS[c + r] : undefined);
      if (w) return w;
      if (l === '不' || !isHan(l)) return undefined;
      if (MODAL_BEFORE_DEI.has(l!) && isHan(r) && !DEI_NOT_BEFORE.has(r!)) return 'dei3';
      // The verb dé "obtain" before the thing got: a number (分得两万元) or 的 (该得的).
      if (r === '的' || (r && (COUNT.has(r) || (r >= '0' && r <= '9')))) return 'de2';
      if (isHan(r) && r !== '了' && r !== '到') return 'de5';
      return undefined;
    }
    case '地': {
      if (!isHan(l) || !isHan(r)) return undefined;
      // A dictionary word decides (奥地利, 发祥地 dì; 细心地 de), the longest first.
      for (const [a, b] of [[i - 2, i], [i - 1, i + 1], [i, i + 2], [i - 1, i], [i, i + 1]] as const) {
        if (a < 0 || b >= chars.length) continue;
        let w = '';
        for (let k = a; k <= b; k++) w += chars[k];
        const v = WORDS[w];
        if (v) return v === 'de5' ? v : undefined;
      }
      if (DI_COMPOUND.has(r!) || l === '等') return undefined;
      // Between two characters that form no word with it, 地 marks an adverbial (热情地帮助).
      return 'de5';
    }
    case '只':
      // A measure word after a numeral or a demonstrative (五只, 哪只母鸡), also at the end of a clause.
      if (l && (NUMERAL.has(l) || DEMONSTRATIVE.has(l)) && !(isHan(r) && ZHI_ONLY_AFTER.has(r!))) return 'zhi1';
      return undefined;
    case '为': {
      if (!isHan(r)) return undefined;
      const w = WORDS[c + r] ?? (isHan(l) ? WORDS[l + c] : undefined);
      if (w) return w;
      return WEI4_BEFORE.has(r!) || l === '因' || (l && WEI4_AFTER.has(l)) ? 'wei4' : 'wei2';
    }
    case '个':
      // The measure word right after a verb, with no numeral or demonstrative, is unstressed (是个好人 ge).
      if (isHan(l) && !GE_STRESSED_AFTER.has(l!) && !(r && GE_WORD_BEFORE.has(r))) return 'ge5';
      return undefined;
    case '舍':
      // shě "give up" before 得 and 不得 (舍得, 舍不得), not shè "house".
      return r === '得' || (r === '不' && chars[i + 2] === '得') ? 'she3' : undefined;
    case '教':
      return r && JIAO1_BEFORE.has(r) ? 'jiao1' : undefined;
    case '干':
      return r && GAN4_BEFORE.has(r) ? 'gan4' : undefined;
    case '倒':
      // The adverb 倒 dào "on the contrary, though" before 也/是/不 (倒也省事).
      return r === '也' ? 'dao4' : undefined;
    case '长':
      // zhǎng "grow" before an aspect particle, 得 or 在 (长得像, 长着, 长在, 长了一岁), but 太长了 is cháng.
      if (r === '得' || r === '着' || r === '在') return 'zhang3';
      if (r === '了' && !(l && DEGREE.has(l))) return 'zhang3';
      return undefined;
    case '应':
      // The modal yīng "should" before a verb (应引以为戒, 更应注意) when no word (答应, 应邀) claimed it.
      if (isHan(r) && isHan(l) && !WORDS_YING.has(l!)) return 'ying1';
      return undefined;
    default:
      return undefined;
  }
}
