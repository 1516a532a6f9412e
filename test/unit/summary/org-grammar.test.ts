/**
 * Organisation, place and people chips from the grammar of Chinese names (chip-orgs.ts and the chip
 * rules of entities.ts / entity-rules.ts). Synthetic sentences written for these tests (not corpus text).
 */
import { describe, expect, test } from 'vitest';
import { summarize } from '../../../src/core/summary/index';
import { findEntities } from '../../../src/core/summary/entities';
import { hasNameShape } from '../../../src/core/summary/entity-rules';
import { halfOfSetPhrase } from '../../../src/core/summary/chip-orgs';

const chips = (t: string) => {
  const e = summarize(t).entities;
  return { places: e.places.map((x) => x.text), orgs: e.organizations.map((x) => x.text), people: e.people.map((x) => x.text) };
};
const all = (c: ReturnType<typeof chips>) => `people: ${c.people.join(', ')} | places: ${c.places.join(', ')} | orgs: ${c.orgs.join(', ')}`;

describe('an organisation name is the longest run ending in an organisation word whose modifier is name-like', () => {
  test.each([
    ['abbreviation + 会议', '联合国贸发会议发布了年度报告。', '联合国贸发会议', '联合国'],
    ['abbreviation + 会议, after a list', '世界贸易组织和联合国贸发会议联合发布报告。', '联合国贸发会议', '联合国'],
    ['abbreviation + 会议, Traditional', '聯合國貿發會議發布了年度報告。', '聯合國貿發會議', '聯合國'],
    ['place + noun + 同盟', '他是中国民主同盟盟员，也是一名导演。', '中国民主同盟', '中国'],
    ['place + noun + 同盟, Traditional', '他是中國民主同盟盟員，也是一名導演。', '中國民主同盟', '中國'],
  ])('%s: %s', (_rule, text, whole, part) => {
    const c = chips(text);
    expect(c.orgs, all(c)).toContain(whole);
    expect([...c.orgs, ...c.places], all(c)).not.toContain(part);
  });

  test.each([
    ['a verb before 会议: a meeting, no name', '联合国召开会议讨论气候问题。', '联合国'],
    ['a verb before 联盟: no name', '美国发起联盟对抗病毒。', '美国'],
    ['an organisation ending in its organisation word: a meeting of it (review)', '特首李家超在立法会答问大会上回应议员提问。', '立法会'],
    ['the same, Traditional', '特首李家超在立法會答問大會上回應議員提問。', '立法會'],
  ])('near miss, %s: %s keeps the short name', (_rule, text, short) => {
    const c = chips(text);
    expect([...c.orgs, ...c.places], all(c)).toContain(short);
    expect(
      c.orgs.filter((o) => o.startsWith(short) && o !== short),
      all(c),
    ).toEqual([]);
  });

  test.each([
    ['brand + 公司 after a verb', '公司中标广汽丰田公司涂装车间项目。', '广汽丰田公司', '丰田公司'],
    ['brand + 公司, Traditional', '該公司中標廣汽豐田公司塗裝項目。', '廣汽豐田公司', '豐田公司'],
  ])('the brand before a company is its name: %s', (_rule, text, whole, part) => {
    const c = chips(text);
    expect(c.orgs, all(c)).toContain(whole);
    expect(c.orgs, all(c)).not.toContain(part);
  });

  test('a brand after a mark stays whole, as before', () => {
    const c = chips('双方签约后，一汽大众公司宣布扩产。');
    expect(c.orgs, all(c)).toEqual(['一汽大众公司']);
  });

  test.each([
    ['a verb is no brand', '代表团访问丰田公司总部。', '丰田公司'],
    ['a pronoun is no brand', '他说丰田公司今年盈利。', '丰田公司'],
    ['a negation and a verb are no brand', '三年过去了，一直未见丰田公司的答复。', '丰田公司'],
  ])('near miss, %s: %s', (_rule, text, want) => {
    const c = chips(text);
    expect(c.orgs, all(c)).toEqual([want]);
  });

  test.each([
    ['a numeral is no brand', '据传三大汽车公司正在洽谈合并。', '三大汽车公司'],
    ['a team', '他买了一件英格兰队球衣。', '一件英格兰队'],
    ['a bank', '利率走向还要看央行。', '要看央行'],
    ['a preposition and an office', '另据国土部法律中心介绍，新规明年实施。', '另据国土部法律中心'],
    ['a place and a preposition', '主席在索契同冬奥会中国体育代表团座谈。', '索契同冬奥会中国体育代表团'],
  ])('only a company takes the brand before it, %s: %s', (_rule, text, bad) => {
    const c = chips(text);
    expect(c.orgs, all(c)).not.toContain(bad);
  });
});

