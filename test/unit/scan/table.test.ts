import { describe, expect, test } from 'vitest';
import { csvRow, rowJson, storyRow, tableCsv, tableMarkdown, type ScanRow } from '../../../src/core/scan/table';
import type { Story } from '../../../src/core/scan/group';

const story: Story = {
  urls: ['http://a.cn/1.html', 'http://b.a.cn/2.html'],
  title: '=HYPERLINK("http://evil","点我")',
  publishedAt: '2025-03-12T10:00:00+08:00',
  source: '南屏日报',
  origin: '新华社',
  originalTitle: null,
  author: '张三',
  editor: '李四',
  figures: [{ value: '5亿元', unit: '元', kind: 'money', measure: '纾困基金' }],
  entities: { people: ['张三'], places: ['南屏市'], organizations: [], documents: [] },
  keySentence: '市财政安排5亿元。',
  pages: [
    {
      url: 'http://a.cn/1.html',
      title: 't',
      publishedAt: null,
      source: '南屏日报',
      agency: '新华社',
      originalTitle: null,
      reprintedFrom: null,
    },
    {
      url: 'http://b.a.cn/2.html',
      title: 't',
      publishedAt: null,
      source: '江城晚报',
      agency: '新华社',
      originalTitle: null,
      reprintedFrom: null,
    },
  ],
};

describe('scan table exports', () => {
  test('CSV: a formula-looking headline is neutralised, quotes doubled', () => {
    const line = csvRow(storyRow(story));
    expect(line.startsWith('story,"\'=HYPERLINK(""http://evil"",""点我"")"')).toBe(true);
    expect(line).toContain('5亿元（纾困基金）');
  });
  test('CSV: failed and skipped rows carry their reason in the problem column', () => {
    const rows: ScanRow[] = [
      { type: 'failed', url: 'http://a.cn/x', error: 'HTTP 404' },
      { type: 'skipped', url: 'http://a.cn/y', reason: 'not an article' },
    ];
    const csv = tableCsv(rows, { bom: true });
    expect(csv.startsWith('\ufefftype,')).toBe(true);
    expect(csv.split('\r\n')[1]).toMatch(/^failed,,http:\/\/a\.cn\/x,.*,HTTP 404$/);
  });
  test('Markdown: page text cannot inject links or HTML', () => {
    const md = tableMarkdown([storyRow({ ...story, title: '[点我](http://evil) <img src=x>' })]);
    expect(md).toContain('\\[点我\\](http://evil) \\<img src=x\\>');
    expect(md).toContain('同一报道 2 处');
  });
  test('JSON Lines: the documented story keys, in order', () => {
    expect(Object.keys(rowJson(storyRow(story))).slice(0, 11)).toEqual([
      'type',
      'urls',
      'title',
      'publishedAt',
      'source',
      'origin',
      'author',
      'editor',
      'figures',
      'entities',
      'keySentence',
    ]);
  });
});
