/**
 * Entities for the summary panel: people (with roles stated in the text or the byline), places,
 * organisations (tagger + rules) and documents in 《》 with their aliases, each with its mentions
 * and a salience for ranking. Works on Simplified text `s`; reports text from the original `orig`.
 */
import modelData from './data/ner-model.json';
import { abbreviationOwner, abbreviationPairs, isTrustedEntity, refineSpans, startsInsideSegment } from './entity-rules';
import { gazetteer } from './gazetteer';
import { isCommonWord, isDictionaryWord, isVerb, properLexicon } from './lexicon';
import { loadModel, tagText, type TaggerModel, type TaggedSpan } from './ner/tagger';
import { overlapIndex } from './spans';
import { isGenericHead, isKnownName, orgEnding, startsKnownName } from './name-shapes';
import { boundedPieces } from '../text/pieces';
import { chipPeople } from './chip-people';
import { chipOrgs, ungluedOrganisation, zoneChips } from './chip-orgs';
import { bylineNames, businessInList, companyShortForms, countedWork, outsideByline, usedAsPlace } from './chip-structure';
import type { Entity, Mention } from './types';

let model: TaggerModel | null = null;
function tagger(): TaggerModel {
  model ??= loadModel(modelData);
  return model;
}

export interface RawEntity {
  start: number;
  end: number;
  type: 'PER' | 'LOC' | 'ORG' | 'DOC';
  role?: string;
}

const CHUNK_END = /[。！？；!?;\n]/;
/** Longest piece tagged at once: the tagger's memory grows with it (~0.5 KB a character). */
export const TAG_CHUNK = 1000;
/** Where a long sentence is cut first: after a clause mark or a space. */
const CLAUSE_END = /[，、：,:\s]/;

/**
 * [start, end) pieces of the sentence s[start, end) of at most TAG_CHUNK characters: cut after a
 * clause mark in the second half of a piece, hard only in a run without one. News sentences are far
 * shorter (the longest of the dev corpora: 275) and are one piece.
 */
function tagPieces(s: string, start: number, end: number): Array<[number, number]> {
  return boundedPieces(s, TAG_CHUNK, CLAUSE_END, start, end);
}

/** Tagger spans over the whole text, tagging sentence by sentence (a very long one in pieces). */
function taggedSpans(s: string, m: TaggerModel): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (let i = 0, sentenceStart = 0; i <= s.length; i++) {
    if (i === s.length || CHUNK_END.test(s[i]!)) {
      for (const [start, end] of i > sentenceStart ? tagPieces(s, sentenceStart, i) : []) {
        for (const sp of tagText(m, s.slice(start, end))) {
          // never let a name begin or end on a space or punctuation
          let a = sp.start + start;
          let b = sp.end + start;
          while (a < b && /[\s\p{P}]/u.test(s[a]!)) a++;
          while (b > a && /[\s\p{P}]/u.test(s[b - 1]!) && !/[)）》”]/.test(s[b - 1]!)) b--;
          // a quoted name inside an organisation name keeps its opening quote: “幸福工程”组委会
          if (sp.type === 'ORG' && a > 0 && s[a - 1] === '“' && s.slice(a, b).includes('”')) a--;
          if (b > a) out.push({ start: a, end: b, type: sp.type });
        }
      }
      sentenceStart = i + 1;
    }
  }
  return out;
}

/** Generic organisation words that are the tail of a longer name when text runs into them: 红12师|政治部. */
const GENERIC_ORG = /^(?:总公司|政治部|宣传部|组委会|管委会|委员会|研究所|研究院|研究中心|科学院|集团|组织|办公室|分社|分会|分局|支行)$/;
const NOT_NAME =
  /[年月日号的是在和与及将对了等为从向把被给由到于以其各该本我你他她它们这那个每有无不也都就而并或、，。；：！？\s“”《》（）()]/;

/** A generic organisation word the tagger found alone takes the name right before it: 创建|总公司, 红12师|政治部. */
function orgHeads(s: string, tagged: TaggedSpan[]): TaggedSpan[] {
  return tagged.map((t, k) => {
    if (t.type !== 'ORG' || !GENERIC_ORG.test(s.slice(t.start, t.end))) return t;
    const floor = Math.max(0, t.start - 6, k > 0 ? tagged[k - 1]!.end : 0);
    let a = t.start;
    while (a > floor && !NOT_NAME.test(s[a - 1]!)) a--;
    return a < t.start - 1 ? { ...t, start: a } : t;
  });
}

/** Province-level names (with their 省/市 forms) that news text writes before a city's organisation. */
const PROVINCE = new RegExp(
  `^(?:${'北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 云南 陕西 甘肃 青海 内蒙古 广西 西藏 宁夏 新疆'.split(' ').join('|')})[省市]?`,
);

/**
 * The province before a city's or county's organisation is a place of its own: 山东|临沂市公安局兰山分局,
 * 江苏省|宿迁市中级人民法院 (but 北京大学登山队 stays whole: 大学 is no place).
 */
function provinceSplit(s: string, r: RawEntity): RawEntity[] {
  if (r.type !== 'ORG' || r.role) return [r];
  const t = s.slice(r.start, r.end);
  const p = PROVINCE.exec(t)?.[0];
  if (!p) return [r];
  const { places } = gazetteer();
  for (let k = Math.min(t.length - 2, p.length + 4); k >= p.length + 2; k--) {
    const w = t.slice(p.length, k);
    if (/[市县区州盟旗]$/.test(w) && places.words.has(w)) {
      return [
        { start: r.start, end: r.start + p.length, type: 'LOC' },
        { start: r.start + p.length, end: r.end, type: 'ORG' },
      ];
    }
  }
  return [r];
}