describe('a class of companies or media before a company is no part of its name (review)', () => {
  test.each([
    ['a class of companies, taken as a brand', '对此，房企碧桂园集团回应称，公司经营正常。', '碧桂园集团'],
    ['a class of companies, Traditional', '對此，房企碧桂園集團回應稱，公司經營正常。', '碧桂園集團'],
    ['a class of companies, the name kept', '房企万科集团与融创集团签署合作协议。', '万科集团'],
    ['a class of carmakers', '国内车企比亚迪公司与吉利集团展开价格战。', '比亚迪公司'],
    ['media, taken in by the tagger', '据报道，美媒苹果公司将推出新款手机。', '苹果公司'],
    ['media, Traditional', '美媒蘋果公司將推出新款手機。', '蘋果公司'],
    ['a brokerage', '消息人士透露，券商中信证券公司将发布报告。', '中信证券公司'],
  ])('%s: %s has the company alone', (_rule, text, company) => {
    const c = chips(text);
    expect(c.orgs, all(c)).toContain(company);
    expect(
      c.orgs.filter((o) => o.endsWith(company) && o !== company),
      all(c),
    ).toEqual([]);
  });

  test.each([
    ['a brand before a company still heads it', '公司中标广汽丰田公司涂装车间项目。', '广汽丰田公司'],
    ['企业 is no class noun of a name', '香港中资企业协会举行年会。', '香港中资企业协会'],
    ['a brand ending in 媒 before its line of business', '昨日，华媒控股集团发布公告。', '华媒控股集团'],
    ['a class noun inside a group that is no company', '国企下岗职工再就业事迹报告团昨天抵达沈阳。', '国企下岗职工再就业事迹报告团'],
  ])('near miss, %s: %s', (_rule, text, whole) => {
    const c = chips(text);
    expect(c.orgs, all(c)).toContain(whole);
  });
});

describe('a name written right after the word for a company names that company, and so do its other mentions', () => {
  test.each([
    ['Simplified', '伊戈尔：拟收购控股子公司日本伊戈尔少数股权。', ['伊戈尔', '日本伊戈尔']],
    ['Traditional', '伊戈爾：擬收購控股子公司日本伊戈爾少數股權。', ['伊戈爾', '日本伊戈爾']],
    ['a person’s shape right after 旗下 (review)', '鸿海集团旗下富士康宣布在印度设厂。', ['富士康']],
    ['the same, Traditional', '鴻海集團旗下富士康宣布在印度設廠。', ['富士康']],
  ])('%s', (_script, text, want) => {
    const c = chips(text);
    expect(c.orgs, all(c)).toEqual(expect.arrayContaining(want));
    expect(c.people, all(c)).toEqual([]);
  });

  test.each([
    ['a title between: a person', '公司全资子公司总经理张伟辞职。', 'people', '张伟'],
    ['a place alone: a place', '公司设立子公司日本分部。', 'places', '日本'],
    ['a person’s shape after 品牌: the founder’s name stays a person', '该公司旗下品牌李宁在巴黎时装周亮相。', 'people', '李宁'],
  ])('near miss, %s: %s', (_rule, text, type, want) => {
    const c = chips(text);
    expect(c[type as 'people' | 'places'], all(c)).toContain(want);
    expect(c.orgs, all(c)).not.toContain(want);
  });
});

