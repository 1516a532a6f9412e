/**
 * The messages between the page side of the panel (the content script: page space, locating and
 * highlighting in the page, settings) and the panel itself (an extension page in an iframe: the
 * view, the summary, copy and export). In the extension they travel over a runtime port that only
 * the two extension contexts hold — never window.postMessage, which the page could read. Every
 * message is validated on arrival (`parseToPanel` / `parseFromPanel` return null for anything else).
 */
import { parsePageAction, type PageActionMsg } from '../../core/messages/protocol';
import type { Article, ExtractWarning } from '../../core/extract/index';
import type { PanelControls, ShowTarget } from './model';

/** What the panel needs of the detected article (no DOM: it crosses a process boundary). */
export type PanelArticle = Pick<
  Article,
  | 'isArticle'
  | 'title'
  | 'publishedAt'
  | 'publishedZone'
  | 'publishedLocal'
  | 'source'
  | 'author'
  | 'editor'
  | 'lang'
  | 'cleanText'
  | 'rubyArtefacts'
  | 'warnings'
>;

export interface PanelPage {
  site: string | null;
  url: string | null;
  outlet: string | null;
}

export type ToPanel =
  | {
      t: 'init';
      article: PanelArticle | null;
      page: PanelPage;
      controls: PanelControls;
      clean: boolean;
      layout: { width: number; collapsed: boolean };
      viewport: number;
      focus: boolean;
    }
  | { t: 'article'; article: PanelArticle | null; page: PanelPage }
  | { t: 'controls'; controls: PanelControls }
  | { t: 'clean'; clean: boolean }
  | { t: 'viewport'; width: number }
  | { t: 'focus' }
  | { t: 'shown'; id: number; ok: boolean }
  /** A failed settings write ("not saved: …"), or null once a retry succeeded. */
  | { t: 'notice'; text: string | null };

export type FromPanel =
  | { t: 'ready' }
  | { t: 'layout'; width: number; collapsed: boolean; final: boolean }
  | ({ t: 'action' } & PageActionMsg)
  | { t: 'show'; id: number; target: ShowTarget }
  | { t: 'close' };

/** One end of the channel. */
export interface PanelPort<In, Out> {
  post(msg: Out): void;
  onMessage(fn: (msg: In) => void): void;
  onDisconnect(fn: () => void): void;
  close(): void;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, max = 10_000): string | null => (typeof v === 'string' ? v.slice(0, max) : null);
const nat = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const MAX_TEXT = 20_000_000;
/** A stated zone (`+09:00`) and the time printed in it: anything else is dropped. */
const zone = (v: unknown): string | null => (typeof v === 'string' && /^[+-]\d{2}:\d{2}$/.test(v) ? v : null);
const isoTime = (v: unknown): string | null =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/.test(v) ? v : null;

function parseArticle(v: unknown): PanelArticle | null {
  if (!isObj(v) || typeof v.cleanText !== 'string' || v.cleanText.length > MAX_TEXT) return null;
  const warnings: ExtractWarning[] = Array.isArray(v.warnings)
    ? v.warnings
        .filter(isObj)
        .slice(0, 100)
        .map((w) => ({
          type: str(w.type, 40) ?? 'other',
          message: str(w.message, 500) ?? '',
          ...(nat(w.count) ? { count: w.count } : {}),
        }))
    : [];
  return {
    isArticle: v.isArticle === true,
    title: str(v.title, 1000),
    publishedAt: str(v.publishedAt, 100),
    publishedZone: zone(v.publishedZone),
    publishedLocal: isoTime(v.publishedLocal),
    source: str(v.source, 500),
    author: str(v.author, 500),
    editor: str(v.editor, 500),
    lang: v.lang === 'zh-Hans' || v.lang === 'zh-Hant' ? v.lang : null,
    cleanText: v.cleanText,
    rubyArtefacts: nat(v.rubyArtefacts) ? v.rubyArtefacts : 0,
    warnings,
  };
}

function parsePage(v: unknown): PanelPage {
  const p = isObj(v) ? v : {};
  return { site: str(p.site, 253), url: str(p.url, 4096), outlet: str(p.outlet, 100) };
}

function parseControls(v: unknown): PanelControls | null {
  if (!isObj(v)) return null;
  return { script: str(v.script, 16), hover: v.hover === true, ruby: v.ruby === true, speech: v.speech === true };
}

