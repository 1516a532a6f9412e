import { describe, expect, test } from 'vitest';
import { readingsOf } from '../../../src/core/pinyin/index';
import { grammarReading } from '../../../src/core/pinyin/grammar-rules';
import { wordMatchReading } from '../../../src/core/pinyin/word-match';
import { learnPolyphoneRules } from '../../../scripts/lib/learn-polyphones.mjs';
import { applySpeechReadings } from '../../../src/core/pinyin/speech';
import { learnSpeechReadings, vetoSpeechReadings } from '../../../scripts/lib/learn-speech.mjs';
import type { Analysis } from '../../../src/core/pinyin/readings';
import { isPolyphone, readWords, type BaseToken } from '../../../src/core/pinyin/base-reader';
import { checkWords } from '../../../src/core/pinyin/word-check';
import { isPolyWord } from '../../../src/core/pinyin/word-match';

const num = (s: string) => readingsOf(s, { style: 'numbers' }).map((r) => r.pinyin);

describe('polyphones in context', () => {
  test('还得走: 得 is děi (must); 跑得快: de (complement); 得了冠军: dé', () => {
    expect(num('还得走')[1]).toBe('dei3');
    expect(num('我们得好好学习')[2]).toBe('dei3');
    expect(num('他跑得很快')[2]).toBe('de5');
    expect(num('他得了冠军')[1]).toBe('de2');
    expect(num('不得不')[1]).toBe('de2');
  });
  test('银行行长 is yín háng háng zhǎng whatever follows', () => {
    for (const tail of ['', '说', '表示', '们', '在会上', '。', '和副行长']) {
      expect(num('银行行长' + tail).slice(0, 4)).toEqual(['yin2', 'hang2', 'hang2', 'zhang3']);
    }
  });
  test('地 adverbial vs noun, 只 measure word vs only, 为 wéi vs wèi', () => {
    expect(num('慢慢地走')[2]).toBe('de5');
    expect(num('在这片土地上')[4]).toBe('di4');
    expect(num('一只猫')[1]).toBe('zhi1');
    expect(num('这只是开始')[1]).toBe('zhi3');
    expect(num('以下为专家观点')[2]).toBe('wei2');
    expect(num('他为人民服务')[1]).toBe('wei4');
  });
  test('grammar characters: dictionary words around them first, then the patterns', () => {
    expect(num('他获得了冠军')[2]).toBe('de2');
    expect(num('值得信赖')[1]).toBe('de2');
    expect(num('他热情地帮助我')[3]).toBe('de5');
    expect(num('奥地利总统')[1]).toBe('di4');
    expect(num('北京、三亚等地拥有')[6]).toBe('di4');
    expect(num('明明是五只，怎么')[4]).toBe('zhi1');
    expect(num('你见过哪只母鸡')[4]).toBe('zhi1');
  });
  test('长 zhǎng before an aspect particle or 得, cháng after a degree word', () => {
    expect(num('他长得像妈妈')[1]).toBe('zhang3');
    expect(num('头发太长了')[3]).toBe('chang2');
  });
  test('个 after a verb is unstressed ge, after a numeral, demonstrative or 整 it is not changed', () => {
    expect(num('我有个问题')[2]).toBe('ge5');
    expect(num('他是个好人')[2]).toBe('ge5');
    expect(num('整个城市')[1]).toBe('ge4');
    expect(num('禁止个人饲养')[2]).toBe('ge4');
  });
  test('当天/当晚 "that same day" is dàng, 当天空 is not', () => {
    expect(num('当天下午，民警赶到')[0]).toBe('dang4');
    expect(num('开庭当天，')[2]).toBe('dang4');
    expect(num('当晚，他住进了医院')[0]).toBe('dang4');
    expect(num('当天空变暗')[0]).toBe('dang1');
  });
  test('为 after an adverb or before 之/其 is wèi "for"; after 均/皆 the copula wéi', () => {
    expect(num('企业只为吸引人才')[3]).toBe('wei4');
    expect(num('大家为之欢呼')[2]).toBe('wei4');
    expect(num('母亲为其择婿')[2]).toBe('wei4');
    expect(num('所卖洋酒均为假酒')[5]).toBe('wei2');
  });
  test('教 jiāo, 干 gàn and 倒 dào as verbs or adverbs by what follows', () => {
    expect(num('我的数学老师还没教过我')[8]).toBe('jiao1');
    expect(num('你干啥呢')[1]).toBe('gan4');
    expect(num('明星委员倒也省事')[4]).toBe('dao4');
  });
  test('不 in an A-not-A question keeps its tone', () => {
    expect(num('他是不是农民')[2]).toBe('bu4');
    expect(num('能不能给你')[1]).toBe('bu4');
  });
  test('a reduplicated one-syllable verb has a neutral second syllable', () => {
    expect(num('你去看看')[3]).toBe('kan5');
    expect(num('我们聊聊吧')[3]).toBe('liao5');
    expect(num('慢慢来')[1]).not.toMatch(/5$/);
  });
  test('a modal particle closing a clause is neutral, a word ending in it is not', () => {
    expect(num('当然值啦！')[3]).toBe('la5');
    expect(num('港币也不可以么？')[6]).toBe('me5');
    expect(num('是康威酒吧，')[4]).toBe('ba1');
  });
  test('一 in a written-out number keeps yī; as a word it takes the sandhi', () => {
    expect(num('早在一九九四年')[2]).toBe('yi1');
    expect(num('上涨一点零三')[2]).toBe('yi1');
    expect(num('一个人')[0]).toBe('yi2');
    expect(num('在位二百四十一年')[6]).toBe('yi1');
  });
  test('a word of pinyin-pro that swallows halves of two real words is read by the real words', () => {
    // pinyin-pro alone: 南京|市长|江 (zhǎng), 执|行情|况 (háng), 省会|长沙 misread as 会长 (zhǎng), 这么着|急 (zhe).
    expect(num('南京市长江大桥').slice(3, 5)).toEqual(['chang2', 'jiang1']);
    expect(num('全市长江沿线')[2]).toBe('chang2');
    expect(num('预算执行情况')[3]).toBe('xing2');
    expect(num('地铁运行情况')[3]).toBe('xing2');
    expect(num('狂风暴雨也袭击了省会长沙')[10]).toBe('chang2');
    expect(num('这么着急喊我')[2]).toBe('zhao2');
    // …and the same in Traditional text, which is read through its Simplified twin.
    expect(num('南京市長江大橋').slice(3, 5)).toEqual(['chang2', 'jiang1']);
    // A particle a word reads by its rare lexical reading goes back to the text beside it (项目|的, 说的|确实).
    expect(num('项目的建设进度')[2]).toBe('de5');
    expect(num('他说的确实不错')[2]).toBe('de5');
    expect(num('他们的目的是')[4]).toBe('di4');
    // Words the segmenter leaves whole keep their readings.
    expect(num('银行行长说').slice(0, 4)).toEqual(['yin2', 'hang2', 'hang2', 'zhang3']);
    expect(num('副市长表示').slice(1, 3)).toEqual(['shi4', 'zhang3']);
  });
  test('a dictionary word around a polyphone may not cut a segmented word; 着 after a verb of the hands or eyes', () => {
    expect(num('她眨着眼睛说')[2]).toBe('zhe5');
    expect(num('老朱眯着眼准备')[3]).toBe('zhe5');
    expect(num('两人拉着手')[3]).toBe('zhe5');
    expect(num('要着手解决')[1]).toBe('zhuo2');
    expect(num('从大处着眼')[3]).toBe('zhuo2');
  });
  test('verbs read by what follows them: 削掉 xiāo, 抡起 lūn, 攒钱 zǎn, 卡在 qiǎ, 挨打 ái, 倒水 dào, 长胖 zhǎng, 供 gōng, 钻进 zuān…', () => {
    expect(num('一些烟囱被削掉了')[5]).toBe('xiao1');
    expect(num('削弱了对手')[0]).toBe('xue1');
    expect(num('他抡起棒子')[1]).toBe('lun1');
    expect(num('把钱攒起来')[2]).toBe('zan3');
    expect(num('四角攒尖顶')[2]).toBe('cuan2');
    expect(num('小猫被卡在车底')[3]).toBe('qia3');
    expect(num('就挨顿打')[1]).toBe('ai2');
    expect(num('他边倒边叫，倒水的学生')[6]).toBe('dao4');
    expect(num('想长胖就不要错过')[1]).toBe('zhang3');
    expect(num('平时供市民休闲')[2]).toBe('gong1');
    expect(num('往角落里钻。')[4]).toBe('zuan1');
    expect(num('岂非等于白干一场')[5]).toBe('gan4');
    expect(num('出去几十万担棉花')[5]).toBe('dan4');
    expect(num('额头上汗涔涔的')[3]).toBe('han4');
    expect(num('遇困矿工所处的坑道')[5]).toBe('chu3');
    expect(num('杨洋披着曾轶可的外套')[4]).toBe('zeng1');
    expect(num('他曾在这里工作')[1]).toBe('ceng2');
  });
  test('长 zhǎng before 得/着/不大, cháng closing a clause after a word of length; 重 chóng, 宿 xiǔ, 着 zháo/zhuó, 还 huán', () => {
    expect(num('经检查，长在卵巢内')[4]).toBe('zhang3');
    expect(num('玫瑰总是长不好。')[4]).toBe('zhang3');
    expect(num('两国的友谊源远流长。')[8]).toBe('chang2');
    expect(num('否则重拍更辛苦')[2]).toBe('chong2');
    expect(num('我想了一宿')[4]).toBe('xiu3');
    expect(num('当场拧着了火炬')[3]).toBe('zhao2');
    expect(num('他笑着说')[2]).toBe('zhe5');
    expect(num('过两天还我。')[3]).toBe('huan2');
    expect(num('他还在这里')[1]).toBe('hai2');
    expect(num('嗯，好的')[0]).toBe('en4');
  });
  test('clause-final particles: 哇 咧 哩 呐 喔 are neutral; not before 、', () => {
    expect(num('东西该有哇。')[4]).toBe('wa5');
    expect(num('好开心的一天喔！')[6]).toBe('o5');
    expect(num('回来咧。')[2]).toBe('lie5');
    expect(num('青年作家滴呐、王帅')[5]).not.toBe('na5');
  });
  test('得 dé before what is got; 舍 shě before 得', () => {
    expect(num('该得的要得')[1]).toBe('de2');
    expect(num('他跑得很快')[2]).toBe('de5');
    expect(num('舍不得花钱')[0]).toBe('she3');
    expect(num('住在宿舍里')[3]).toBe('she4');
  });
  test('neutral tones both lexicons write; particles pinyin-pro reads neutral stay neutral', () => {
    expect(num('我的朋友很多')[3]).toBe('you5');
    expect(num('渔民眼中的这条怪鱼').slice(3, 5)).toEqual(['zhong1', 'de5']);
    expect(num('杨勇辗转来到了合肥')[6]).toBe('le5');
  });
  test('grammar rules answer only for their characters and need a context', () => {
    expect(grammarReading([...'得'], 0, 0)).toBeUndefined();
    expect(grammarReading([...'走了'], 0, 0)).toBeUndefined();
  });
  test('CC-CEDICT word readings decide polyphones the segmenter left alone', () => {
    const chars = [...'他反差很大'];
    expect(wordMatchReading(chars, 2, () => true)).toBe('cha1');
    expect(wordMatchReading(chars, 2, (k) => k !== 1)).toBeUndefined();
    expect(wordMatchReading([...'重叠'], 0, () => true)).toBe('chong2');
  });
});

