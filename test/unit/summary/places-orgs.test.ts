/** Places and organisations a journalist can trust on pages: whole names, a name's shape. Synthetic sentences (not corpus text). */
import { describe, expect, test } from 'vitest';
import { summarize } from '../../../src/core/summary/index';
import { isTrustedEntity } from '../../../src/core/summary/entity-rules';
import { hasOrgShape, hasPlaceShape } from '../../../src/core/summary/name-shapes';
import { usedAsPlace } from '../../../src/core/summary/chip-structure';

const chips = (t: string) => {
  const e = summarize(t).entities;
  return { places: e.places.map((x) => x.text), orgs: e.organizations.map((x) => x.text), people: e.people.map((x) => x.text) };
};

describe('an organisation begun inside its name is taken back to its start, or dropped', () => {
  test.each([
    [
      '材料|有限公司',
      '参展企业包括：杭州青禾防水材料有限公司、宁波海岳机车车辆有限公司等三十家。',
      '杭州青禾防水材料有限公司',
      '材料有限公司',
    ],
    [
      '机车|车辆有限公司',
      '参展企业包括：杭州青禾防水材料有限公司、宁波海岳机车车辆有限公司等三十家。',
      '宁波海岳机车车辆有限公司',
      '车辆有限公司',
    ],
    ['平|遥牛肉集团', '会上，市商务厅、嘉兴机车车辆有限公司、平遥牛肉集团和温州商会签约。', '平遥牛肉集团', '遥牛肉集团'],
    ['共同|体研究中心', '巴基斯坦人类命运共同体研究中心主任阿里表示欢迎。', '巴基斯坦人类命运共同体研究中心', '体研究中心'],
  ])('%s', (_name, text, want, fragment) => {
    const { orgs } = chips(text);
    expect(orgs, `organisations: ${orgs.join(', ')}`).toContain(want);
    expect(orgs, `organisations: ${orgs.join(', ')}`).not.toContain(fragment);
  });

  test('a fragment with no known name before it is dropped (腐败|问题咨询委员会)', () => {
    const { orgs } = chips('会上，腐败问题咨询委员会主席发言。');
    expect(orgs, `organisations: ${orgs.join(', ')}`).not.toContain('问题咨询委员会');
  });

  test.each([
    ['中国海油|青岛…基地', '货轮从中国海油青岛海工装备制造基地启运。', '青岛海工装备制造基地'],
    ['各家|昆剧院团', '沈老师常为各家昆剧院团授课。', '昆剧院团'],
  ])('begun after a name character that ends no word: %s is no chip', (_name, text, bad) => {
    const { orgs } = chips(text);
    expect(orgs, `organisations: ${orgs.join(', ')}`).not.toContain(bad);
  });

  test('an organisation after a common word stays (告诉|中国日报)', () => {
    const { orgs } = chips('他告诉中国日报记者，北京大学将扩招。');
    expect(orgs, `organisations: ${orgs.join(', ')}`).toEqual(expect.arrayContaining(['中国日报', '北京大学']));
  });

  test('a place inside a widened organisation is no place of its own', () => {
    const { places } = chips('巴基斯坦人类命运共同体研究中心主任阿里表示欢迎。');
    expect(places, `places: ${places.join(', ')}`).not.toContain('巴基斯坦');
  });
});

describe('a branch named after its place is one organisation (Org + place + 支行/分行/分局)', () => {
  test.each([
    [
      '中心支行',
      '当天，中国人民银行岳阳市中心支行联合多家银行开展宣传。',
      '中国人民银行岳阳市中心支行',
      ['岳阳市中心支行', '中国人民银行'],
    ],
    ['分行', '中国建设银行湘潭分行、工商银行株洲市分行参加了活动。', '工商银行株洲市分行', ['株洲市分行', '工商银行']],
    [
      'a time word before the parent is no part of it',
      '昨天工商银行上海分行宣布下调贷款利率。',
      '工商银行上海分行',
      ['昨天工商银行上海分行'],
    ],
    ['目前 before the parent', '目前招商银行深圳分行共有员工3000人。', '招商银行深圳分行', ['目前招商银行深圳分行']],
  ])('%s', (_n, text, want, parts) => {
    const { orgs } = chips(text);
    expect(orgs, text).toContain(want);
    for (const p of parts) expect(orgs, `${p} is part of ${want}`).not.toContain(p);
  });
});

