/**
 * In-place page conversion: block conversion mapped back to text nodes, attributes and `lang`,
 * chunked into short tasks, later content followed with a MutationObserver, exact restore.
 * Standard DOM only; no extension API.
 */
import { loadEngine } from './load';
import type { ConversionEngine } from './engine';
import { Originals } from './originals';
import { LANG_TAG, type Variant } from './variant';
import { TEXT_ATTRS, blockContainer, isFormControl, isSkippedElement, walkBlocks, type WalkHooks } from './dom-walk';
import { SLICE_MS } from '../schedule/slice';

export type Scheduler = (task: () => void) => void;

export interface PageConversionOptions {
  from: Variant;
  to: Variant;
  /** Elements to convert (e.g. the article root); default the whole document body + title. */
  scope?: Element[] | null;
  /** Elements never touched (Dubao's own UI host, e.g. #dubao-root). */
  exclude?: (el: Element) => boolean;
  /** Keep converting content that arrives later (MutationObserver). Default true. */
  observe?: boolean;
  /** Runs the next chunk of work; default requestIdleCallback (timeout 50 ms) or setTimeout 0. */
  scheduler?: Scheduler;
  /** Work per chunk in ms (default 12). */
  sliceMs?: number;
  /** Apply the override table (default true). */
  overrides?: boolean;
}

export interface PageConversion {
  /** Resolves when the current content is converted (chunked: no task > ~50 ms). */
  ready: Promise<void>;
  /** Restore byte-identical originals (text + attributes + title + lang), never over nodes the page changed since. Stops observing. */
  restore(): void;
  /** The same in short slices (no main-thread task over ~50 ms on huge pages); resolves when done. */
  restoreInSlices(): Promise<void>;
}

const OBSERVE: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: [...TEXT_ATTRS],
};
const MAY_CONVERT = /[\u2e80-\u9fff\uf900-\ufaff\ud840-\ud87f\u3000-\u303f]/;

/** The timers a window may have: requestIdleCallback is missing in some browsers and DOM shims. */
type TimerWindow = Partial<Pick<Window, 'requestIdleCallback' | 'setTimeout'>>;

function defaultScheduler(win: TimerWindow | null): Scheduler {
  const ric = win?.requestIdleCallback?.bind(win);
  if (ric) return (task) => void ric(() => task(), { timeout: 50 });
  const st = win?.setTimeout?.bind(win) ?? setTimeout;
  return (task) => void st(task, 0);
}

export async function convertPage(doc: Document, opts: PageConversionOptions): Promise<PageConversion> {
  const engine = await loadEngine(opts.from, opts.to, { overrides: opts.overrides });
  const run = new PageRun(doc, engine, opts);
  run.start();
  return { ready: run.ready, restore: () => run.restore(), restoreInSlices: () => run.restoreInSlices() };
}

class PageRun {
  readonly ready: Promise<void>;
  private resolveReady!: () => void;
  private readonly originals = new Originals();
  private readonly exclude: (el: Element) => boolean;
  private readonly schedule: Scheduler;
  private readonly sliceMs: number;
  private readonly roots = new Set<Node>();
  private readonly pending: Node[] = [];
  private walker: Generator<Text[]> | null = null;
  private observer: MutationObserver | null = null;
  private scheduled = false;
  private stopped = false;
  private readonly hooks: WalkHooks;
  private readonly langTag: string;

  constructor(
    private readonly doc: Document,
    private readonly engine: ConversionEngine,
    private readonly opts: PageConversionOptions,
  ) {
    this.ready = new Promise((r) => (this.resolveReady = r));
    this.exclude = opts.exclude ?? (() => false);
    const win = doc.defaultView;
    this.schedule = opts.scheduler ?? defaultScheduler(win);
    this.sliceMs = opts.sliceMs ?? SLICE_MS;
    this.langTag = LANG_TAG[opts.to];
    this.hooks = {
      exclude: this.exclude,
      onElement: (el) => this.convertAttributes(el),
      onSubRoot: (root) => this.addRoot(root),
    };
  }

  start(): void {
    if (this.opts.from === this.opts.to) {
      this.resolveReady();
      return;
    }
    const win = this.doc.defaultView;
    const MO = win?.MutationObserver ?? (globalThis as { MutationObserver?: typeof MutationObserver }).MutationObserver;
    if (this.opts.observe !== false && MO) this.observer = new MO((records) => this.onMutations(records));
    const scope = this.opts.scope;
    if (scope && scope.length) {
      for (const el of scope) {
        this.originals.setLang(el, this.langTag);
        this.addRoot(el);
      }
    } else {
      const rootEl = this.doc.documentElement as HTMLElement | null; // typed non-null, but a document can lack one
      if (rootEl) this.originals.setLang(rootEl, this.langTag);
      this.addRoot(this.doc);
    }
    this.kick();
  }

