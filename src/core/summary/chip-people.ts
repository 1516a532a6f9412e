/**
 * People chips a journalist can trust (panel only, `findEntities({chips: true})`): rules over the
 * tagger's spans that use the sentence around a name, not the strings of one page — a place named
 * as a person is a place (东京, a list of places), a name that heads an organisation is none (金陵|药业),
 * the second 越 of 越…越 is no surname, a numeral glued to a name is cut (乔丹|一人), a name glued to
 * the word after it is cut to the name the text uses alone (贾玲|曾强调), and people listed beside
 * people are people (师从A、B及C、D等). The corpus NER scores never see these rules.
 */
import type { TaggedSpan } from './ner/tagger';
import { gazetteer, isKnownPlace } from './gazetteer';
import { isCommonWord, LEX_BIT, lexiconMask, properLexicon } from './lexicon';
import { overlapIndex } from './spans';
import { hasPlaceEnding } from './name-shapes';
import { GOVERNING, hasNameShape, isTrustedPerson, isWordPair, NUMERAL_CLASSIFIER } from './entity-rules';

/** A name the chips know as a place: a world city, or a place and never a person in the lexicon (东京). */
export function isPlaceName(name: string): boolean {
  if (isKnownPlace(name)) return true;
  const mask = lexiconMask(name);
  return (mask & LEX_BIT.LOC) !== 0 && (mask & LEX_BIT.PER) === 0;
}

/**
 * Words that, written right after a name, make the name the head of an organisation or a building
 * (金陵药业, 国润商务大厦, 康慈体检中心): a person is never followed by them, nor by a common word and
 * them. Not 大学/医院: 李明大学毕业后 is a person.
 */
const ORG_WORD = /^(?:集团|公司|药业|股份|控股|实业|银行|大厦|商厦|酒店|宾馆|饭店|商场|中心|基地|工作室|事务所|俱乐部)/;
/** Characters that open the clause after a name, never a word between it and an organisation word (李明说公司…). */
const NOT_BETWEEN = /^[的了是在和与及也都就说对向从被把将为于等以又还已曾让给跟同称表认指告]/;

function headsOrganisation(s: string, end: number): boolean {
  if (ORG_WORD.test(s.slice(end, end + 3))) return true;
  const between = s.slice(end, end + 2);
  return (
    /^[\u4e00-\u9fff]{2}$/.test(between) && !NOT_BETWEEN.test(between) && isCommonWord(between) && ORG_WORD.test(s.slice(end + 2, end + 5))
  );
}

/** 越 opening a name after another 越 of its sentence: 越来越|越强, 越厚越大，效应|越强 (越…越, the more… the more). */
function comparativeYue(s: string, start: number): boolean {
  if (s[start] !== '越') return false;
  const before = s.slice(Math.max(0, start - 15), start);
  return before.slice(Math.max(...[...'。！？!?\n'].map((c) => before.lastIndexOf(c))) + 1).includes('越');
}

/** Characters after a two-character name that are no given name but the start of the clause after it. */
const CLAUSE_AFTER = /[的了是在和与及也亦都就说对向从被把将为于等以又还已曾仍却才便唱笑称讲道问答喊叫]/;

/**
 * Occurrences of `name` in `s` not followed by `c` (all of them when `c` is empty), counted once per
 * (name, c) in `memo`: a long text naming one person a thousand times is not read a thousand times.
 */
function countOf(s: string, name: string, c: string, memo: Map<string, number>): number {
  const key = `${name}\u0000${c}`;
  let n = memo.get(key);
  if (n !== undefined) return n;
  n = 0;
  for (let p = s.indexOf(name); p >= 0; p = s.indexOf(name, p + 1)) if (!c || s[p + name.length] !== c) n++;
  memo.set(key, n);
  return n;
}

