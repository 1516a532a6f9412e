/**
 * What Dubao wrote and what was there before, per text node, attribute and `lang`. Restoring
 * writes an original back only where the node still holds exactly what Dubao wrote, so an update
 * the page made since is never overwritten by a stale original.
 */
import { SLICE_MS } from '../schedule/slice';
export interface Written {
  orig: string;
  written: string;
}

export class Originals {
  private readonly texts = new Map<Text, Written>();
  private readonly attrs = new Map<Element, Map<string, Written>>();
  private readonly langs = new Map<Element, { orig: string | null; written: string }>();

  /** The text to convert for `node`: its original if it still shows Dubao's output, else its data. */
  textSource(node: Text): string {
    const r = this.texts.get(node);
    return r && node.data === r.written ? r.orig : node.data;
  }

  isOwnText(node: Text): boolean {
    return this.texts.get(node)?.written === node.data;
  }

  /** Show `out` for `node` whose source text is `src`. */
  writeText(node: Text, src: string, out: string): void {
    if (out === src) {
      if (this.texts.has(node)) {
        if (node.data !== src) node.data = src;
        this.texts.delete(node);
      }
      return;
    }
    if (node.data !== out) node.data = out;
    this.texts.set(node, { orig: src, written: out });
  }

  attrSource(el: Element, name: string, value: string): string {
    const r = this.attrs.get(el)?.get(name);
    return r && value === r.written ? r.orig : value;
  }

  isOwnAttr(el: Element, name: string): boolean {
    const r = this.attrs.get(el)?.get(name);
    return r !== undefined && el.getAttribute(name) === r.written;
  }

  writeAttr(el: Element, name: string, src: string, out: string): void {
    let m = this.attrs.get(el);
    if (out === src) {
      if (m?.has(name)) {
        if (el.getAttribute(name) !== src) el.setAttribute(name, src);
        m.delete(name);
      }
      return;
    }
    if (el.getAttribute(name) !== out) el.setAttribute(name, out);
    if (!m) this.attrs.set(el, (m = new Map()));
    m.set(name, { orig: src, written: out });
  }

  setLang(el: Element, tag: string): void {
    const cur = el.getAttribute('lang');
    const r = this.langs.get(el);
    if (!r || cur !== r.written) this.langs.set(el, { orig: cur, written: tag });
    else r.written = tag;
    if (cur !== tag) el.setAttribute('lang', tag);
  }

  get size(): number {
    return this.texts.size + this.attrs.size + this.langs.size;
  }

  /** Put every original back where Dubao's output is still shown; forget everything. */
  /**
   * Restore in slices of `sliceMs`, yielding with `pause()` between them (huge pages). Text nodes
   * go first; attributes and lang (few) in the last slice. Same guarantees as restore().
   */
  async restoreInSlices(pause: () => Promise<void>, sliceMs = SLICE_MS): Promise<void> {
    let t0 = performance.now();
    for (const [node, r] of this.texts) {
      if (node.data === r.written) node.data = r.orig;
      this.texts.delete(node);
      if (performance.now() - t0 > sliceMs) {
        await pause();
        t0 = performance.now();
      }
    }
    this.restore();
  }

  restore(): void {
    for (const [node, r] of this.texts) if (node.data === r.written) node.data = r.orig;
    for (const [el, m] of this.attrs) for (const [name, r] of m) if (el.getAttribute(name) === r.written) el.setAttribute(name, r.orig);
    for (const [el, r] of this.langs) {
      if (el.getAttribute('lang') !== r.written) continue;
      if (r.orig === null) el.removeAttribute('lang');
      else el.setAttribute('lang', r.orig);
    }
    this.texts.clear();
    this.attrs.clear();
    this.langs.clear();
  }
}
