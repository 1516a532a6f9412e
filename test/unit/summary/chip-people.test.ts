/** People chips a journalist can trust (issue 16): places, titles, organisation heads and glued characters are no people; listed names are. Synthetic sentences (not corpus text). */
import { describe, expect, test } from 'vitest';
import { summarize } from '../../../src/core/summary/index';
import { chipPeople } from '../../../src/core/summary/chip-people';
import { completeNames, isTrustedEntity } from '../../../src/core/summary/entity-rules';
import { orgEnding, hasOrgShape } from '../../../src/core/summary/name-shapes';
import type { TaggedSpan } from '../../../src/core/summary/ner/tagger';
import type { RawEntity } from '../../../src/core/summary/entities';

const chips = (t: string) => {
  const e = summarize(t).entities;
  return { people: e.people.map((x) => x.text), places: e.places.map((x) => x.text), orgs: e.organizations.map((x) => x.text) };
};

/** A PER span over the first occurrence of `name` (at or after `from`) in `s`. */
const per = (s: string, name: string, from = 0): TaggedSpan => {
  const start = s.indexOf(name, from);
  if (start < 0) throw new Error(`${name} not in ${s}`);
  return { start, end: start + name.length, type: 'PER' };
};
const texts = (s: string, spans: ReadonlyArray<{ start: number; end: number; type: string }>) =>
  spans.map((x) => `${x.type}:${s.slice(x.start, x.end)}`);

describe('a place is no person chip', () => {
  test.each([
    ['a world city (温哥华, 莫斯科)', '今年夏天，温哥华和多伦多的房价继续上涨，莫斯科则相对平稳。', '温哥华'],
    ['a place listed among places (马祖)', '暴雨预计影响福州、莆田、马祖等地，请民众注意防范。', '马祖'],
  ])('%s', (_name, text, place) => {
    const { people, places } = chips(text);
    expect(people, `people: ${people.join(', ')}`).not.toContain(place);
    expect(places, `places: ${places.join(', ')}`).toContain(place);
  });

  test('a name tagged as a person in a list of places becomes a place; one among people stays a person', () => {
    const s = '降雨集中在澎湖、金门、马祖，王小川和李大海到现场查看。';
    const out = chipPeople(s, [
      { start: s.indexOf('澎湖'), end: s.indexOf('澎湖') + 2, type: 'LOC' },
      { start: s.indexOf('金门'), end: s.indexOf('金门') + 2, type: 'LOC' },
      per(s, '马祖'),
      per(s, '王小川'),
      per(s, '李大海'),
    ]);
    expect(texts(s, out)).toEqual(['LOC:澎湖', 'LOC:金门', 'LOC:马祖', 'PER:王小川', 'PER:李大海']);
  });
});

describe('a surname with a form of address or a place unit is no person chip', () => {
  test.each([
    ['张经理', false],
    ['陆主任', false],
    ['徐阿婆', false],
    ['张老汉', false],
    ['王警官', false],
    ['黄茅镇', false],
    ['张经纬', true], // 经 opens a given name, not the title 经理
    ['陆主明', true],
    ['徐阿福', true],
  ])('%s → %s', (name, want) => {
    expect(isTrustedEntity('PER', name, null, true)).toBe(want);
  });

  test('the corpus tagging keeps them (the rule is for chips only)', () => {
    expect(isTrustedEntity('PER', '张经理', null, false)).toBe(true);
  });

  test('in a sentence', () => {
    const { people } = chips('“周经理”在电话里要求汪阿婆把存款转入所谓的安全账户。');
    expect(people, `people: ${people.join(', ')}`).toEqual([]);
  });
});

describe('a name heading an organisation or a building, or 越 of 越…越, is no person', () => {
  test.each([
    ['华安|药业', '午间公告：华安药业拟回购股份。', '华安'],
    ['瑞丰|商务大厦', '市民可以到瑞丰商务大厦办理业务。', '瑞丰'],
    ['康宁|体检中心', '他在康宁体检中心工作了两年。', '康宁'],
    ['越来越|越强', '风越刮越大，涌浪越强。', '越强'],
    ['越过|越红火', '日子越过越红火。', '越红火'],
  ])('%s', (_name, s, name) => {
    expect(texts(s, chipPeople(s, [per(s, name, 1)]))).toEqual([]);
  });

  test.each([
    ['a person before a verb', '王小川说公司今年盈利。', '王小川'],
    ['a person before 大学 (李明大学毕业后)', '李明大学毕业后回到家乡。', '李明'],
    ['越 as a surname with no 越 before', '越明亮是本届冠军。', '越明亮'],
  ])('kept: %s', (_name, s, name) => {
    expect(texts(s, chipPeople(s, [per(s, name)]))).toEqual([`PER:${name}`]);
  });
});