describe('a listed company by its short name, a brand and its business word standing alone between marks', () => {
  test.each([
    ['briefs', '当升科技：竞得工业用地。金陵药业：获高管增持。', ['当升科技', '金陵药业']],
    ['a list', '公司名单：天奇股份、精功科技。', ['天奇股份', '精功科技']],
    ['Traditional', '當升科技：競得工業用地。金陵藥業：獲高管增持。', ['當升科技', '金陵藥業']],
  ])('%s: %s', (_kind, text, want) => {
    const c = chips(text);
    expect(c.orgs, all(c)).toEqual(expect.arrayContaining(want));
  });

  test.each([
    ['a common word before 科技', '他们发展信息科技，持有股份。'],
    ['a verb before 股份', '员工持有股份。'],
    ['a word after it: no name alone', '当升科技园区正在建设。'],
  ])('near miss, %s: %s', (_kind, text) => {
    const c = chips(text);
    expect(
      c.orgs.filter((o) => /科技|股份/.test(o)),
      all(c),
    ).toEqual([]);
  });
});

describe('zones and bases are no organisations (a park or zone is a place, a base a site)', () => {
  test.each([
    ['an industrial base', '该项目将为公司常州锂电新材料产业基地提供用地。', '常州锂电新材料产业基地'],
    ['a production base, Traditional', '該項目將為公司蘇州光伏組件生產基地提供用地。', '蘇州光伏組件生產基地'],
  ])('%s is no chip: %s', (_kind, text, base) => {
    const c = chips(text);
    expect([...c.orgs, ...c.places], all(c)).not.toContain(base);
  });

  test('a military base is a place', () => {
    const c = chips('两架轰炸机从俄罗斯萨拉托夫州恩格斯空军基地起飞。');
    expect(c.orgs, all(c)).toEqual([]);
    expect(
      c.places.some((p) => p.endsWith('空军基地')),
      all(c),
    ).toBe(true);
  });

  test('an industrial park is a place, not an organisation', () => {
    const c = chips('项目落户常州新能源产业园，明年投产。');
    expect(c.orgs, all(c)).not.toContain('常州新能源产业园');
    expect(c.places, all(c)).toContain('常州新能源产业园');
  });

  test('near miss: a base an organisation of its name owns is that organisation’s unit', () => {
    const c = chips('昨天，崖州湾国家实验室西北创新基地正式揭牌。');
    expect(c.orgs, all(c)).toContain('崖州湾国家实验室西北创新基地');
  });
});

describe('a place that only opens the name of an event is no place of the text', () => {
  test.each([
    ['作品获第七届中国艺术节大奖。', '中国'],
    ['该片获上海国际电影节金爵奖。', '上海'],
    ['該片獲上海國際電影節金爵獎。', '上海'],
  ])('%s', (text, place) => {
    const c = chips(text);
    expect(c.places, all(c)).not.toContain(place);
  });

  test.each([
    ['他在上海参加电影节。', '上海'],
    ['中国艺术团赴欧洲演出。', '欧洲'],
    // review: a time word is in no event's name; the place before it is the subject
    ['北京今年运动会将于九月举行。', '北京'],
    ['北京今年運動會將於九月舉行。', '北京'],
    ['杭州明年博览会的筹备工作已经启动。', '杭州'],
  ])('near miss: %s keeps %s', (text, place) => {
    const c = chips(text);
    expect(c.places, all(c)).toContain(place);
  });
});

