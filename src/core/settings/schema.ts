/**
 * Versioned, validated user settings (stored in storage.sync by the extension). `parseSettings`
 * accepts anything (old versions, corrupt values, other extensions' junk) and returns a complete,
 * valid Settings object; unknown or invalid fields fall back to defaults.
 */

export const SETTINGS_VERSION = 2;

import { VARIANTS, isVariant, type Variant } from '../convert/variant';

export { VARIANTS, type Variant };

export const PINYIN_STYLES = ['marks', 'numbers', 'zhuyin'] as const;
export type PinyinStyle = (typeof PINYIN_STYLES)[number];

export const LEVEL_LISTS = ['hsk3', 'hsk2'] as const;
export const RUBY_MODES = ['all', 'above-level'] as const;
export const CHINESE_READINGS = ['auto', 'mandarin', 'cantonese', 'both'] as const;
/** Read-aloud speed (speechSynthesis rate): bounds and the step the options offer. */
export const SPEECH_RATE = { min: 0.5, max: 1.5, step: 0.1 } as const;

export interface SiteSettings {
  /** Dubao active on this site at all. */
  enabled?: boolean;
  /** The hover popup on this site (the popup's and panel's switch); absent = the global default. */
  hover?: boolean;
  /** Always show this site in this variant (per-site rule), or null for the original. */
  script?: Variant | null;
  /** Open the summary panel automatically on article pages of this site. */
  autoPanel?: boolean;
  /** Panel width in CSS px and collapsed state, kept per site. */
  panelWidth?: number;
  panelCollapsed?: boolean;
}

export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** Targets `cycle-script` steps through, then back to the original. Empty = the other script. */
  scriptCycle: Variant[];
  /** Convert only the detected article, or the whole page. */
  convertScope: 'article' | 'page';
  /** The hover popup on Chinese pages, unless a site says otherwise (on by default since v2). */
  hoverPinyin: boolean;
  pinyinStyle: PinyinStyle;
  toneColors: boolean;
  /** Hide inline pinyin artefacts like 機(jī) on pages that have them. */
  cleanArtefacts: boolean;
  /** Word list levels come from: HSK 3.0 (2021 standard) or HSK 2.0. */
  levelList: (typeof LEVEL_LISTS)[number];
  /** The learner's level in that list (0 = not set; HSK 3.0's 7 = 7–9). */
  learnerLevel: number;
  /** Ruby over every word, or only over words above the learner's level and not known. */
  rubyMode: (typeof RUBY_MODES)[number];
  /** Underline the article's words above the learner's level that they do not know (needs a level). */
  underlineUnknown: boolean;
  /** Readings offered: auto = Cantonese beside Mandarin on Hong Kong pages. */
  chineseReading: (typeof CHINESE_READINGS)[number];
  /** Read-aloud speed, SPEECH_RATE.min–max (1 = the voice's normal speed; a learner's default a little slower). */
  speechRate: number;
  sites: Record<string, SiteSettings>;
}

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  version: SETTINGS_VERSION,
  scriptCycle: [],
  convertScope: 'page',
  hoverPinyin: true,
  pinyinStyle: 'marks',
  toneColors: false,
  cleanArtefacts: false,
  levelList: 'hsk3',
  learnerLevel: 0,
  rubyMode: 'all',
  underlineUnknown: false,
  chineseReading: 'auto',
  speechRate: 0.9,
  sites: {},
}) as Settings;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const oneOf = <T extends string>(v: unknown, allowed: readonly T[], d: T): T =>
  typeof v === 'string' && (allowed as readonly string[]).includes(v) ? (v as T) : d;
const bool = (v: unknown, d: boolean): boolean => (typeof v === 'boolean' ? v : d);

function parseSite(v: unknown): SiteSettings | null {
  if (!isObj(v)) return null;
  const s: SiteSettings = {};
  if (typeof v.enabled === 'boolean') s.enabled = v.enabled;
  if (typeof v.hover === 'boolean') s.hover = v.hover;
  if (v.script === null || isVariant(v.script)) s.script = v.script;
  if (typeof v.autoPanel === 'boolean') s.autoPanel = v.autoPanel;
  if (typeof v.panelWidth === 'number' && Number.isFinite(v.panelWidth))
    s.panelWidth = Math.min(800, Math.max(240, Math.round(v.panelWidth)));
  if (typeof v.panelCollapsed === 'boolean') s.panelCollapsed = v.panelCollapsed;
  return s;
}

/** A rate within SPEECH_RATE's bounds, on its step; anything not a number gives the default. */
export function parseRate(v: unknown): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) return DEFAULT_SETTINGS.speechRate;
  const { min, max, step } = SPEECH_RATE;
  const k = Math.round(1 / step);
  return Math.round(Math.min(max, Math.max(min, v)) * k) / k;
}

