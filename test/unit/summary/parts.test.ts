import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main';
import { parseNumber, parseChineseNumeral } from '../../../src/core/summary/numbers';
import { findDates } from '../../../src/core/summary/dates';
import { splitSentences } from '../../../src/core/summary/sentences';
import { summarize } from '../../../src/core/summary/index';

describe('numbers', () => {
  it('parses Arabic, full-width and Chinese numerals with magnitudes', () => {
    expect(parseNumber('135', '亿')).toBe(13500000000);
    expect(parseNumber('２.５', '万')).toBe(25000);
    expect(parseNumber('4．1')).toBe(4.1);
    expect(parseNumber('1,500')).toBe(1500);
    expect(parseChineseNumeral('一百二十三')).toBe(123);
    expect(parseChineseNumeral('十五')).toBe(15);
    expect(parseChineseNumeral('二〇二五')).toBe(2025);
    expect(parseNumber('三', '千万')).toBe(30000000);
  });
});

describe('dates', () => {
  it('normalises against the publish date', () => {
    const d = findDates('4月3日，今年的会议在去年基础上召开，2024年12月31日结束。', '2025-04-10');
    expect(d.map((x) => [x.text, x.iso])).toEqual([
      ['4月3日', '2025-04-03'],
      ['今年', '2025'],
      ['去年', '2024'],
      ['2024年12月31日', '2024-12-31'],
    ]);
  });
  it('reads a month of a relative year, a day of a relative month, a weekday of a relative week, the end of a range', () => {
    // 2025-04-10 is a Thursday.
    const d = findDates('去年12月开工，明年6月底完工；本月15日起实施；上周五发布，下周一开学；3月1日至5日举行。', '2025-04-10');
    expect(d.map((x) => [x.text, x.iso])).toEqual([
      ['去年12月', '2024-12'],
      ['明年6月', '2026-06'],
      ['本月15日', '2025-04-15'],
      ['上周五', '2025-04-04'],
      ['下周一', '2025-04-14'],
      ['3月1日', '2025-03-01'],
      ['5日', '2025-03-05'],
    ]);
    expect(findDates('上周五发布。', null)).toEqual([]);
  });
  it('leaves durations alone and needs a publish date for relative words', () => {
    expect(findDates('10年来，他工作了8个月。', '2025-04-10')).toEqual([]);
    expect(findDates('今年会更好。', null)).toEqual([]);
  });
});

describe('sentences', () => {
  it('splits on 。！？；… and line breaks, never on ，', () => {
    const t = '第一句，还在第一句。第二句！第三句？第四句；第五句……\n第六句';
    expect(splitSentences(t).map((s) => s.text)).toEqual([
      '第一句，还在第一句。',
      '第二句！',
      '第三句？',
      '第四句；',
      '第五句……',
      '第六句',
    ]);
  });
});