/** A news dateline: the agency or paper, the place, the date, 电/讯 (本报开罗4月28日电, 新华网圣地亚哥10月5日电). */
const DATELINE_RE = /(?:本报|新华社|新华网|中新社|中新网)([\u4e00-\u9fff]{2,6}?)[0-9０-９]{1,2}月[0-9０-９]{1,2}日[电讯]/g;

/** The place of a dateline. */
function datelinePlaces(s: string): RawEntity[] {
  const out: RawEntity[] = [];
  DATELINE_RE.lastIndex = 0;
  for (let m = DATELINE_RE.exec(s); m; m = DATELINE_RE.exec(s)) {
    const start = m.index + m[0].indexOf(m[1]!, 2);
    out.push({ start, end: start + m[1]!.length, type: 'LOC' });
  }
  return out;
}

/** Title words that follow a person's name (斯卡尔法罗总统, 克伦威尔将军, 绍棠夫人). */
const PERSON_TITLE_AFTER = /^(?:总统|总理|首相|将军|元帅|夫人|先生|女士|国王|女王|亲王|议员|大使)/;

/** Last characters of a state or an office, whose head has the title: 波兰共和国总统, 国务院总理. */
const STATE_END = /[国院局府部会委厅署党省市州县区]/;

/** Last characters that make a name a place whatever the tagger typed it: 罗赖马州, 卓奥友峰. */
const PLACE_END = /[州省县峰岛湖]/;

/** A person the tagger found, surname + two given-name characters, whose last one also ends places: 张巨|峰. */
function givenNameEnd(s: string, t: TaggedSpan): boolean {
  return (
    t.type === 'PER' &&
    t.end - t.start === 3 &&
    gazetteer().surnames.has(s[t.start]!) &&
    properLexicon().givenChars.has(s[t.end - 1]!) &&
    !gazetteer().places.words.has(s.slice(t.start, t.end))
  );
}

/** A side of a match is a team (桑德兰vs博尔顿); a name ending like a place is a place (罗赖马州); a name before a person's title is a person, unless it is a known place or a state (美国总统, 国务院总理). */
function titledPeople(s: string, tagged: TaggedSpan[]): TaggedSpan[] {
  const { places } = gazetteer();
  return tagged.map((t) =>
    t.type !== 'ORG' && (/^\s*vs\.?/i.test(s.slice(t.end, t.end + 4)) || /vs\.?\s*$/i.test(s.slice(Math.max(0, t.start - 4), t.start)))
      ? { ...t, type: 'ORG' }
      : t.type !== 'LOC' &&
          t.end - t.start >= 3 &&
          PLACE_END.test(s[t.end - 1]!) &&
          !/[\p{P}]/u.test(s.slice(t.start, t.end)) &&
          !givenNameEnd(s, t)
        ? { ...t, type: 'LOC' }
        : t.type !== 'PER' &&
            t.end - t.start >= 2 &&
            PERSON_TITLE_AFTER.test(s.slice(t.end, t.end + 2)) &&
            !places.words.has(s.slice(t.start, t.end)) &&
            !STATE_END.test(s[t.end - 1]!)
          ? { ...t, type: 'PER' }
          : t,
  );
}

/** What follows a full name: punctuation, the end, or a speech/title word (王涌彬说, 关纪新、). */
const AFTER_NAME = /^(?:[^\u4e00-\u9fff]|$|说|表示|指出|认为|介绍|强调|告诉|先生|女士|同志|教授|等)/;

/** Words after a surname that are a form of address, not a given name: 张先生, 陈某, 郑阿姨. */
const NOT_GIVEN = /^(?:先生|女士|小姐|阿姨|大娘|大爷|老师|师傅|同志|某|总|老|氏|家|姓)/;

/**
 * A two-character person name (surname + one) cut before a given-name character that ends the name:
 * 王涌|彬说 → 王涌彬, 关纪|新、 → 关纪新 (never a conjunction: 沈洁和).
 */
function fullNames(s: string, tagged: TaggedSpan[]): TaggedSpan[] {
  const { surnames } = gazetteer();
  const { givenChars } = properLexicon();
  const given = (c: string | undefined) => !!c && givenChars.has(c) && !'和与及同跟'.includes(c);
  const out: TaggedSpan[] = [];
  for (let k = 0; k < tagged.length; k++) {
    const t = tagged[k]!;
    // a lone surname before two given-name characters: 田|晚霞, 朱|英国 (a place the tagger saw in the name)
    if (
      t.type === 'PER' &&
      t.end - t.start === 1 &&
      surnames.has(s[t.start]!) &&
      given(s[t.end]) &&
      given(s[t.end + 1]) &&
      !NOT_GIVEN.test(s.slice(t.end, t.end + 2))
    ) {
      // the spans right after it that start inside the two characters (spans are in text order)
      const inside: TaggedSpan[] = [];
      for (let j = k + 1; j < tagged.length && tagged[j]!.start < t.end + 2; j++) inside.push(tagged[j]!);
      if (inside.every((o) => o.end <= t.end + 2)) {
        out.push({ ...t, end: t.end + 2 });
        k += inside.length;
        continue;
      }
    }
    out.push(t);
  }
  return out.map((t, k) => {
    if (t.type !== 'PER' || t.end - t.start !== 2 || !surnames.has(s[t.start]!)) return t;
    const c = s[t.end];
    if (!given(c) || (k + 1 < out.length && out[k + 1]!.start <= t.end)) return t;
    return AFTER_NAME.test(s.slice(t.end + 1, t.end + 3)) ? { ...t, end: t.end + 1 } : t;
  });
}

/**
 * A place right before an organisation is part of its name: 广州|乾朗珠宝有限公司 → one organisation,
 * 武汉市|青山区|房产管理局 → one (organisation names usually begin with their place).
 */
