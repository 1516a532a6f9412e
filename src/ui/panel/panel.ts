/**
 * The summary panel view: a docked `<aside role="complementary">` in Dubao's shadow root with a
 * resize handle and collapse/close buttons. `update(data)` renders the article's metadata,
 * warnings, display controls, figures, entities, dates, key sentences and the export buttons.
 * It knows nothing of the browser extension: its owner (src/content/features/panel.ts) passes a
 * PanelHost with the actions.
 */
import { button, h } from './dom';
import { SCRIPT_CHOICES, type PanelData, type PanelHost, type ShowTarget } from './model';
import {
  datesSection,
  entitiesSection,
  figuresSection,
  keySentencesSection,
  difficultySection,
  metaSection,
  outSection,
  section,
  warningsSection,
  type SectionEnv,
} from './sections';
import { PANEL_COLLAPSED_WIDTH, PANEL_CSS, PANEL_MAX_WIDTH, PANEL_MIN_WIDTH } from './styles';

export interface PanelView {
  readonly element: HTMLElement;
  update(data: PanelData): void;
  setLayout(width: number, collapsed: boolean): void;
  /** Current width in px as shown (collapsed: the strip's width). */
  shownWidth(): number;
  /** Move keyboard focus into the panel. */
  focus(): void;
  say(msg: string): void;
  destroy(): void;
}

const KEY_STEP = 16;

export function clampWidth(w: number, viewport: number): number {
  const max = Math.max(PANEL_MIN_WIDTH, Math.min(PANEL_MAX_WIDTH, Math.floor(viewport * 0.7)));
  return Math.round(Math.max(PANEL_MIN_WIDTH, Math.min(max, w)));
}

