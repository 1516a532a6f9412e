/**
 * Typed messages between the extension's parts, validated at runtime at every boundary
 * (`parseMessage` returns null for anything malformed; callers ignore it).
 */

export const COMMANDS = ['toggle-panel', 'cycle-script', 'toggle-pinyin'] as const;
export type CommandName = (typeof COMMANDS)[number];
export const isCommandName = (v: unknown): v is CommandName => typeof v === 'string' && (COMMANDS as readonly string[]).includes(v);

import { isVariant, type Variant } from '../convert/variant';
import { MAX_CARD_SENTENCE } from '../report/wordlist';

/**
 * Actions the popup and panel can ask of the page, each with the value it needs. The type is what
 * `parsePageAction` lets through: a feature never checks a value's type again.
 */
export type PageActionMsg =
  | { action: 'set-script'; value: Variant | null }
  | { action: 'set-hover' | 'set-ruby' | 'set-clean'; value: boolean }
  | { action: 'open-panel'; value: null }
  /** Read a text of the page aloud (the panel's key sentences): the page's voice and the rate setting. */
  | { action: 'speak'; value: string }
  /** Keep a text of the page as a sentence card in the word list (the panel's key sentences). */
  | { action: 'save-sentence'; value: string };
export type PageAction = PageActionMsg['action'];

/** The longest text read aloud at once (a sentence or two; the panel's key sentences are shorter). */
export const MAX_SPEAK = 2000;

export function parsePageAction(action: unknown, value: unknown): PageActionMsg | null {
  switch (action) {
    case 'set-script':
      return value === null || isVariant(value) ? { action, value } : null;
    case 'set-hover':
    case 'set-ruby':
    case 'set-clean':
      return typeof value === 'boolean' ? { action, value } : null;
    case 'open-panel':
      return { action, value: null };
    case 'speak':
      return typeof value === 'string' && value.trim() && value.length <= MAX_SPEAK ? { action, value } : null;
    case 'save-sentence':
      return typeof value === 'string' && value.trim() && value.length <= MAX_CARD_SENTENCE ? { action, value } : null;
    default:
      return null;
  }
}

export interface PageStatus {
  chinese: boolean;
  host: string;
  article: { title: string | null } | null;
  lang: 'zh-Hans' | 'zh-Hant' | null;
  script: string | null;
  hover: boolean;
  ruby: boolean;
  panel: boolean;
  /** A Chinese voice for this page exists: read-aloud is offered. */
  speech: boolean;
  artefacts: number;
  spam: number;
  /** What the content script's bootstrap cost on this page (ms), for tests and diagnostics. */
  bootMs?: number;
}

export type Message =
  | { type: 'command'; command: CommandName }
  | { type: 'get-status' }
  /** What Dubao's own page UI (closed shadow root: the pinyin popup) shows, for tests: `{ text }`. */
  | { type: 'get-ui' }
  /**
   * For tests where the browser's frame API cannot reach the panel frame (Firefox's WebDriver BiDi
   * does not list extension frames): `{ name, text, box, texts, rect }` of the panel, or null.
   */
  | { type: 'get-panel'; selector: string | null }
  /**
   * Content script → background (Firefox, where the panel renders from the content script): the
   * summary computed in the extension's own process, not as a task of the page.
   */
  | {
      type: 'summarize';
      text: string;
      options: { publishedAt: string | null; title: string | null; author: string | null; editor: string | null };
    }
  /** The article's difficulty for the panel (Firefox: computed in the background, off the page's thread). */
  | { type: 'difficulty'; text: string; entities: Array<{ start: number; end: number; type: string }> }
  | { type: 'get-list-links' }
  | ({ type: 'page-action' } & PageActionMsg)
  | { type: 'run-command'; command: CommandName; tabId?: number };

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

