/**
 * What every content-script feature module gets: the page, the detected article, settings, the
 * shared UI host, and a way to reach the other features. One instance per page (no globals).
 */
import type { Settings } from '../core/settings/schema';
import type { Article } from '../core/extract/index';
import type { CommandName, PageActionMsg, PageStatus } from '../core/messages/protocol';

export interface FeatureContext {
  readonly document: Document;
  readonly window: Window;
  /** The page's host name (site key for per-site settings). */
  readonly host: string;
  /** The bootstrap found the page's text Chinese (else Dubao was woken only by an explicit panel request). */
  readonly chinese: boolean;
  /** Current settings (updated in place when storage changes; read it when you need it). */
  settings(): Settings;
  /** Persist a change to settings (validated). */
  updateSettings(fn: (s: Settings) => Settings): Promise<void>;
  /** The article detected on this page (null before detection ran or when there is none). */
  article(): Article | null;
  /** Subscribe to article (re)detection; returns an unsubscribe. */
  onArticle(fn: (a: Article | null) => void): () => void;
  /** The closed shadow root of Dubao's own #dubao-root (created on first call). */
  uiRoot(): ShadowRoot;
  /** True if el is part of Dubao's own UI (never convert/annotate it). */
  isOwnUi: (el: Element) => boolean;
  /** Ask the controller to run a command or page action (e.g. the panel's script buttons). */
  run(command: CommandName): Promise<void>;
  action(a: PageActionMsg): Promise<void>;
  /** Listen to an event between features until `signal` aborts (the feature's own signal). */
  on(event: PageEvent, fn: () => void | Promise<void>, opts: { signal: AbortSignal }): void;
  /** Tell the other features; resolves when every listener has finished (ruby is off before text changes). */
  emit(event: PageEvent): Promise<void>;
  /** Partial status each feature contributes (for the popup and panel). */
  status(): PageStatus;
  /** Notify that a feature's visible state changed (re-render the panel controls). */
  changed(): void;
  /** Subscribe to settings-write failures ("not saved: …"; null once a retry succeeded). */
  onSaveNotice?(fn: (text: string | null) => void): () => void;
}

/**
 * Events between features: the page's text is about to change / has changed (conversion: ruby and
 * cleaning step aside and come back), a feature's visible state changed (the panel's controls),
 * settings changed in storage (another tab, the popup, the options page).
 */
export type PageEvent = 'before-text-change' | 'after-text-change' | 'status-changed' | 'settings-changed';

export interface Feature {
  readonly name: string;
  /** Set the feature up; undo everything when `signal` aborts. */
  init(ctx: FeatureContext, signal: AbortSignal): void | Promise<void>;
  /** Optional: handle a keyboard/menu command (each feature handles the ones it owns). */
  command?(name: CommandName): void | Promise<void>;
  /** Optional: handle a page action from the popup or panel. */
  action?(a: PageActionMsg): void | Promise<void>;
  /** Optional: contribute to the page status. */
  status?(status: PageStatus): void;
}