  private addRoot(root: Node): void {
    if (root.nodeType === 9) {
      const d = root as Document;
      const title = d.querySelector('title');
      if (title) this.addRoot(title);
      // The whole element tree (head and its scripts are skipped by the walk): robust to pages
      // whose content a parser did not put under <body>.
      const rootEl = d.documentElement as HTMLElement | null; // typed non-null, but a document can lack one
      if (rootEl) this.addRoot(rootEl);
      return;
    }
    if (this.roots.has(root)) return;
    this.roots.add(root);
    this.observer?.observe(root, OBSERVE);
    this.pending.push(root);
  }

  private kick(): void {
    if (this.scheduled || this.stopped) return;
    this.scheduled = true;
    this.schedule(() => this.slice());
  }

  private slice(): void {
    this.scheduled = false;
    if (this.stopped) return;
    const t0 = performance.now();
    if (this.observer) this.onMutations(this.observer.takeRecords());
    let done = false;
    do {
      if (!this.walker) {
        const root = this.pending.shift();
        if (!root) {
          done = true;
          break;
        }
        this.walker = walkBlocks(root, this.hooks);
      }
      const step = this.walker.next();
      if (step.done) this.walker = null;
      else if (step.value.length) this.convertBlock(step.value);
    } while (performance.now() - t0 < this.sliceMs);
    // Everything observed since the slice began is Dubao's own writing.
    this.observer?.takeRecords();
    if (done) this.resolveReady();
    else this.kick();
  }

  private convertBlock(nodes: Text[]): void {
    const o = this.originals;
    if (nodes.length === 1) {
      const node = nodes[0]!;
      const src = o.textSource(node);
      if (!MAY_CONVERT.test(src)) return;
      o.writeText(node, src, this.engine.convert(src));
      return;
    }
    // One conversion of the block's text, cut back into one piece per node (a phrase across an
    // inline tag converts as in the plain string).
    const srcs: string[] = [];
    let may = false;
    for (const n of nodes) {
      const src = o.textSource(n);
      srcs.push(src);
      if (!may && MAY_CONVERT.test(src)) may = true;
    }
    if (!may) return;
    const outs = this.engine.convertPieces(srcs);
    for (let k = 0; k < nodes.length; k++) o.writeText(nodes[k]!, srcs[k]!, outs[k]!);
  }

  private convertAttributes(el: Element): void {
    if (!el.hasAttributes()) return;
    for (const name of TEXT_ATTRS) {
      const value = el.getAttribute(name);
      if (value === null || value === '') continue;
      const src = this.originals.attrSource(el, name, value);
      if (!MAY_CONVERT.test(src)) continue;
      this.originals.writeAttr(el, name, src, this.engine.convert(src));
    }
    const lang = el.getAttribute('lang');
    if (lang && /^zh\b/i.test(lang) && !this.roots.has(el)) this.originals.setLang(el, this.langTag);
  }

  /** Is `node` inside a conversion root and outside skipped/excluded elements? */
  private isConvertible(node: Node): boolean {
    // Up through shadow roots to their hosts (a parentless node other than a shadow root has no host).
    for (let n: Node | null = node; n; n = n.parentNode ?? (n as { host?: Element }).host ?? null) {
      if (this.roots.has(n)) return true;
      if (n.nodeType === 1) {
        const el = n as Element;
        if (this.exclude(el) || (isSkippedElement(el) && !(n === node && isFormControl(el)))) return false;
      }
    }
    return false;
  }

  private onMutations(records: MutationRecord[]): void {
    if (this.stopped || records.length === 0) return;
    const dirty = new Set<Node>();
    for (const r of records) {
      if (r.type === 'characterData') {
        const t = r.target as Text;
        if (!this.originals.isOwnText(t)) {
          const c = blockContainer(t);
          if (c) dirty.add(c);
        }
      } else if (r.type === 'attributes') {
        const el = r.target as Element;
        if (r.attributeName && !this.originals.isOwnAttr(el, r.attributeName) && this.isConvertible(el)) this.convertAttributes(el);
      } else {
        for (const n of Array.from(r.addedNodes)) {
          const c = n.nodeType === 1 ? blockContainer(n) : blockContainer(n);
          if (c) dirty.add(c);
        }
      }
    }
    let added = false;
    for (const c of dirty) {
      if (!c.isConnected && c.nodeType !== 11) continue;
      if (!this.isConvertible(c)) continue;
      this.pending.push(c);
      added = true;
    }
    if (added) this.kick();
  }

  private stop(): boolean {
    if (this.stopped) return false;
    this.stopped = true;
    this.observer?.takeRecords();
    this.observer?.disconnect();
    this.observer = null;
    this.walker = null;
    this.pending.length = 0;
    return true;
  }

  restore(): void {
    if (!this.stop()) return;
    this.originals.restore();
    this.resolveReady();
  }

  async restoreInSlices(): Promise<void> {
    if (!this.stop()) return;
    await this.originals.restoreInSlices(() => new Promise<void>((r) => this.schedule(r)), this.sliceMs);
    this.resolveReady();
  }
}
