/**
 * Organisation and place chips from the grammar of Chinese names (panel only, `findEntities({chips:
 * true})`; the corpus NER scores never see these rules):
 * - an organisation's name is the longest run ending in an organisation word whose modifier is itself
 *   name-like: a name the tagger cut before the rest of it runs on to that word (联合国|贸发会议,
 *   中国|民主同盟); a place that only modifies the name of an event (中国|艺术节) is no place of its own;
 * - a name written right after the word for a company (控股子公司|日本伊戈尔) is that company, and so
 *   are its other mentions;
 * - zones, parks and bases are no organisations: a park or a zone (…产业园, …园区, …开发区) is a
 *   place, a base (…产业基地, …生产基地) is a site, neither, unless an organisation of its name owns it
 *   (…国家实验室西北创新基地 is that laboratory's unit); a military base is a place (…空军基地);
 * - a name that is one half of a four-character parallel phrase is no name (千山|万水, 天南|海北).
 */
import type { RawEntity } from './entities';
import type { TaggedSpan } from './ner/tagger';
import { isDictionaryWord, isCommonWord, isVerb } from './lexicon';
import { gazetteer, isKnownPlace } from './gazetteer';
import { isGenericHead, orgEnding } from './name-shapes';
import { ABBR } from './entity-rules';

/** Characters that end a name's run: function words, marks, digits and Latin letters. */
const RUN_BREAK = /[^\u4e00-\u9fff]|[的是在和与及将对了等为从向把被给由到于以其各该本我你他她它们这那个每有无不也都就而并或说称]/;

/**
 * Organisation words a cut name runs on to, each with the modifier it needs between the name and it:
 * `abbr`, a shortened name that is no word of the dictionary (贸发, as in 联合国贸发会议; 联合国召开会议 is
 * a meeting), or `noun`, words that are no verb (民主, as in 中国民主同盟; 中国发起联盟 is no name).
 */
const RUN_ON: ReadonlyArray<[string, 'abbr' | 'noun']> = [
  ['会议', 'abbr'],
  ['大会', 'abbr'],
  ['组织', 'abbr'],
  ['同盟', 'noun'],
  ['联盟', 'noun'],
  ['论坛', 'noun'],
  ['理事会', 'noun'],
];

/** Longest modifier between a name and the organisation word it runs on to. */
const RUN_MAX = 4;

/** Is `mid` (the words between a name and its organisation word) a name-like modifier of the kind? */
function nameLikeModifier(mid: string, kind: 'abbr' | 'noun'): boolean {
  if (!mid || mid.length > RUN_MAX || RUN_BREAK.test(mid)) return false;
  if (kind === 'abbr') return mid.length === 2 && !isDictionaryWord(mid);
  for (let i = 0; i + 2 <= mid.length; i++) if (isVerb(mid.slice(i, i + 2))) return false;
  return true;
}

/** Names of events (festivals, fairs, games): a place that opens one only modifies it (中国艺术节). */
const EVENT_END = /(?:艺术节|电影节|文化节|音乐节|戏剧节|旅游节|博览会|交易会|展览会|运动会|锦标赛|峰会)$/;

/** Time words, which no event's name holds: a place before 今年|运动会 is the subject of the sentence, not a modifier of the name. */
const TIME_WORD = /[今明去前后当每]年|年[底初内末中]|[今明昨][天日]|[本下上]周|[本下上]月|月[底初]|近日|日前|届时|[下上]届/;

/** A time word the tagger glued to the front of an organisation: 日前|华硕公司, 近日|宏碁公司. */
const TIME_BEFORE_ORG = new RegExp(`^(?:${TIME_WORD.source}|目前|此前|当天|近期|据悉|同日|当日|次日)`);
/** Words of a stance or a visit that a country's one-character abbreviation closes: 对华, 反华, 访美. */
const STANCE_BEFORE = /[对访来赴驻反抗援涉侵]$/;
/** A company's relation to the company named before it: 谷歌|母公司, 丰田|子公司. */
const RELATION_END = /(?:母公司|子公司|孙公司|控股公司)$/;
/** Adverbs before 组织 that make it the verb to organise: 警方共|组织开展…, 已|组织. */
const ADVERB_BEFORE_VERB = /[共已曾还也都均将再又正并]组织$/;

/**
 * An organisation span with what the tagger glued to it taken off: a time word at its front (日前|华硕公司 →
 * 华硕公司, when three or more characters stay), a relation at its end (谷歌|母公司 → 谷歌); null when it names no organisation: it opens with the
 * abbreviation that closes a stance word before it and goes on with only an organisation word or common
 * words and one (对|华联盟, 对|华政策联盟; not 对|华夏银行), or such an organisation word after 一 or 某 ends it
 * (北京一公安局: a police bureau in Beijing; not 第一…, 一汽集团), or it ends in 组织 after an adverb, the verb to
 * organise (警方共组织|开展).
 */