describe('set phrases are no names', () => {
  test.each([['他走过千山万水，终于回到家乡。'], ['他跨越万水千山来到这里。'], ['他走過千山萬水，終於回到家鄉。']])(
    '%s has no place or person chip',
    (text) => {
      const c = chips(text);
      expect([...c.places, ...c.people], all(c)).toEqual([]);
    },
  );

  test.each([
    // review: a known place and a direction of it is a station, a street, a shore, no parallel phrase
    ['旅客可在北京西站乘坐高铁前往武汉。', '北京西站'],
    ['旅客可在北京西站乘坐高鐵前往武漢。', '北京西站'],
    ['南海北岸的渔民开始休渔。', '南海'],
    ['他在北京东四环附近被捕。', '北京'],
    ['南昌西站候车室内，旅客有序排队。', '南昌'],
    // review: a place and its numbered school is no parallel phrase of numerals
    ['九江一中高三学生获得全国物理竞赛金牌。', '九江'],
    ['三亚二中的老师带领学生参观博物馆。', '三亚'],
    ['六安一中今年有30名學生考入清華。', '六安'],
    ['東海西岸的港口吞吐量持續增長。', '東海'],
    ['三亚五日游很受欢迎。', '三亚'],
    ['河南省北部普降大雨。', '河南省'],
    ['河南南部普降大雨。', '河南'],
    ['山东济南的一位读者来信。', '济南'],
  ])('near miss: %s keeps %s', (text, place) => {
    const c = chips(text);
    expect(c.places, all(c)).toContain(place);
  });

  test.each([
    ['千山万水', 0, true],
    ['千山万水', 2, true],
    ['东奔西走', 0, true],
    ['他东奔西走', 3, true],
    ['山东济南', 0, false],
    ['山东济南', 2, false],
    ['走千山万水', 1, true],
    ['大桥南岸东西', 2, false],
    ['三亚五日游', 0, false],
    ['河南省北部', 0, false],
    ['四川五市', 0, false],
    ['北京西站', 0, false],
    ['在南京西路', 1, false],
    ['南海北岸', 0, false],
    ['南来北往', 0, true],
    ['九江一中', 0, false],
    ['他九死一生', 1, true],
    ['东张西望', 0, true],
    ['他常年东奔西走', 5, true],
  ])('halfOfSetPhrase(%s at %i) is %s', (text, at, want) => {
    expect(halfOfSetPhrase(text, at, at + 2)).toBe(want);
  });

  test.each([
    ['千山万水', 0, true],
    ['走千山万水', 2, true],
    ['三亚市五日游', 0, false],
  ])('a three-character span: halfOfSetPhrase(%s at %i) is %s', (text, at, want) => {
    expect(halfOfSetPhrase(text, at, at + 3)).toBe(want);
  });
});

describe('two or three place abbreviations before 地区 are one region', () => {
  test.each([
    ['他多次远赴海外、港台地区讲学。', '港台地区', ['港', '台']],
    ['欧美地区的游客增多。', '欧美地区', ['欧', '美']],
    ['他多次遠赴海外、港臺地區講學。', '港臺地區', ['港', '臺']],
  ])('%s', (text, region, parts) => {
    const c = chips(text);
    expect(c.places, all(c)).toContain(region);
    for (const p of parts) expect(c.places, all(c)).not.toContain(p);
  });

  test('near miss: a relation between two countries stays two places', () => {
    const c = chips('中美关系持续改善。');
    expect(c.places, all(c)).toEqual(expect.arrayContaining(['中', '美']));
  });
});

describe('a count after a list of names is no part of a name', () => {
  test.each([['王三人'], ['李两名'], ['张五位'], ['四两人']])('%s has no name shape', (name) => {
    expect(hasNameShape(name)).toBe(false);
  });

  test.each([['李四两'], ['王三'], ['张三'], ['刘一名']])('near miss: %s keeps its name shape', (name) => {
    expect(hasNameShape(name)).toBe(true);
  });
});

describe('the corpus NER path (no chips) is untouched by these rules', () => {
  test('联合国 stays as the tagger found it', () => {
    const e = findEntities('联合国贸发会议发布了年度报告。', '联合国贸发会议发布了年度报告。');
    expect(e.organizations.map((x) => x.text)).toEqual(['联合国']);
  });
});
