/**
 * The panel itself: the view, the summary, copying and exports. In the extension it runs in the
 * panel page (src/panel/, an extension page in an iframe: the page can neither read nor click into
 * it, the summary runs outside the page's main thread, exports are blobs of the extension's origin).
 * It talks to the page side (dock.ts, in the content script) only through a PanelPort.
 */
import {
  ankiTsv,
  buildReport,
  citationCard,
  fileStem,
  figuresCsv,
  reportJson,
  type CardLabels,
  type Report,
  type WordEntry,
} from '../../core/report/index';
import { parsePageAction } from '../../core/messages/protocol';
import type { FromPanel, PanelArticle, PanelPage, PanelPort, ToPanel } from './channel';
import type { ExportKind, PanelControls, PanelData, PanelHost, ShowTarget } from './model';
import { createPanel, type PanelView } from './panel';
import { copyText, downloadText } from './out';
import type { Summary, SummarizeOptions } from './types';
import type { Difficulty } from '../../core/levels/difficulty';

export interface SummaryEngine {
  summarize(text: string, opts?: SummarizeOptions): Summary | Promise<Summary>;
}

/** The article's difficulty at the learner's settings (computed off the page's main thread). */
export interface DifficultyEngine {
  difficulty(text: string, entities: Array<{ start: number; end: number; type: string }>): Promise<Difficulty | null>;
}

export interface PanelAppDeps {
  t: (key: string, ...subs: string[]) => string;
  /** Loads the summary engine (lazily: it carries data). */
  loadSummary: () => Promise<SummaryEngine>;
  loadWords: () => Promise<WordEntry[]>;
  /** Loads the difficulty engine (optional: without it the panel shows no difficulty). */
  loadDifficulty?: () => Promise<DifficultyEngine>;
  /** Subscribe to word-list changes (optional); returns an unsubscribe. */
  onWords?(fn: (list: WordEntry[]) => void): () => void;
  /** Act on trusted events only (default true). */
  trustedOnly?: boolean;
}

export interface PanelApp {
  /** Resolves when the current summary (if any) has been rendered. */
  settled(): Promise<void>;
  view(): PanelView | null;
  dispose(): void;
}

export function cardLabels(t: PanelAppDeps['t']): CardLabels {
  return {
    outlet: t('panelCardOutlet'),
    source: t('panelSource'),
    reporter: t('panelReporter'),
    editor: t('panelEditor'),
    date: t('panelTime'),
    url: t('panelCardUrl'),
    figures: t('panelFigures'),
    entities: t('panelEntities'),
    people: t('panelPeople'),
    places: t('panelPlaces'),
    organizations: t('panelOrgs'),
    documents: t('panelDocs'),
    keySentences: t('panelKeySentences'),
    untitled: t('panelUntitled'),
  };
}