describe('figures', () => {
  it('reads value, number, unit, kind, qualifier and measure', () => {
    const s = summarize('北京市个人所得税收入55.6亿元，同比增收11.1亿元，增长25％。约2100名长跑爱好者参加。');
    const f = s.figures;
    expect(f.map((x) => x.value)).toEqual(['55.6亿元', '11.1亿元', '25％', '2100名']);
    expect(f[0]).toMatchObject({ number: 5560000000, unit: '元', kind: 'money', qualifier: null });
    expect(f[0]!.measure?.text).toBe('北京市个人所得税收入');
    expect(f[1]).toMatchObject({ kind: 'change', qualifier: '同比增收' });
    expect(f[1]!.measure?.text).toBe('北京市个人所得税收入');
    expect(f[2]).toMatchObject({ number: 25, unit: '%', kind: 'change', qualifier: '增长' });
    expect(f[3]).toMatchObject({ number: 2100, kind: 'count', qualifier: '约' });
    expect(f[3]!.measure?.text).toBe('长跑爱好者');
  });
  it('skips dates, clock times, ordinals and the article 一', () => {
    const s = summarize('1997年12月31日上午9时，第三名选手获得一项新的纪录。');
    expect(s.figures).toEqual([]);
  });
  it('reads 将 + a planned action, 从 + a time phrase, and a change verb right after a number', () => {
    const s = summarize('该园区明年将新建12座厂房。全市的贫困发生率从2015年的8.5％降到0.3％。网点数量由40个增加到65个。');
    const q = (v: string) => s.figures.find((x) => x.value === v);
    expect(q('12座')).toMatchObject({ qualifier: '将' });
    expect(q('8.5％')).toMatchObject({ qualifier: '从' });
    expect(q('8.5％')!.measure?.text).toBe('贫困发生率');
    expect(q('0.3％')!.measure?.text).toBe('贫困发生率');
    expect(q('40个')).toMatchObject({ qualifier: '由' });
    expect(q('40个')!.measure?.text).toBe('网点数量');
  });
  it('measures that contain a verb, a forecast, a currency before the number, per-units', () => {
    const s = summarize(
      '全市实现地区生产总值3256.7亿元。项目总投资约15亿元，预计年产值可达50亿元。全年完成固定资产投资1.8万亿元，工业增加值增长7.2%。' +
        '總金額約新臺幣1.5億元。PM2.5平均浓度为32微克/立方米，房屋均价1.2万元/平方米。这座大桥全长2.6公里。',
    );
    const q = (v: string) => s.figures.find((x) => x.value === v)!;
    expect(q('3256.7亿元').measure?.text).toBe('地区生产总值');
    expect(q('15亿元')).toMatchObject({ qualifier: '约', measure: { text: '项目总投资' } });
    expect(q('50亿元')).toMatchObject({ qualifier: '预计', measure: { text: '年产值' } });
    expect(q('1.8万亿元').measure?.text).toBe('固定资产投资');
    expect(q('7.2%').measure?.text).toBe('工业增加值');
    expect(q('1.5億元')).toMatchObject({ qualifier: '約', measure: { text: '總金額' } });
    expect(q('32微克/立方米')).toMatchObject({ unit: '微克/立方米', kind: 'quantity', number: 32, measure: { text: 'PM2.5平均浓度' } });
    expect(q('1.2万元/平方米')).toMatchObject({ unit: '元/平方米', kind: 'money', number: 12000 });
    expect(q('2.6公里').measure?.text).toBe('大桥全长');
  });
  it('an adverb before the verb, the 年 of a year, a modal, a 的 are not part of the measure', () => {
    const s = summarize(
      '葡萄酒的年产量也将达到50万吨。2013年上海商品销售总额突破6万亿元。低于3米的高处跌落死亡率为1%。公司今年要裁掉1万名员工。',
    );
    const q = (v: string) => s.figures.find((x) => x.value === v)!;
    expect(q('50万吨')).toMatchObject({ qualifier: '将', measure: { text: '年产量' } });
    expect(q('6万亿元')).toMatchObject({ qualifier: '突破', measure: { text: '上海商品销售总额' } });
    expect(q('1%').measure?.text).toBe('高处跌落死亡率');
    expect(q('1万名').measure?.text).toBe('员工');
  });
  it('a comparison before a change is its qualifier, the measure comes from the figure before; 连续N年 is no figure', () => {
    const s = summarize('高雄港貨櫃裝卸量約為980萬TEU，較前年減少2.3%。失业率控制在3.5%以内，平均住院日缩短至6.8天，粮食产量连续8年增长。');
    const q = (v: string) => s.figures.find((x) => x.value === v);
    expect(q('2.3%')).toMatchObject({ kind: 'change', qualifier: '較前年減少', measure: { text: '高雄港貨櫃裝卸量' } });
    expect(q('3.5%以内')).toMatchObject({ qualifier: '以内', measure: { text: '失业率' } });
    expect(q('6.8天')).toMatchObject({ qualifier: '缩短至', measure: { text: '平均住院日' } });
    expect(q('8年')).toBeUndefined();
  });
  it('works the same on Traditional text, reporting original text', () => {
    const s = summarize('該公司營業額達到9.87億新台幣，較去年增長21％。');
    expect(s.figures.map((x) => [x.value, x.unit, x.number])).toEqual([
      ['9.87億新台幣', '新台幣', 987000000],
      ['21％', '%', 21],
    ]);
  });
});

describe('entities', () => {
  it('finds people with roles, places, organisations and documents', () => {
    const s = summarize(
      '国务院总理李强在北京会见了美国客人。清华大学和中国人民银行参加。会议通过了《关于促进消费的意见》（以下简称《意见》），《意见》提出新举措。记者 张伟',
    );
    expect(s.entities.people.find((p) => p.text === '李强')?.role).toBe('总理');
    expect(s.entities.people.find((p) => p.text === '张伟')?.role).toBe('记者');
    expect(s.entities.places.map((e) => e.text)).toEqual(expect.arrayContaining(['北京', '美国']));
    expect(s.entities.organizations.map((e) => e.text)).toEqual(expect.arrayContaining(['清华大学', '中国人民银行']));
    expect(s.entities.documents[0]).toMatchObject({ text: '《关于促进消费的意见》', aliases: ['《意见》'] });
    expect(s.entities.documents[0]!.mentions).toHaveLength(3);
  });
});

describe('dubao analyze', () => {
  it('maps JSON Lines of texts to entities, figures, dates and key sentences', async () => {
    const stdin = new PassThrough();
    const stdout = new PassThrough();
    const chunks: string[] = [];
    stdout.on('data', (c) => chunks.push(String(c)));
    stdin.end(JSON.stringify({ id: 'a', text: '上海市去年接待游客3.5亿人次。市长在会上讲话。' }) + '\nnot json\n');
    const code = await runCli(['analyze', '--key-sentences', '1'], { stdin, stdout, stderr: new PassThrough() });
    const lines = chunks
      .join('')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(code).toBe(1);
    expect(lines[0].id).toBe('a');
    expect(lines[0].entities[0]).toEqual({ start: 0, end: 3, type: 'LOC', text: '上海市' });
    expect(lines[0].figures[0]).toMatchObject({ value: '3.5亿人次', number: 350000000, unit: '人次', kind: 'count' });
    expect(lines[0].figures[0].measure).toEqual({ start: 7, end: 9, text: '游客' });
    expect(lines[0].keySentences).toHaveLength(1);
    expect(lines[1].error).toBe('invalid JSON');
  });
});

describe('byline names absent from the body', () => {
  it('reporter and editor with no mention in the text are listed, not a crash', async () => {
    const { summarize } = await import('../../../src/core/summary/index');
    const s = summarize('国务院新闻办公室今天举行新闻发布会。会议指出，长江干流水质连续五年保持在二类。', {
      author: '王明',
      editor: '李华',
    });
    const people = s.entities.people.map((p) => [p.text, p.role]);
    expect(people).toContainEqual(['王明', expect.stringMatching(/记者|作者/)]);
    expect(people).toContainEqual(['李华', expect.stringMatching(/编辑/)]);
  });
});