describe('chips need a place or an organisation shape', () => {
  test.each([
    ['an organisation without an organisation word', '双方同意加强中美合作与交流。', 'orgs', '中美合作与'],
    [
      'an organisation without an organisation word (2)',
      '双方表示，中美合作共赢符合两国利益，记者准确报道中美合作与发展前景。',
      'orgs',
      '中美合作',
    ],
    ['a place made of common words', '该村获评美丽宜居示范村，今年将修建新路。', 'places', '美丽宜居'],
    ['an organisation made of a common word', '该村获评美丽宜居示范村，今年将修建新路。', 'orgs', '新路'],
  ] as const)('%s', (_name, text, kind, bad) => {
    const got = chips(text)[kind];
    expect(got, `${kind}: ${got.join(', ')}`).not.toContain(bad);
  });

  test.each([
    ['ORG', '杭州市气象局', true],
    ['ORG', '新华社', true],
    ['ORG', '联合国', true], // a known organisation
    ['ORG', 'NTT', true],
    ['ORG', 'MC', false], // two Latin letters: a master of ceremonies as often as a name
    ['ORG', '微软', true], // a proper name of CC-CEDICT
    ['ORG', '挪威', false], // a proper name, but a place
    ['ORG', '英语', false], // a proper name, but a language
    ['LOC', '加盟', false], // a common word the lexicon lists as a place
    ['ORG', '房地产', false], // a common word the lexicon lists as an abbreviation
    ['ORG', '卡号', false],
    ['LOC', '太贵', false],
    ['LOC', '四楼', false],
    ['ORG', '中美合作', false],
    ['ORG', '法国交管', false],
    ['LOC', '万华区', true],
    ['LOC', '炮台山', true],
    ['LOC', '巴西', true],
    ['LOC', '美丽宜居', false],
    ['LOC', '伊戈尔', false], // the lexicon lists it as a person, not a place
  ] as const)('%s %s → %s', (type, name, want) => {
    expect(type === 'ORG' ? hasOrgShape(name) : hasPlaceShape(name)).toBe(want);
    expect(isTrustedEntity(type, name, null, true)).toBe(want);
  });

  test('the corpus tagging keeps a shapeless name (the shape is for chips only)', () => {
    expect(isTrustedEntity('ORG', '法国交管', null)).toBe(true);
  });
});

describe('an English page gives no Chinese-entity chips', () => {
  test.each([
    'Seoul officials said on Monday that the new park near the river will open in May, and the Sai Kung trail was crowded.',
    'park sai park sai: the sai and the park were full, said the MC at the UN.',
  ])('%s', (text) => {
    const { places, orgs, people } = chips(text);
    expect([...people, ...places, ...orgs], 'chips').toEqual([]);
  });
});

describe('a one-character place is no place inside a common word', () => {
  test.each([
    ['中南部 (central-south)', '明天东半部地区转晴，中南部地区多云。', '中'],
    ['中南部 beside a real place', '气象局说，周末中南部地区及澎湖有雨。', '中'],
    ['豪华 (luxurious)', '更有三成打算增加预算豪华加码。', '华'],
  ])('%s', (_name, text, bad) => {
    const { places } = chips(text);
    expect(places, `places: ${places.join(', ')}`).not.toContain(bad);
  });

  test('the cue words of a visit or of people from a place still count', () => {
    const { places } = chips('中美两国领导人会晤，他随后访华，港人和台商都关注。');
    for (const p of ['中', '美', '华', '港', '台']) expect(places, `places: ${places.join(', ')}`).toContain(p);
  });
});

describe('an organisation word found alone takes the name before it', () => {
  test('…示范区|管委会 is one organisation, not a place', () => {
    const { places, orgs } = chips('推介会上，山西转型综改示范区管委会签约。');
    expect(orgs, `organisations: ${orgs.join(', ')}`).toContain('山西转型综改示范区管委会');
    expect(places, `places: ${places.join(', ')}`).toEqual([]);
  });
});

describe('a person whose given name ends like a place stays a person', () => {
  test('surname + two given characters ending in 峰 (a peak) is no place', () => {
    const { places } = chips('活动在圣保罗举行。（张巨峰）');
    expect(places, `places: ${places.join(', ')}`).not.toContain('张巨峰');
  });
  test('a peak or an island is still a place', () => {
    expect(chips('登山队昨天登上卓奥友峰。').places).toContain('卓奥友峰');
    expect(chips('游客乘船前往金门岛。').places).toContain('金门岛');
  });
});