function placeOrgNames(tagged: TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (let k = 0; k < tagged.length; k++) {
    let j = k;
    while (j + 1 < tagged.length && tagged[j]!.type === 'LOC' && tagged[j + 1]!.start === tagged[j]!.end) j++;
    if (tagged[j]!.type === 'ORG') {
      // 北京教育学院|美术系, 江西省委|老干部局: an organisation right after another is its part.
      while (j + 1 < tagged.length && tagged[j + 1]!.type === 'ORG' && tagged[j + 1]!.start === tagged[j]!.end) j++;
    }
    if (j > k && tagged[j]!.type === 'ORG') {
      out.push({ start: tagged[k]!.start, end: tagged[j]!.end, type: 'ORG' });
      k = j;
    } else out.push(tagged[k]!);
  }
  return out;
}

const BYLINE_ROLES = '记者|通讯员|责任编辑|编辑|摄影|摄|实习生|作者|撰稿|校对|审核|主编|编审|监制';
const TITLE_ROLES =
  '书记|副书记|市长|副市长|省长|副省长|县长|副县长|区长|副区长|主席|副主席|总理|副总理|部长|副部长|局长|副局长|厅长|副厅长|院长|副院长|校长|副校长|主任|副主任|' +
  '总统|副总统|首相|董事长|总经理|总裁|秘书长|发言人|教授|研究员|处长|科长|镇长|乡长|村支书|队长|主任委员|委员长|大使|总书记|国务委员|主教练|教练';
const BYLINE_RE = new RegExp(`(${BYLINE_ROLES})\\s*[:：]?\\s*((?:[\\u4e00-\\u9fff]{2,4}[\\s、，,]*){1,4})`, 'g');
const TITLE_RE = new RegExp(`(${TITLE_ROLES})`, 'g');

function looksLikeName(name: string): boolean {
  const { surnames, doubleSurnames } = gazetteer();
  if (name.length < 2 || name.length > 4) return false;
  if (doubleSurnames.has(name.slice(0, 2)) && name.length >= 3) return true;
  return surnames.has(name[0]!) && name.length <= 3;
}

/** Two names written together in a byline (记者李蕾张羽飞, 贾鹏陈博): the length of the first, or 0. */
function twoNames(run: string): number {
  if (run.length < 4 || run.length > 6 || /[报摄电讯道]/.test(run)) return 0;
  for (const k of [2, 3]) if (run.length - k >= 2 && looksLikeName(run.slice(0, k)) && looksLikeName(run.slice(k))) return k;
  return 0;
}

/** Named people from bylines and title words, with their roles. */
/** The byline roles Dubao adds from the page's metadata, in Traditional script. */
const META_ROLE_TRADITIONAL: Record<string, string> = { 记者: '記者', 责任编辑: '責任編輯' };

/**
 * A role (found on the Simplified copy) as the text writes it: 記者 on a Traditional page. Taken from
 * the text where it stands there (the copy keeps offsets); a role from the page's metadata is only
 * converted when the text itself is Traditional.
 */
function roleAsWritten(role: string, s: string, orig: string): string {
  if (s === orig) return role;
  const at = s.indexOf(role);
  if (at >= 0) return orig.slice(at, at + role.length);
  return META_ROLE_TRADITIONAL[role] ?? role;
}

function ruleSpans(s: string, tagged: TaggedSpan[]): RawEntity[] {
  const out: RawEntity[] = [];
  BYLINE_RE.lastIndex = 0;
  for (let m = BYLINE_RE.exec(s); m; m = BYLINE_RE.exec(s)) {
    // a bare 摄 ends a photo credit (肖艺九 摄): what follows it without a colon is the next sentence
    if (m[1] === '摄' && !/^\s*[:：]/.test(m[0].slice(1))) continue;
    let pos = m.index + m[1]!.length;
    const rest = m[0].slice(m[1]!.length);
    for (const part of rest.split(/([\s、，,:：]+)/)) {
      if (part && /^[\u4e00-\u9fff]+$/.test(part)) {
        // the whole run of Han characters here, when a bracketed byline ends after it: （记者李蕾张羽飞）
        const run = /^[\u4e00-\u9fff]{4,6}(?=[）)（(])/.exec(s.slice(pos, pos + 7))?.[0] ?? '';
        const pair = run && !looksLikeName(run) ? twoNames(run) : 0;
        if (pair) {
          out.push(
            { start: pos, end: pos + pair, type: 'PER', role: m[1]! },
            { start: pos + pair, end: pos + run.length, type: 'PER', role: m[1]! },
          );
          break;
        } else {
          const name = part.length > 3 && looksLikeName(part.slice(0, 3)) && !looksLikeName(part) ? part.slice(0, 3) : part;
          if (looksLikeName(name)) out.push({ start: pos, end: pos + name.length, type: 'PER', role: m[1]! });
          else break;
        }
      }
      pos += part.length;
    }
  }
  const personAt = new Map<number, TaggedSpan>();
  for (const t of tagged) if (t.type === 'PER' && !personAt.has(t.start)) personAt.set(t.start, t);
  TITLE_RE.lastIndex = 0;
  for (let m = TITLE_RE.exec(s); m; m = TITLE_RE.exec(s)) {
    const end = m.index + m[0].length;
    const next = personAt.get(end);
    if (next) out.push({ start: next.start, end: next.end, type: 'PER', role: m[0] });
  }
  return out;
}