export function ungluedOrganisation(s: string, r: { start: number; end: number }): { start: number; end: number } | null {
  let { start } = r;
  const time = TIME_BEFORE_ORG.exec(s.slice(start, r.end));
  if (time && r.end - start - time[0].length >= 3) start += time[0].length;
  if (ADVERB_BEFORE_VERB.test(s.slice(start, r.end))) return null;
  // the company's relation after its name: 谷歌|母公司 (the parent is named after it, if at all)
  const relation = RELATION_END.exec(s.slice(start, r.end));
  const end = relation ? r.end - relation[0].length : r.end;
  if (end - start < 2) return null;
  if (ABBR.has(s[start]!) && STANCE_BEFORE.test(s[start - 1] ?? '') && !namedAfter(s.slice(start + 1, r.end))) return null;
  const some = SOME_ORG.exec(s.slice(start, r.end));
  if (some && !namedAfter(some[1]!)) return null;
  return { start, end };
}

/** 一 or 某 (not 第一) before what ends an organisation's name: 北京一|公安局 (a police bureau in Beijing), 某|公司. */
const SOME_ORG = /(?<!第)[一某](?:个|家|所)?([\u4e00-\u9fff]{2,})$/;

/** Does `rest` name an organisation of its own: more than a bare organisation word or common words and one (公安局, 政策联盟)? */
function namedAfter(rest: string): boolean {
  const end = orgEnding(rest);
  const head = end ? rest.slice(0, rest.length - end.length) : '';
  return !!end && rest.length > 2 && !(head.length >= 2 && isGenericHead(head));
}

/** Words for a company right before a name that then names it (控股子公司|日本伊戈尔, 旗下|…). */
const COMPANY_BEFORE = /(?:子公司|母公司|孙公司|控股公司|旗下|品牌)$/;

/** Is `w` a known place (a Chinese place, a country, a world city)? */
/** A Chinese person's shape: a surname and one or two given characters. */
function chinesePerson(w: string): boolean {
  const { surnames, doubleSurnames } = gazetteer();
  return (w.length >= 2 && w.length <= 3 && surnames.has(w[0]!)) || (w.length >= 3 && w.length <= 4 && doubleSurnames.has(w.slice(0, 2)));
}

/**
 * The tagger's spans with the chips' organisation rules applied (run on to an organisation word,
 * place inside an event dropped, names after a company word typed as that company; halves of set
 * phrases dropped), in text order, and the organisation names these rules made (`named`: their
 * grammar is their shape, 日本伊戈尔 has no organisation word).
 */
