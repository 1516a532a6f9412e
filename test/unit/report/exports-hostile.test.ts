// Exports of hostile page text (issue 17 rows 2, 8, 9; issue 19 sentence cards): Anki TSV read back
// the way Anki's importer reads it, Markdown link targets that end where they should, bidi controls
// gone, and a word list that is bounded without ever dropping a word silently.
import { describe, expect, it } from 'vitest';
import {
  addWord,
  ankiTsv,
  ANKI_COLUMNS,
  buildReport,
  citationCard,
  csvField,
  figuresCsv,
  markedSentence,
  parseWordList,
  reportJson,
  safeUrl,
  stripBidi,
  withoutOldest,
  withWord,
  wordListCsv,
  wordListStatus,
  WORDLIST_MAX,
  WORDLIST_WARN_AT,
  type WordEntry,
} from '../../../src/core/report/index';

/**
 * Records of a tab-separated file as Anki's text importer reads it (rslib import_export/text/csv:
 * the Rust csv crate with its defaults — RFC 4180 quoting with doubled quotes — a tab delimiter,
 * '#' comment lines, flexible record lengths). Fields are returned raw (before Anki's HTML step).
 */
function ankiRecords(text: string): string[][] {
  const records: string[][] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    if (text[i] === '#') {
      // a comment line (also Anki's #separator/#html/#columns headers)
      while (i < n && text[i] !== '\n') i++;
      i++;
      continue;
    }
    const rec: string[] = [];
    for (;;) {
      let field = '';
      if (text[i] === '"') {
        i++;
        for (;;) {
          if (i >= n) break;
          if (text[i] === '"') {
            if (text[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          field += text[i++];
        }
        // the csv crate appends anything after a closing quote up to the delimiter
        while (i < n && text[i] !== '\t' && text[i] !== '\n' && text[i] !== '\r') field += text[i++];
      } else {
        while (i < n && text[i] !== '\t' && text[i] !== '\n' && text[i] !== '\r') field += text[i++];
      }
      rec.push(field);
      if (text[i] === '\t') {
        i++;
        continue;
      }
      if (text[i] === '\r') i++;
      if (text[i] === '\n') i++;
      break;
    }
    records.push(rec);
  }
  return records;
}

/** What the card shows of an HTML field: tags dropped, entities decoded. */
const shown = (f: string) =>
  f
    .replace(/<br>/g, '\n')
    .replace(/<\/?b>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

const BIDI = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c'];
const hasBidi = (s: string) => BIDI.some((c) => s.includes(c));

describe("Anki TSV: every field comes back as written through Anki's RFC 4180 reader", () => {
  const hostile: Array<[string, WordEntry]> = [
    [
      'a sentence starting with a quote (used to swallow the next notes)',
      { word: '规划', sentence: '"十四五"规划提出，到2025年……', pinyin: 'guīhuà' },
    ],
    ['quotes inside a word field', { word: '"十四五"规划', gloss: 'the "14th Five-Year" plan' }],
    ['tabs and line breaks in the definition', { word: '孵化', gloss: 'to\tincubate\n(eggs)\r\nhatch' }],
    ['a field ending in a lone quote', { word: '载体', gloss: 'carrier"', sentence: '他说："载体' }],
    ['a word starting with # (a comment line to Anki)', { word: '#话题', sentence: '#话题#今天上了热搜' }],
    ['HTML in page text', { word: '新', sentence: '<img src=x onerror=alert(1)>新培育', title: '<b>标题</b> & more' }],
  ];

  it.each(hostile)('%s', (_name, entry) => {
    const after = { word: '下一个', pinyin: 'xià yī gè', sentence: '这是下一个词。' };
    const records = ankiRecords(ankiTsv([entry, after]));
    expect(records, 'one record per note: nothing swallowed').toHaveLength(2);
    const [rec, next] = records as [string[], string[]];
    expect(rec).toHaveLength(ANKI_COLUMNS.length);
    expect(shown(rec[0]!)).toBe(entry.word);
    expect(shown(rec[1]!)).toBe(entry.pinyin ?? '');
    expect(shown(rec[2]!)).toBe((entry.gloss ?? '').replace(/\r\n/g, '\n'));
    expect(shown(rec[4]!)).toBe(entry.sentence ?? '');
    expect(shown(rec[5]!)).toBe(entry.title ?? '');
    expect(shown(next[0]!)).toBe('下一个');
    expect(shown(next[4]!)).toBe('这是下一个词。');
    // page text is only text on the card: no tag of the page survives as markup
    expect(rec.join('\t')).not.toMatch(/<(?!\/?b>|br>)/);
  });

  it('headers: tab separator, HTML fields (escaped by Dubao), the sentence-card columns', () => {
    const lines = ankiTsv([]).trimEnd().split('\n');
    expect(lines).toEqual(['#separator:tab', '#html:true', '#columns:Word\tReading\tDefinition\tLevel\tSentence\tHeadline\tSource']);
  });
});

describe('sentence cards (issue 19)', () => {
  const card: WordEntry = {
    word: '行长',
    pinyin: 'háng zhǎng',
    gloss: 'bank president',
    level: 'HSK 3.0 · 7–9',
    sentence: '银行行长说，行长的任务很重。',
    at: 6,
    title: '银行召开年度会议',
    url: 'https://news.example.cn/a?id=1',
    added: Date.UTC(2026, 0, 2),
  };

  it('the Anki row carries word, reading, definition, level, the sentence with the word in bold where it was met, headline and URL', () => {
    const [rec] = ankiRecords(ankiTsv([card]));
    expect(rec).toEqual([
      '行长',
      'háng zhǎng',
      'bank president',
      'HSK 3.0 · 7–9',
      '银行行长说，<b>行长</b>的任务很重。',
      '银行召开年度会议',
      'https://news.example.cn/a?id=1',
    ]);
  });

  it('without an offset, the first occurrence is marked; a word not in the sentence leaves it unmarked', () => {
    expect(markedSentence({ ...card, at: undefined })).toEqual(['银行', '行长', '说，行长的任务很重。']);
    expect(markedSentence({ word: '会议', sentence: '没有这个词。' })).toBeNull();
    const [rec] = ankiRecords(ankiTsv([{ word: '会议', sentence: '没有这个词。' }]));
    expect(rec![4]).toBe('没有这个词。');
  });

  it('an offset that does not point at the word is dropped when stored data is read', () => {
    expect(parseWordList([{ ...card, at: 3 }])[0]!.at).toBeUndefined();
    expect(parseWordList([card])[0]).toEqual(card);
  });

  it('CSV: RFC 4180 with the sentence marked 【thus】, formulas neutralised, quotes doubled', () => {
    const csv = wordListCsv([card, { word: '=1+1', sentence: '他说"=1+1"，对吗', at: 3 }]);
    const rows = csv.split('\r\n');
    expect(rows[0]).toBe('word,reading,definition,level,sentence,headline,url,added');
    expect(rows[1]).toBe(
      '行长,háng zhǎng,bank president,HSK 3.0 · 7–9,银行行长说，【行长】的任务很重。,银行召开年度会议,https://news.example.cn/a?id=1,2026-01-02T00:00:00.000Z',
    );
    expect(rows[2]).toBe(`'=1+1,,,,"他说""【=1+1】""，对吗",,,`);
  });
});

describe('the word list is bounded and never drops a word silently', () => {
  const full = Array.from({ length: WORDLIST_MAX }, (_, k) => ({ word: `词${k}` }));

  it('adding to a full list changes nothing and says so; the oldest word is still there', () => {
    const r = addWord(full, { word: '新词' });
    expect(r.outcome).toBe('full');
    expect(r.list).toHaveLength(WORDLIST_MAX);
    expect(r.list[0]!.word).toBe('词0');
    expect(r.list.some((e) => e.word === '新词')).toBe(false);
    expect(r.warning).toMatch(/full.*export/i);
    expect(r.status).toEqual({ count: WORDLIST_MAX, max: WORDLIST_MAX, nearlyFull: true, full: true });
    // the older API too: never trims the list
    expect(withWord(full, { word: '新词' }).map((e) => e.word)).toEqual(full.map((e) => e.word));
  });

  it('a word already in a full list is still updated', () => {
    const r = addWord(full, { word: '词7', gloss: 'seven' });
    expect(r.outcome).toBe('updated');
    expect(r.list[7]).toEqual({ word: '词7', gloss: 'seven' });
  });

  it.each([
    [WORDLIST_WARN_AT - 2, 'added', null],
    [WORDLIST_WARN_AT - 1, 'added', /nearly full/],
    [WORDLIST_MAX - 1, 'added', /full/],
  ])('with %i words an add is %s, warning %s, before anything is refused', (n, outcome, warning) => {
    const r = addWord(full.slice(0, n), { word: '新词' });
    expect(r.outcome).toBe(outcome);
    expect(r.list[r.list.length - 1]!.word).toBe('新词');
    expect(r.status.count).toBe(n + 1);
    expect(r.warning === null, 'warns exactly when a warning is expected').toBe(warning === null);
    expect(r.warning ?? '').toMatch(warning ?? /^$/);
  });

  it('room is made only on request, from the oldest, after the export', () => {
    const exported = ankiTsv(full);
    expect(ankiRecords(exported)).toHaveLength(WORDLIST_MAX);
    const trimmed = withoutOldest(full, 100);
    expect(trimmed[0]!.word).toBe('词100');
    expect(addWord(trimmed, { word: '新词' }).outcome).toBe('added');
    expect(wordListStatus(trimmed)).toEqual({ count: WORDLIST_MAX - 100, max: WORDLIST_MAX, nearlyFull: true, full: false });
  });

  it('an empty word is refused as invalid', () => {
    expect(addWord([], { word: '  ' }).outcome).toBe('invalid');
  });
});

describe('Markdown card: link targets end where they should', () => {
  const a = { title: '兰州[新闻](重点)', publishedAt: null, source: null, author: null, editor: null, lang: 'zh-Hans' };
  const s = { figures: [], dates: [], keySentences: [], entities: { people: [], places: [], organizations: [], documents: [] } };

  it.each([
    ['a URL ending in a backslash', 'https://x.cn/a\\'],
    ['backslash before the end', 'https://x.cn/a\\>b'],
    ['parentheses', 'https://x.cn/wiki/兰州_(城市)'],
    ['spaces and angle brackets', 'https://x.cn/a b<c>d'],
    ['a bidi override', 'https://x.cn/\u202egpj.exe'],
  ])('%s', (_name, url) => {
    const card = citationCard(buildReport(a, s, { url }));
    const head = card.split('\n')[0]!;
    const m = /^### \[(.*)\]\(<([^<>\s]*)>\)$/.exec(head);
    expect(m, head).not.toBeNull();
    const target = m![2]!;
    // inside <…> a backslash escapes the next character: none may be left to swallow the closing >
    expect(target).not.toMatch(/[\\()\s]/);
    expect(decodeURIComponent(target)).toBe(stripBidi(url));
    expect(card).toContain(`- **URL:** <${target}>`);
    expect(safeUrl(url)).toBe(target);
  });
});

describe('bidi controls are dropped from the report model and every export', () => {
  const rlo = '\u202e';
  const a = {
    title: `公告${rlo}gpj.exe`,
    publishedAt: null,
    source: `来源\u2066X\u2069`,
    author: `记者\u200f张三`,
    editor: null,
    lang: 'zh-Hans',
  };
  const sentence = { start: 0, end: 10, text: `增长${rlo}5%的\u202a数据` };
  const s = {
    figures: [{ value: `5${rlo}%`, number: 5, unit: '%', kind: 'percent', measure: { text: `产${rlo}量` }, qualifier: null, sentence }],
    dates: [{ text: `4月${rlo}3日`, iso: '--04-03' }],
    keySentences: [sentence],
    entities: {
      people: [{ text: `张${rlo}三`, role: `记${rlo}者`, mentions: [{}] }],
      places: [],
      organizations: [],
      documents: [{ text: `《方${rlo}案》`, aliases: [`《简${rlo}称》`], mentions: [{}] }],
    },
  };
  const r = buildReport(a, s, { url: `https://x.cn/${rlo}a`, site: `x${rlo}.cn`, outlet: `日${rlo}报` });

  it.each([
    ['report model (what the panel shows)', () => JSON.stringify(r)],
    ['JSON export', () => reportJson(r, new Date(0))],
    ['Markdown card', () => citationCard(r)],
    ['figures CSV', () => figuresCsv(r.figures)],
    ['a CSV field', () => csvField(`a${rlo}b`)],
    ['Anki TSV', () => ankiTsv([{ word: `词${rlo}`, sentence: `句\u2067子`, title: `标${rlo}题`, url: `https://x.cn/${rlo}` }])],
    ['word list CSV', () => wordListCsv([{ word: `词${rlo}`, gloss: `x\u200ey` }])],
    ['stored word list', () => JSON.stringify(parseWordList([{ word: `词${rlo}语`, gloss: `de\u2068f` }]))],
  ])('%s', (_name, make) => {
    const out = make();
    expect(hasBidi(out), JSON.stringify(out.slice(0, 200))).toBe(false);
  });

  it('the text around them is kept', () => {
    expect(r.meta.title).toBe('公告gpj.exe');
    expect(r.figures[0]!.sentence).toBe('增长5%的数据');
    expect(r.entities.documents[0]!.aliases).toEqual(['《简称》']);
    expect(parseWordList([{ word: `词${rlo}语` }])[0]!.word).toBe('词语');
  });
});
