import { afterEach, describe, expect, it, vi } from 'vitest';
import { removeUiRoot } from '../../../src/ui/host';
import type { Summary } from '../../../src/ui/panel/types';
import { articleOf, page, spanOf } from './helpers';
import { harness, q } from './fake-context';

const HTML = `<article>
<h1>蘭州市以科技創新驅動城市競爭力躍升</h1>
<p>根據(jù)目標(biāo)任務(wù)，今年全市將發布<b>企業技術需求</b>1500項以上，掛牌科技成果350個以上。</p>
<p>蘭州日報社全媒體記者 華靜 報道：技術合同年成交額力爭達到135億元。華靜說，這是關鍵。</p>
<p>《方案》提出，到2025年4月，新培育50家以上創新孵化載體。</p>
</article>`;

function fixture(title = '蘭州市以科技創新驅動城市競爭力躍升') {
  const root = page(HTML);
  const article = articleOf(root.querySelector('article')!, {
    title,
    publishedAt: '2025-04-10T09:06:31+08:00',
    source: '蘭州日報',
    author: '華靜',
    editor: '王旭偉',
    lang: 'zh-Hant',
    warnings: [{ type: 'spam', message: 'spam', count: 2 }],
  });
  const c = article.cleanText;
  const fig = (value: string, measure: string | null, qualifier: string | null, sentence: string) => {
    const v = spanOf(c, value);
    return {
      ...v,
      value,
      number: null,
      unit: null,
      kind: 'count',
      measure: measure ? spanOf(c, measure) : null,
      qualifier,
      sentence: spanOf(c, sentence),
    };
  };
  const summary: Summary = {
    figures: [
      fig('1500項以上', '企業技術需求', '以上', '今年全市將發布企業技術需求1500項以上，掛牌科技成果350個以上。'),
      fig('135億元', '技術合同年成交額', '力爭', '技術合同年成交額力爭達到135億元。'),
      fig('50家以上', '創新孵化載體', '以上', '新培育50家以上創新孵化載體。'),
    ],
    entities: {
      people: [{ text: '華靜', type: 'PER', role: '記者', mentions: [spanOf(c, '華靜'), spanOf(c, '華靜', 1)], salience: 1 }],
      places: [{ text: '蘭州', type: 'LOC', mentions: [spanOf(c, '蘭州')], salience: 0.5 }],
      organizations: [],
      documents: [{ text: '《方案》', type: 'DOC', mentions: [spanOf(c, '《方案》')], salience: 0.5 }],
    },
    dates: [{ ...spanOf(c, '2025年4月'), iso: '2025-04' }],
    keySentences: [spanOf(c, '技術合同年成交額力爭達到135億元。')],
  };
  return { root, article, summary };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

afterEach(() => {
  removeUiRoot(document);
  vi.restoreAllMocks();
});

describe('summary panel', () => {
  it('renders metadata, warnings, figures, entities, dates and key sentences', async () => {
    const { article, summary } = fixture();
    const h = harness(article, summary);
    expect(h.loads.summary).toBe(0); // the engine is loaded only when the panel opens
    await h.panel.open();
    expect(h.loads.summary).toBe(1);
    const aside = q(h.root(), 'aside');
    expect(aside.getAttribute('role')).toBe('complementary');
    expect(aside.getAttribute('aria-label')!.startsWith('Dubao')).toBe(true);
    expect(q(aside, '.headline').textContent).toBe('蘭州市以科技創新驅動城市競爭力躍升');
    const meta = q(aside, 'dl.meta').textContent;
    for (const s of ['2025-04-10 09:06', '蘭州日報', '華靜', '王旭偉', 'news.example.cn']) expect(meta).toContain(s);
    expect(q(aside, '[data-warning="spam"]').textContent).toContain('2');
    expect(q(aside, '[data-warning="artefacts"]').textContent).toContain(String(article.rubyArtefacts));
    const rows = aside.querySelectorAll('table.figures tbody tr');
    expect(rows).toHaveLength(3);
    expect(Array.from(rows[0]!.querySelectorAll('td'), (td) => td.textContent)).toEqual(['1500項以上', '企業技術需求', '以上']);
    const people = q(aside, '[aria-labelledby="dubao-ent-people"]');
    expect(people.textContent).toContain('華靜');
    expect(people.textContent).toContain('記者');
    expect(people.textContent).toContain('×2');
    expect(q(aside, '[aria-labelledby="dubao-ent-documents"]').textContent).toContain('《方案》');
    expect(q(aside, '[data-key="date-0"]').textContent).toBe('2025年4月 (2025-04)');
    expect(q(aside, '[data-key="sentence-0"]').textContent).toBe('技術合同年成交額力爭達到135億元。');
  });

  it.each([
    [false, 0],
    [true, 1],
  ])('a Chinese voice on the page (%s): key sentences offer read-aloud (%i buttons), which asks the page to speak', async (speech, n) => {
    const { article, summary } = fixture();
    const h = harness(article, summary, { speech });
    await h.panel.open();
    const buttons = h.root().querySelectorAll<HTMLButtonElement>('[data-key^="speak-"]');
    expect(buttons).toHaveLength(n);
    if (!speech) return;
    expect(buttons[0]!.getAttribute('aria-label')).toBe('Read this sentence aloud');
    buttons[0]!.click();
    await tick();
    expect(h.actions).toContainEqual(['speak', '技術合同年成交額力爭達到135億元。']);
  });

  it('each key sentence can be kept as a sentence card: its ＋ asks the page to save that sentence', async () => {
    const { article, summary } = fixture();
    const h = harness(article, summary);
    await h.panel.open();
    const buttons = h.root().querySelectorAll<HTMLButtonElement>('[data-key^="save-"]');
    expect(buttons).toHaveLength(summary.keySentences.length);
    expect(buttons[0]!.getAttribute('aria-label')).toBe('Keep this sentence (word list, Anki export)');
    buttons[0]!.click();
    await tick();
    expect(h.actions).toContainEqual(['save-sentence', '技術合同年成交額力爭達到135億元。']);
  });

  it("shows the article's words by level once the difficulty engine answers, given the summary's entities", async () => {
    const { article, summary } = fixture();
    const asked: Array<{ text: string; entities: unknown[] }> = [];
    const difficulty = {
      difficulty: async (text: string, entities: Array<{ start: number; end: number; type: string }>) => {
        asked.push({ text, entities });
        return {
          list: 'hsk3' as const,
          byLevel: { '1': 60, '2': 30, '5': 8, none: 2 },
          counted: 100,
          skipped: 7,
          level95: 5,
          reached95: true,
          known: 0.91,
        };
      },
    };
    const h = harness(article, summary, { difficulty });
    await h.panel.open();
    await h.panel.settled();
    await tick();
    const sec = q(h.root(), 'section[aria-labelledby="dubao-difficulty"]');
    expect(q(sec, '[data-key="level95"]').textContent).toBe('HSK 3.0 · 5 covers 95% of the words');
    expect(q(sec, '[data-key="known-share"]').textContent).toBe('You know 91% of the words');
    expect([...sec.querySelectorAll('li')].map((l) => l.textContent)).toEqual([
      'HSK 3.0 · 1: 60%',
      'HSK 3.0 · 2: 30%',
      'HSK 3.0 · 5: 8%',
      'in no list: 2%',
    ]);
    expect(asked).toHaveLength(1);
    expect(asked[0]!.text).toBe(article.cleanText);
    // The people of the summary are not counted against the reader: their mentions go to the engine.
    expect(asked[0]!.entities).toContainEqual(expect.objectContaining({ type: 'PER' }));
  });

  it('without a difficulty engine (or when it fails) there is no difficulty section', async () => {
    const { article, summary } = fixture();
    const failing = { difficulty: async () => Promise.reject(new Error('no background')) };
    for (const opts of [{}, { difficulty: failing }]) {
      const h = harness(article, summary, opts);
      await h.panel.open();
      await h.panel.settled();
      await tick();
      expect(h.root().querySelector('[data-key="level95"]')).toBeNull();
      h.panel.dispose();
    }
  });

  it('never parses page text as HTML', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const { article, summary } = fixture(evil);
    summary.figures[0]!.value = evil;
    summary.entities.people[0]!.role = '<b>boss</b>';
    const h = harness({ ...article, source: '<script>alert(1)</script>' }, summary);
    await h.panel.open();
    const aside = q(h.root(), 'aside');
    expect(aside.querySelector('img, script, b')).toBeNull();
    expect(q(aside, '.headline').textContent).toBe(evil);
    expect(q(aside, '[data-key="figure-0"]').textContent).toBe(evil);
    expect(aside.textContent).toContain('<script>alert(1)</script>');
  });

  it('says so on pages without an article, and offers nothing else', async () => {
    page('<p>hello</p>');
    const h = harness(null, () => {
      throw new Error('should not summarise');
    });
    await h.panel.open();
    const aside = q(h.root(), 'aside');
    expect(q(aside, '[data-empty="no-article"]').textContent).toBe('No article was found on this page.');
    expect(aside.querySelectorAll('section, table, select, input')).toHaveLength(0);
    expect(h.loads.summary).toBe(0);
  });

  it('clicking a figure scrolls to it and highlights it; closing restores the page exactly', async () => {
    const { root, article, summary } = fixture();
    const before = root.innerHTML;
    const scrolled = vi.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(() => undefined);
    const h = harness(article, summary);
    await h.panel.open();
    q<HTMLButtonElement>(h.root(), '[data-key="figure-1"]').click();
    const marks = document.querySelectorAll('mark[data-dubao-mark]');
    expect(Array.from(marks, (m) => m.textContent).join('')).toBe('135億元');
    expect(scrolled).toHaveBeenCalled();
    await tick(); // the page side answers over the channel
    expect(q(h.root(), 'tr[data-figure="1"]').classList.contains('current')).toBe(true);
    // A figure whose page text carries artefacts: the highlight covers what the page shows.
    q<HTMLButtonElement>(h.root(), '[data-key="sentence-0"]').click();
    expect(Array.from(document.querySelectorAll('mark[data-dubao-mark]'), (m) => m.textContent).join('')).toBe(
      '技術合同年成交額力爭達到135億元。',
    );
    expect(document.querySelectorAll('mark[data-dubao-mark]').length).toBeGreaterThan(0);
    h.panel.close();
    expect(root.innerHTML).toBe(before);
    expect(root.querySelector('p')!.childNodes.length).toBe(3);
  });

  it('uses the CSS Custom Highlight API when the browser has it', async () => {
    const registry = new Map<string, { ranges: Range[] }>();
    const w = window as unknown as Record<string, unknown>;
    const saved = { CSS: Object.getOwnPropertyDescriptor(w, 'CSS'), Highlight: Object.getOwnPropertyDescriptor(w, 'Highlight') };
    Object.defineProperty(w, 'CSS', { configurable: true, value: { highlights: registry } });
    Object.defineProperty(w, 'Highlight', {
      configurable: true,
      value: class {
        ranges: Range[];
        constructor(...r: Range[]) {
          this.ranges = r;
        }
      },
    });
    try {
      vi.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(() => undefined);
      const { root, article, summary } = fixture();
      const before = root.innerHTML;
      const h = harness(article, summary, { highlightApi: true });
      await h.panel.open();
      q<HTMLButtonElement>(h.root(), '[data-key="figure-0"]').click();
      expect(registry.get('dubao-focus')!.ranges[0]!.toString()).toBe('1500項以上');
      expect(registry.get('dubao-context')!.ranges[0]!.toString()).toContain('企業技術需求');
      expect(root.innerHTML).toBe(before); // no DOM change at all
      expect(document.querySelector('style[data-dubao-highlight-style]')!.textContent).toContain('::highlight(dubao-focus)');
      h.panel.close();
      expect(registry.size).toBe(0);
      expect(document.querySelector('style[data-dubao-highlight-style]')).toBeNull();
    } finally {
      for (const [k, d] of Object.entries(saved)) {
        if (d) Object.defineProperty(w, k, d);
        else delete w[k];
      }
    }
  });

  it('cycles through the mentions of an entity', async () => {
    vi.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(() => undefined);
    const { article, summary } = fixture();
    const h = harness(article, summary);
    await h.panel.open();
    const btn = q<HTMLButtonElement>(h.root(), '[data-key="entity-people-0"]');
    const markedParagraph = () => document.querySelector('mark[data-dubao-mark]')!.parentElement!.textContent;
    btn.click();
    expect(document.querySelector('mark[data-dubao-mark]')!.textContent).toBe('華靜');
    expect(markedParagraph()).toContain('全媒體記者 華靜 報道');
    await tick();
    expect(q(h.root(), '.toast').textContent).toBe('華靜 (記者): mention 1 of 2');
    btn.click();
    await tick();
    expect(q(h.root(), '.toast').textContent).toBe('華靜 (記者): mention 2 of 2');
    btn.click();
    await tick();
    expect(q(h.root(), '.toast').textContent).toBe('華靜 (記者): mention 1 of 2');
  });

  it('controls drive the page actions and reflect the status', async () => {
    const { article, summary } = fixture();
    const h = harness(article, summary);
    await h.panel.open();
    const sel = q<HTMLSelectElement>(h.root(), 'select[data-key="script"]');
    expect(Array.from(sel.options, (o) => o.value)).toEqual(['', 'cn', 't', 'tw', 'hk']);
    sel.value = 'cn';
    sel.dispatchEvent(new Event('change'));
    const hover = q<HTMLInputElement>(h.root(), 'input[data-key="hover"]');
    hover.checked = true;
    hover.dispatchEvent(new Event('change'));
    q<HTMLButtonElement>(h.root(), '[data-key="clean"]').click();
    expect(h.actions).toEqual([
      ['set-script', 'cn'],
      ['set-hover', true],
      ['set-clean', true],
    ]);
    h.panel.setClean(true);
    expect(q(h.root(), '[data-key="clean"]').textContent).toBe('Show them again');
    h.panel.refresh();
    expect(q<HTMLSelectElement>(h.root(), 'select[data-key="script"]').value).toBe('cn');
    expect(q<HTMLInputElement>(h.root(), 'input[data-key="hover"]').checked).toBe(true);
  });

  it('narrows the page, resizes and collapses with the state kept per site, and cleans up on close', async () => {
    const { article, summary } = fixture();
    const h = harness(article, summary);
    await h.panel.open();
    const layout = () => document.querySelector('style[data-dubao-layout]')?.textContent ?? null;
    expect(layout()).toContain('margin-right: 360px');
    const handle = q(h.root(), '[role="separator"]');
    handle.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    expect(layout()).toContain('margin-right: 376px');
    expect(h.settings().sites['news.example.cn']).toEqual({ panelWidth: 376, panelCollapsed: false });
    q<HTMLButtonElement>(h.root(), 'button.collapse').click();
    expect(q(h.root(), 'aside').classList.contains('collapsed')).toBe(true);
    expect(q(h.root(), 'button.collapse').getAttribute('aria-expanded')).toBe('false');
    expect(layout()).toContain('margin-right: 44px');
    expect(h.settings().sites['news.example.cn']!.panelCollapsed).toBe(true);
    h.panel.close();
    expect(layout()).toBeNull();
    expect(h.root().querySelector('aside')).toBeNull();
    // Reopening on the same site restores the saved state.
    await h.panel.open();
    expect(q(h.root(), 'aside').classList.contains('collapsed')).toBe(true);
    expect(q(h.root(), '[role="separator"]').getAttribute('aria-valuenow')).toBe('376');
  });

  it('Escape closes the panel and gives focus back', async () => {
    const { root, article, summary } = fixture();
    const link = document.createElement('a');
    link.href = '#x';
    link.textContent = 'x';
    root.appendChild(link);
    link.focus();
    const h = harness(article, summary);
    await h.panel.open();
    const aside = q(h.root(), 'aside');
    expect(h.root().activeElement).toBe(q(aside, 'h1'));
    aside.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(h.panel.isOpen()).toBe(false);
    expect(document.activeElement).toBe(link);
  });

  it('copies a Markdown citation card and exports JSON, CSV and the word list', async () => {
    const { article, summary } = fixture();
    const copied: string[] = [];
    Object.defineProperty(window.navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (s: string) => void copied.push(s) },
    });
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const downloads: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    });
    const h = harness(article, summary, { words: [{ word: '孵化', pinyin: 'fūhuà' }] });
    await h.panel.open();
    const click = async (key: string) => {
      q<HTMLButtonElement>(h.root(), `[data-key="${key}"]`).click();
      await new Promise((r) => setTimeout(r, 0));
    };
    await click('copy');
    expect(copied).toHaveLength(1);
    for (const s of [
      '蘭州市以科技創新驅動城市競爭力躍升',
      '**Source:** 蘭州日報',
      '**Date:** 2025-04-10 09:06',
      '**1500項以上** — 企業技術需求, 以上',
      '**135億元**',
    ])
      expect(copied[0]).toContain(s);
    expect(q(h.root(), '.toast').textContent).toBe('Copied to the clipboard.');
    await click('csv');
    await click('json');
    await click('anki');
    expect(downloads).toEqual([
      'dubao-2025-04-10-蘭州市以科技創新驅動城市競爭力躍升-figures.csv',
      'dubao-2025-04-10-蘭州市以科技創新驅動城市競爭力躍升.json',
      expect.stringMatching(/^dubao-wordlist-\d{4}-\d{2}-\d{2}\.txt$/),
    ]);
    const [csv, json, tsv] = await Promise.all(blobs.map((b) => b.text()));
    expect(csv!.replace(/^\ufeff/, '').split('\r\n')[1]).toBe(
      '1500項以上,,,count,企業技術需求,以上,今年全市將發布企業技術需求1500項以上，掛牌科技成果350個以上。',
    );
    expect(JSON.parse(json!).figures).toHaveLength(3);
    expect(tsv).toContain('孵化\tfūhuà');
    expect(q(h.root(), '[data-key="anki"]').textContent).toBe('Word list for Anki (1)');
  });

  it('follows a re-detected article', async () => {
    const { article, summary } = fixture();
    let current = article;
    const h = harness(article, summary);
    Object.assign(h.ctx, { article: () => current });
    await h.panel.open();
    current = { ...article, title: '新的標題' };
    h.panel.articleChanged();
    await h.panel.settled();
    expect(q(h.root(), '.headline').textContent).toBe('新的標題');
    expect(h.loads.summary).toBe(2);
  });
});

