import { describe, expect, it } from 'vitest';
import {
  ankiTsv,
  buildReport,
  citationCard,
  ZH_CARD_LABELS,
  csvField,
  figuresCsv,
  fileStem,
  formatDate,
  mdEscape,
  parseWordList,
  reportJson,
  withWord,
  type ArticleLike,
  type SummaryLike,
} from '../../../src/core/report/index';

const text = '今年全市将发布企业技术需求1500项以上，技术合同年成交额力争达到135亿元。';
const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
const article: ArticleLike = {
  title: '兰州市以科技创新驱动城市竞争力跃升',
  publishedAt: '2025-04-10T09:06:31+08:00',
  source: '兰州日报',
  author: '华静',
  editor: '王旭伟',
  lang: 'zh-Hans',
};
const summary: SummaryLike = {
  figures: [
    {
      value: '1500项以上',
      number: 1500,
      unit: '项',
      kind: 'count',
      measure: span('企业技术需求'),
      qualifier: '以上',
      sentence: span(text),
    },
    {
      value: '135亿元',
      number: 13_500_000_000,
      unit: '元',
      kind: 'money',
      measure: span('技术合同年成交额'),
      qualifier: '力争',
      sentence: span(text),
    },
  ],
  entities: {
    people: [{ text: '华静', role: '记者', mentions: [{ start: 0, end: 2 }] }],
    places: [
      {
        text: '兰州市',
        mentions: [
          { start: 0, end: 3 },
          { start: 5, end: 8 },
        ],
      },
    ],
    organizations: [],
    documents: [{ text: '《方案》', mentions: [{ start: 1, end: 4 }] }],
  },
  dates: [{ text: '2025年4月10日', iso: '2025-04-10' }],
  keySentences: [span(text)],
};
const page = { url: 'https://news.example.cn/a/1.html', site: 'news.example.cn', outlet: '兰州新闻网' };

describe('citation card', () => {
  const card = citationCard(buildReport(article, summary, page));
  it('holds headline, outlet, source, reporter, date, URL, figures with sentences and entities', () => {
    expect(card).toContain('[兰州市以科技创新驱动城市竞争力跃升](<https://news.example.cn/a/1.html>)');
    expect(card).toContain('**Outlet:** 兰州新闻网 (news.example.cn)');
    expect(card).toContain('**Source:** 兰州日报');
    expect(card).toContain('**Reporter:** 华静');
    expect(card).toContain('**Date:** 2025-04-10 09:06');
    expect(card).toContain('- **1500项以上** — 企业技术需求, 以上');
    expect(card).toContain('- **135亿元** — 技术合同年成交额, 力争');
    expect(card).toContain(`  > ${text}`);
    expect(card).toContain('People: 华静 (记者)');
    expect(card).toContain('Places: 兰州市 ×2');
    expect(card).toContain('Documents: 《方案》');
  });
  it('escapes Markdown and HTML from page text', () => {
    const bad = citationCard(buildReport({ ...article, title: '<img src=x onerror=alert(1)> [x](javascript:1) *b*' }, summary, page));
    expect(bad).not.toMatch(/(^|[^\\])<img/);
    expect(bad).not.toContain('](javascript');
    expect(bad).toContain('\\<img src=x onerror=alert\\(1\\)\\>');
    expect(mdEscape('# title\nline2')).toBe('\\# title line2');
    expect(mdEscape('1. a')).toBe('1\\. a');
  });
  it('drops a non-http URL and empty fields', () => {
    const c = citationCard(buildReport({ ...article, author: null, editor: null }, summary, { ...page, url: 'javascript:alert(1)' }));
    expect(c).not.toContain('javascript');
    expect(c).not.toContain('Reporter');
    expect(c.startsWith('### 兰州市')).toBe(true);
  });
});

describe('CSV of figures', () => {
  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('plain')).toBe('plain');
    expect(csvField(null)).toBe('');
    expect(csvField(13_500_000_000)).toBe('13500000000');
  });
  it('neutralises spreadsheet formulas but keeps signed numbers', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-3.5%')).toBe('-3.5%');
    expect(csvField('+12')).toBe('+12');
  });
  it('has a header, one CRLF row per figure, and the sentence with its comma quoted', () => {
    const csv = figuresCsv(buildReport(article, summary, page).figures);
    const rows = csv.split('\r\n');
    expect(rows[0]).toBe('value,number,unit,kind,measure,qualifier,sentence');
    expect(rows[1]).toBe(`1500项以上,1500,项,count,企业技术需求,以上,${text}`);
    expect(rows[2]!.startsWith('135亿元,13500000000,元,money,技术合同年成交额,力争,')).toBe(true);
    expect(rows).toHaveLength(4);
    const withComma = figuresCsv([{ ...buildReport(article, summary).figures[0]!, sentence: '甲,乙"丙"' }]);
    expect(withComma).toContain(',"甲,乙""丙"""\r\n');
    expect(figuresCsv([], { bom: true }).startsWith('\ufeffvalue,')).toBe(true);
  });
});

describe('JSON export', () => {
  it('round-trips the report with a format tag', () => {
    const r = buildReport(article, summary, page);
    const parsed = JSON.parse(reportJson(r, new Date('2025-05-01T00:00:00Z')));
    expect(parsed.format).toBe('dubao-summary/1');
    expect(parsed.exportedAt).toBe('2025-05-01T00:00:00.000Z');
    expect(parsed.meta.title).toBe(article.title);
    expect(parsed.figures[1].measure).toBe('技术合同年成交额');
    expect(parsed.entities.places[0]).toEqual({ text: '兰州市', role: null, aliases: [], count: 2 });
    expect(parsed.keySentences).toEqual([text]);
  });
});

