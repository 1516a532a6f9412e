/**
 * The hover popup: the word under the pointer (or a short selection, for keyboard and touch
 * users) with its reading in context, level and definitions; "add to word list" (A), "I know
 * it" (K) and "read aloud" (S, where the page has a Chinese voice) from the popup.
 */
import type { FeatureContext } from '../../context';
import type { PinyinEngine } from './engine';
import { textMapOf, offsetOf, rangeOf } from '../text-map';
import { isHan } from '../../../core/text/script';
import { t } from '../../../platform/i18n';
import { markKnown } from '../../../platform/known-words';
import type { WordAt } from '../../../core/pinyin/index';
import { levelLabel } from '../../../core/levels/levels';
import { wantsCantonese } from '../../../core/jyutping/region';
import { pageRegion, type PageSpeech } from './speech';

type PopupModule = typeof import('../../../ui/pinyin-popup/index');

const BLOCK_SEL = 'p,li,td,th,h1,h2,h3,h4,h5,h6,dd,dt,blockquote,figcaption,caption,div,section,article';

export interface HoverCapability {
  start(c: FeatureContext): void;
  stop(): void;
  destroy(): void;
  readonly on: boolean;
}

export function createHover(engine: PinyinEngine, speechOf: () => PageSpeech | null): HoverCapability {
  let ctx: FeatureContext | null = null;
  let popupMod: Promise<PopupModule> | null = null;
  let popup: ReturnType<PopupModule['createPinyinPopup']> | null = null;
  /** What the popup shows now, with the sentence it came from (for the word list). */
  let shown: { info: WordAt; sentence: string } | null = null;
  let hover: AbortController | null = null;

  function inScope(c: FeatureContext, node: Node): boolean {
    const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
    if (!el || c.isOwnUi(el) || el.closest('input,textarea,[contenteditable=""],[contenteditable="true"],script,style,rt')) return false;
    return true;
  }

  /** Each lookup's number: one that a newer lookup overtook (engine loading, imports) does nothing. */
  let lookups = 0;

  /**
   * Show the word at (node, offset): true when shown, false when there is none (the caller hides the
   * popup), null when a newer lookup started meanwhile (it decides; a slow first lookup that ends
   * after the pointer moved on must not show the word it was asked about).
   */
  async function showAt(c: FeatureContext, node: Node, offset: number): Promise<boolean | null> {
    const id = ++lookups;
    const stale = () => id !== lookups;
    if (node.nodeType !== Node.TEXT_NODE || !inScope(c, node)) return false;
    const text = (node as Text).data;
    const ch = text[offset] ?? '';
    if (!isHan(ch)) return false;
    const block = (node.parentElement?.closest(BLOCK_SEL) ?? node.parentElement)!;
    const map = textMapOf(block);
    const pos = offsetOf(map, node, offset);
    if (pos < 0) return false;
    // The engine loads on the first hover over Chinese text (in slices: no long task), not before.
    const { wordAt, preparePinyin } = await engine.pinyin();
    await preparePinyin(engine.pause);
    if (stale()) return null;
    const info = await wordAt(map.text, pos);
    if (stale()) return null;
    if (!info || !ctx) return false;
    if (wantsCantonese(c.settings().chineseReading, pageRegion(c))) info.jyutping = await jyutpingFor(map.text, info);
    const range = rangeOf(map, info.start, info.end);
    const rect = range?.getBoundingClientRect();
    if (!rect) return false;
    popupMod ??= import('../../../ui/pinyin-popup/index');
    const { createPinyinPopup } = await popupMod;
    if (stale()) return null;
    popup ??= createPinyinPopup(c.uiRoot(), {
      style: c.settings().pinyinStyle,
      toneColors: c.settings().toneColors,
      levelList: c.settings().levelList,
      onAdd: () => void addShownWord(),
      onKnown: () => void markShownKnown(),
      labels: {
        add: t('popupAddWord'),
        added: t('popupWordAdded'),
        known: t('popupMarkKnown'),
        knownDone: t('popupKnown'),
        speak: t('popupSpeak'),
      },
    });
    // "Read aloud" only where the page has a Chinese voice (checked each time: voices arrive late).
    const speech = speechOf();
    popup.setOptions({ levelList: c.settings().levelList, onSpeak: speech?.voice() ? (w) => void speech.speak(w.word) : undefined });
    shown = { info, sentence: sentenceAround(map.text, info.start, info.end) };
    popup.show(info, rect, { width: c.window.innerWidth, height: c.window.innerHeight });
    return true;
  }

  function sentenceAround(text: string, start: number, end: number): string {
    const before = text.slice(0, start).search(/[^。！？!?\n]*$/);
    const after = text.slice(end).search(/[。！？!?\n]/);
    return text
      .slice(before, after < 0 ? text.length : end + after + 1)
      .trim()
      .slice(0, 200);
  }

  /**
   * The learner's word list (storage.local; exported from the panel as Anki sentence cards): the word,
   * its reading in context, definition and level, the sentence it was met in, the headline and URL.
   * A full list or a failed write is said in the popup, never dropped silently.
   */
  async function addShownWord(): Promise<void> {
    if (!shown || !ctx) return;
    const c = ctx;
    const { addToWordList } = await import('../../../platform/wordlist-store');
    const { info, sentence } = shown;
    const list = c.settings().levelList;
    const level = info.level[list];
    try {
      const r = await addToWordList({
        word: info.word,
        pinyin: info.pinyin,
        gloss: info.definitions.slice(0, 3).join('; '),
        ...(level !== null ? { level: levelLabel(list, level) } : {}),
        sentence,
        title: c.article()?.title ?? c.document.title,
        url: c.window.location.href,
        added: Date.now(),
      });
      popup?.markAdded(r.outcome === 'full' || r.outcome === 'invalid' ? (r.warning ?? t('popupNotAdded')) : undefined);
    } catch (e) {
      popup?.markAdded(t('notSaved', e instanceof Error ? e.message : String(e)));
    }
  }

  /** Jyutping of the word in its paragraph (to-jyutping is loaded only on the first Cantonese hover). */
  async function jyutpingFor(text: string, info: WordAt): Promise<string> {
    const [{ jyutpingOf }, { analyse }] = await Promise.all([import('../../../core/jyutping/jyutping'), engine.pinyin()]);
    const a = analyse(text);
    const out: string[] = [];
    const js = jyutpingOf(a);
    for (let i = 0; i < a.chars.length; i++)
      if (a.offsets[i]! >= info.start && a.offsets[i]! < info.end && js[i]!.jyutping) out.push(js[i]!.jyutping!);
    return out.join(' ');
  }

  async function markShownKnown(): Promise<void> {
    if (!shown) return;
    const { info } = shown;
    await markKnown(info.word === info.simplified ? [info.word] : [info.word, info.simplified]);
    popup?.markKnown();
  }

  function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
    // A browser may have only one of the two (lib.dom declares both).
    const d: {
      caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
      caretRangeFromPoint?: (x: number, y: number) => Range | null;
    } = doc;
    if (d.caretPositionFromPoint) {
      const p = d.caretPositionFromPoint(x, y);
      return p ? { node: p.offsetNode, offset: p.offset } : null;
    }
    const r = d.caretRangeFromPoint?.(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }

  /**
   * The character under the pointer. Carets sit between characters (and browsers differ on which
   * side they pick), so check which neighbour's box actually contains the point.
   */
  function charUnder(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
    const caret = caretAt(doc, x, y);
    if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return null;
    const data = (caret.node as Text).data;
    const range = doc.createRange();
    for (const off of [caret.offset, caret.offset - 1]) {
      if (off < 0 || off >= data.length) continue;
      const end = off + (data.codePointAt(off)! > 0xffff ? 2 : 1);
      range.setStart(caret.node, off);
      range.setEnd(caret.node, end);
      for (const r of range.getClientRects()) {
        if (x >= r.left - 0.5 && x <= r.right + 0.5 && y >= r.top - 0.5 && y <= r.bottom + 0.5) return { node: caret.node, offset: off };
      }
    }
    return null;
  }

  return {
    get on() {
      return hover !== null;
    },
    start(c) {
      ctx = c;
      if (hover) return;
      hover = new AbortController();
      const opts = { signal: hover.signal, passive: true } as AddEventListenerOptions;
      let pending = false;
      let last: { x: number; y: number } = { x: -1, y: -1 };
      c.document.addEventListener(
        'mousemove',
        (e) => {
          if (!e.isTrusted) return; // a page script's synthetic move must not drive Dubao
          // The pointer went onto the popup itself (to press "add"): keep it open.
          if (popup && !popup.element.hidden && e.composedPath().includes(popup.element)) return;
          last = { x: e.clientX, y: e.clientY };
          if (pending) return;
          pending = true;
          c.window.requestAnimationFrame(async () => {
            pending = false;
            const hit = charUnder(c.document, last.x, last.y);
            if (!hit) {
              lookups++; // a lookup still under way is for a place the pointer has left
              popup?.hide();
              return;
            }
            if ((await showAt(c, hit.node, hit.offset)) === false) popup?.hide();
          });
        },
        opts,
      );
      c.document.addEventListener(
        'selectionchange',
        (e) => {
          if (!e.isTrusted) return;
          const sel = c.document.getSelection();
          if (!sel || sel.isCollapsed || sel.rangeCount === 0) return;
          const r = sel.getRangeAt(0);
          if (r.toString().length > 12) return;
          void showAt(c, r.startContainer, r.startOffset);
        },
        opts,
      );
      c.document.addEventListener(
        'keydown',
        (e) => {
          if (!e.isTrusted || !popup || popup.element.hidden) return;
          if (e.key === 'Escape') popup.hide();
          // A non-element target (the document) has no closest().
          const target = e.target as { closest?: Element['closest'] } | null;
          const typing = target?.closest?.('input,textarea,select,[contenteditable=""],[contenteditable="true"]');
          if (typing || e.ctrlKey || e.metaKey || e.altKey) return;
          if (e.key === 'a' || e.key === 'A') void addShownWord();
          if (e.key === 'k' || e.key === 'K') void markShownKnown();
          if ((e.key === 's' || e.key === 'S') && shown) speechOf()?.speak(shown.info.word);
        },
        opts,
      );
      c.window.addEventListener('scroll', () => popup?.hide(), opts);
    },
    stop() {
      hover?.abort();
      hover = null;
      popup?.hide();
    },
    destroy() {
      this.stop();
      popup?.element.remove();
      popup = null;
      ctx = null;
    },
  };
}