describe('structure around a name: dates, bylines and credits, company short names (chips)', () => {
  test.each([
    ['25日|获公司', '华夏科技：25日获公司总裁增持。', '日获公司'],
    ['8日获公司', '青禾股份：3月8日获公司董事长增持五十万股。', '8日获公司'],
  ])('a name opening on a date is no organisation: %s', (_name, text, fragment) => {
    const { orgs } = chips(text);
    expect(orgs, `organisations: ${orgs.join(', ')}`).not.toContain(fragment);
  });

  test.each([
    ['Simplified', '新店开张后生意不错，每月营业额超过十万元。（台视新闻陈家平、郭文海台北报导）', '陈家平、郭文海'],
    ['Traditional', '新店開張後生意不錯，每月營業額超過十萬元。（台視新聞陳家平、郭文海台北報導）', '陳家平、郭文海'],
  ])('the place of a credit line （…台北报导） and a place inside a byline name are no places (%s)', (_script, text, author) => {
    const e = summarize(text, { author }).entities;
    const places = e.places.map((x) => x.text);
    expect(places, `places: ${places.join(', ')}`).not.toContain('台北');
    expect(places, `places: ${places.join(', ')}`).not.toContain('文海');
    expect(e.people.map((x) => x.text)).toEqual(expect.arrayContaining(author.split('、')));
  });

  test('a place named in the article outside the credit line stays', () => {
    const { places } = chips('他在台北开了一家包子店。（台视新闻陈家平台北报导）');
    expect(places, `places: ${places.join(', ')}`).toContain('台北');
  });

  test('a company short name beside the company is the company (龙湖 → 龙湖集团), not a place', () => {
    const e = summarize('龙湖集团今年销售额下滑。业内人士称，龙湖的现金流仍然稳健，龙湖今年还将推出新盘。').entities;
    expect(e.places.map((x) => x.text)).not.toContain('龙湖');
    const org = e.organizations.find((x) => x.text === '龙湖集团');
    expect(org?.mentions.length, 'mentions of 龙湖集团').toBe(3);
  });

  test('a place with no company of its name stays a place', () => {
    const { places } = chips('龙湖的现金流仍然稳健，龙湖今年还将推出新盘。');
    expect(places).toContain('龙湖');
  });

  test('中华|民族 names a people, no place', () => {
    const { places } = chips('这些故事体现了中华民族的传统美德。');
    expect(places, `places: ${places.join(', ')}`).not.toContain('中华');
  });

  test.each([
    ['泛着|光泽 (a sheen)', '土豆皮泛着光泽，口感很好。', '光泽', false],
    ['中心|城区 (the town centre)', '要做强中心城区，带动周边发展。', '城区', false],
    ['去|光泽 (going there)', '他下个月要去光泽出差。', '光泽', true],
    ['光泽|县 written elsewhere', '光泽县今年丰收，光泽的茶农收入增加。', '光泽', true],
  ])('a place that is also a common word needs the text to use it as a place: %s', (_name, text, name, want) => {
    const at = text.lastIndexOf(name);
    expect(usedAsPlace(text, name, [{ start: at, end: at + name.length }])).toBe(want);
  });
});

describe('港, 台, 澳 alone are no place chip: a port, a stage, a bay', () => {
  test.each([
    ['a ship leaves port (离港)', '这座巨型平台昨日离港启运，驶向南海油田。'],
    ['a platform (上台)', '获奖选手依次上台领奖，现场掌声不断。'],
  ])('%s', (_n, text) => {
    const { places } = chips(text);
    expect(places, text).not.toContain('港');
    expect(places, text).not.toContain('台');
  });
  test('with 香港 in the text, 在港 joins Hong Kong', () => {
    const { places } = chips('香港特区政府表示，在港工作的内地人明显增多，香港经济回暖。');
    expect(places).toContain('香港');
    expect(places).not.toContain('港');
  });
});

describe('a counted building or work is a kind, not a place (两栋|塔楼, 一座跨河|高架桥)', () => {
  test.each([
    ['两栋|塔楼', '项目一期由两栋塔楼组成，总建筑面积约十万平方米。', '塔楼'],
    ['三棟|塔樓', '該項目由三棟塔樓組成，預計明年落成。', '塔樓'],
    ['一座跨河|高架桥', '市政府计划还将建一座跨河高架桥，连接东西两岸。', '高架桥'],
    ['一座跨海|大橋', '政府將興建一座跨海大橋，連接兩岸。', '大橋'],
  ])('%s', (_name, text, kind) => {
    const { places } = chips(text);
    expect(places, `places: ${places.join(', ')}`).not.toContain(kind);
  });

  test.each([
    ['在|岳阳楼', '今天上午，游客在岳阳楼前排起长队。', '岳阳楼'],
    ['南京长江大桥', '南京长江大桥封闭维修两年后重新通车。', '长江大桥'],
  ])('a named one stays: %s', (_name, text, place) => {
    const { places } = chips(text);
    expect(places, `places: ${places.join(', ')}`).toContain(place);
  });
});