const LIST_SEP = '、';
/** Two items joined by a conjunction inside one gap of a list: 谭金霖及郑传鉴. */
const JOINED = /^([\u4e00-\u9fff]{2,4})(?:及|和|与|以及)([\u4e00-\u9fff]{2,4})(?=等|$|[^\u4e00-\u9fff])/;
const CLAUSE_MARK = /[，。；：！？,;:!?\n（）()“”「」『』《》"]/;

/** A name of surname + one or two given-name characters, trusted as a person, that is no common word. */
function listedName(w: string): boolean {
  const { surnames } = gazetteer();
  if (w.length < 2 || w.length > 3 || !surnames.has(w[0]!)) return false;
  return hasNameShape(w) && isTrustedPerson(w) && !isCommonWord(w) && !isPlaceName(w);
}

/**
 * Items of lists (A、B、C; A、B及C) with the tagged span each item is: a person among places is a place
 * (澎湖、金门、马祖), and an untagged name shape among people is a person (师从盖春来、谭金霖及郑传鉴、方传芸等).
 */
function listedSpans(s: string, tagged: TaggedSpan[]): TaggedSpan[] {
  // spans by their end and by their start (first one wins), so an item's span is a lookup, not a pass
  const endingAt = new Map<number, number>();
  const startingAt = new Map<number, number>();
  tagged.forEach((t, k) => {
    if (!endingAt.has(t.end)) endingAt.set(t.end, k);
    if (!startingAt.has(t.start)) startingAt.set(t.start, k);
  });
  const retype = new Map<number, TaggedSpan['type']>();
  const added: TaggedSpan[] = [];
  for (let i = s.indexOf(LIST_SEP); i >= 0; i = s.indexOf(LIST_SEP, i + 1)) {
    // a list: items between the marks 、 (and 及/和/与 inside the last gap), within one clause
    let a = i;
    while (a > 0 && !CLAUSE_MARK.test(s[a - 1]!) && s[a - 1] !== LIST_SEP) a--;
    if (a > 0 && s[a - 1] === LIST_SEP) continue; // not the first mark of its list
    let b = i;
    const marks = [i];
    for (;;) {
      let e = b + 1;
      while (e < s.length && !CLAUSE_MARK.test(s[e]!) && s[e] !== LIST_SEP) e++;
      if (s[e] === LIST_SEP) {
        marks.push(e);
        b = e;
      } else {
        b = e;
        break;
      }
    }
    // items: [a, marks[0]), (marks[k], marks[k+1]), (last mark, clause end); an item A及B is two
    const items: Array<[number, number]> = [];
    let from = a;
    for (const y of [...marks, b]) {
      const join = JOINED.exec(s.slice(from, y));
      if (join) items.push([from, from + join[1]!.length], [from + join[0].length - join[2]!.length, from + join[0].length]);
      else items.push([from, y]);
      from = y + 1;
    }
    const types: Array<{ k: number; start: number; end: number }> = [];
    let per = 0;
    let loc = 0;
    for (const [x, y] of items) {
      // the span that ends the item (the first may carry words before it: 师从|盖春来), or that opens it
      let k = endingAt.get(y) ?? -1;
      if (k >= 0 && tagged[k]!.start < x) k = -1;
      if (k < 0) {
        k = startingAt.get(x) ?? -1;
        if (k >= 0 && tagged[k]!.end > y) k = -1;
      }
      types.push({ k, start: x, end: y });
      if (k >= 0) {
        if (tagged[k]!.type === 'PER') per++;
        else if (tagged[k]!.type === 'LOC') loc++;
      }
    }
    if (loc >= 2 && loc > per) {
      for (const t of types)
        if (t.k >= 0 && tagged[t.k]!.type === 'PER' && isPlaceLike(s.slice(tagged[t.k]!.start, tagged[t.k]!.end))) retype.set(t.k, 'LOC');
    } else if (per >= 1 && loc === 0 && types.every((t) => t.k < 0 || tagged[t.k]!.type === 'PER')) {
      // each item's name: tagged, or untagged between the marks, or closed by the list (…、方传芸等)
      const names = types.map((t, n): [number, number] | null => {
        if (t.k >= 0) return [tagged[t.k]!.start, tagged[t.k]!.end];
        const span: [number, number] | null = n === 0 ? null : n === types.length - 1 ? lastName(s, t.start, t.end) : [t.start, t.end];
        return span && listedName(s.slice(span[0], span[1])) ? span : null;
      });
      const others = names.slice(1).filter((x) => x !== null);
      const threes = others.length >= 2 && others.every(([x, y]) => y - x === 3);
      if (types[0]!.k < 0) names[0] = firstName(s, types[0]!.start, types[0]!.end, threes);
      names.forEach((span, n) => {
        if (span && types[n]!.k < 0 && listedName(s.slice(span[0], span[1]))) added.push({ start: span[0], end: span[1], type: 'PER' });
      });
    }
    i = b;
  }
  if (!retype.size && !added.length) return tagged;
  const out = tagged.map((t, k) => (retype.has(k) ? { ...t, type: retype.get(k)! } : t));
  const taken = overlapIndex(s.length, out);
  return [...out, ...added.filter((x) => !taken(x.start, x.end))].sort((p, q) => p.start - q.start);
}

/**
 * The name that ends the first item of a list, after a word (会见|王小川), or its last three characters
 * when every other name of the list has three (师从|盖春来、谭金霖): [start, end], or null.
 */
function firstName(s: string, start: number, end: number, threes: boolean): [number, number] | null {
  if (end - start <= 3) return [start, end];
  for (const l of [3, 2]) {
    const before = s.slice(start, end - l);
    if (before.length >= 2 && (isCommonWord(before) || (before.length === 2 && isWordPair(before)))) return [end - l, end];
  }
  return threes ? [end - 3, end] : null;
}

/** The name that opens the last item of a list, before 等, a mark or a common word (方传芸|等, 姜信治|出席). */
function lastName(s: string, start: number, end: number): [number, number] | null {
  for (const l of [3, 2]) {
    if (end - start < l) continue;
    const rest = s.slice(start + l, end);
    if (!rest || rest[0] === '等' || isCommonWord(rest.slice(0, 2))) return [start, start + l];
  }
  return null;
}

/** A "person" in a list of places that is itself no full name of a person: a place name or no name shape (马祖). */
function isPlaceLike(w: string): boolean {
  return isPlaceName(w) || !isTrustedPerson(w) || w.length === 2;
}

/**
 * Forms of address and pronouns after which no name follows without a mark: 张女士|钟爱, 陈诚同志|曾荣立, 她|钟爱
 * (the name is a verb there). Not 夫人 or 太太, which a wife's name follows (总统夫人|彭丽媛).
 */
const PERSON_BEFORE = /(?:先生|女士|小姐|同志)$|(?<!其|吉)[他她]$/;
/** Surnames that are also adverbs or prepositions, which right after a person's name open its predicate: 陈诚|曾荣立, 李明|向记者…. */
const ADVERB_SURNAME = /^[曾向于从连应全]/;
/** A demonstrative and a classifier: the object of a verb, never what follows a name (钟爱|这款, 偏爱|那种). */
const OBJECT_AFTER = /^[这那此该][款种类部件些样辆首]/;
/** A demonstrative or a numeral before 周, which makes it the week (本周|亮相, 下周|开幕), no surname. */
const WEEK_BEFORE = /[本上下每这那该一二两三四五六七八九十几同]/;
/** A title after 前/原/副: 陈前总统 is the former president Chen, no name 陈前. */
const TITLE_AFTER = /^(?:总统|总理|主席|首相|部长|局长|市长|县长|省长|院长|校长|董事长|总经理|议员|立委|主任|书记|领导人)/;
/** Units of a village, a town or a street after a name: 张家湾|街道, 刘庄村 (the name is the place's, no person's). */
const PLACE_UNIT_AFTER = /^(?:[村镇乡屯寨]|街道|[街巷](?![头上里边口坊]))/;

/** Words for a kind of person after a surname, no given name: 姓陈|男子, 李|女童 (the bare 男, 女, 某 are refused by hasNameShape). */
const KIND_GIVEN = /^(?:男子|女子|男孩|女孩|男童|女童|男生|女生|老汉|老太|老人|少年|少女|夫妇|一家|母子|父子|妇人|妇|嫌|嫌犯|嫌疑人)$/;

/**
 * Is the person span at [start, end) a verb phrase or a place by the grammar around it? Glued characters are
 * cut before this. A name right after another person (陈诚同志|曾荣立, 张女士|钟爱) or taking an object (钟爱|这款)
 * is a verb; a surname that closes a word or a week before it, with a common word as its given name (四|周环境,
 * 本|周亮相), is no name; a surname + 姓 or a kind of person is a bare surname (林姓|主嫌, 陈|男子), + 前 before
 * a title a former office holder (陈前|总统); a name before 村, 镇, 街道 is the place's (张家湾|街道).
 */
function notAPerson(s: string, start: number, end: number, prevEnd: number): boolean {
  const name = s.slice(start, end);
  const { doubleSurnames } = gazetteer();
  const given = name.slice(name.length >= 3 && doubleSurnames.has(name.slice(0, 2)) ? 2 : 1);
  if (
    given[0] === '姓' ||
    KIND_GIVEN.test(given) ||
    (given.length === 1 && /[前原副]/.test(given) && TITLE_AFTER.test(s.slice(end, end + 3)))
  )
    return true;
  const before = s.slice(Math.max(0, start - 2), start);
  if (PERSON_BEFORE.test(before)) return true;
  if (prevEnd === start && ADVERB_SURNAME.test(name)) return true;
  const after = s.slice(end, end + 2);
  if (PLACE_UNIT_AFTER.test(after)) return true;
  if (name.length === 2 && OBJECT_AFTER.test(after)) return true;
  if (name.length !== 3 || !isCommonWord(given)) return false;
  const prev = s[start - 1] ?? '';
  return (name[0] === '周' && WEEK_BEFORE.test(prev)) || (/[\u4e00-\u9fff]/.test(prev) && isCommonWord(prev + name[0]!));
}

/** A person's office right before a name (俄罗斯总统|普京, 美国国务卿|布林肯). */
const TITLE_BEFORE = /(?:总统|总理|首相|外长|国务卿|国王|女王|大使|议员|发言人|主席)$/;
/** A person's title or form of address right after a name (钟南山|院士, 王小川|教授). */
const TITLE_AFTER_NAME = /^(?:院士|教授|博士|医生|同学|老师|先生|女士|小姐|同志|主任|书记|局长|市长|县长|省长)/;

/**
 * A place span of two to four Han characters right after a person's office, or a surname and one or two
 * characters right before a person's title, that is neither in the place lists nor shaped like a place (普京 after
 * 总统, which the noisy lexicon lists as a place; 钟南山 before 院士): the office's holder, a person. 总统|北京之行
 * keeps its place; 主席|台 is one character.
 */
function titledName(s: string, start: number, end: number): boolean {
  const name = s.slice(start, end);
  if (!/^[\u4e00-\u9fff]{2,4}$/.test(name) || isKnownPlace(name)) return false;
  // a name with a title after it may end like a place (钟南山|院士); one after an office must not (总统|北京之行)
  if (gazetteer().surnames.has(name[0]!) && name.length <= 3 && TITLE_AFTER_NAME.test(s.slice(end, end + 2))) return true;
  return TITLE_BEFORE.test(s.slice(Math.max(0, start - 3), start)) && !hasPlaceEnding(name);
}

/** The tagger's people as chips: places re-typed, organisation heads and comparatives dropped, glued characters cut, listed names added. */
export function chipPeople(s: string, tagged: TaggedSpan[]): TaggedSpan[] {
  const { givenChars } = properLexicon();
  const { surnames } = gazetteer();
  const out: TaggedSpan[] = [];
  const counts = new Map<string, number>();
  // the last parts of the text's foreign names written in full (道金斯 of 达里尔·道金斯)
  const lastParts = new Set<string>();
  for (const t of tagged) {
    const dot = t.type === 'PER' ? s.slice(t.start, t.end).search(/[·•・][^·•・]*$/) : -1;
    if (dot > 0) lastParts.add(s.slice(t.start + dot + 1, t.end));
  }
  for (let t of tagged) {
    if (t.type !== 'PER') {
      out.push(t.type === 'LOC' && titledName(s, t.start, t.end) ? { ...t, type: 'PER' } : t);
      continue;
    }
    // a foreign surname the tagger began one or two characters late, with at most one character glued after it
    // (道|金斯仍): the surname as written in the full name
    for (const k of lastParts.size ? [1, 2] : []) {
      const p = [...lastParts].find((x) => x.length > k && s.startsWith(x, t.start - k) && t.start - k + x.length >= t.end - 1);
      if (t.start >= k && p && t.start - k + p.length <= t.end) {
        t = { ...t, start: t.start - k, end: t.start - k + p.length };
        break;
      }
    }
    const name = s.slice(t.start, t.end);
    if (headsOrganisation(s, t.end) || comparativeYue(s, t.start)) continue;
    if (isPlaceName(name) && !titledName(s, t.start, t.end)) {
      out.push({ ...t, type: 'LOC' });
      continue;
    }
    let end = t.end;
    // 乔丹一|人: the numeral belongs to the classifier after it
    if (end - t.start >= 3 && NUMERAL_CLASSIFIER.test(s.slice(end - 1, end + 1))) end--;
    // 贾玲曾|强调 beside 贾玲 alone elsewhere: the third character opens the clause
    else if (end - t.start === 3 && surnames.has(name[0]!)) {
      const c = name[2]!;
      const alone = countOf(s, name.slice(0, 2), c, counts);
      const whole = countOf(s, name, '', counts);
      // a character that opens a clause, or no given name's, needs the short form more often; any other twice as often (张凡|坦言)
      if (alone >= 2 && (CLAUSE_AFTER.test(c) || !givenChars.has(c) ? alone > whole : alone >= 2 * whole)) end--;
    }
    // 刘某|犯: after 某 (a name the report withholds) a character no given name has opens the clause (王某智 stays)
    if (end - t.start === 3 && name[1] === '某' && !givenChars.has(name[2]!)) end--;
    // 张伟从|广州, 李男则|被: a governing character after a two-character name opens the clause
    if (end - t.start === 3 && surnames.has(name[0]!) && GOVERNING.test(name[2]!) && /[\u4e00-\u9fff]/.test(s[end] ?? '')) end--;
    const prev = out.length ? out[out.length - 1]! : null;
    if (notAPerson(s, t.start, end, prev && prev.type === 'PER' ? prev.end : -1)) continue;
    out.push(end === t.end ? t : { ...t, end });
  }
  return listedSpans(s, out);
}
