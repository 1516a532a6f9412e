/**
 * Hand-written grammar rules for characters that pinyin-pro leaves as one-character segments and
 * reads by a fixed default: function words — 得 (de5 complement marker / děi "must" / dé "obtain"),
 * 地 (de5 adverbial marker / dì "ground"), 只 (zhī measure word / zhǐ "only"), 为 (wéi "be, as" /
 * wèi "for"), 应 (yīng "should" / yìng "answer"), 个 (gè / the unstressed ge after a verb), 当
 * (dàng in 当天 "the same day", before the lexicon words), 倒 (dào) — and verbs whose reading the
 * next character shows (长胖 zhǎng, 削掉 xiāo, 抡起 lūn, 攒钱 zǎn, 卡在 qiǎ, 挨打 ái, 塞进 sāi, 钻进
 * zuān, 白干 gàn, 教过 jiāo, 量了 liáng, 所处 chǔ, 舍得 shě, 供 gōng "for the use of"), measure
 * words (几十万担 dàn, 一宿 xiǔ), 重 chóng "re-" before a verb, 着 zháo/zhuó, 还 huán "give back",
 * 汗 hàn "sweat" by its context, the surname 曾 Zēng, and the interjections 嗯 èn, 嗨 hāi as
 * CC-CEDICT writes them. General Mandarin
 * grammar, not learned from any corpus. A two-character word of pinyin-pro's complete dictionary
 * holding the character comes first (获得 dé, 觉得 de, 土地 dì, 以为 wéi:
 * data/grammar-words.json, built by scripts/build-pinyin-data.mjs).
 */
import lexicon from './data/grammar-words.json';

const WORDS = lexicon as Record<string, string>;

const MODAL_BEFORE_DEI = new Set('还就都也总只可又才必非准你我他她它们咱谁');
const DEI_NOT_BEFORE = new Set('了过着到罪分奖手病知益失意逞利体');
// Numerals that start an amount after a verb (not 一, which also starts 一身汗, 一塌糊涂).
const COUNT = new Set('二三四五六七八九十两几百千万');
const NUMERAL = new Set('一二三四五六七八九十两几百千万半每');
// Degree words before an adjective (太长了 cháng).
const DEGREE = new Set('太很更最好多么较变过真挺越');
// Characters forming a word with a following 应 read yìng (答应, 反应, 适应…) when the segmenter split it.
const WORDS_YING = new Set('答反适响回供相感对效呼照报接');
const DEMONSTRATIVE = new Set('这那哪某');
const ZHI_ONLY_AFTER = new Set('是有能要会在好不为怕需顾管剩见知许');
// 地 followed by these is the noun "ground, place" (地区, 地方, 地铁…), also when the segmenter split it.
const DI_COMPOUND = new Set('区方带球面下上图理铁震址质位产点段块域步狱道主形貌势处里表层标段盘毯板基名');
const WEI4_BEFORE = new Set('了何什此啥我你他她它您咱大人民国社群众自谁广之其');
// Adverbs and modals before a preposition 为 "for" (只为吸引人才, 也为, 在为…做准备, 愿为); the
// copula 为 "be" follows others (均为, 皆为, 实为, 现为).
const WEI4_AFTER = new Set('只也在甘已经可专特愿来去没还又正都要意们如些');
// Before 个, words that make it a stressed measure word (整个, 各个, 多个, 某个) rather than the
// unstressed one after a verb (是个好人, 有个问题, 找个地方).
const GE_STRESSED_AFTER = new Set([...'整各多某第个的数若'].concat([...NUMERAL], [...DEMONSTRATIVE]));
// 当天, 当晚, 当日, 当夜: "that same day/evening" (dàng), unless the second character starts another word (当天空).
const DANG4_BEFORE = new Set('天晚日夜');
const DANG4_NOT_AFTER = new Set('空气然使堂');
// 个 starting a word the segmenter split (个人, 个子, 个儿, 个体, 个性, 个别) keeps gè.
const GE_WORD_BEFORE = new Set('人子儿体性别案');
// The verb 教 jiāo "teach" before an aspect marker, a complement or a personal object (教过, 教出, 教给, 教我).
const JIAO1_BEFORE = new Set('过出给我你他她');
// The verb 干 gàn "do" before an aspect marker or a question word (干过, 干啥, 干什么, 干吗).
const GAN4_BEFORE = new Set('过啥什吗嘛活');