describe('a business in a list is no place (上岛|咖啡、好伦哥等餐饮品牌)', () => {
  test.each([
    ['上岛|咖啡', '商场内有星巴克、上岛咖啡、必胜客、好伦哥等餐饮品牌。', '上岛'],
    ['好伦哥 等餐饮品牌', '商场内有星巴克、上岛咖啡、必胜客、好伦哥等餐饮品牌。', '好伦哥'],
    ['上島|咖啡', '商場內有麥當勞、上島咖啡、肯德基等多家餐廳。', '上島'],
    ['好伦哥 等商家', '商场汇集了沃尔玛、好伦哥、真功夫、永和大王等商家。', '好伦哥'],
  ])('%s', (_name, text, shop) => {
    const { places } = chips(text);
    expect(places, `places: ${places.join(', ')}`).not.toContain(shop);
  });

  test.each([
    ['等城市', '大会邀请了上海、杭州、苏州等城市的代表。', ['上海', '杭州', '苏州']],
    ['等地的企业', '展会吸引了北京、天津、上海、重庆等地的企业参加。', ['北京', '天津', '上海', '重庆']],
    ['等商圈', '当地有王府井、西单、三里屯等商圈。', ['王府井', '三里屯']],
    ['华南|市场: no list of businesses', '华北、华南市场需求旺盛。', ['华北', '华南']],
    ['上海|之后', '北京、上海之后，广州也获准实施该政策。', ['北京', '上海', '广州']],
  ])('places listed as places stay: %s', (_name, text, want) => {
    const { places } = chips(text);
    for (const p of want) expect(places, `places: ${places.join(', ')}`).toContain(p);
  });
});

describe('a bare alliance, federation or foundation word is no organisation (…资源交换|联盟)', () => {
  test.each([
    ['资源交换|联盟', '该酒店加入了亚洲酒店资源交换联盟(ARSA)，会员可互换客房。', '联盟'],
    ['移动通信|联盟', '该公司是全球移动通信联盟的成员。', '联盟'],
  ])('%s', (_name, text, word) => {
    const { orgs } = chips(text);
    expect(orgs, `organisations: ${orgs.join(', ')}`).not.toContain(word);
  });
});

describe('a place begun inside a word is a fragment (金世|纪嘉园: 世纪 is a word)', () => {
  test.each([['金世|纪嘉园', '业主们聚集在金世纪嘉园小区门口。', '纪嘉园']])('%s', (_name, text, fragment) => {
    const { places } = chips(text);
    expect(places, `places: ${places.join(', ')}`).not.toContain(fragment);
  });

  test.each([
    ['江苏|南京', '江苏南京今日气温骤降。', '南京'],
    ['河南|洛阳', '游客们来到河南洛阳观赏牡丹。', '洛阳'],
    ['上海|浦东新区', '他在上海浦东新区工作。', '浦东新区'],
  ])('a known place after another stays: %s', (_name, text, place) => {
    const { places } = chips(text);
    expect(places, `places: ${places.join(', ')}`).toContain(place);
  });
});

describe('half of a four-character set phrase is no place (无利|可图)', () => {
  test.each([
    ['无利|可图', '很多人觉得这种生意肯定是无利可图的。', '无利'],
    ['無利|可圖', '業內人士認為，這類項目肯定是無利可圖的。', '無利'],
  ])('%s', (_name, text, half) => {
    const { places } = chips(text);
    expect(places, `places: ${places.join(', ')}`).not.toContain(half);
  });

  test('a known place in the frame stays (无锡|可谓)', () => {
    const { places } = chips('无锡可谓是江南名城。');
    expect(places, `places: ${places.join(', ')}`).toContain('无锡');
  });
});

describe('a company named by what it does is no organisation (经营|公司: 经营者 is a word)', () => {
  test.each([
    ['经营|公司', '委托经营公司统一出租，经营公司会根据投资者意愿回购。', ['经营公司', '委托经营公司']],
    ['管理|公司', '管理公司表示将尽快维修电梯。', ['管理公司']],
    ['管理|公司 (Traditional)', '據悉，管理公司將於下月調整收費標準。', ['管理公司']],
  ])('%s', (_name, text, kinds) => {
    const { orgs } = chips(text);
    for (const k of kinds) expect(orgs, `organisations: ${orgs.join(', ')}`).not.toContain(k);
  });

  test.each([
    ['苹果|公司', '苹果公司周二发布新款手机。', '苹果公司'],
    ['联想|集团', '联想集团发布了第三季度财报。', '联想集团'],
    ['深圳市投资|管理公司', '深圳市投资管理公司负责人表示同意。', '深圳市投资管理公司'],
    ['中国|投资公司', '中国投资公司宣布增持。', '中国投资公司'],
  ])('a name keeps its head: %s', (_name, text, name) => {
    const { orgs } = chips(text);
    expect(orgs, `organisations: ${orgs.join(', ')}`).toContain(name);
  });
});
