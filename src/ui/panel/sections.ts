/** The panel's content sections, built with DOM APIs; every page string goes in as textContent. */
import { formatDate } from '../../core/report/model';
import { MAX_SPEAK } from '../../core/messages/protocol';
import { MAX_CARD_SENTENCE, WORDLIST_MAX, WORDLIST_WARN_AT } from '../../core/report/wordlist';
import { button, h } from './dom';
import type { PanelData, PanelHost, ShowTarget } from './model';
import type { Entity, Figure, Summary } from './types';
import type { Difficulty } from '../../core/levels/difficulty';
import { levelLabel } from '../../core/levels/levels';

type T = PanelHost['t'];

export interface SectionEnv {
  doc: Document;
  t: T;
  host: PanelHost;
  /** Announce a short message to screen readers (and show it). */
  say(msg: string): void;
  show(target: ShowTarget, label: string): Promise<boolean>;
}

export function section(doc: Document, id: string, title: string, ...children: Array<Node | null>): HTMLElement {
  const s = h(doc, 'section', { 'aria-labelledby': `dubao-${id}` });
  s.appendChild(h(doc, 'h2', { id: `dubao-${id}` }, title));
  for (const c of children) if (c) s.appendChild(c);
  return s;
}

/**
 * The time as the page prints it, with its zone when the page states one other than China's
 * (`2019-09-07 05:43 UTC`, `… UTC+9`); otherwise the time in China time, no zone shown.
 */
export function shownTime(a: { publishedAt: string | null; publishedZone?: string | null; publishedLocal?: string | null }): string | null {
  const z = a.publishedZone;
  if (!z || z === '+08:00' || !a.publishedLocal) return formatDate(a.publishedAt);
  const [, sign, hh, mm] = /^([+-])(\d{2}):(\d{2})$/.exec(z) ?? [];
  if (!sign) return formatDate(a.publishedAt);
  const label = z === '+00:00' ? 'UTC' : `UTC${sign}${Number(hh)}${mm === '00' ? '' : `:${mm}`}`;
  return `${formatDate(a.publishedLocal)} ${label}`;
}

export function metaSection(env: SectionEnv, data: PanelData): HTMLElement {
  const { doc, t } = env;
  const a = data.article!;
  const dl = h(doc, 'dl', { class: 'meta' });
  const row = (label: string, value: string | null | undefined) => {
    if (!value || !value.trim()) return;
    dl.append(h(doc, 'dt', {}, label), h(doc, 'dd', {}, value.trim()));
  };
  row(t('panelTime'), shownTime(a));
  row(t('panelSource'), a.source);
  row(t('panelReporter'), a.author);
  row(t('panelEditor'), a.editor);
  row(t('panelSite'), data.page.site);
  const s = h(doc, 'section', { 'aria-labelledby': 'dubao-headline' });
  s.append(h(doc, 'h2', { id: 'dubao-headline', class: 'headline' }, a.title?.trim() || t('panelUntitled')), dl);
  return s;
}

export function warningsSection(env: SectionEnv, data: PanelData): HTMLElement | null {
  const { doc, t, host } = env;
  const a = data.article!;
  const spam = a.warnings.filter((w) => w.type === 'spam').reduce((n, w) => n + (w.count ?? 1), 0);
  const items: HTMLElement[] = [];
  if (spam > 0) items.push(h(doc, 'p', { class: 'warn', 'data-warning': 'spam' }, t('panelSpam', String(spam))));
  if (a.rubyArtefacts > 0) {
    const p = h(doc, 'p', { class: 'warn', 'data-warning': 'artefacts' }, t('panelArtefacts', String(a.rubyArtefacts)));
    p.appendChild(
      button(doc, data.clean ? t('panelUnclean') : t('panelClean'), () => void host.onAction('set-clean', !data.clean), {
        class: 'act',
        'data-key': 'clean',
      }),
    );
    items.push(p);
  }
  if (!items.length) return null;
  const s = section(doc, 'warnings', t('panelWarnings'));
  s.append(...items);
  return s;
}

/** Figures shown at first: the engine ranks them (headline, lead and key sentences first); the rest wait behind "more". */
export const FIGURES_SHOWN = 12;

