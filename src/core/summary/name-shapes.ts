/**
 * The shapes of place and organisation names, written once as data: the words and characters an
 * organisation's or a place's name ends with, and the tests built on them. An organisation chip needs
 * a name + an organisation word (…局, …委员会, …公司) or to be a known name; a place chip needs to be
 * a known place or a name + a place word (…市, …路, …花园). Pure functions of the Simplified text.
 */
import { gazetteer, isKnownPlace } from './gazetteer';
import { isCommonWord, isDictionaryWord, LEX_BIT, lexiconMask } from './lexicon';
import { wordSegmenter } from '../text/word-segmenter';

/** Words an organisation's name ends with (Simplified). */
const ORG_END_WORDS =
  '集团 公司 中心 基地 银行 政府 协会 学会 商会 联盟 联合会 基金会 委员会 管委会 组委会 俱乐部 大学 学院 医院 智库 药业 股份 控股 ' +
  '科技 实业 电视 日报 时报 晚报 电台 部门 机构 组织 办公室 工作室 事务所 研究所 研究院 实验室 代表团 代表队 女篮 男篮 女排 男排 女足 男足';
/** Characters an organisation's name ends with: 局 部 厅 委 会 院 所 校 社 台 团 队 党 … (公安局, 新华社, 国民党). */
const ORG_END_CHARS = '局部厅委会院所校社台团队党军署处馆店行厂网报站组办司系盟庭营府科';
/** Words a place's name ends with (Simplified): admin units, streets, estates, sites. */
const PLACE_END_WORDS =
  '地区 自治区 自治州 自治县 特别行政区 开发区 园区 新区 广场 花园 大道 公园 机场 车站 码头 盆地 平原 高原 半岛 群岛 海峡 油田 ' +
  '空军基地 海军基地 陆军基地 军事基地 导弹基地 潜艇基地 航空基地 卫星发射基地 航天发射基地';
/** Characters a place's name ends with (省市县区镇乡村路街道巷岛山河湖海峰湾港…). */
const PLACE_END_CHARS = '省市县区镇乡村屯州盟旗路街道巷弄岛山河江湖海峰湾港洲岭峡谷州城苑园庄堡寨坝坪塘';

/**
 * Common words that end in an organisation character but name no organisation: a situation or a game
 * (格局, 开局), a part or a side (内部, 北部), a stage or a platform (舞台, 平台), a place of any kind
 * (场所, 住所), a gathering (聚会, 晚会). A name ending in one has no organisation shape (新发展格局).
 */
const NOT_ORG_TAILS = new Set(
  (
    '格局 布局 开局 结局 大局 变局 新局 僵局 骗局 时局 全局 残局 棋局 饭局 赌局 定局 出局 破局 入局 ' +
    '内部 外部 全部 局部 头部 腹部 胸部 背部 腰部 面部 脚部 腿部 东部 南部 西部 北部 中部 ' +
    '舞台 平台 阳台 后台 前台 站台 讲台 窗台 柜台 灶台 看台 ' +
    '场所 住所 处所 厕所 ' +
    '社会 机会 体会 误会 约会 聚会 宴会 晚会 舞会 酒会 不会 只会 将会 ' +
    '谜团 面团 线团 疑团 ' +
    '排队 插队 结队 列队'
  ).split(' '),
);

const orgWords = ORG_END_WORDS.split(' ');
const placeWords = PLACE_END_WORDS.split(' ');

/** The organisation word a name ends with (longest), or null: 昆明电机厂有限公司 → 公司. */
export function orgEnding(name: string): string | null {
  let best: string | null = null;
  for (const w of orgWords) if (name.endsWith(w) && name.length > w.length && (!best || w.length > best.length)) best = w;
  if (best) return best;
  if (NOT_ORG_TAILS.has(name.slice(-2))) return null;
  return name.length >= 2 && ORG_END_CHARS.includes(name[name.length - 1]!) ? name[name.length - 1]! : null;
}