describe('learnPolyphoneRules', () => {
  const sample = (s: string, index: number, gold: string) => ({
    chars: [...s],
    single: [...s].map(() => true),
    poly: [...s].map(() => true),
    index,
    gold,
  });
  test('majority default, and neighbour rules only where they differ from it', () => {
    const rules = learnPolyphoneRules([
      sample('行走', 0, 'xing2'),
      sample('可行', 1, 'xing2'),
      sample('一行', 1, 'hang2'),
      sample('一行', 1, 'hang2'),
      sample('行动', 0, 'xing2'),
    ]);
    expect(rules.uni['行']).toBe('xing2');
    expect(rules.left['一行']).toBe('hang2');
    expect(rules.right['行走']).toBeUndefined();
  });
});

describe('readings learned from read speech', () => {
  const toks = (segs: string[], syl: string): BaseToken[] => {
    const s = syl.split(' ');
    let k = 0;
    return segs.flatMap((w, i) => [...w].map((c) => ({ char: c, syllable: s[k++]!, word: i, single: w.length === 1, seg: 0 })));
  };
  const tables = { words: { 喜欢: 'xi3 huan1' }, left: { 关系: 'xi5' }, right: { 当晚: 'dang4' } };
  test('a word as segmented takes its learned reading; a one-character segment its neighbour reading', () => {
    const t = applySpeechReadings(toks(['他', '喜欢', '关', '系'], 'ta1 xi3 huan5 guan1 xi4'), tables);
    expect(t.map((x) => x.syllable)).toEqual(['ta1', 'xi3', 'huan1', 'guan1', 'xi5']);
    expect(applySpeechReadings(toks(['当', '晚'], 'dang1 wan3'), tables)[0]!.syllable).toBe('dang4');
  });
  test('a neighbour reading never changes a character inside a longer word', () => {
    const t = applySpeechReadings(toks(['关系'], 'guan1 xi4'), tables);
    expect(t[1]!.syllable).toBe('xi4');
  });
  test('the shipped table reads 喜欢 as the speaker does', () => {
    expect(num('他喜欢读书')[2]).toBe('huan1');
  });
  const analysis = (text: string, syl: string): Analysis => {
    const chars = [...text];
    return { chars, simplified: chars, offsets: chars.map((_, i) => i), syllables: syl.split(' '), words: chars.map((_, i) => i) };
  };
  test('learning: twice-seen readings are kept, a once-seen one only where CC-CEDICT gives it; CPP labels veto', () => {
    const a = analysis('关系好', 'guan1 xi4 hao3');
    const b = analysis('东西多', 'dong1 xi1 duo1');
    const samples = [
      { a, target: ['guan1', 'xi5', 'hao3'] },
      { a, target: ['guan1', 'xi5', 'hao3'] },
      { a: b, target: ['dong1', 'xi5', 'duo1'] },
    ];
    expect(learnSpeechReadings(samples).left).toEqual({ 关系: 'xi5' });
    const lexicon = new Map([['东西', ['dong1 xi5']]]);
    const t = learnSpeechReadings(samples, { lexicon });
    expect(t.left).toEqual({ 关系: 'xi5', 东西: 'xi5' });
    expect(vetoSpeechReadings(t, [{ a, index: 1, gold: 'xi4' }]).left).toEqual({ 东西: 'xi5' });
    // …unless the lexicon gives the word that reading too (the speaker and the dictionary agree).
    const withLexicon = new Map([...lexicon, ['关系', ['guan1 xi5']]]);
    expect(vetoSpeechReadings(t, [{ a, index: 1, gold: 'xi4' }], withLexicon).left).toEqual({ 关系: 'xi5', 东西: 'xi5' });
  });
});

describe('word check', () => {
  const text = '南京市长江大桥';
  const syllables = (t: BaseToken[]) => t.map((x) => x.syllable);
  test('re-reads a word the segmenter crosses; without a segmenter it changes nothing', () => {
    const before = readWords(text);
    expect(syllables(before).slice(3, 4)).toEqual(['zhang3']);
    const deps = { read: readWords, isPolyphone, isWord: isPolyWord };
    expect(syllables(checkWords(readWords(text), { ...deps, segmenter: null }))).toEqual(syllables(before));
    const checked = checkWords(readWords(text), deps);
    expect(checked.map((t) => t.char).join('')).toBe(text);
    // 长 is re-read on its own (cháng) within the segmenter's word 长江, which the context rules keep to.
    expect(checked[3]!.syllable).toBe('chang2');
    expect(checked[3]!.seg).toBeGreaterThan(0);
    expect(checked[3]!.seg).toBe(checked[4]!.seg);
    expect(checked[2]!.seg).not.toBe(checked[3]!.seg);
  });
});