export function parseMessage(raw: unknown): Message | null {
  if (!isObj(raw) || typeof raw.type !== 'string') return null;
  switch (raw.type) {
    case 'command':
      return isCommandName(raw.command) ? { type: 'command', command: raw.command } : null;
    case 'get-status':
      return { type: 'get-status' };
    case 'get-ui':
      return { type: 'get-ui' };
    case 'summarize': {
      const o = isObj(raw.options) ? raw.options : {};
      const opt = (v: unknown) => (typeof v === 'string' ? v.slice(0, 1000) : null);
      if (typeof raw.text !== 'string' || raw.text.length > 20_000_000) return null;
      return {
        type: 'summarize',
        text: raw.text,
        options: { publishedAt: opt(o.publishedAt), title: opt(o.title), author: opt(o.author), editor: opt(o.editor) },
      };
    }
    case 'difficulty': {
      if (typeof raw.text !== 'string' || raw.text.length > 20_000_000 || !Array.isArray(raw.entities) || raw.entities.length > 100_000)
        return null;
      const entities: Array<{ start: number; end: number; type: string }> = [];
      for (const e of raw.entities as unknown[]) {
        if (!isObj(e) || !Number.isInteger(e.start) || !Number.isInteger(e.end) || typeof e.type !== 'string') return null;
        entities.push({ start: e.start as number, end: e.end as number, type: e.type.slice(0, 8) });
      }
      return { type: 'difficulty', text: raw.text, entities };
    }
    case 'get-panel':
      return typeof raw.selector === 'string' && raw.selector.length <= 200
        ? { type: 'get-panel', selector: raw.selector }
        : { type: 'get-panel', selector: null };
    case 'get-list-links':
      return { type: 'get-list-links' };
    case 'page-action': {
      const a = parsePageAction(raw.action, raw.value);
      return a && { type: 'page-action', ...a };
    }
    case 'run-command': {
      if (!isCommandName(raw.command)) return null;
      const tabId = raw.tabId;
      if (tabId !== undefined && !(typeof tabId === 'number' && Number.isInteger(tabId) && tabId >= 0)) return null;
      return tabId === undefined ? { type: 'run-command', command: raw.command } : { type: 'run-command', command: raw.command, tabId };
    }
    default:
      return null;
  }
}

export function parsePageStatus(raw: unknown): PageStatus | null {
  if (!isObj(raw) || typeof raw.chinese !== 'boolean' || typeof raw.host !== 'string') return null;
  const art = raw.article;
  const article = isObj(art) ? { title: typeof art.title === 'string' ? art.title : null } : null;
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
  const lang = raw.lang === 'zh-Hans' || raw.lang === 'zh-Hant' ? raw.lang : null;
  return {
    chinese: raw.chinese,
    host: raw.host,
    article,
    lang,
    script: str(raw.script),
    hover: raw.hover === true,
    ruby: raw.ruby === true,
    panel: raw.panel === true,
    speech: raw.speech === true,
    artefacts: num(raw.artefacts),
    spam: num(raw.spam),
    ...(typeof raw.bootMs === 'number' && Number.isFinite(raw.bootMs) ? { bootMs: raw.bootMs } : {}),
  };
}

/** The content script's answer to `get-list-links`: the page's article links (a list page's items). */
export interface ListLinks {
  url: string;
  title: string;
  links: Array<{ url: string; text: string }>;
}

export function parseListLinks(raw: unknown): ListLinks | null {
  if (!isObj(raw) || typeof raw.url !== 'string' || !/^https?:/.test(raw.url) || typeof raw.title !== 'string' || !Array.isArray(raw.links))
    return null;
  const links = raw.links
    .filter(
      (l): l is { url: string; text: string } =>
        isObj(l) && typeof l.url === 'string' && /^https?:/.test(l.url) && typeof l.text === 'string',
    )
    .map((l) => ({ url: l.url, text: l.text.slice(0, 300) }));
  return { url: raw.url, title: raw.title.slice(0, 300), links };
}