/** A place word the name ends with, with a head before it: 萬華區, 炮台山, 康泽花园. */
export function hasPlaceEnding(name: string): boolean {
  if (placeWords.some((w) => name.endsWith(w) && name.length > w.length)) return true;
  return name.length >= 2 && PLACE_END_CHARS.includes(name[name.length - 1]!);
}

/** Lexicon bits of a place, and of an organisation or an abbreviation. */
const LEX_LOC = LEX_BIT.LOC;
const LEX_ORG = LEX_BIT.ORG | LEX_BIT.ABBR;

/**
 * A known name of the type: a proper name of CC-CEDICT, or listed as a place (the place list, the
 * lexicon's places) or an organisation (the lexicon's organisations and abbreviations). The lexicon's
 * other categories are too noisy for this (it lists 伊戈尔 as a person, 中美合作 as a place).
 */
export function isKnownName(name: string, type: 'LOC' | 'ORG'): boolean {
  const place = gazetteer().places.words.has(name);
  if (type === 'LOC' && place) return true;
  const mask = lexiconMask(name);
  // the lexicon also tags common words (仓储, 房地产 as abbreviations): those it does not make known
  if (mask & (type === 'LOC' ? LEX_LOC : LEX_ORG) && !isCommonWord(name)) return true;
  // CC-CEDICT's proper names are of any kind: as an organisation, not a place or a person or a language (挪威, 英语)
  if (type === 'ORG' && (place || mask !== 0)) return false;
  return isDictionaryWord(name) && !isCommonWord(name);
}

/**
 * Does an organisation chip have an organisation's shape: an organisation word at its end, a known
 * name, or three or more Latin letters of an acronym or brand (NTT, IBM; not MC)? 中美合作, 法国交管 have none,
 * nor a name ending in a common word of a situation or a side (新格局, 东部).
 */
export function hasOrgShape(name: string): boolean {
  if (/^[A-Za-z][A-Za-z0-9&.\- ]*$/.test(name)) return name.length >= 3;
  // a situation, a side or a gathering is no organisation, whatever the noisy lexicon lists (新格局)
  if (NOT_ORG_TAILS.has(name.slice(-2))) return false;
  return isKnownName(name, 'ORG') || orgEnding(name) !== null;
}

/** A floor, room or building by its number (四楼, 三号楼, 12层): part of an address, no place (the lexicon lists 四楼 as one). */
const NUMBERED = /^[0-9０-９零一二三四五六七八九十百两几]+[号號]?[楼樓层層室栋棟座]$/;

/** Does a place chip have a place's shape: a known place or a name + a place word? 美丽宜居, 伊戈尔, 四楼 have none. */
export function hasPlaceShape(name: string): boolean {
  if (/^[A-Za-z]/.test(name) || NUMBERED.test(name)) return false;
  if (isKnownPlace(name)) return true;
  // a common word of the dictionary is no place, whatever the noisy lexicon says or however it ends (加盟)
  if (isCommonWord(name)) return false;
  return isKnownName(name, 'LOC') || hasPlaceEnding(name);
}

/**
 * Does `head` (the part of an organisation name before its organisation word) name nothing: empty,
 * or only common dictionary words (材料|有限公司, 问题咨询|委员会, 车辆|有限公司)?
 */
export function isGenericHead(head: string): boolean {
  if (!head) return true;
  if (isCommonWord(head)) return true;
  for (const w of wordSegmenter()!.segment(head)) if (w.segment.length < 2 || !isCommonWord(w.segment)) return false;
  return true;
}

/** Does a known place or organisation name (2–4 characters) begin in s[from, to): 昆明 in 昆明风行防水|材料有限公司, 平遥 at 平|遥牛肉集团? */
export function startsKnownName(s: string, from: number, to: number): boolean {
  const { places } = gazetteer();
  for (let i = from; i < to; i++) {
    for (let l = 2; l <= 4 && i + l <= s.length; l++) {
      const w = s.slice(i, i + l);
      if (places.words.has(w) || lexiconMask(w) & (LEX_LOC | LEX_ORG)) return true;
    }
  }
  return false;
}
