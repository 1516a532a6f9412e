/** What the panel view is given and what it asks of its owner (the content-script feature). */
import type { PanelArticle } from './channel';
import type { Summary } from './types';
import type { Difficulty } from '../../core/levels/difficulty';

export interface PanelControls {
  script: string | null;
  hover: boolean;
  ruby: boolean;
  /** The page has a Chinese voice: key sentences can be read aloud. */
  speech: boolean;
}

export interface PanelData {
  /** Null: no article detected (or not an article) — the panel says so and offers nothing else. */
  article: PanelArticle | null;
  /** Null while the summary is being made. */
  summary: Summary | null;
  error?: string | null;
  controls: PanelControls;
  page: { site: string | null; url: string | null };
  /** Inline pinyin artefacts currently hidden. */
  clean: boolean;
  /** Number of words in the learner's word list. */
  words: number;
  /** The article's words by level at the learner's list (null until computed, or where it cannot be). */
  difficulty?: Difficulty | null;
}

/** A span of the summary's text (cleanText offsets) to show, with its sentence as context. */
export interface ShowTarget {
  start: number;
  end: number;
  context?: { start: number; end: number } | null;
}

export type ExportKind = 'json' | 'csv' | 'anki';

export interface PanelHost {
  t: (key: string, ...subs: string[]) => string;
  onClose(): void;
  /** Width or collapsed state changed (`final`: the user finished dragging — persist it). */
  onLayout(width: number, collapsed: boolean, final: boolean): void;
  onAction(action: string, value: string | boolean | null): void | Promise<void>;
  /** Scroll to and highlight; false when the text cannot be found on the page. */
  onShow(target: ShowTarget): Promise<boolean> | boolean;
  /** The page's viewport width (the panel may take at most 70% of it). */
  viewport?(): number;
  /** Act on trusted (user) events only (default true; unit tests drive the view with .click()). */
  trustedOnly?: boolean;
  onCopy(): Promise<boolean>;
  onExport(kind: ExportKind): Promise<string | null> | string | null;
}

export const SCRIPT_CHOICES: ReadonlyArray<{ value: string; key: string }> = [
  { value: '', key: 'scriptOriginal' },
  { value: 'cn', key: 'scriptCn' },
  { value: 't', key: 'scriptT' },
  { value: 'tw', key: 'scriptTw' },
  { value: 'hk', key: 'scriptHk' },
];