describe('word list and Anki TSV', () => {
  it('validates stored data: drops junk, duplicates and over-long fields', () => {
    const list = parseWordList([
      { word: '创新', pinyin: 'chuàngxīn' },
      { word: '创新' },
      null,
      5,
      { word: '' },
      { pinyin: 'x' },
      { word: 'x'.repeat(40) },
    ]);
    expect(list.map((w) => w.word)).toEqual(['创新', 'x'.repeat(32)]);
    expect(parseWordList('nope')).toEqual([]);
  });
  it('adds and updates words', () => {
    let list = withWord([], { word: '孵化', pinyin: 'fūhuà' });
    list = withWord(list, { word: '孵化', gloss: 'incubate' });
    list = withWord(list, { word: '载体' });
    expect(list).toEqual([{ word: '孵化', pinyin: 'fūhuà', gloss: 'incubate' }, { word: '载体' }]);
  });
  it('writes Anki headers and quoted fields; page HTML escaped, the word in bold', () => {
    const tsv = ankiTsv([
      { word: '孵化', pinyin: 'fūhuà', gloss: 'to\tincubate', sentence: '<b>新培育</b>孵化载体', url: 'https://x.cn/' },
    ]);
    const lines = tsv.trimEnd().split('\n');
    expect(lines.slice(0, 2)).toEqual(['#separator:tab', '#html:true']);
    expect(lines[3]).toBe('孵化\tfūhuà\t"to\tincubate"\t\t&lt;b&gt;新培育&lt;/b&gt;<b>孵化</b>载体\t\thttps://x.cn/');
    expect(lines).toHaveLength(4);
  });
  it('keeps a sentence card (a whole sentence, up to 500 characters) beside word cards; exported without a word marked', () => {
    const sentence = '技术合同年成交额力争达到135亿元，同比增长"两成"。';
    const list = parseWordList([
      { kind: 'sentence', word: sentence, pinyin: 'jì shù', sentence, url: 'https://x.cn/' },
      { word: '技术合同年成交额力争达到135亿元同比增长两成以上' }, // a word card keeps the 32-character bound
      { kind: 'other', word: '孵化' },
    ]);
    expect(list).toEqual([
      { kind: 'sentence', word: sentence, pinyin: 'jì shù', sentence, url: 'https://x.cn/' },
      { word: '技术合同年成交额力争达到135亿元同比增长两成以上'.slice(0, 32) },
      { word: '孵化' },
    ]);
    expect(parseWordList([{ kind: 'sentence', word: 'x'.repeat(600) }])[0]!.word).toHaveLength(500);
    const row = ankiTsv(list.slice(0, 1)).trimEnd().split('\n')[3]!;
    // Quoted for Anki (the sentence holds double quotes), nothing in bold: the whole card is the sentence.
    expect(row).toBe(`"${sentence.replace(/"/g, '""')}"\tjì shù\t\t\t"${sentence.replace(/"/g, '""')}"\t\thttps://x.cn/`);
    expect(row).not.toContain('<b>');
  });
});

describe('helpers', () => {
  it('formats dates as written and makes safe file names', () => {
    expect(formatDate('2025-04-10T09:06:31+08:00')).toBe('2025-04-10 09:06');
    expect(formatDate('2025-04-10')).toBe('2025-04-10');
    expect(formatDate('昨天')).toBe('昨天');
    expect(formatDate(null)).toBeNull();
    expect(fileStem({ title: '兰州/科技:创新?', publishedAt: '2025-04-10T09:06:31+08:00' })).toBe('dubao-2025-04-10-兰州_科技_创新');
    expect(fileStem({ title: null, publishedAt: null })).toBe('dubao-article');
  });
});

describe('document aliases', () => {
  it('the card and the JSON carry the short name a text defines', () => {
    const s = {
      figures: [],
      dates: [],
      keySentences: [],
      entities: {
        people: [],
        places: [],
        organizations: [],
        documents: [
          {
            text: '《创新兰州行动方案》',
            aliases: ['《方案》'],
            mentions: [
              { start: 0, end: 10 },
              { start: 20, end: 24 },
            ],
          },
        ],
      },
    };
    const a = { title: '标题', publishedAt: null, source: null, author: null, editor: null, lang: 'zh-Hans' };
    const r = buildReport(a, s);
    expect(r.entities.documents[0]).toEqual({ text: '《创新兰州行动方案》', role: null, aliases: ['《方案》'], count: 2 });
    expect(citationCard(r)).toMatch(/《创新兰州行动方案》 = 《方案》/);
  });
});

describe('key sentences in the card', () => {
  it('are quoted after the metadata, escaped', () => {
    const s = {
      figures: [],
      dates: [],
      entities: { people: [], places: [], organizations: [], documents: [] },
      keySentences: [{ start: 0, end: 9, text: '兰州市发布*行动*方案。' }],
    };
    const a = { title: '标题', publishedAt: null, source: null, author: null, editor: null, lang: 'zh-Hans' };
    const card = citationCard(buildReport(a, s), ZH_CARD_LABELS);
    expect(card).toMatch(/\*\*要点\*\*\n\n> 兰州市发布\\\*行动\\\*方案。/);
  });
});