/** Host names as keys: lower-case, no port, at most 253 chars. */
export function siteKey(hostname: string): string {
  return hostname.toLowerCase().replace(/:\d+$/, '').slice(0, 253);
}

export function parseSettings(raw: unknown): Settings {
  const r = isObj(raw) ? raw : {};
  // Version migrations. v1 → v2: hover became on by default; v1 wrote its default (false) with
  // every save, so a v1 `false` is the old default, not a choice, and gives way to the new one.
  const hoverPinyin =
    r.version === 1 && r.hoverPinyin === false ? DEFAULT_SETTINGS.hoverPinyin : bool(r.hoverPinyin, DEFAULT_SETTINGS.hoverPinyin);
  const cycle = Array.isArray(r.scriptCycle) ? r.scriptCycle.filter(isVariant) : [];
  const sites: Record<string, SiteSettings> = {};
  if (isObj(r.sites)) {
    for (const [k, v] of Object.entries(r.sites)) {
      const s = parseSite(v);
      if (s && k) sites[siteKey(k)] = s;
    }
  }
  return {
    version: SETTINGS_VERSION,
    scriptCycle: [...new Set(cycle)],
    convertScope: oneOf(r.convertScope, ['article', 'page'] as const, DEFAULT_SETTINGS.convertScope),
    hoverPinyin,
    pinyinStyle: oneOf(r.pinyinStyle, PINYIN_STYLES, DEFAULT_SETTINGS.pinyinStyle),
    toneColors: bool(r.toneColors, DEFAULT_SETTINGS.toneColors),
    cleanArtefacts: bool(r.cleanArtefacts, DEFAULT_SETTINGS.cleanArtefacts),
    levelList: oneOf(r.levelList, LEVEL_LISTS, DEFAULT_SETTINGS.levelList),
    learnerLevel:
      typeof r.learnerLevel === 'number' && Number.isInteger(r.learnerLevel) && r.learnerLevel >= 0 && r.learnerLevel <= 7
        ? r.learnerLevel
        : DEFAULT_SETTINGS.learnerLevel,
    rubyMode: oneOf(r.rubyMode, RUBY_MODES, DEFAULT_SETTINGS.rubyMode),
    underlineUnknown: bool(r.underlineUnknown, DEFAULT_SETTINGS.underlineUnknown),
    chineseReading: oneOf(r.chineseReading, CHINESE_READINGS, DEFAULT_SETTINGS.chineseReading),
    speechRate: parseRate(r.speechRate),
    sites,
  };
}

/** The settings for one site with site overrides applied. */
export function siteSettings(settings: Settings, hostname: string): Required<Omit<SiteSettings, 'script'>> & { script: Variant | null } {
  const s = settings.sites[siteKey(hostname)] ?? {};
  return {
    enabled: s.enabled ?? true,
    hover: s.hover ?? settings.hoverPinyin,
    script: s.script ?? null,
    autoPanel: s.autoPanel ?? false,
    panelWidth: s.panelWidth ?? 360,
    panelCollapsed: s.panelCollapsed ?? false,
  };
}

/** Return new settings with one site's values patched (validated). */
export function withSite(settings: Settings, hostname: string, patch: SiteSettings): Settings {
  const key = siteKey(hostname);
  const merged = parseSite({ ...settings.sites[key], ...patch }) ?? {};
  return { ...settings, sites: { ...settings.sites, [key]: merged } };
}

/**
 * The cycle `cycle-script` steps through for a page in `pageScript`: the user's list, or the other
 * script by default; after the last target comes the original (null).
 */
export function scriptCycleFor(settings: Settings, pageIsTraditional: boolean): Variant[] {
  if (settings.scriptCycle.length) return settings.scriptCycle;
  return pageIsTraditional ? ['cn'] : ['tw'];
}

export function nextInCycle(cycle: Variant[], current: Variant | null): Variant | null {
  if (current === null) return cycle[0] ?? null;
  const i = cycle.indexOf(current);
  return i < 0 || i + 1 >= cycle.length ? null : cycle[i + 1]!;
}

/**
 * The hover switch of one site (the popup's and the panel's): kept only where it differs from the
 * global default, so changing the default in the options reaches every site the user left alone.
 */
export function withSiteHover(settings: Settings, hostname: string, on: boolean): Settings {
  return withSite(settings, hostname, { hover: on === settings.hoverPinyin ? undefined : on });
}

/**
 * Does the hover popup run on a page: on Chinese pages by the site's switch or the global default;
 * never on a page the bootstrap found not Chinese (Dubao woken there only by a panel request).
 */
export function hoverOnPage(settings: Settings, hostname: string, chinese: boolean): boolean {
  return chinese && siteSettings(settings, hostname).hover;
}