const STRONG_ORG = [
  '研究院',
  '研究所',
  '研究中心',
  '实验室',
  '创新基地',
  '基地',
  '大学',
  '学院',
  '医院',
  '委员会',
  '有限公司',
  '股份公司',
  '集团',
  '公司',
  '银行',
  '支行',
  '分行',
  '日报',
  '时报',
  '晚报',
  '女篮',
  '男篮',
  '女排',
  '男排',
  '女足',
  '男足',
  '代表队',
  '足球队',
  '领导小组',
  '筹委会',
  '组委会',
  '党委',
  '政治部',
  '宣传部',
  '工程局',
  '总公司',
  '分社',
  '药厂',
  '工厂',
  '总厂',
  '分院',
  '分局',
  '研究会',
  '同学会',
  '协会',
  '学会',
  '联合会',
  '基金会',
  '中心',
  '产业园',
  '孵化园',
  '俱乐部',
  '人民政府',
  '法院',
  '检察院',
  '管委会',
  '智库',
  '药业',
];
const LOC_SUFFIX = [
  '经济技术开发区',
  '高新技术产业开发区',
  '高新区',
  '开发区',
  '经开区',
  '新区',
  '保税区',
  '自贸区',
  '示范区',
  '生态创新城',
];
/** A branch of an organisation named after its place (常德市中心支行, 常德分行, 兰山分局). */
const BRANCH_ORG = /(?:中心支行|支行|分行|分局|分公司|分院|分社|分会|办事处|代表处)$/;
/**
 * The parent before a branch the tagger left it out of (工商银行|株洲市分行): the whole run back to the last break,
 * less a preposition or a time word opening it (由|工商银行, 昨天|工商银行).
 */
const PARENT_BEFORE =
  /(?:^|[^\u4e00-\u9fff]|[、的和与及])(?:[由在对向把被从据将经]|[昨今明前]天|[昨今]日|[去今明]年|近日|目前|此前|当天|近期|日前|据悉)?([\u4e00-\u9fff]{2,8}(?:银行|保险|证券|公司|集团))$/;