export function chipOrgs(s: string, spans: TaggedSpan[]): { spans: TaggedSpan[]; named: Set<string> } {
  const tagged = roadNames(s, spans);
  const out: TaggedSpan[] = [];
  const companies = new Set<string>();
  const named = new Set<string>();
  for (let k = 0; k < tagged.length; k++) {
    const t = tagged[k]!;
    // a name right after the word for a company, with the place it may open with: 子公司|日本|伊戈尔
    if (t.type !== 'ORG' && COMPANY_BEFORE.test(s.slice(Math.max(0, t.start - 4), t.start))) {
      let end = t.end;
      let j = k;
      while (j + 1 < tagged.length && tagged[j + 1]!.start === end && tagged[j + 1]!.type !== 'ORG') end = tagged[++j]!.end;
      // with a place before it the name is a company's (日本|伊戈尔); alone, it must not be a place or a Chinese person's name
      const placed = j > k && isKnownPlace(s.slice(t.start, t.end)) && !isKnownPlace(s.slice(tagged[j]!.start, end));
      const name = s.slice(placed ? tagged[j]!.start : t.start, end);
      // a person's shape stays a person only after 品牌 (a brand named after its founder, 品牌|李宁); right after
      // 旗下 or a company word a name is a company's (鸿海集团旗下|富士康, though 富 is a surname)
      const byBrand = s.slice(Math.max(0, t.start - 2), t.start) === '品牌';
      if (placed || (j === k && !isKnownPlace(name) && !(byBrand && chinesePerson(name)))) {
        out.push({ start: t.start, end, type: 'ORG' });
        companies.add(name);
        named.add(name).add(s.slice(t.start, end));
        k = j;
        continue;
      }
    }
    if (t.type !== 'ORG' && (halfOfSetPhrase(s, t.start, t.end) || parallelFour(s.slice(t.start, t.end)))) continue;
    if (t.type === 'PER') {
      out.push(t);
      continue;
    }
    // the name runs on to an organisation word: 联合国|贸发会议 → 联合国贸发会议
    let runEnd = 0;
    let event = false;
    for (let e = t.end + 1; e <= Math.min(s.length, t.end + RUN_MAX + 3); e++) {
      if (RUN_BREAK.test(s[e - 1]!)) break;
      const next = tagged[k + 1];
      if (next && next.start < e && next.start >= t.end && next.type === 'PER') break;
      const piece = s.slice(t.end, e);
      for (const [w, kind] of RUN_ON) {
        // an organisation whose name ends in its organisation word is whole: what follows is a meeting of it (立法会|答问大会)
        if (kind === 'abbr' && t.type === 'ORG' && orgEnding(s.slice(t.start, t.end))) continue;
        if (piece.endsWith(w) && nameLikeModifier(piece.slice(0, piece.length - w.length), kind)) runEnd = e;
      }
      const ev = t.type === 'LOC' ? EVENT_END.exec(piece) : null;
      const mod = ev ? piece.slice(0, ev.index) : '';
      if (ev && (ev.index === 0 || (nameLikeModifier(mod, 'noun') && !TIME_WORD.test(mod)))) event = true;
    }
    if (runEnd) {
      // spans the run covers give way to it
      while (k + 1 < tagged.length && tagged[k + 1]!.start < runEnd) k++;
      out.push({ start: t.start, end: runEnd, type: 'ORG' });
      named.add(s.slice(t.start, runEnd));
    } else if (!event) out.push(t);
  }
  const listed = listedCompanies(s, out);
  if (listed.length) {
    out.push(...listed);
    out.sort((a, b) => a.start - b.start);
  }
  if (!companies.size) return { spans: out, named };
  // the company's other mentions: 伊戈尔：拟收购… beside 子公司日本伊戈尔
  return { spans: out.map((t) => (t.type !== 'ORG' && companies.has(s.slice(t.start, t.end)) ? { ...t, type: 'ORG' } : t)), named };
}

/** A direction and a road or street word after a place's name, with a Taiwanese road's section: 南京|西路, 中山|北路二段, 长安|东大街. */
const ROAD_AFTER = /^[东西南北中](?:路|街|大街|大道)(?:[一二三四五六七八九十]段)?/;

/**
 * A known place followed by a direction and a road word names the road (南京西路 in Shanghai or Taipei, not
 * Nanjing and a 西路): the place span runs on over it, and the spans it covers give way (the tagger often
 * tags 南京 and 西路 apart).
 */
function roadNames(s: string, tagged: TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  let changed = false;
  for (let k = 0; k < tagged.length; k++) {
    const t = tagged[k]!;
    const road = t.type === 'LOC' && isKnownPlace(s.slice(t.start, t.end)) ? ROAD_AFTER.exec(s.slice(t.end, t.end + 6)) : null;
    if (!road) {
      out.push(t);
      continue;
    }
    const end = t.end + road[0].length;
    out.push({ start: t.start, end, type: 'LOC' });
    while (k + 1 < tagged.length && tagged[k + 1]!.start < end) k++;
    changed = true;
  }
  return changed ? out : tagged;
}

/** Words a listed company's short name ends with (当升科技, 金陵药业, 运达股份). */
const COMPANY_END = /(?:科技|药业|股份|控股|实业|集团)$/;
/** A listed company's name, a brand and its word, standing alone between marks: 当升科技：…, 、天奇股份。 */
const LISTED_RE =
  /(?<=^|[\n，。；：、！？,;:!?（(“「])([\u4e00-\u9fff]{2})(科技|药业|股份|控股|实业|集团)(?=[：:，,。；;、！？!?）)”」\n]|$)/g;

/**
 * Companies by their short name where the text writes one alone between marks (证券快讯: 当升科技：竞得…,
 * 金陵药业：获…): a brand (no common word nor a verb: not 信息科技, 持有股份) and its business word.
 * Only where no other span lies.
 */
function listedCompanies(s: string, spans: ReadonlyArray<TaggedSpan>): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  LISTED_RE.lastIndex = 0;
  for (let m = LISTED_RE.exec(s); m; m = LISTED_RE.exec(s)) {
    const brand = m[1]!;
    if (isCommonWord(brand) || isVerb(brand) || RUN_BREAK.test(brand) || !COMPANY_END.test(m[0])) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (!spans.some((t) => t.start < end && start < t.end)) out.push({ start, end, type: 'ORG' });
  }
  return out;
}