describe('word list bounds in the panel', () => {
  const words = (n: number) => Array.from({ length: n }, (_, i) => ({ word: `词${i}` }));

  it.each([
    [10, null],
    [4900, 'nearly full (4900 of 5000 words)'],
    [5000, 'full (5000 of 5000 words)'],
  ])('with %i words the warning is %s', async (n, want) => {
    const { article, summary } = fixture();
    const h = harness(article, summary, { words: words(n) });
    await h.panel.open();
    await tick();
    expect(q(h.root(), '[data-key="anki"]').textContent).toContain(`(${n})`);
    const warning = h.root().querySelector('[data-key="words-warning"]')?.textContent ?? null;
    expect(warning === null).toBe(want === null);
    expect(warning ?? '').toContain(want ?? '');
  });
});

describe('figures in the panel', () => {
  it('shows the 12 ranked first, the rest behind "more", repeats counted and a missing measure as —', async () => {
    const { article, summary } = fixture();
    const base = summary.figures[0]!;
    const figures = Array.from({ length: 15 }, (_, i) => ({ ...base, value: `${i + 1}項`, measure: i === 2 ? null : base.measure }));
    figures[0] = { ...figures[0]!, mentions: [base, base, base] };
    const h = harness(article, { ...summary, figures });
    await h.panel.open();
    await tick();
    const rows = () => Array.from(h.root().querySelectorAll<HTMLTableRowElement>('table.figures tbody tr'));
    expect(rows()).toHaveLength(15);
    expect(rows().filter((r) => !r.hidden)).toHaveLength(12);
    expect(rows()[0]!.textContent).toContain('×3');
    expect(rows()[2]!.cells[1]!.textContent).toBe('—');
    q<HTMLButtonElement>(h.root(), '[data-key="figures-more"]').click();
    expect(rows().filter((r) => !r.hidden)).toHaveLength(15);
    expect(h.root().querySelector('[data-key="figures-more"]')).toBeNull();
  });
});