export function figuresSection(env: SectionEnv, figures: readonly Figure[]): HTMLElement {
  const { doc, t } = env;
  if (!figures.length) return section(doc, 'figures', t('panelFigures'), h(doc, 'p', { class: 'empty' }, t('panelNoFigures')));
  const table = h(doc, 'table', { class: 'figures' });
  table.appendChild(
    h(
      doc,
      'thead',
      {},
      h(
        doc,
        'tr',
        {},
        h(doc, 'th', { scope: 'col' }, t('panelFigValue')),
        h(doc, 'th', { scope: 'col' }, t('panelFigMeasure')),
        h(doc, 'th', { scope: 'col' }, t('panelFigQualifier')),
      ),
    ),
  );
  const body = h(doc, 'tbody');
  figures.forEach((f, i) => {
    const tr = h(doc, 'tr', { 'data-figure': i, hidden: i >= FIGURES_SHOWN });
    const go = () => {
      body.querySelectorAll('tr.current').forEach((r) => r.classList.remove('current'));
      void env.show({ start: f.start, end: f.end, context: f.sentence }, f.value).then((ok) => ok && tr.classList.add('current'));
    };
    const b = button(doc, f.value, go, { class: 'link value', 'data-key': `figure-${i}`, title: f.sentence.text });
    // One row per value and measure: how often the text repeats it; no measure is shown as "—".
    const n = f.mentions?.length ?? 1;
    const seen = n > 1 ? h(doc, 'span', { class: 'count', title: t('panelFigMentions', String(n)) }, ` ×${n}`) : null;
    tr.append(h(doc, 'td', {}, b, seen), h(doc, 'td', {}, f.measure?.text ?? '—'), h(doc, 'td', {}, f.qualifier ?? ''));
    tr.addEventListener('click', (ev) => {
      const target = ev.target as Node | null;
      if (!target || !b.contains(target)) go();
    });
    body.appendChild(tr);
  });
  table.appendChild(body);
  const rest = figures.length - FIGURES_SHOWN;
  const more =
    rest > 0
      ? button(
          doc,
          t('panelFigMore', String(rest)),
          () => {
            body.querySelectorAll<HTMLElement>('tr[hidden]').forEach((r) => (r.hidden = false));
            more?.remove();
          },
          { class: 'act', 'data-key': 'figures-more' },
        )
      : null;
  return section(doc, 'figures', t('panelFigures'), table, more);
}

export function entitiesSection(env: SectionEnv, entities: Summary['entities']): HTMLElement {
  const { doc, t } = env;
  const groups: Array<[string, string, readonly Entity[]]> = [
    ['people', t('panelPeople'), entities.people],
    ['places', t('panelPlaces'), entities.places],
    ['organizations', t('panelOrgs'), entities.organizations],
    ['documents', t('panelDocs'), entities.documents],
  ];
  const s = section(doc, 'entities', t('panelEntities'));
  if (!groups.some(([, , l]) => l.length)) {
    s.appendChild(h(doc, 'p', { class: 'empty' }, t('panelNoEntities')));
    return s;
  }
  for (const [key, title, list] of groups) {
    if (!list.length) continue;
    const id = `dubao-ent-${key}`;
    const ul = h(doc, 'ul', { class: 'chips', 'aria-labelledby': id });
    list.forEach((e, i) => {
      let next = 0;
      const n = e.mentions.length;
      const label = [e.text, e.role ? ` (${e.role})` : ''].join('');
      const b = button(
        doc,
        [
          e.text,
          e.aliases?.length ? h(doc, 'span', { class: 'alias' }, ` = ${e.aliases.join(' = ')}`) : null,
          e.role ? h(doc, 'span', { class: 'role' }, ` · ${e.role}`) : null,
          n ? h(doc, 'span', { class: 'count', 'aria-hidden': 'true' }, `×${n}`) : null, // byline names may have no mention in the body
        ],
        () => {
          if (!n) return;
          const m = e.mentions[next % n]!;
          const k = (next % n) + 1;
          next = k % n;
          void env.show({ start: m.start, end: m.end }, label).then((ok) => ok && env.say(t('panelMention', label, String(k), String(n))));
        },
        { 'data-key': `entity-${key}-${i}`, 'aria-label': `${label}, ${t('panelMentions', String(n))}` },
      );
      ul.appendChild(h(doc, 'li', {}, b));
    });
    s.append(h(doc, 'h3', { id }, title), ul);
  }
  return s;
}

export function datesSection(env: SectionEnv, dates: Summary['dates']): HTMLElement | null {
  const { doc, t } = env;
  if (!dates.length) return null;
  const ul = h(doc, 'ul', { class: 'chips' });
  dates.forEach((d, i) => {
    const label = d.iso && d.iso !== d.text ? `${d.text} (${d.iso})` : d.text;
    ul.appendChild(
      h(
        doc,
        'li',
        {},
        button(doc, label, () => void env.show({ start: d.start, end: d.end }, d.text), { 'data-key': `date-${i}` }),
      ),
    );
  });
  return section(doc, 'dates', t('panelDates'), ul);
}

