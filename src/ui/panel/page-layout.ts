/**
 * Make room for the docked panel: the page's layout narrows instead of being covered. A style
 * element Dubao owns sets `margin-right` on <html> (in-flow content, sticky headers and the article
 * reflow into the narrower width); fixed-position bars that would reach under the panel (full-width
 * headers, right-anchored buttons) get an inline margin/max-width, saved and restored exactly.
 * Everything is undone by `release()`.
 */

import { bodyOf, headOf } from '../dom';

const STYLE_ATTR = 'data-dubao-layout';
const MAX_SCAN = 4000;

export interface PageSpace {
  /** Reserve `width` px at the right edge (0 = none). */
  update(width: number): void;
  /** Re-check fixed elements (after the page changed). */
  rescan(): void;
  release(): void;
}

interface Saved {
  el: HTMLElement;
  marginRight: [string, string];
  maxWidth: [string, string];
  baseMargin: number;
  left: number;
}

export function reservePageSpace(doc: Document, win: Window): PageSpace {
  const style = doc.createElement('style');
  style.setAttribute(STYLE_ATTR, '');
  (headOf(doc) ?? doc.documentElement).appendChild(style);
  let width = 0;
  let saved: Saved[] = [];
  let timer = 0;

  const restoreFixed = () => {
    for (const s of saved) {
      s.el.style.setProperty('margin-right', s.marginRight[0], s.marginRight[1]);
      s.el.style.setProperty('max-width', s.maxWidth[0], s.maxWidth[1]);
      if (!s.el.getAttribute('style')) s.el.removeAttribute('style');
    }
    saved = [];
  };

  const applyFixed = () => {
    for (const s of saved) {
      s.el.style.setProperty('margin-right', `${s.baseMargin + width}px`, 'important');
      if (s.left >= 0) s.el.style.setProperty('max-width', `calc(100vw - ${width + s.left}px)`, 'important');
    }
  };

  const scanFixed = () => {
    restoreFixed();
    // Nothing to do once the page's window is gone (navigated away, frame removed) before the timer.
    const body = bodyOf(doc);
    if (!width || !body || !doc.defaultView || typeof win.getComputedStyle !== 'function') return;
    const vw = win.innerWidth || doc.documentElement.clientWidth;
    const els = body.getElementsByTagName('*');
    const n = Math.min(els.length, MAX_SCAN);
    for (let i = 0; i < n; i++) {
      // An element in an unknown XML namespace has no style.
      const el = els[i] as HTMLElement | (Element & { style?: undefined });
      if (!el.style) continue;
      const cs = win.getComputedStyle(el);
      if (cs.position !== 'fixed') continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.right <= vw - width - 1) continue;
      const wide = r.width >= vw * 0.5;
      saved.push({
        el,
        marginRight: [el.style.getPropertyValue('margin-right'), el.style.getPropertyPriority('margin-right')],
        maxWidth: [el.style.getPropertyValue('max-width'), el.style.getPropertyPriority('max-width')],
        baseMargin: parseFloat(cs.marginRight) || 0,
        left: wide ? Math.max(0, r.left) : -1,
      });
    }
    applyFixed();
  };

  return {
    update(w) {
      width = Math.max(0, Math.round(w));
      style.textContent = width ? `html { margin-right: ${width}px !important; }` : '';
      if (!style.isConnected) (headOf(doc) ?? doc.documentElement).appendChild(style);
      if (saved.length) applyFixed();
      else {
        // After layout settles, so opening the panel is not delayed by the scan.
        win.clearTimeout(timer);
        timer = win.setTimeout(scanFixed, 50);
      }
    },
    rescan: scanFixed,
    release() {
      win.clearTimeout(timer);
      restoreFixed();
      style.remove();
      width = 0;
    },
  };
}