const GONG4_BEFORE = new Set('品奉桌词述认状养职佛');
const GONG4_AFTER = new Set('上口招进');
const ZUAN1_BEFORE = new Set('进入出到过了着研空其');
const HAN4_BEFORE = new Set('毛水珠流涔渍液津腺湿透如淋衫');
const HAN4_AFTER = new Set('出流冒满冷虚盗擦身脸头');
// Complements of result or direction after a potential 得 (受得了, 闻得到, 扛得住).
const POTENTIAL = new Set('了到出起住下动完过见着');
// Modals and adverbs: 得 after them is a verb (会得到, 都得了奖).
const NOT_VERB_BEFORE_DE = new Set([...'不会能可要将都也就才还没未已曾必应该再又均并亦仍只总'].concat([...MODAL_BEFORE_DEI]));
const ZHANG3_RESULT = new Set('大高好出胖');
// Words of length that close a clause with 长 cháng (源远流长, 绵长, 悠长, 细长).
const LENGTHY = new Set('流绵悠漫延修细狭冗深');
const CHONG2_BEFORE = new Set('拍估审申写做播演返犯逢叠温游读选订测设铸签印聚拾蹈');
const PRONOUN = new Set('我你他她它您');
const SHUAI4_BEFORE = new Set('兵军部队团代众师领舰');
const LUN1_BEFORE = new Set('起着了过去向到棒刀锤拳斧车圆');
const ZAN3_BEFORE = new Set('钱够下起了着点足');
const XIAO1_BEFORE = new Set('掉了去下死皮成着过');
const SAI1_BEFORE = new Set('着了进满给入住在到');
const AI2_BEFORE = new Set('打骂批揍刀饿冻宰训整踢罚顿了过');
const ZENG1_BEFORE = new Set('母父妻氏姓某家');
// Adverbs and modals before the verb 干 gàn (白干, 不干, 再干, 敢干, 想干).
const GAN4_AFTER = new Set('白不再没要想能会肯敢别都就也又还快实苦硬蛮');
// What 倒 dào pours or reverses (倒水, 倒酒, 倒车) and its directions (倒进, 倒掉, 倒出).
const DAO4_BEFORE = new Set('水酒茶车掉进出入满');
// Verbs done for a beneficiary: 为 before them (with the beneficiary between) is wèi "for"
// (为兰州市提供服务, 为地方经济注入活力, 为市民办实事), unless 以 opened the clause (以…为 wéi).
const BENEFACTIVE = [
  '提供',
  '服务',
  '办',
  '做',
  '作出',
  '带来',
  '注入',
  '创造',
  '打造',
  '搭建',
  '贡献',
  '助力',
  '赋能',
  '保驾护航',
  '铺路',
  '解决',
  '谋',
  '争取',
  '献',
  '点赞',
  '加油',
  '增添',
  '开辟',
  '奠定',
  '送',
];
const CLAUSE_END = /[，。；：！？,.;:!?\n、“”"]/;
// Particles closing a clause after a predicate adjective (太差了, 很差的).
const CLOSING = new Set('了的啊吧呢呀');
// Passive and disposal markers before a verb (被塞, 被人塞, 把钱塞, 给塞).
const BEFORE_VERB = new Set('被把给往硬');
// Who did it: 是我干的, 谁干的.
const DOER = new Set('我你他她它谁们');
// 长 zhǎng "grow" before what grows or how (长胖, 长高, 长出, 长满, 长痘).
const ZHANG3_BEFORE = new Set('胖高出满痘');

/**
 * Readings that come before the dictionary words (word-match.ts) because the lexicons write the
 * other reading for the same characters: 当天/当晚/当日/当夜 "that same day" is dàng (CC-CEDICT's
 * dāngtiān is "on that day" of a story, rare in news), unless the next character starts a word (当天空);
 * and function-word patterns that learned neighbour rules would otherwise answer (为 "for" a
 * beneficiary, 差 chà after a degree word, 干 gàn of a doer, 塞 sāi after 被/把).
 */
export function preLexiconReading(chars: string[], i: number): string | undefined {
  const l = chars[i - 1];
  const r = chars[i + 1];
  switch (chars[i]) {
    case '当':
      return r && DANG4_BEFORE.has(r) && !(chars[i + 2] && DANG4_NOT_AFTER.has(chars[i + 2]!)) ? 'dang4' : undefined;
    case '长':
      // zhǎng "grow" before 得/着 (长得像, 长着), before a negated result (长不大, 长不好), and
      // before 在 opening a clause (，长在卵巢内); cháng "long" closing a clause after a degree
      // word or a word of length (太长。 源远流长。 绵长。).
      if (r === '得' || r === '着' || (r === '在' && !isHan(l)) || (r === '不' && chars[i + 2] && ZHANG3_RESULT.has(chars[i + 2]!)))
        return 'zhang3';
      if (!isHan(r) && l && (DEGREE.has(l) || LENGTHY.has(l))) return 'chang2';
      return undefined;
    case '为': {
      // wèi "for" a beneficiary when a verb done for it follows in the clause (为地方提供资金).
      let clause = '';
      for (let k = i + 2; k < chars.length && k < i + 16 && !CLAUSE_END.test(chars[k]!); k++) clause += chars[k];
      if (!clause || !BENEFACTIVE.some((v) => clause.includes(v))) return undefined;
      for (let k = i - 1; k >= 0 && k > i - 16 && !CLAUSE_END.test(chars[k]!); k--) if (chars[k] === '以') return undefined;
      return 'wei4';
    }
    case '差':
      // chà "poor, short of" after a degree word, closing the clause or before a particle (太差了, 很差的).
      return l && DEGREE.has(l) && (!isHan(r) || CLOSING.has(r!)) ? 'cha4' : undefined;
    case '干':
      // gàn "do": who did it (是我干的, 谁干的).
      return l && DOER.has(l) && r === '的' ? 'gan4' : undefined;
    case '塞':
      // sāi "stuff, squeeze in" after a passive or disposal marker, its agent between (被塞纸条, 被人塞, 把钱塞).
      for (let k = i - 1; k >= 0 && k >= i - 3 && isHan(chars[k]); k--) if (BEFORE_VERB.has(chars[k]!)) return 'sai1';
      return undefined;
    case '嗯':
      // The interjection is said ēn/én/èn (CC-CEDICT), not the dictionary's syllabic ng.
      return 'en4';
    case '嗨':
      return 'hai1';
    default:
      return undefined;
  }
}

const isHan = (c: string | undefined) => !!c && /[\u3400-\u9fff]/.test(c);

/**
 * Reading of the one-character segment `chars[i]` by grammar, or undefined.
 * `prevWordLength` is the length of the segment just before it (0 when none).
 */
export function grammarReading(chars: string[], i: number, _prevWordLength: number): string | undefined {
  const c = chars[i];
  const l = chars[i - 1];
  const r = chars[i + 1];
  switch (c) {
    case '得': {
      // The potential complement after a verb (受得了, 闻得到, 豁得出去) is de.
      if (isHan(l) && !NOT_VERB_BEFORE_DE.has(l!) && r && POTENTIAL.has(r)) return 'de5';
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
      for (const [a, b] of [
        [i - 2, i],
        [i - 1, i + 1],
        [i, i + 2],
        [i - 1, i],
        [i, i + 1],
      ] as const) {
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
    case '削':
      // The verb xiāo "cut, peel" before a result or aspect (削掉, 削了, 削死); xuē is the literary
      // reading inside words (削弱, 剥削).
      return r && XIAO1_BEFORE.has(r) ? 'xiao1' : undefined;
    case '抡':
      // lūn "swing" before what is swung or where (抡棒, 抡起, 抡去); lún "select" in names (曾昭抡).
      return r && LUN1_BEFORE.has(r) ? 'lun1' : undefined;
    case '攒':
      // zǎn "save up" (攒钱, 攒起来, 攒够); cuán "gather, converge" otherwise (攒动, 攒尖顶).
      return r && ZAN3_BEFORE.has(r) ? 'zan3' : undefined;
    case '咧':
      // liě "grin": 咧着嘴, 咧开嘴.
      return r === '着' || r === '开' || r === '嘴' ? 'lie3' : undefined;
    case '塞':
      // sāi "stuff, squeeze in" before an aspect or a complement (塞着, 塞进, 塞满, 塞给).
      return r && SAI1_BEFORE.has(r) ? 'sai1' : undefined;
    case '卡':
      // qiǎ "get stuck" before 在/住 (卡在车底, 卡住).
      return r === '在' || r === '住' ? 'qia3' : undefined;
    case '挨':
      // ái "suffer" before what is suffered (挨打, 挨骂, 挨了一刀), āi "next to" otherwise (挨着).
      return r && AI2_BEFORE.has(r) ? 'ai2' : undefined;
    case '量':
      // liáng "measure" as a verb: after 一 (我一量) or before an aspect (量了, 量过, 量一下).
      return l === '一' || r === '了' || r === '过' || r === '一' ? 'liang2' : undefined;
    case '处':
      // chǔ "be situated": 所处 (所处的环境).
      return l === '所' ? 'chu3' : undefined;
    case '曾':
      // The surname Zēng after 的/着 (an adverb 曾 "once" cannot follow them) or before a kin word.
      return l === '的' || l === '着' || (r && ZENG1_BEFORE.has(r)) ? 'zeng1' : undefined;
    case '供':
      // gōng "provide, for (the use of)" before what is provided for (供市民休闲, 供查询); gòng
      // "offer" lives in words (供品, 供奉, 口供).
      return isHan(r) && !GONG4_BEFORE.has(r!) && !(l && GONG4_AFTER.has(l)) ? 'gong1' : undefined;
    case '担':
      // The measure word dàn "a carrying-pole load" after a numeral (几十万担).
      return l && (NUMERAL.has(l) || (l >= '0' && l <= '9')) ? 'dan4' : undefined;
    case '汗':
      // hàn "sweat" by what sweat does or is (汗毛, 汗涔涔, 出汗, 满头大汗…); hán "khan" in names (蒙哥汗).
      return (r && HAN4_BEFORE.has(r)) || (l && HAN4_AFTER.has(l)) ? 'han4' : undefined;
    case '钻':
      // zuān "drill, get into" as a verb (钻进, 钻了, 往里钻); zuàn "a drill" in words (电钻, 金刚钻).
      return (r && ZUAN1_BEFORE.has(r)) || (!isHan(r) && l === '里') ? 'zuan1' : undefined;
    case '差':
      // chà "poor, short of" after a degree word (太差, 很差).
      return l && DEGREE.has(l) && !isHan(r) ? 'cha4' : undefined;
    case '转':
      // zhuàn "turn round" closing a clause (围着他转).
      return isHan(l) && !isHan(r) ? 'zhuan4' : undefined;
    case '嘎':
      // gā (嘎嘎 quacking, names: 张嘎); gǎ "naughty" is dialect.
      return 'ga1';
    case '率':
      // shuài "lead" before who is led (率兵, 率军, 率团访问, 率代表团); lǜ "rate" ends words (效率).
      return r && SHUAI4_BEFORE.has(r) ? 'shuai4' : undefined;
    case '重':
      // chóng "again, re-" before a verb (重拍, 重估, 重审): the words (重新, 重建) come first.
      return r && CHONG2_BEFORE.has(r) ? 'chong2' : undefined;
    case '宿':
      // xiǔ "a night" after a numeral (想了一宿, 开一宿).
      return l && NUMERAL.has(l) ? 'xiu3' : undefined;
    case '着':
      // zháo as a result complement before 了 (拧着了火, 睡着了); zhuó "wear" opening a clause.
      if (isHan(l) && r === '了') return 'zhao2';
      return !isHan(l) && isHan(r) ? 'zhuo2' : undefined;
    case '还':
      // huán "give back" before 了 closing a clause (把债给还了呀) or before a pronoun closing one (过两天还我。).
      if (r === '了' && !isHan(chars[i + 2])) return 'huan2';
      return r && PRONOUN.has(r) && !isHan(chars[i + 2]) ? 'huan2' : undefined;
    case '教':
      return r && JIAO1_BEFORE.has(r) ? 'jiao1' : undefined;
    case '干':
      // gàn "do" before an aspect or a question word, or after an adverb or a modal (白干, 不干, 再干一年).
      return (r && GAN4_BEFORE.has(r)) || (l && GAN4_AFTER.has(l) && isHan(r)) ? 'gan4' : undefined;
    case '倒':
      // The adverb 倒 dào "on the contrary, though" before 也 (倒也省事); dào "pour" before what is poured.
      return r === '也' || (r && DAO4_BEFORE.has(r)) ? 'dao4' : undefined;
    case '长':
      // zhǎng "grow" before 在, 了 or what grows (长在, 长了一岁, 长胖), but 太长了 is cháng
      // (before 得/着 preLexiconReading has already answered).
      if (r === '在' || (r && ZHANG3_BEFORE.has(r))) return 'zhang3';
      if (r === '了' && !(l && DEGREE.has(l))) return 'zhang3';
      return undefined;
    case '应':
      // The modal yīng "should" before a verb (应引以为戒, 更应注意, ，应予查处) when no word (答应, 应邀) claimed it.
      if (isHan(r) && !(isHan(l) && WORDS_YING.has(l!))) return 'ying1';
      return undefined;
    default:
      return undefined;
  }
}