function parseSpan(v: unknown): { start: number; end: number } | null {
  return isObj(v) && nat(v.start) && nat(v.end) && v.end >= v.start ? { start: v.start, end: v.end } : null;
}

export function parseToPanel(raw: unknown): ToPanel | null {
  if (!isObj(raw)) return null;
  switch (raw.t) {
    case 'init': {
      const controls = parseControls(raw.controls);
      const layout =
        isObj(raw.layout) && nat(raw.layout.width) ? { width: raw.layout.width, collapsed: raw.layout.collapsed === true } : null;
      if (!controls || !layout || !nat(raw.viewport)) return null;
      return {
        t: 'init',
        article: raw.article === null ? null : parseArticle(raw.article),
        page: parsePage(raw.page),
        controls,
        clean: raw.clean === true,
        layout,
        viewport: raw.viewport,
        focus: raw.focus === true,
      };
    }
    case 'article':
      return { t: 'article', article: raw.article === null ? null : parseArticle(raw.article), page: parsePage(raw.page) };
    case 'controls': {
      const controls = parseControls(raw.controls);
      return controls && { t: 'controls', controls };
    }
    case 'clean':
      return { t: 'clean', clean: raw.clean === true };
    case 'viewport':
      return nat(raw.width) ? { t: 'viewport', width: raw.width } : null;
    case 'focus':
      return { t: 'focus' };
    case 'shown':
      return nat(raw.id) ? { t: 'shown', id: raw.id, ok: raw.ok === true } : null;
    case 'notice':
      return { t: 'notice', text: raw.text === null ? null : str(raw.text, 500) };
    default:
      return null;
  }
}

export function parseFromPanel(raw: unknown): FromPanel | null {
  if (!isObj(raw)) return null;
  switch (raw.t) {
    case 'ready':
      return { t: 'ready' };
    case 'close':
      return { t: 'close' };
    case 'layout':
      return nat(raw.width) ? { t: 'layout', width: raw.width, collapsed: raw.collapsed === true, final: raw.final === true } : null;
    case 'action': {
      const a = parsePageAction(raw.action, raw.value);
      return a && { t: 'action', ...a };
    }
    case 'show': {
      const span = isObj(raw.target) ? parseSpan(raw.target) : null;
      if (!nat(raw.id) || !span) return null;
      const context = isObj(raw.target) && raw.target.context ? parseSpan(raw.target.context) : null;
      return { t: 'show', id: raw.id, target: { ...span, context } };
    }
    default:
      return null;
  }
}

/**
 * Two connected in-memory ends (unit tests, the benchmark): messages are validated as on a real
 * port and delivered synchronously.
 */
export function memoryChannel(): { page: PanelPort<FromPanel, ToPanel>; panel: PanelPort<ToPanel, FromPanel> } {
  // Messages posted before the other end listens are held until it does (as a port would).
  const end = <M>(parse: (raw: unknown) => M | null) => {
    const fns: Array<(m: M) => void> = [];
    const held: M[] = [];
    return {
      deliver(m: unknown) {
        const v = open ? parse(JSON.parse(JSON.stringify(m))) : null;
        if (!v) return;
        if (fns.length) for (const f of fns) f(v);
        else held.push(v);
      },
      listen(fn: (m: M) => void) {
        fns.push(fn);
        for (const m of held.splice(0)) fn(m);
      },
    };
  };
  const toPanel = end(parseToPanel);
  const toPage = end(parseFromPanel);
  const closers = new Set<() => void>();
  let open = true;
  const close = () => {
    if (!open) return;
    open = false;
    for (const f of closers) f();
  };
  return {
    page: { post: (m) => toPanel.deliver(m), onMessage: (fn) => toPage.listen(fn), onDisconnect: (fn) => void closers.add(fn), close },
    panel: { post: (m) => toPage.deliver(m), onMessage: (fn) => toPanel.listen(fn), onDisconnect: (fn) => void closers.add(fn), close },
  };
}

export function toPanelArticle(a: PanelArticle | null): PanelArticle | null {
  if (!a) return null;
  return {
    isArticle: a.isArticle,
    title: a.title,
    publishedAt: a.publishedAt,
    publishedZone: a.publishedZone ?? null,
    publishedLocal: a.publishedLocal ?? null,
    source: a.source,
    author: a.author,
    editor: a.editor,
    lang: a.lang,
    cleanText: a.cleanText,
    rubyArtefacts: a.rubyArtefacts,
    warnings: a.warnings.map((w) => ({ ...w })),
  };
}