/** Render the panel into `root` (the panel page's body, or a shadow root in tests) driven by `port`. */
export function createPanelApp(root: ShadowRoot | Element, port: PanelPort<ToPanel, FromPanel>, deps: PanelAppDeps): PanelApp {
  const doc = root.ownerDocument;
  const t = deps.t;
  let view: PanelView | null = null;
  let article: PanelArticle | null = null;
  let page: PanelPage = { site: null, url: null, outlet: null };
  let controls: PanelControls = { script: null, hover: false, ruby: false, speech: false };
  let clean = false;
  let viewport = 0;
  let summary: Summary | null = null;
  let summaryOf: PanelArticle | null = null;
  let difficulty: Difficulty | null = null;
  let difficultyOf: PanelArticle | null = null;
  let error: string | null = null;
  let words: WordEntry[] = [];
  let pending: Promise<void> = Promise.resolve();
  /** The difficulty, computed after the summary is shown. */
  let later: Promise<void> = Promise.resolve();
  let nextId = 1;
  const waiting = new Map<number, (ok: boolean) => void>();
  const offWords = deps.onWords?.((list) => {
    words = list;
    render();
  });

  const data = (): PanelData => ({
    article: article?.isArticle ? article : null,
    summary: summaryOf === article ? summary : null,
    error,
    controls,
    page: { site: page.site, url: page.url },
    clean,
    words: words.length,
    difficulty: difficultyOf === article ? difficulty : null,
  });
  const render = () => view?.update(data());

  const report = (): Report | null => {
    if (!article?.isArticle || !summary || summaryOf !== article) return null;
    return buildReport(article, summary, { url: page.url, site: page.site, outlet: page.outlet });
  };

  const host: PanelHost = {
    t,
    trustedOnly: deps.trustedOnly,
    viewport: () => viewport,
    onClose: () => port.post({ t: 'close' }),
    onLayout: (width, collapsed, final) => port.post({ t: 'layout', width, collapsed, final }),
    onAction: (action, value) => {
      const a = parsePageAction(action, value);
      if (a) port.post({ t: 'action', ...a });
    },
    onShow(target: ShowTarget) {
      const id = nextId++;
      return new Promise<boolean>((resolve) => {
        waiting.set(id, resolve);
        port.post({ t: 'show', id, target });
      });
    },
    async onCopy() {
      const r = report();
      if (!r) return false;
      return copyText(doc, citationCard(r, cardLabels(t)), root);
    },
    async onExport(kind: ExportKind) {
      if (kind === 'anki') {
        words = await deps.loadWords();
        if (!words.length) return t('panelWordsEmpty');
        const name = `dubao-wordlist-${new Date().toISOString().slice(0, 10)}.txt`;
        downloadText(doc, root, name, 'text/tab-separated-values', ankiTsv(words));
        return t('panelExported', name);
      }
      const r = report();
      if (!r) return null;
      const stem = fileStem(r.meta);
      const name = kind === 'json' ? `${stem}.json` : `${stem}-figures.csv`;
      if (kind === 'json') downloadText(doc, root, name, 'application/json', reportJson(r));
      else downloadText(doc, root, name, 'text/csv', figuresCsv(r.figures, { bom: true }));
      return t('panelExported', name);
    },
  };

  async function summarizeCurrent(): Promise<void> {
    const a = article;
    if (!a?.isArticle || summaryOf === a) return;
    error = null;
    try {
      // Let the browser paint the panel (header, metadata, "reading…") before the engine runs.
      await new Promise<void>((resolve) => setTimeout(resolve, 0));
      if (article !== a) return;
      const engine = await deps.loadSummary();
      if (article !== a) return;
      summary = await engine.summarize(a.cleanText, {
        publishedAt: a.publishedAt,
        title: a.title,
        author: a.author,
        editor: a.editor,
      });
      summaryOf = a;
      if (deps.loadDifficulty) later = difficultyFor(a, summary);
    } catch (err) {
      if (article !== a) return;
      error = err instanceof Error ? err.message : String(err);
      console.warn('Dubao: summary failed', err);
    }
    render();
  }

  /** The difficulty after the summary (its entities are not counted against the reader); left out if it fails. */
  async function difficultyFor(a: PanelArticle, s: Summary): Promise<void> {
    try {
      const engine = await deps.loadDifficulty!();
      const { people, places, organizations, documents } = s.entities;
      const spans = [...people, ...places, ...organizations, ...documents].flatMap((e) =>
        e.mentions.map((m) => ({ start: m.start, end: m.end, type: e.type })),
      );
      const d = await engine.difficulty(a.cleanText, spans);
      if (article !== a || !d) return;
      difficulty = d;
      difficultyOf = a;
      render();
    } catch (err) {
      console.warn('Dubao: difficulty failed', err);
    }
  }

  port.onMessage((msg) => {
    switch (msg.t) {
      case 'init':
        article = msg.article;
        page = msg.page;
        controls = msg.controls;
        clean = msg.clean;
        viewport = msg.viewport;
        view?.destroy();
        view = createPanel(root, host, msg.layout);
        render();
        if (msg.focus) view.focus();
        void deps.loadWords().then(
          (w) => {
            words = w;
            render();
          },
          () => undefined,
        );
        pending = summarizeCurrent();
        break;
      case 'article':
        article = msg.article;
        page = msg.page;
        render();
        pending = summarizeCurrent();
        break;
      case 'controls':
        controls = msg.controls;
        render();
        break;
      case 'clean':
        clean = msg.clean;
        render();
        break;
      case 'viewport':
        viewport = msg.width;
        break;
      case 'focus':
        view?.focus();
        break;
      case 'shown':
        waiting.get(msg.id)?.(msg.ok);
        waiting.delete(msg.id);
        break;
      case 'notice':
        if (msg.text) view?.say(msg.text);
        break;
    }
  });
  port.onDisconnect(() => {
    for (const r of waiting.values()) r(false);
    waiting.clear();
  });
  port.post({ t: 'ready' });

  return {
    settled: () => pending.then(() => later),
    view: () => view,
    dispose() {
      offWords?.();
      view?.destroy();
      view = null;
      article = null;
      summary = null;
      summaryOf = null;
    },
  };
}
