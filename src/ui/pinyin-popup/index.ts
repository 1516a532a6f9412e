/**
 * The word popup: word in both scripts, pinyin (tone marks, numbers or zhuyin; optional tone
 * colours), its HSK level ("HSK 3.0 · 4"), CC-CEDICT definitions, then the cursor character's own
 * entry when the word is longer. DOM APIs and textContent only; lives in the shadow root the
 * content-script glue provides, with its CSS there. Never off-screen, never over the word.
 */
import type { WordAt } from '../../core/pinyin/word-at';
import { formatSyllable, toneOf, type PinyinStyle } from '../../core/pinyin/syllable';
import { levelLabel, type LevelList } from '../../core/levels/levels';
import { placePopup } from './placement';
import { POPUP_CSS } from './style';

export interface PopupOptions {
  style?: PinyinStyle;
  toneColors?: boolean;
  /** Which HSK list the level shown comes from (default HSK 3.0). */
  levelList?: LevelList;
  /** Offer "add to word list" (button, and the A key handled by the caller). */
  onAdd?: (info: WordAt) => void;
  /** Offer "I know it" (button, and the K key handled by the caller). */
  onKnown?: (info: WordAt) => void;
  /** Offer "read aloud" (only given when the browser has a Chinese voice). */
  onSpeak?: (info: WordAt) => void;
  labels?: { add: string; added: string; known?: string; knownDone?: string; speak?: string };
}

export interface PinyinPopup {
  show(info: WordAt, anchor: DOMRect, viewport: { width: number; height: number }): void;
  hide(): void;
  setOptions(opts: PopupOptions): void;
  /** Show that the word shown was added to the word list, or (with `note`) why it was not. */
  markAdded(note?: string): void;
  /** Show that the word shown is now known. */
  markKnown(): void;
  element: HTMLElement;
}

/** Definitions are shown whole; a long list is capped (the popup scrolls beyond its height anyway). */
const MAX_DEFS = 10;
const MAX_CHAR_DEFS = 3;

export function createPinyinPopup(shadowRoot: ShadowRoot, initial: PopupOptions = {}): PinyinPopup {
  const doc = shadowRoot.ownerDocument;
  let opts: PopupOptions = { style: 'marks', toneColors: false, ...initial };
  if (!shadowRoot.querySelector('style[data-dubao-pinyin]')) {
    const style = doc.createElement('style');
    style.setAttribute('data-dubao-pinyin', '');
    style.textContent = POPUP_CSS;
    shadowRoot.appendChild(style);
  }
  const el = doc.createElement('div');
  el.className = 'dubao-py-popup';
  el.setAttribute('role', 'tooltip');
  el.setAttribute('lang', 'zh');
  el.hidden = true;
  shadowRoot.appendChild(el);

  function render(info: WordAt): void {
    el.replaceChildren();
    el.classList.toggle('dubao-py-colors', !!opts.toneColors);
    const head = doc.createElement('div');
    head.className = 'dubao-py-head';
    const word = doc.createElement('span');
    word.className = 'dubao-py-word';
    word.textContent = info.word;
    head.appendChild(word);
    const other = info.word === info.simplified ? info.traditional : info.simplified;
    if (other && other !== info.word) {
      const alt = doc.createElement('span');
      alt.className = 'dubao-py-alt';
      alt.textContent = other;
      alt.title = info.word === info.simplified ? 'Traditional' : 'Simplified';
      head.appendChild(alt);
    }
    const list = opts.levelList ?? 'hsk3';
    const level = info.level[list];
    if (level) {
      const badge = doc.createElement('span');
      badge.className = 'dubao-py-level';
      badge.textContent = levelLabel(list, level);
      head.appendChild(badge);
    }
    el.appendChild(head);
    const reading = doc.createElement('div');
    reading.className = 'dubao-py-reading';
    info.syllables.forEach((s, i) => {
      if (!s) return;
      if (i > 0) reading.appendChild(doc.createTextNode(' '));
      const span = doc.createElement('span');
      span.className = `t${toneOf(s)}`;
      span.textContent = formatSyllable(s, opts.style);
      reading.appendChild(span);
    });
    el.appendChild(reading);
    if (info.jyutping) {
      const yue = doc.createElement('div');
      yue.className = 'dubao-py-jyutping';
      yue.setAttribute('lang', 'yue-Latn');
      yue.textContent = `粵 ${info.jyutping}`;
      el.appendChild(yue);
    }
    if (info.definitions.length) {
      const ul = doc.createElement('ul');
      ul.className = 'dubao-py-defs';
      for (const d of info.definitions.slice(0, MAX_DEFS)) {
        const li = doc.createElement('li');
        li.textContent = d;
        ul.appendChild(li);
      }
      el.appendChild(ul);
    } else {
      const none = doc.createElement('div');
      none.className = 'dubao-py-none';
      none.textContent = 'No dictionary entry';
      el.appendChild(none);
    }
    if (info.char && info.char.definitions.length) {
      const own = doc.createElement('div');
      own.className = 'dubao-py-char';
      const c = doc.createElement('span');
      c.className = 'dubao-py-char-head';
      c.textContent = `${info.char.char} ${info.char.pinyin}`;
      own.appendChild(c);
      own.appendChild(doc.createTextNode(` ${info.char.definitions.slice(0, MAX_CHAR_DEFS).join('; ')}`));
      el.appendChild(own);
    }
    const button = (cls: string, label: string, on: ((i: WordAt) => void) | undefined, done: () => void) => {
      if (!on) return;
      const b = doc.createElement('button');
      b.type = 'button';
      b.className = cls;
      b.textContent = label;
      b.addEventListener('click', () => {
        on(info);
        done();
      });
      el.appendChild(b);
    };
    button('dubao-py-add', opts.labels?.add ?? '+ Word list (A)', opts.onAdd, markAdded);
    button('dubao-py-add dubao-py-known', opts.labels?.known ?? '✓ I know it (K)', opts.onKnown, markKnown);
    button('dubao-py-add dubao-py-speak', opts.labels?.speak ?? '🔊', opts.onSpeak, () => undefined);
  }

  /** Show a button's action as done. */
  function mark(selector: string, label: string): void {
    const b = el.querySelector<HTMLButtonElement>(selector);
    if (!b) return;
    b.textContent = label;
    b.disabled = true;
  }
  const markAdded = (note?: string) =>
    mark('.dubao-py-add:not(.dubao-py-known):not(.dubao-py-speak)', note ?? opts.labels?.added ?? '✓ Added');
  const markKnown = () => mark('.dubao-py-known', opts.labels?.knownDone ?? 'Known');

  return {
    element: el,
    setOptions(next: PopupOptions): void {
      opts = { ...opts, ...next };
    },
    show(info, anchor, viewport): void {
      render(info);
      el.hidden = false;
      el.style.maxHeight = '';
      el.style.left = '0px';
      el.style.top = '0px';
      const box = el.getBoundingClientRect();
      const p = placePopup(anchor, { width: box.width, height: box.height }, viewport);
      el.style.left = `${Math.round(p.left)}px`;
      el.style.top = `${Math.round(p.top)}px`;
      el.style.maxHeight = `${Math.floor(p.maxHeight)}px`;
      el.dataset.side = p.side;
    },
    hide(): void {
      el.hidden = true;
    },
    markAdded,
    markKnown,
  };
}