/** The key sentences, each shown on the page when clicked, kept as a sentence card (＋); read aloud (🔊) where the page has a Chinese voice. */
export function keySentencesSection(env: SectionEnv, sentences: Summary['keySentences'], speech = false): HTMLElement | null {
  const { doc, t, host } = env;
  if (!sentences.length) return null;
  const ol = h(doc, 'ol', { class: 'list' });
  sentences.forEach((s, i) => {
    const li = h(
      doc,
      'li',
      {},
      button(doc, s.text, () => void env.show({ start: s.start, end: s.end }, s.text), { 'data-key': `sentence-${i}` }),
    );
    if (speech)
      li.appendChild(
        button(doc, '🔊', () => void host.onAction('speak', s.text.slice(0, MAX_SPEAK)), {
          class: 'icon speak',
          'data-key': `speak-${i}`,
          'aria-label': t('panelSpeak'),
          title: t('panelSpeak'),
        }),
      );
    // Keep it as a sentence card (word list, Anki export) with the page's headline and URL.
    li.appendChild(
      button(doc, '＋', () => void host.onAction('save-sentence', s.text.slice(0, MAX_CARD_SENTENCE)), {
        class: 'icon save',
        'data-key': `save-${i}`,
        'aria-label': t('panelSaveSentence'),
        title: t('panelSaveSentence'),
      }),
    );
    ol.appendChild(li);
  });
  return section(doc, 'sentences', t('panelKeySentences'), ol);
}

export function outSection(env: SectionEnv, data: PanelData): HTMLElement {
  const { doc, t, host } = env;
  const div = h(doc, 'div', { class: 'out' });
  const run = async (fn: () => Promise<string | null> | string | null) => {
    try {
      const msg = await fn();
      if (msg) env.say(msg);
    } catch (err) {
      env.say(String(err instanceof Error ? err.message : err));
    }
  };
  div.append(
    button(doc, t('panelCopyMd'), () => void run(async () => ((await host.onCopy()) ? t('panelCopied') : t('panelCopyFailed'))), {
      class: 'act primary',
      'data-key': 'copy',
    }),
    button(doc, t('panelExportJson'), () => void run(() => host.onExport('json')), { class: 'act', 'data-key': 'json' }),
    button(doc, t('panelExportCsv'), () => void run(() => host.onExport('csv')), { class: 'act', 'data-key': 'csv' }),
    button(
      doc,
      t('panelExportAnki', String(data.words)),
      () => void run(() => (data.words ? host.onExport('anki') : t('panelWordsEmpty'))),
      {
        class: 'act',
        'data-key': 'anki',
      },
    ),
  );
  // Said before anything is refused: a full list takes no new word until it is exported and made smaller.
  if (data.words >= WORDLIST_WARN_AT) {
    const key = data.words >= WORDLIST_MAX ? 'panelWordsFull' : 'panelWordsNearlyFull';
    div.append(h(doc, 'p', { class: 'warn', 'data-key': 'words-warning' }, t(key, String(data.words), String(WORDLIST_MAX))));
  }
  return section(doc, 'out', t('panelOut'), div);
}

/**
 * The article's words by level at the learner's list: the level that covers 95% of them (numbers,
 * names and entities left out), the reader's own share with known words, and the share per level.
 */
export function difficultySection(env: SectionEnv, d: Difficulty | null | undefined): HTMLElement | null {
  const { doc, t } = env;
  if (!d || d.counted === 0) return null;
  const pct = (n: number) => `${Math.round((n / d.counted) * 100)}%`;
  const lines: Node[] = [
    h(
      doc,
      'p',
      { 'data-key': 'level95' },
      d.reached95 ? t('panelLevel95', levelLabel(d.list, d.level95)) : t('panelLevel95Not', levelLabel(d.list, d.level95)),
    ),
  ];
  if (d.known !== null) lines.push(h(doc, 'p', { 'data-key': 'known-share' }, t('panelKnownShare', String(Math.round(d.known * 100)))));
  const ul = h(doc, 'ul', { class: 'levels' });
  for (const [level, n] of Object.entries(d.byLevel)) {
    if (!n) continue;
    const name = level === 'none' ? t('panelLevelNone') : levelLabel(d.list, Number(level));
    ul.appendChild(h(doc, 'li', { 'data-level': level }, `${name}: ${pct(n)}`));
  }
  lines.push(ul);
  return section(doc, 'difficulty', t('panelDifficulty'), ...lines);
}
