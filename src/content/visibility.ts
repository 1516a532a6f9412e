/** Layout-based "is this element hidden from the reader?" for article detection in the browser. */
export function makeIsHidden(win: Window): (el: Element) => boolean {
  const vw = win.innerWidth || 1024;
  return (el: Element) => {
    const h = el as HTMLElement;
    if (typeof h.checkVisibility === 'function') {
      if (!h.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return true;
    } else {
      const cs = win.getComputedStyle(h);
      if (cs.display === 'none' || cs.visibility === 'hidden' || cs.opacity === '0') return true;
    }
    const r = h.getBoundingClientRect();
    // Off-screen tricks used by injected spam: far left/up, or collapsed to nothing.
    if (r.right < -500 || r.bottom < -500 + -win.scrollY || r.left > vw + 5000) return true;
    if (r.width <= 1 && r.height <= 1 && h.textContent.trim().length > 0) {
      const cs = win.getComputedStyle(h);
      if (cs.overflow === 'hidden' || parseFloat(cs.fontSize) < 2) return true;
    }
    return false;
  };
}
