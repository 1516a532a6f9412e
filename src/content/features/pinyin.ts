/**
 * Pinyin for learners on the page: the hover popup (pointer, and text selection for keyboard and
 * touch users), ruby over the article (`toggle-pinyin`), and hiding inline pinyin artefacts
 * ("clean"). The engine (src/core/pinyin, src/core/dict) is loaded on first use only.
 */
import type { Feature, FeatureContext } from '../context';
import { textMapOf, offsetOf, rangeOf } from './text-map';
import { isHan } from '../../core/text/script';
import { stripRubyArtefacts } from '../../core/extract/index';
import { t } from '../../platform/i18n';
import type { WordAt } from '../../core/pinyin/index';

type PinyinModule = typeof import('../../core/pinyin/index');
type PopupModule = typeof import('../../ui/pinyin-popup/index');

const BLOCK_SEL = 'p,li,td,th,h1,h2,h3,h4,h5,h6,dd,dt,blockquote,figcaption,caption,div,section,article';
const BLOCK_LEAF_SEL = 'p,li,td,th,h1,h2,h3,h4,h5,h6,dd,dt,figcaption,caption';

export function pinyinFeature(): Feature {
  let ctx: FeatureContext | null = null;
  let engine: Promise<PinyinModule> | null = null;
  let popupMod: Promise<PopupModule> | null = null;
  let popup: ReturnType<PopupModule['createPinyinPopup']> | null = null;
  /** What the popup shows now, with the sentence it came from (for the word list). */
  let shown: { info: WordAt; sentence: string } | null = null;
  let hover: AbortController | null = null;
  let ruby: { remove(): void } | null = null;
  let rubyWanted = false;
  let cleanWanted = false;
  let cleaned: Array<{ node: Text; original: string; cleaned: string }> = [];
  const loadEngine = () => (engine ??= import('../../core/pinyin/index'));

  function scopeElements(c: FeatureContext): Element[] {
    const a = c.article();
    if (a?.isArticle && a.blocks.length) return a.blocks.map((b) => b.element);
    return c.document.body ? [c.document.body] : [];
  }
  function inScope(c: FeatureContext, node: Node): boolean {
    const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
    if (!el || c.isOwnUi(el) || el.closest('input,textarea,[contenteditable=""],[contenteditable="true"],script,style,rt')) return false;
    const a = c.article();
    if (a?.isArticle && a.root) return a.root.contains(el);
    return true;
  }

  async function showAt(c: FeatureContext, node: Node, offset: number): Promise<boolean> {
    if (node.nodeType !== Node.TEXT_NODE || !inScope(c, node)) return false;
    const text = (node as Text).data;
    const ch = text[offset] ?? '';
    if (!isHan(ch)) return false;
    const block = (node.parentElement?.closest(BLOCK_SEL) ?? node.parentElement)!;
    const map = textMapOf(block);
    const pos = offsetOf(map, node, offset);
    if (pos < 0) return false;
    const { wordAt } = await loadEngine();
    const info = await wordAt(map.text, pos);
    if (!info || !ctx) return false;
    const range = rangeOf(map, info.start, info.end);
    const rect = range?.getBoundingClientRect();
    if (!rect) return false;
    popupMod ??= import('../../ui/pinyin-popup/index');
    const { createPinyinPopup } = await popupMod;
    popup ??= createPinyinPopup(c.uiRoot(), {
      style: c.settings().pinyinStyle,
      toneColors: c.settings().toneColors,
      onAdd: () => void addShownWord(),
      labels: { add: t('popupAddWord'), added: t('popupWordAdded') },
    });
    shown = { info, sentence: sentenceAround(map.text, info.start, info.end) };
    popup.show(info, rect, { width: c.window.innerWidth, height: c.window.innerHeight });
    return true;
  }

  function sentenceAround(text: string, start: number, end: number): string {
    const before = text.slice(0, start).search(/[^。！？!?\n]*$/);
    const after = text.slice(end).search(/[。！？!?\n]/);
    return text.slice(before, after < 0 ? text.length : end + after + 1).trim().slice(0, 200);
  }

  /** The learner's word list (storage.local; exported as Anki TSV from the panel). */
  async function addShownWord(): Promise<void> {
    if (!shown || !ctx) return;
    const { addToWordList } = await import('../../platform/wordlist-store');
    const { info, sentence } = shown;
    await addToWordList({
      word: info.word,
      pinyin: info.pinyin,
      gloss: info.definitions.slice(0, 3).join('; '),
      sentence,
      url: ctx.window.location.href,
      added: Date.now(),
    });
    popup?.markAdded();
  }

  function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
    const d = doc as Document & {
      caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
      caretRangeFromPoint?: (x: number, y: number) => Range | null;
    };
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

  function startHover(c: FeatureContext): void {
    if (hover) return;
    hover = new AbortController();
    // Warm the engine up in small steps now, not in one long task at the first hover.
    void loadEngine().then((m) => m.preparePinyin(pause));
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
          const shown = hit ? await showAt(c, hit.node, hit.offset) : false;
          if (!shown) popup?.hide();
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
        const target = e.target as Element | null;
        const typing = target?.closest?.('input,textarea,select,[contenteditable=""],[contenteditable="true"]');
        if ((e.key === 'a' || e.key === 'A') && !e.ctrlKey && !e.metaKey && !e.altKey && !typing) void addShownWord();
      },
      opts,
    );
    c.window.addEventListener('scroll', () => popup?.hide(), opts);
  }
  function stopHover(): void {
    hover?.abort();
    hover = null;
    popup?.hide();
  }

  const pause = () => new Promise<void>((r) => setTimeout(r, 0));

  /** Paragraph-sized elements to annotate one by one (a whole <body> would be one huge task). */
  function rubyTargets(c: FeatureContext): Element[] {
    const a = c.article();
    if (a?.isArticle && a.blocks.length) return a.blocks.map((b) => b.element);
    return c.document.body ? [...c.document.body.querySelectorAll(BLOCK_LEAF_SEL)] : [];
  }

  async function applyRuby(c: FeatureContext): Promise<void> {
    if (ruby) return;
    const { addRubyInSlices, preparePinyin } = await loadEngine();
    await preparePinyin(pause);
    if (ruby) return;
    ruby = await addRubyInSlices(rubyTargets(c), {
      style: c.settings().pinyinStyle,
      toneColours: c.settings().toneColors,
      exclude: c.isOwnUi,
      pause,
    });
  }
  function removeRuby(): void {
    ruby?.remove();
    ruby = null;
  }

  async function applyClean(c: FeatureContext): Promise<void> {
    if (cleaned.length) return;
    // (extract is already loaded by the controller)
    for (const el of scopeElements(c)) {
      const walker = c.document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        const { text, count } = stripRubyArtefacts(n.data);
        if (count > 0) {
          cleaned.push({ node: n, original: n.data, cleaned: text });
          n.data = text;
        }
      }
    }
  }
  function removeClean(): void {
    // Restore in reverse, and never over a node the page has changed since.
    for (const e of cleaned.reverse()) if (e.node.data === e.cleaned) e.node.data = e.original;
    cleaned = [];
  }

  return {
    name: 'pinyin',
    init(c, signal) {
      ctx = c;
      cleanWanted = c.settings().cleanArtefacts;
      if (c.settings().hoverPinyin) startHover(c);
      if (cleanWanted) {
        const go = () => void applyClean(c);
        if (c.article()) go();
        else c.onArticle(go);
      }
      signal.addEventListener('abort', () => {
        stopHover();
        removeRuby();
        removeClean();
        popup?.element.remove();
        popup = null;
        ctx = null;
      });
    },
    async command(name) {
      if (name !== 'toggle-pinyin' || !ctx) return;
      rubyWanted = !rubyWanted;
      if (rubyWanted) await applyRuby(ctx);
      else removeRuby();
      ctx.changed();
    },
    async action(action, value) {
      const c = ctx;
      if (!c) return;
      switch (action) {
        case 'set-hover':
          if (value === true) startHover(c);
          else stopHover();
          c.changed();
          break;
        case 'set-ruby':
          rubyWanted = value === true;
          if (rubyWanted) await applyRuby(c);
          else removeRuby();
          c.changed();
          break;
        case 'set-clean':
          cleanWanted = value === true;
          removeRuby();
          if (cleanWanted) await applyClean(c);
          else removeClean();
          if (rubyWanted) await applyRuby(c);
          c.changed();
          break;
        case 'before-text-change':
          removeRuby();
          removeClean();
          break;
        case 'after-text-change':
          if (cleanWanted) await applyClean(c);
          if (rubyWanted) await applyRuby(c);
          break;
      }
    },
    status(s) {
      s.hover = hover !== null;
      s.ruby = ruby !== null;
    },
  };
}