const NAME_BREAK = /[的是在和与及将对了等、，,。；;：:！？!?\s“”"《》()（）·A-Za-z0-9０-９]/;
const DIRECTION = /^[东南西北中华][东南西北部方]?$/;

/** Place or organisation names extended to a following organisation/zone suffix: 崖州湾 → 崖州湾国家实验室西北创新基地. */
function compoundNames(s: string, tagged: TaggedSpan[]): RawEntity[] {
  const out: RawEntity[] = [];
  const startingAt = spansByStart(tagged);
  for (const t of tagged) {
    if (t.type === 'PER') continue;
    let best: RawEntity | null = null;
    // after another name inside it, only a branch of an organisation goes on: 中国人民银行|常德市|中心支行
    let branchOnly = false;
    let branchFrom = 0;
    for (let k = t.end; k <= Math.min(s.length, t.start + 18); k++) {
      if (k > t.end && NAME_BREAK.test(s[k - 1]!)) break;
      const other = k - 1 >= t.end ? startingAt.get(k - 1)?.find((o) => o !== t) : undefined;
      if (other && !DIRECTION.test(s.slice(other.start, other.end))) {
        if (t.type !== 'ORG' || other.type === 'PER' || branchOnly) break;
        branchOnly = true;
        branchFrom = other.start;
      }
      const piece = s.slice(t.start, k);
      if (branchOnly) {
        if (k > branchFrom + 1 && BRANCH_ORG.test(piece)) best = { start: t.start, end: k, type: 'ORG' };
      } else if (LOC_SUFFIX.some((x) => piece.endsWith(x) && piece.length > x.length)) best = { start: t.start, end: k, type: 'LOC' };
      else if (k > t.end && STRONG_ORG.some((x) => piece.endsWith(x) && piece.length > x.length))
        best = { start: t.start, end: k, type: 'ORG' };
    }
    if (best && (best.end > t.end || best.type !== t.type)) out.push(best);
  }
  // a branch after the name of its parent the tagger left out (工商银行|株洲市分行): the parent is part of it
  for (const o of out) {
    if (o.type !== 'ORG' || !BRANCH_ORG.test(s.slice(o.start, o.end))) continue;
    const parent = PARENT_BEFORE.exec(s.slice(Math.max(0, o.start - 12), o.start));
    if (parent && !NAME_BREAK.test(parent[1]!)) o.start -= parent[1]!.length;
  }
  // a branch's own name inside the whole (常德市中心支行 inside 中国人民银行常德市中心支行) is no name of its own
  const branches = out.filter((o) => o.type === 'ORG' && BRANCH_ORG.test(s.slice(o.start, o.end)));
  return branches.length ? out.filter((o) => !branches.some((b) => b !== o && b.start < o.start && o.end <= b.end)) : out;
}

/**
 * `a` falls inside a word of the text (转|型综改示范区), or the one or two characters before it and the
 * first one or two at it make a known place or a dictionary word of three or more characters: 平|遥牛肉集团,
 * 共同|体研究中心 (two-character dictionary words also join by accident: 会同|行政局).
 */
function startsInsideWord(s: string, a: number): boolean {
  if (startsInsideSegment(s, a)) return true;
  const { places } = gazetteer();
  for (const k of [1, 2]) {
    for (const l of [1, 2]) {
      if (a - k < 0 || a + l > s.length) continue;
      const w = s.slice(a - k, a + l);
      if (/^[\u4e00-\u9fff]+$/.test(w) && (places.words.has(w) || (w.length >= 3 && isDictionaryWord(w)))) return true;
    }
  }
  return false;
}

/** The text before `a` ends with a common word of the dictionary (告诉|, 访问|, 各家|): a name may begin at `a`. */
function afterWord(s: string, a: number): boolean {
  for (let k = 2; k <= 4 && k <= a; k++) if (isCommonWord(s.slice(a - k, a))) return true;
  return false;
}

/** Negations, adverbs and numerals, which open a verb phrase or a count before a name, never a brand: 一直|未见|耐克公司, 三大|互联网公司; 涉 of 涉事|公司. */
const NOT_BRAND = /[未不没非别莫勿已曾再又仍均都也就才却便即皆亦还更最很太被让使令请同跟另据要看涉一二三四五六七八九十百千万亿两几多]/;
/** A class of companies or a party before a company's name, no brand of it: 房企|碧桂园集团, 药企|辉瑞公司, 外媒|…, 券商|…, 美方|…. */
const CLASS_NOUN = /[企媒商方]$/;
/** The companies a brand heads (广汽|丰田公司): not a team, a bank, an office (一件|英格兰队, 要看|央行). */
const BRANDED = /(?:公司|集团)$/;

/**
 * The length (2) of a brand or an abbreviation right before `a` that heads the company there: no word
 * of the dictionary nor a verb, no function character or numeral (广汽, not 中标, 调入, 未见 or 三大),
 * opened by a mark, a function word or a common word (中标|广汽|丰田公司); 0 when there is none.
 */
function brandBefore(s: string, a: number, org: string): number {
  const b = a - 2;
  if (b < 0 || !BRANDED.test(org)) return 0;
  const w = s.slice(b, a);
  if (!/^[\u4e00-\u9fff]+$/.test(w) || NOT_NAME.test(w) || NOT_BRAND.test(w) || CLASS_NOUN.test(w) || isDictionaryWord(w) || isVerb(w))
    return 0;
  if (isDictionaryWord(s.slice(a - 1, a + 1))) return 0;
  return b === 0 || !/[\u4e00-\u9fff]/.test(s[b - 1]!) || NOT_NAME.test(s[b - 1]!) || afterWord(s, b) ? 2 : 0;
}

/** A class of companies (房企, 外媒, 券商) right before `a`: the name after it is whole (房企|万科集团). */
function classBefore(s: string, a: number): boolean {
  const w = s.slice(Math.max(0, a - 2), a);
  return /^[\u4e00-\u9fff]{2}$/.test(w) && CLASS_NOUN.test(w);
}

/** A line of business right after a brand (华媒|控股集团: the brand is the name's head, no class of companies). */
const BUSINESS_WORD = /^(?:控股|投资|科技|实业|股份|传媒|文化|发展|建设|集团|公司)/;
/** Does a company's name open with a class of companies or media (美媒|苹果公司; not 企业, not a word: 外企|…; 国企下岗职工…报告团 is no company)? */
function classOpening(t: string): boolean {
  const w = t.slice(0, 2);
  const rest = t.slice(2);
  if (!/^[\u4e00-\u9fff][企媒]$/.test(w) || rest[0] === '业' || BUSINESS_WORD.test(rest) || !BRANDED.test(rest) || isDictionaryWord(w))
    return false;
  const end = orgEnding(rest);
  return !!end && rest.length - end.length >= 2;
}

/** Farthest an organisation fragment is taken back to the start of its name. */
const ORG_BACK = 10;

/**
 * Organisations the tagger or a suffix rule began inside their name: a fragment starts right after a
 * name character (not a function word or a mark) and inside a word, or with only common words before
 * its organisation word (昆明风行防水|材料有限公司, 中车太原机车|车辆有限公司, 平|遥牛肉集团). Such a
 * fragment is taken back to the mark or function word before the name when a known place or proper
 * name begins in the part taken back (not over a verb: 起诉|邮电部 stays), and dropped otherwise (贪污|问题咨询委员会).
 * Any other organisation begun right after a name character is dropped unless a common word ends there
 * (告诉|中国日报 stays) or it is a known organisation.
 * Other spans inside a widened organisation give way to it. For panel chips only: the NER corpora
 * annotate their own boundaries (法国|利用货币联盟 would be taken back to 法国).
 */
function orgFragments(s: string, raw: RawEntity[]): RawEntity[] {
  const out: RawEntity[] = [];
  for (let r of raw) {
    if (r.type !== 'ORG' || r.role) {
      out.push(r);
      continue;
    }
    // a class of companies the tagger took in is no part of the name: 美媒|苹果公司, 陆企|华为公司
    if (classOpening(s.slice(r.start, r.end))) r = { ...r, start: r.start + 2 };
    // nor a time word before it (日前|华硕公司); a stance word's abbreviation (对|华联盟) or the verb 组织 is none
    const unglued = ungluedOrganisation(s, r);
    if (!unglued) continue;
    r = { ...r, ...unglued };
    const t = s.slice(r.start, r.end);
    const end = orgEnding(t);
    const prev = s[r.start - 1] ?? '';
    const afterName = /[\u4e00-\u9fff]/.test(prev) && !NOT_NAME.test(prev);
    if (end && t.length - end.length >= 2 && classBefore(s, r.start)) {
      out.push(r);
      continue;
    }
    if (!end || !afterName || !(startsInsideWord(s, r.start) || (end.length >= 2 && isGenericHead(t.slice(0, t.length - end.length))))) {
      // a brand or an abbreviation before it, after a word or a mark, is its name's head: 中标|广汽|丰田公司
      const head = end && afterName ? brandBefore(s, r.start, t) : 0;
      if (head) out.push({ ...r, start: r.start - head });
      // begun after a name character that ends no word: the rest of a name before it (中国海油|青岛…基地, 各家|昆剧院团)
      else if (!afterName || isKnownName(t, 'ORG') || afterWord(s, r.start)) out.push(r);
      continue;
    }
    let a = r.start;
    while (a > 0 && r.start - a < ORG_BACK && /[\u4e00-\u9fff]/.test(s[a - 1]!) && !NOT_NAME.test(s[a - 1]!)) a--;
    const closed = a === 0 || !/[\u4e00-\u9fff]/.test(s[a - 1]!) || NOT_NAME.test(s[a - 1]!);
    if (closed && startsKnownName(s, a, r.start)) out.push({ ...r, start: a });
  }
  const orgs = out.filter((r) => r.type === 'ORG' && !r.role);
  return out.filter(
    (r) => r.type === 'ORG' || r.role || !orgs.some((o) => o.start <= r.start && r.end <= o.end && o.end - o.start > r.end - r.start),
  );
}

/** Characters before a name that begin no word with its first one (在|北京, 和|平壤 aside: 平壤 is a known place anyway). */
const BEFORE_NAME = /[在到赴往于从至去经和与及同跟向对为是的了将把被给由以其各该本这那每有无不也都就而并或]/;

/**
 * A place begun inside a word of the text: the character before it and its first make a common word
 * while its own first two do not (金世|纪嘉园: 世纪 is a word, 纪嘉 none). Known places stay (江苏|南京).
 */
function beginsInsideWord(s: string, r: RawEntity, isPlace: (w: string) => boolean): boolean {
  const prev = s[r.start - 1] ?? '';
  if (r.end - r.start < 2 || !/[\u4e00-\u9fff]/.test(prev) || BEFORE_NAME.test(prev) || isPlace(s.slice(r.start, r.end))) return false;
  return isCommonWord(prev + s[r.start]) && !isDictionaryWord(s.slice(r.start, r.start + 2));
}

/**
 * Place chips that name a kind or a business, or a piece of a word, not a place: a counted building (两栋|塔楼),
 * a shop of a list (上岛|咖啡、好伦哥等品牌), a name begun inside a word (金世|纪嘉园).
 */
function placeKinds(s: string, raw: RawEntity[]): RawEntity[] {
  const { places } = gazetteer();
  const isPlace = (w: string) => places.words.has(w);
  return raw.filter(
    (r) =>
      r.type !== 'LOC' ||
      !!r.role ||
      !(countedWork(s, r) || businessInList(s, r, isPlace, isCommonWord) || beginsInsideWord(s, r, isPlace)),
  );
}

/** Spans by their start offset, in their order. */
function spansByStart<T extends { start: number }>(spans: readonly T[]): Map<number, T[]> {
  const at = new Map<number, T[]>();
  for (const sp of spans) {
    const list = at.get(sp.start);
    if (list) list.push(sp);
    else at.set(sp.start, [sp]);
  }
  return at;
}

/** Words near a 《title》 that make it a film, game, show or song rather than a document. */
const SCREEN_CUE =
  /电影|影片|影院|主演|导演|上映|票房|游戏|玩家|网游|手游|专辑|歌曲|单曲|演唱|电视剧|剧集|综艺|大片|续集|影帝|影后|开发商|资料片|公测|内测|饰演|出演|角色|执导|片中|影迷|观众|首映|档期|戏|新片|片场|开镜|[惊悚科幻喜剧动画外语]片|制片|奥斯卡|发售|新作|续作|本作|次世代|主机|Xbox|PS\d|研发|开发|发行|官方网站|官网|中文版|豪华版|过关|外语片|服务器/;
/** Words near a 《title》 that make it printed matter whatever else is near: 游戏杂志《大众软件》, 漫画《蜘蛛侠》. */
const PRINT_CUE = /杂志|小说|漫画|书|报|刊|著|作者|出版|连载|文章|论文|诗/;
/** A foreign original title in brackets right after (《超人归来》(Superman Returns)) marks a film or game. */
const FOREIGN_AFTER = /^\s*[（(]\s*[A-Za-z]/;
/** A sequel number closes the title: 《冰河世纪3》, 《星际争霸2》 (not a year: 《中国制造2025》). */
const SEQUEL = /[^\d０-９][1-9１-９]》$/;
/** Only a list separator between two titles: 《守夜人》、《守日人》. */
const LIST_GAP = /^(?:[、，,和与及]|以及)?$/;
/** A title in 《》, or one whose opening bracket was cut off with the text before it (吴三桂演义》…, at the very start). */
const DOC_RE = /《([^《》\n]{1,80})》|^([^《》\n\s，。！？；：、“”]{1,20})》/g;
const ALIAS_RE = /^\s*[（(](?:以下)?(?:简称|下称)[“"《「]([^”"》」）)]{1,20})[”"》」][）)]/;

interface DocInfo {
  key: string;
  aliases: string[];
}

/** Resolve the bylined author/editor names to their text (may not occur in the body). */
function metaName(meta: string | null | undefined): string | null {
  if (!meta) return null;
  const m = /([\u4e00-\u9fff·]{2,5})\s*$/.exec(meta.trim());
  return m ? m[1]! : null;
}

export function findEntities(
  s: string,
  orig: string,
  opts: {
    title?: string | null;
    author?: string | null;
    editor?: string | null;
    toSimplified?: (x: string) => string;
    model?: TaggerModel;
    /** Keep names found inside 《》 titles as entities of their own (some corpora tag them). */
    nested?: boolean;
    /** Chips for the panel: places and organisations also need a name's shape (name-shapes.ts). */
    chips?: boolean;
  } = {},
): { people: Entity[]; places: Entity[]; organizations: Entity[]; documents: Entity[] } {
  const found = placeOrgNames(fullNames(s, titledPeople(s, orgHeads(s, taggedSpans(s, opts.model ?? tagger())))));
  const orgRules = opts.chips ? chipOrgs(s, chipPeople(s, found)) : null;
  const tagged = orgRules ? orgRules.spans : found;
  const raw: RawEntity[] = [];
  // Documents and their aliases
  const docs = new Map<string, DocInfo>();
  const docSpans: RawEntity[] = [];
  const titleSpans: Array<{ start: number; end: number }> = [];
  const aliasOf = new Map<string, string>();
  DOC_RE.lastIndex = 0;
  const titles: Array<{ m: RegExpExecArray; screen: boolean; print: boolean }> = [];
  for (let m = DOC_RE.exec(s); m; m = DOC_RE.exec(s)) {
    const start = m.index;
    const end = start + m[0].length;
    titleSpans.push({ start, end });
    // the words around, other titles blanked out (《帝王攻略》 says nothing about its neighbour)
    const around = (s.slice(Math.max(0, start - 10), start) + '|' + s.slice(end, end + 8)).replace(/《[^《》]*》?|^[^《]*》/g, '|');
    const print = PRINT_CUE.test(around);
    const screen = !print && (SCREEN_CUE.test(around) || SEQUEL.test(m[0]) || FOREIGN_AFTER.test(s.slice(end, end + 4)));
    titles.push({ m, screen, print });
  }
  // Titles listed together are works of one kind: a film beside a film.
  for (let pass = 0; pass < 2; pass++) {
    for (let k = 0; k + 1 < titles.length; k++) {
      const a = titles[k]!;
      const b = titles[k + 1]!;
      if (a.screen !== b.screen && !a.print && !b.print && LIST_GAP.test(s.slice(a.m.index + a.m[0].length, b.m.index)))
        a.screen = b.screen = true;
    }
  }
  for (const { m, screen } of titles) {
    if (screen) continue;
    const start = m.index;
    const end = start + m[0].length;
    docSpans.push({ start, end, type: 'DOC' });
    const key = m[0];
    if (!docs.has(key) && !aliasOf.has(key)) docs.set(key, { key, aliases: [] });
    const a = ALIAS_RE.exec(s.slice(end, end + 30));
    if (a) {
      const alias = `《${a[1]}》`;
      const owner = aliasOf.get(key) ?? key;
      if (alias !== owner) {
        aliasOf.set(alias, owner);
        const info = docs.get(owner);
        if (info && !info.aliases.includes(alias)) info.aliases.push(alias);
        docs.delete(alias);
      }
    }
  }
  const inDoc = overlapIndex(s.length, titleSpans);
  // Rule people and compound names override overlapping tagger spans
  const rules = [...ruleSpans(s, tagged), ...compoundNames(s, tagged), ...abbreviationPairs(s, tagged), ...datelinePlaces(s)];
  for (const r of rules) raw.push(r);
  const inRule = overlapIndex(s.length, rules);
  for (const t of tagged) {
    if (!opts.nested && inDoc(t.start, t.end)) continue;
    if (inRule(t.start, t.end)) continue;
    raw.push({ start: t.start, end: t.end, type: t.type });
  }
  // Group by (type, simplified text)
  // Each group indexes its mentions by start, so adding one is O(1) however often a name recurs.
  const groups = new Map<
    string,
    { type: RawEntity['type']; text: string; role: string | null; mentions: Mention[]; starts: Set<number>; aliases: string[] }
  >();
  const addMention = (g: { mentions: Mention[]; starts: Set<number> }, m: Mention) => {
    if (g.starts.has(m.start)) return;
    g.starts.add(m.start);
    g.mentions.push(m);
  };
  const addGroup = (key: string, type: RawEntity['type'], text: string, m: Mention, role: string | null) => {
    let g = groups.get(key);
    if (!g) {
      g = { type, text, role, mentions: [], starts: new Set(), aliases: [] };
      groups.set(key, g);
    }
    addMention(g, m);
    if (role && !g.role) g.role = role;
  };
  const conv = opts.toSimplified ?? ((x: string) => x);
  const refined = refineSpans(
    s,
    (opts.chips
      ? placeKinds(s, outsideByline(s, zoneChips(s, orgFragments(s, raw)), bylineNames([opts.author, opts.editor], conv)))
      : raw
    ).flatMap((r) => provinceSplit(s, r)),
    opts.chips,
  );
  for (const r of refined.kept)
    addGroup(`${r.type}:${s.slice(r.start, r.end)}`, r.type, orig.slice(r.start, r.end), { start: r.start, end: r.end }, r.role ?? null);
  // Fragments of a longer entity are its mentions (兰州 → 兰州市), or their own entity when it is gone
  for (const f of refined.folded) {
    const into = groups.has(`${f.type}:${f.into}`) ? f.into : s.slice(f.start, f.end);
    const g = groups.get(`${f.type}:${into}`);
    if (g) addMention(g, { start: f.start, end: f.end });
    else addGroup(`${f.type}:${into}`, f.type, orig.slice(f.start, f.end), { start: f.start, end: f.end }, null);
  }
  // A name found once by a rule is a mention wherever it recurs
  for (const g of groups.values()) {
    if (g.type !== 'PER' || !g.role) continue;
    const key = s.slice(g.mentions[0]!.start, g.mentions[0]!.end);
    for (let p = s.indexOf(key); p >= 0; p = s.indexOf(key, p + 1)) addMention(g, { start: p, end: p + key.length });
  }
  const firstDoc = new Map<string, RawEntity>();
  for (const d of docSpans) if (!firstDoc.has(s.slice(d.start, d.end))) firstDoc.set(s.slice(d.start, d.end), d);
  for (const d of docSpans) {
    const key = s.slice(d.start, d.end);
    const owner = aliasOf.get(key) ?? key;
    const first = firstDoc.get(owner)!;
    addGroup(`DOC:${owner}`, 'DOC', orig.slice(first.start, first.end), { start: d.start, end: d.end }, null);
  }
  for (const [key, info] of docs) {
    const g = groups.get(`DOC:${key}`);
    if (g) {
      g.aliases = info.aliases.map((a) => {
        const p = s.indexOf(a);
        return p >= 0 ? orig.slice(p, p + a.length) : a;
      });
    }
  }
  // Byline metadata: reporter and editor
  for (const [meta, role] of [
    [opts.author, '记者'],
    [opts.editor, '责任编辑'],
  ] as const) {
    const name = metaName(meta);
    if (!name) continue;
    const sn = conv(name);
    const key = `PER:${sn}`;
    const g = groups.get(key);
    if (g) g.role = g.role ?? role;
    else {
      const mentions: Mention[] = [];
      for (let p = s.indexOf(sn); p >= 0; p = s.indexOf(sn, p + 1)) mentions.push({ start: p, end: p + sn.length });
      groups.set(key, { type: 'PER', text: name, role, mentions, starts: new Set(mentions.map((x) => x.start)), aliases: [] });
    }
  }
  mergeAbbreviations(groups);
  // A company's short name is the company (龙湖 beside 龙湖集团), not a place or a person.
  if (opts.chips) {
    for (const [from, into] of companyShortForms(groups.keys())) {
      const g = groups.get(into)!;
      for (const m of groups.get(from)!.mentions) addMention(g, m);
      groups.delete(from);
    }
  }
  const titleS = opts.title ? conv(opts.title) : '';
  const n = Math.max(1, s.length);
  const entities: Entity[] = [];
  for (const [key, g] of groups) {
    g.mentions.sort((a, b) => a.start - b.start);
    const text = key.slice(key.indexOf(':') + 1);
    if (!(g.type === 'ORG' && orgRules?.named.has(text)) && !isTrustedEntity(g.type, text, g.role, opts.chips)) continue;
    if (opts.chips && g.type === 'LOC' && text.length >= 2 && isCommonWord(text) && !usedAsPlace(s, text, g.mentions)) continue;
    // 港, 台, 澳 are also a port, a stage, a bay: alone (no 香港/台湾/澳门 in the text for them to join) they are no place chip (离港启运)
    // — unless a mention is in a fixed phrase of the place (港人, 台商, 港府, 港澳)
    if (
      opts.chips &&
      g.type === 'LOC' &&
      /^[港台澳]$/.test(text) &&
      !g.mentions.some((m) => /[商胞人侨裔府股资企籍港澳台]/.test(s[m.end] ?? '') || /[港澳台]/.test(s[m.start - 1] ?? ''))
    )
      continue;
    const first = g.mentions[0]?.start ?? n;
    const inTitle = titleS && titleS.includes(text.replace(/^《|》$/g, '')) ? 1 : 0;
    const staff = g.role && /记者|编辑|通讯员|摄|实习生|校对|审核|主编|编审|监制|作者|撰稿/.test(g.role) ? 1 : 0;
    const salience =
      Math.round(
        (Math.log2(1 + g.mentions.length) +
          0.5 * (1 - first / n) +
          inTitle +
          0.3 * g.text.length ** 0.5 * (g.type === 'DOC' ? 1 : 0.3) -
          1.5 * staff) *
          1000,
      ) / 1000;
    const e: Entity = { text: g.text, type: g.type, mentions: g.mentions, salience };
    if (g.type === 'PER') e.role = g.role && roleAsWritten(g.role, s, orig);
    if (g.type === 'DOC') e.aliases = g.aliases;
    entities.push(e);
  }
  // Byline names (reporter, editor) may have no mention in the body text.
  entities.sort((a, b) => b.salience - a.salience || (a.mentions[0]?.start ?? n) - (b.mentions[0]?.start ?? n));
  return {
    people: entities.filter((e) => e.type === 'PER'),
    places: entities.filter((e) => e.type === 'LOC'),
    organizations: entities.filter((e) => e.type === 'ORG'),
    documents: entities.filter((e) => e.type === 'DOC'),
  };
}

/** One-character place abbreviations are mentions of the full place when the text names it: 港 → 香港, 美 → 美国. */
function mergeAbbreviations(groups: Map<string, { type: RawEntity['type']; mentions: Mention[] }>): void {
  const places = [...groups.keys()].filter((k) => k.startsWith('LOC:')).map((k) => k.slice(4));
  for (const p of places) {
    if (p.length !== 1) continue;
    const owner = abbreviationOwner(p, places);
    const from = groups.get(`LOC:${p}`);
    const into = owner ? groups.get(`LOC:${owner}`) : undefined;
    if (!from || !into) continue;
    for (const m of from.mentions) if (!into.mentions.some((x) => x.start === m.start)) into.mentions.push(m);
    groups.delete(`LOC:${p}`);
  }
}

/**
 * Flat, non-overlapping entity mentions (for `dubao analyze` and evaluation), longest first where
 * spans overlap. `types` keeps only those types before overlaps are resolved (a corpus that does not
 * tag documents still tags the names inside their titles).
 */
export function entityMentions(
  groups: ReturnType<typeof findEntities>,
  types: ReadonlyArray<Entity['type']> = ['PER', 'LOC', 'ORG', 'DOC'],
): Array<{ start: number; end: number; type: Entity['type'] }> {
  const out: Array<{ start: number; end: number; type: Entity['type'] }> = [];
  for (const list of [groups.people, groups.places, groups.organizations, groups.documents]) {
    for (const e of list) if (types.includes(e.type)) for (const m of e.mentions) out.push({ start: m.start, end: m.end, type: e.type });
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  // drop nested/overlapping duplicates (keep the first, longest)
  const res: typeof out = [];
  let lastEnd = -1;
  for (const m of out) {
    if (m.start >= lastEnd) {
      res.push(m);
      lastEnd = m.end;
    }
  }
  return res;
}