describe('a character glued to a name is cut', () => {
  test('a numeral before a classifier (罗斯|一人)', () => {
    const { people } = chips('仅罗斯一人就拿走了一半奖金。');
    expect(people, `people: ${people.join(', ')}`).toEqual(['罗斯']);
  });

  test('the third character, when the text writes the two-character name alone (林妍|曾强调)', () => {
    const s = '林妍说，电影拍了三年。林妍表示还会努力。林妍曾强调，她不会放弃。';
    expect(texts(s, chipPeople(s, [per(s, '林妍'), per(s, '林妍', 8), per(s, '林妍曾')]))).toEqual(['PER:林妍', 'PER:林妍', 'PER:林妍']);
  });

  test('the issue case: 张凡|坦言 beside 张凡说, 张凡表示 is one person 张凡 with three mentions', () => {
    const e = summarize('张凡坦言，这次比赛压力很大。张凡说他会继续努力。张凡表示感谢。').entities.people;
    expect(e.map((x) => `${x.text}×${x.mentions.length}`)).toEqual(['张凡×3']);
  });

  test.each([
    ['李一|桐减肥', '据说李一桐减肥时只吃蔬菜。', '李一', '李一桐'],
    ['朱旭|峥此前', '营养师朱旭峥此前接受采访时提醒。', '朱旭', '朱旭峥'],
    ['李明|天回来 stays 李明 (明天 is a word)', '他说李明天回来。', '李明', '李明'],
    ['王刚|到达 stays 王刚 (刚到 is a word)', '王刚到达现场。', '王刚', '王刚'],
  ])('for chips, a name cut before the common word after it is completed: %s', (_name, s, cut, want) => {
    const start = s.indexOf(cut);
    const raw: RawEntity[] = [{ start, end: start + cut.length, type: 'PER' }];
    expect(
      texts(
        s,
        completeNames(s, raw, () => false, true),
      ),
    ).toEqual([`PER:${want}`]);
  });

  test('a full three-character name written once is kept (王小川说)', () => {
    const s = '王小川说，电影拍了三年。';
    expect(texts(s, chipPeople(s, [per(s, '王小川')]))).toEqual(['PER:王小川']);
  });

  test('for chips, a two-character name is not completed with a character the text never writes after it', () => {
    const s = '林妍说，电影拍了三年。林妍表示还会努力。林妍唱：“我爱这片土地。”';
    const at = s.lastIndexOf('林妍');
    const raw: RawEntity[] = [{ start: at, end: at + 2, type: 'PER' }];
    expect(
      texts(
        s,
        completeNames(s, raw, () => true, true),
      ),
    ).toEqual(['PER:林妍']);
    // the corpus tagging completes it as before
    expect(
      texts(
        s,
        completeNames(s, raw, () => true, false),
      ),
    ).toEqual(['PER:林妍唱']);
  });
});

describe('people listed beside people are people', () => {
  test('师从A、B及C、D等: the untagged names of the list', () => {
    const { people } = chips('他早年师从范春林、钱宝根及邹传义、甘传秀等名家。');
    expect(people, `people: ${people.join(', ')}`).toEqual(expect.arrayContaining(['范春林', '钱宝根', '邹传义', '甘传秀']));
  });

  test('a list of words with a person is no list of people (no word becomes a name)', () => {
    const s = '王小川、调查组和专家到了现场。';
    expect(texts(s, chipPeople(s, [per(s, '王小川')]))).toEqual(['PER:王小川']);
  });

  test('a list with a place in it adds no people', () => {
    const s = '王小川、北京、钱宝根出席。';
    const out = chipPeople(s, [per(s, '王小川'), { start: 4, end: 6, type: 'LOC' }]);
    expect(texts(s, out)).toEqual(['PER:王小川', 'LOC:北京']);
  });
});

describe('a word ending in an organisation character that names none (格局, 开局) is no organisation', () => {
  test.each([
    ['新发展格局', false],
    ['开局', false],
    ['中开新局', false],
    ['西城区公安局', true],
    ['民政局', true],
    ['上海京剧团', true],
  ])('%s → %s', (name, want) => {
    expect(hasOrgShape(name) && orgEnding(name) !== null).toBe(want);
  });
});

describe('Traditional text gets the same chips as Simplified', () => {
  test.each([
    ['a world city', '今年夏天，溫哥華和多倫多的房價繼續上漲。', { places: ['溫哥華'], notPeople: ['溫哥華'] }],
    [
      'a surname with a form of address',
      '「周經理」在電話裡要求汪阿婆把存款轉入所謂的安全帳戶。',
      { places: [], notPeople: ['周經理', '汪阿婆'] },
    ],
    ['names listed beside names', '他早年師從范春林、錢寶根及鄒傳義、甘傳秀等名家。', { people: ['范春林', '錢寶根', '鄒傳義', '甘傳秀'] }],
  ])('%s', (_name, text, want: { places?: string[]; notPeople?: string[]; people?: string[] }) => {
    const { people, places } = chips(text);
    for (const p of want.places ?? []) expect(places, `places: ${places.join(', ')}`).toContain(p);
    for (const p of want.notPeople ?? []) expect(people, `people: ${people.join(', ')}`).not.toContain(p);
    for (const p of want.people ?? []) expect(people, `people: ${people.join(', ')}`).toContain(p);
  });
});

describe('a three-character name stays whole before a word of its own (钟爱华|表示: 华表 is a word, 表示 is the one there)', () => {
  test.each([
    ['钟爱华|表示', '钟爱华表示，公司将继续扩大生产。', '钟爱华', '钟爱'],
    ['鍾愛華|表示', '鍾愛華表示，今年將擴大招聘。', '鍾愛華', '鍾愛'],
  ])('%s', (_name, text, whole, cut) => {
    const { people } = chips(text);
    expect(people, `people: ${people.join(', ')}`).toContain(whole);
    expect(people, `people: ${people.join(', ')}`).not.toContain(cut);
  });
});