/** A park or a zone: a place. */
const ZONE_END = /(?:园区|产业园|工业园|科技园|孵化园|创业园|开发区|高新区|经开区|保税区|自贸区|示范区)$/;
/** A military or launch base: a place on the map (恩格斯空军基地, 酒泉卫星发射基地). */
const MILITARY_BASE = /(?:空军|海军|陆军|军事|导弹|潜艇|航空|卫星发射|航天发射)基地$/;
/** A base: a site. */
const BASE_END = /基地$/;
/** Organisation words a base's name may hold before 基地 (the base is then that organisation's unit). */
const OWNER_WORD = /(?:实验室|研究院|研究所|研究中心|大学|学院|医院|集团|公司|科学院)/;

/**
 * Organisation spans that name a zone or a base (panel chips): a park or a zone is a place, a base a
 * site and no chip, unless an organisation word of its name owns the base (…国家实验室西北创新基地).
 */
export function zoneChips(s: string, raw: RawEntity[]): RawEntity[] {
  return raw.flatMap((r): RawEntity[] => {
    if (r.type !== 'ORG' || r.role) return [r];
    const t = s.slice(r.start, r.end);
    if (ZONE_END.test(t) || MILITARY_BASE.test(t)) return [{ ...r, type: 'LOC' }];
    return !BASE_END.test(t) || OWNER_WORD.test(t.slice(0, -2)) ? [r] : [];
  });
}

/** Numerals, and directions: the characters that pair in parallel four-character phrases (千山万水, 天南海北). */
const DIRECTIONS = /[东南西北]/;
const PARALLEL: ReadonlyArray<RegExp> = [/[一二三四五六七八九十百千万两半]/, DIRECTIONS];
/**
 * Units, admin words and classifiers, which make a numeral or direction pair a count or a place (三亚|五日, 河南|省北),
 * and the numbered schools and hospitals of a place (九江|一中, 三亚|二小, 市|一院).
 */
const NOT_PARALLEL = /[省市县区州镇乡村地日月年天人个名次家所位元岁号层楼届期批台部方面边侧中小院]/;

/**
 * Do the four characters w pair a class at positions (0, 2) or (1, 3), the others outside it? Not two
 * known places side by side (山东|济南, 山西|河北: a province and its city, two provinces), nor a known
 * place with a direction after it (南京西路, 北京西站, 南海北岸: a street, a station, a shore of it).
 */
function parallelFour(w: string): boolean {
  if (!/^[\u4e00-\u9fff]{4}$/.test(w) || NOT_PARALLEL.test(w)) return false;
  if (isKnownPlace(w.slice(0, 2)) && isKnownPlace(w.slice(2))) return false;
  for (const cls of PARALLEL) {
    const c = [...w].map((x) => cls.test(x));
    // a known place and a direction of it is a site (南京|西路, 北京|西站, 南海|北岸), no phrase; numerals keep 千山|万水
    if (c[0] && c[2] && !c[1] && !c[3] && !(cls === DIRECTIONS && isKnownPlace(w.slice(0, 2)))) return true;
    if (c[1] && c[3] && !c[0] && !c[2]) return true;
  }
  return false;
}

/**
 * The frames of four-character set phrases, a character of their own at positions 0 and 2 (无利可图, 有利可图,
 * 不伦不类, 一心一意, 自生自灭, 非亲非故, 半信半疑, 没完没了): the phrase's halves are no names.
 */
const SET_FRAME = /^(?:[无有].可|不.不|一.一|自.自|非.非|半.半|没.没|忽.忽|若.若|无.无)./;

/**
 * Does the two- or three-character span at [start, end) lie inside a four-character set phrase: a
 * parallel phrase (千山|万水, 天南|海北, 千山万|水), a set frame (无利|可图; never a known place: 无锡|可谓)
 * or a common four-character word of the dictionary (千军|万马)?
 */
export function halfOfSetPhrase(s: string, start: number, end: number): boolean {
  if (end - start < 2 || end - start > 3) return false;
  // the span opens or closes the phrase (千山|万水, 千山万|水), never straddles one (大桥|南岸|东西: 桥南岸东 is no phrase of the text)
  for (const a of new Set([start, end - 4])) {
    if (a < 0 || a > start || a + 4 > s.length) continue;
    const w = s.slice(a, a + 4);
    if (parallelFour(w) || (/^[\u4e00-\u9fff]{4}$/.test(w) && isCommonWord(w))) return true;
    if (/^[\u4e00-\u9fff]{4}$/.test(w) && SET_FRAME.test(w) && !isKnownPlace(s.slice(start, end))) return true;
  }
  return false;
}