export function createPanel(root: ShadowRoot | Element, host: PanelHost, init: { width: number; collapsed: boolean }): PanelView {
  const doc = root.ownerDocument;
  const win = doc.defaultView;
  const t = host.t;
  const viewport = () => host.viewport?.() || win?.innerWidth || doc.documentElement.clientWidth || 1280;
  let width = clampWidth(init.width, viewport());
  let collapsed = init.collapsed;

  const style = h(doc, 'style', {}, PANEL_CSS);
  const panel = h(doc, 'aside', { class: 'dubao-panel', role: 'complementary', 'aria-label': t('panelName'), 'data-dubao-panel': '' });
  const handle = h(doc, 'div', {
    class: 'resize',
    role: 'separator',
    tabindex: 0,
    'aria-orientation': 'vertical',
    'aria-label': t('panelResize'),
    'aria-valuemin': PANEL_MIN_WIDTH,
    'aria-valuemax': PANEL_MAX_WIDTH,
  });
  const title = h(doc, 'h1', { class: 'brand', tabindex: -1 }, t('panelTitle'));
  const collapseBtn = button(doc, '', () => setCollapsed(!collapsed, true), { class: 'icon collapse' });
  const closeBtn = button(doc, '×', () => host.onClose(), { class: 'icon close', 'aria-label': t('panelClose'), title: t('panelClose') });
  const body = h(doc, 'div', { class: 'body' });
  const toast = h(doc, 'p', { class: 'toast', role: 'status', 'aria-live': 'polite' });
  panel.append(handle, h(doc, 'header', { class: 'bar' }, title, collapseBtn, closeBtn), body);
  body.appendChild(toast);
  root.append(style, panel);
  // Only the user acts through the panel: a synthetic event (a script's .click(), dispatchEvent)
  // is stopped before it reaches any control. (In the extension the panel is a cross-origin
  // frame the page cannot even reach; this holds wherever the view is rendered.)
  if (host.trustedOnly !== false) {
    for (const type of ['click', 'change', 'input', 'keydown', 'pointerdown', 'pointermove', 'pointerup']) {
      panel.addEventListener(
        type,
        (ev) => {
          if (!ev.isTrusted) {
            ev.stopImmediatePropagation();
            ev.preventDefault();
          }
        },
        true,
      );
    }
  }

  // Display controls: built once, kept in sync (so focus stays on them while the page changes).
  const scriptSel = h(doc, 'select', { 'data-key': 'script' });
  for (const c of SCRIPT_CHOICES) scriptSel.appendChild(h(doc, 'option', { value: c.value }, t(c.key)));
  scriptSel.addEventListener('change', () => void host.onAction('set-script', scriptSel.value || null));
  const hoverBox = h(doc, 'input', { type: 'checkbox', 'data-key': 'hover' });
  hoverBox.addEventListener('change', () => void host.onAction('set-hover', hoverBox.checked));
  const rubyBox = h(doc, 'input', { type: 'checkbox', 'data-key': 'ruby' });
  rubyBox.addEventListener('change', () => void host.onAction('set-ruby', rubyBox.checked));
  const controls = section(
    doc,
    'controls',
    t('panelControls'),
    h(
      doc,
      'div',
      { class: 'controls' },
      h(doc, 'label', {}, h(doc, 'span', {}, t('panelScript')), scriptSel),
      h(doc, 'label', {}, hoverBox, h(doc, 'span', {}, t('panelHover'))),
      h(doc, 'label', {}, rubyBox, h(doc, 'span', {}, t('panelRuby'))),
    ),
  );

  let content: HTMLElement[] = [];
  let last: PanelData | null = null;

  const say = (msg: string) => {
    toast.textContent = msg;
  };
  const env: SectionEnv = {
    doc,
    t,
    host,
    say,
    async show(target: ShowTarget, label: string) {
      const ok = await host.onShow(target);
      say(ok ? label : t('panelNotFound'));
      return ok;
    },
  };

  function applyLayout(): void {
    panel.classList.toggle('collapsed', collapsed);
    panel.style.width = `${collapsed ? PANEL_COLLAPSED_WIDTH : width}px`;
    handle.setAttribute('aria-valuenow', String(width));
    collapseBtn.textContent = collapsed ? '‹' : '›';
    collapseBtn.setAttribute('aria-label', collapsed ? t('panelExpand') : t('panelCollapse'));
    collapseBtn.setAttribute('title', collapsed ? t('panelExpand') : t('panelCollapse'));
    collapseBtn.setAttribute('aria-expanded', String(!collapsed));
  }

  function setCollapsed(c: boolean, notify: boolean): void {
    collapsed = c;
    applyLayout();
    if (notify) host.onLayout(width, collapsed, true);
  }

  function setWidth(w: number, final: boolean): void {
    width = clampWidth(w, viewport());
    applyLayout();
    host.onLayout(width, collapsed, final);
  }

  // Resizing: drag the left edge, or arrow keys on the focused handle.
  // Resizing: drag the left edge (screen coordinates: the panel may be a frame that moves as it
  // resizes), or arrow keys on the focused handle.
  handle.addEventListener('pointerdown', (ev) => {
    if (ev.button !== 0) return;
    ev.preventDefault();
    handle.setPointerCapture(ev.pointerId);
    handle.classList.add('dragging');
    panel.classList.add('dragging');
    const startX = ev.screenX;
    const startW = width;
    const at = (e: PointerEvent) => startW + (startX - e.screenX);
    const move = (e: PointerEvent) => setWidth(at(e), false);
    const up = (e: PointerEvent) => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', up);
      handle.removeEventListener('pointercancel', up);
      handle.classList.remove('dragging');
      panel.classList.remove('dragging');
      setWidth(e.type === 'pointercancel' ? width : at(e), true);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', up);
    handle.addEventListener('pointercancel', up);
  });
  handle.addEventListener('keydown', (ev) => {
    const d = ev.key === 'ArrowLeft' ? KEY_STEP : ev.key === 'ArrowRight' ? -KEY_STEP : 0;
    if (d) {
      ev.preventDefault();
      setWidth(width + d, true);
    } else if (ev.key === 'Home' || ev.key === 'End') {
      ev.preventDefault();
      setWidth(ev.key === 'Home' ? PANEL_MIN_WIDTH : PANEL_MAX_WIDTH, true);
    }
  });
  panel.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape' && !ev.defaultPrevented) {
      ev.preventDefault();
      host.onClose();
    }
  });

  function syncControls(data: PanelData): void {
    scriptSel.value = data.controls.script && SCRIPT_CHOICES.some((c) => c.value === data.controls.script) ? data.controls.script : '';
    hoverBox.checked = data.controls.hover;
    rubyBox.checked = data.controls.ruby;
  }

  function build(data: PanelData): HTMLElement[] {
    if (!data.article || !data.article.isArticle) {
      return [h(doc, 'p', { class: 'empty no-article', 'data-empty': 'no-article' }, t('panelNoArticle'))];
    }
    const out: Array<HTMLElement | null> = [metaSection(env, data), warningsSection(env, data), controls];
    if (data.error) out.push(h(doc, 'p', { class: 'warn', role: 'alert' }, t('panelFailed', data.error)));
    else if (!data.summary) out.push(h(doc, 'p', { class: 'empty', 'aria-busy': 'true' }, t('panelLoading')));
    else {
      const s = data.summary;
      out.push(
        figuresSection(env, s.figures),
        entitiesSection(env, s.entities),
        datesSection(env, s.dates),
        keySentencesSection(env, s.keySentences, data.controls.speech),
        difficultySection(env, data.difficulty),
        outSection(env, data),
      );
    }
    return out.filter((x): x is HTMLElement => x !== null);
  }

  applyLayout();

  return {
    element: panel,
    update(data) {
      syncControls(data);
      const same =
        last &&
        last.article === data.article &&
        last.summary === data.summary &&
        last.error === data.error &&
        last.clean === data.clean &&
        last.words === data.words &&
        last.difficulty === data.difficulty &&
        last.controls.speech === data.controls.speech &&
        last.page.site === data.page.site;
      last = data;
      if (same) return;
      // Rebuild the content; keep keyboard focus on the "same" control when it is rebuilt.
      const active = (root as ShadowRoot).activeElement ?? (root === doc.body ? doc.activeElement : null);
      const key = active && panel.contains(active) ? active.getAttribute('data-key') : null;
      for (const el of content) if (el !== controls) el.remove();
      content = build(data);
      for (const el of content) body.insertBefore(el, toast);
      if (key) {
        const again = controls.contains(active)
          ? (active as HTMLElement)
          : body.querySelector<HTMLElement>(`[data-key="${CSS_escape(key)}"]`);
        if (again && (root as ShadowRoot).activeElement !== again) again.focus();
      }
    },
    setLayout(w, c) {
      width = clampWidth(w, viewport());
      collapsed = c;
      applyLayout();
    },
    shownWidth: () => (collapsed ? PANEL_COLLAPSED_WIDTH : width),
    focus() {
      (collapsed ? collapseBtn : title).focus();
    },
    say,
    destroy() {
      panel.remove();
      style.remove();
    },
  };
}

/** data-key values are our own ASCII identifiers; keep the selector safe anyway. */
function CSS_escape(s: string): string {
  return s.replace(/[^a-zA-Z0-9_-]/g, '');
}
