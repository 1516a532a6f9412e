/**
 * Ruby mode: `<ruby>` with one `<rt>` per Han character over the text of the given elements,
 * read in context block by block (one analysis per element's text): pinyin, Jyutping, or both
 * (pinyin over, Jyutping under). remove() puts the very same original Text nodes back, so the DOM
 * is restored exactly.
 */
import { isSkipped, tagOf } from '../dom/tags';
import { HAN_RE, isHanCode } from '../text/chars';
import { detectScript } from '../text/script';
import { analyse, rubyWords, type Analysis } from './readings';
import { toSimplifiedSameLength } from '../text/to-simplified';
import { formatSyllable, toneOf, type PinyinStyle } from './syllable';
import { SLICE_MS } from '../schedule/slice';

export interface RubyHandle {
  remove(): void;
}

export interface RubyOptions {
  style?: PinyinStyle;
  /** Mark each <rt> with its tone (`class="dubao-rt dubao-tone3"`) for tone colours (default false). */
  toneColours?: boolean;
  /** Skip these elements (and their subtrees). */
  exclude?: (el: Element) => boolean;
  /**
   * Level-adaptive ruby: given a block's analysis, the code points to annotate, numbered by word
   * (0 = bare; the same number = one word, one <ruby>) — e.g. words above the learner's level and
   * not known (src/core/levels aboveLevel). Absent: every Han character, grouped by the engine's words.
   */
  select?: (a: Analysis) => Uint32Array;
  /**
   * Which readings the ruby shows: Mandarin (pinyin, the default), Cantonese (Jyutping) or both
   * (pinyin over the characters, Jyutping under them). Cantonese needs `jyutping`.
   */
  readings?: RubyReadings;
  /** Jyutping per code point of a block's analysis (core/jyutping jyutpingOf), null where none. */
  jyutping?: (a: Analysis) => ReadonlyArray<string | null>;
}

export type RubyReadings = 'mandarin' | 'cantonese' | 'both';

/**
 * Generated <ruby>/<rt> carry no attributes (every attribute is one more node to create: the cost
 * of ruby over an article is the number of nodes made); they are found through ROOT_ATTR, set on
 * each given root while ruby is on. RT_CLASS + tone classes only with `toneColours`.
 */
export const ROOT_ATTR = 'data-dubao-ruby';
export const RT_CLASS = 'dubao-rt';
const TONE_CLASS = ['', 1, 2, 3, 4, 5].map((t) => `${RT_CLASS} dubao-tone${t}`);
/**
 * Installed in the document while ruby is on: pinyin is not selectable, so copying skips it; it is
 * legible (60% of the text's size, never under 10 px) and words are set apart (a word's syllables
 * share one <ruby>). Padding inside <rt> and ruby-align cost ~40% more ruby time in Chromium's
 * layout (bench pinyin), so they are left out.
 */
export const RUBY_CSS =
  `[${ROOT_ATTR}] ruby{margin:0 .18em}` + `[${ROOT_ATTR}] ruby>rt{user-select:none;-webkit-user-select:none;font-size:max(10px,.6em)}`;
/**
 * Both readings: a word is an outer <ruby> whose bases are one inner <ruby> per character (the
 * character with its pinyin, over) each followed by that character's Jyutping <rt>, set under and
 * padded (Jyutping is often wider than its character: without it a word's syllables touch).
 */
export const YUE_CLASS = 'dubao-yue';
export const RUBY_BOTH_CSS = `[${ROOT_ATTR}] ruby{ruby-position:under}[${ROOT_ATTR}] ruby ruby{ruby-position:over;margin:0}[${ROOT_ATTR}] rt.${YUE_CLASS}{padding:0 .15em}`;

function collectTextNodes(root: Element, exclude: ((el: Element) => boolean) | undefined, out: Text[]): void {
  const walk = (node: Node): void => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        if (HAN_RE.test((c as Text).data)) out.push(c as Text);
      } else if (c.nodeType === 1) {
        const el = c as Element;
        // What no walker touches (core/dom/tags), ruby the page already has, and editable areas.
        if (isSkipped(el) || tagOf(el) === 'RUBY' || (el as HTMLElement).isContentEditable === true) continue;
        if (exclude?.(el)) continue;
        walk(el);
      }
    }
  };
  walk(root);
}

/** Roots only: an element inside another given element is covered by its ancestor (O(n·depth)). */
function topRoots(elements: Element[]): Element[] {
  const set = new Set(elements);
  return elements.filter((el) => {
    for (let p = el.parentElement; p; p = p.parentElement) if (set.has(p)) return false;
    return true;
  });
}

interface RubyJob {
  roots: Element[];
  script: ReturnType<typeof detectScript>;
  annotate(root: Element): void;
  handle: RubyHandle;
}

function startRuby(elements: Element[], opts: RubyOptions): RubyJob {
  const style = opts.style ?? 'marks';
  const readings: RubyReadings = opts.jyutping ? (opts.readings ?? 'mandarin') : 'mandarin';
  const replaced: Array<{ original: Text; parts: Node[] }> = [];
  const seen = new Set<Text>();
  const roots = topRoots(elements);
  const firstDoc = roots[0]?.ownerDocument;
  let styleEl: HTMLStyleElement | null = null;
  if (firstDoc) {
    styleEl = firstDoc.createElement('style');
    styleEl.setAttribute('data-dubao-ruby', '');
    styleEl.textContent = opts.readings === 'both' ? RUBY_CSS + RUBY_BOTH_CSS : RUBY_CSS;
    // head is typed non-null, but a document can lack one.
    ((firstDoc.head as HTMLHeadElement | null) ?? firstDoc.documentElement).appendChild(styleEl);
  }
  const marked = roots.filter((r) => !r.hasAttribute(ROOT_ATTR));
  for (const r of marked) r.setAttribute(ROOT_ATTR, '');
  let sampleText = '';
  for (const r of roots) {
    sampleText += r.textContent.slice(0, 4000 - sampleText.length);
    if (sampleText.length >= 4000) break;
  }
  const script = detectScript(sampleText);
  const annotate = (root: Element): void => {
    const nodes: Text[] = [];
    collectTextNodes(root, opts.exclude, nodes);
    const fresh = nodes.filter((n) => !seen.has(n));
    if (!fresh.length) return;
    fresh.forEach((n) => seen.add(n));
    // Analyse the element's text as one string so readings get their context across inline tags.
    const whole = fresh.map((n) => n.data).join('');
    const a = analyse(whole, { script });
    const only = opts.select?.(a);
    const words = only ? null : rubyWords(a);
    const yue = readings === 'mandarin' ? null : (opts.jyutping?.(a) ?? null);
    let cp = 0;
    for (const node of fresh) {
      const doc = node.ownerDocument;
      const frag = doc.createDocumentFragment();
      const parts: Node[] = [];
      let plain = '';
      let ruby: HTMLElement | null = null;
      let lastWord = -1;
      // The text comes from the node itself, code point by code point; the analysis (of the nodes'
      // joined text) is used where its code point is the same one (always, unless a surrogate
      // pair is split across two nodes), so no character can be lost or changed.
      const data = node.data;
      for (let u = 0; u < data.length; cp++) {
        const code = data.codePointAt(u)!;
        const n = code > 0xffff ? 2 : 1;
        let ch = a.chars[cp];
        let syl = a.syllables[cp];
        if (ch === undefined || ch.length !== n || ch.charCodeAt(0) !== data.charCodeAt(u)) {
          ch = data.slice(u, u + n);
          syl = null;
        }
        u += n;
        // Cantonese alone: a character with no Jyutping stays bare.
        const jp = yue === null ? null : (yue[cp] ?? null);
        if (!syl || !isHanCode(code) || (only && !only[cp]) || (yue !== null && readings === 'cantonese' && !jp)) {
          plain += ch;
          ruby = null;
          continue;
        }
        if (plain) {
          const t = doc.createTextNode(plain);
          frag.appendChild(t);
          parts.push(t);
          plain = '';
        }
        const word = only ? only[cp]! : words![cp]!;
        if (!ruby || word !== lastWord) {
          ruby = doc.createElement('ruby');
          frag.appendChild(ruby);
          parts.push(ruby);
        }
        lastWord = word;
        // insertAdjacentText makes the text nodes inside the browser (measured the cheapest way
        // in Chromium: no Text wrapper objects, no fragment as append(a, b) builds).
        if (yue === null) {
          // Pinyin (the usual case, kept free of the Cantonese branches below).
          ruby.insertAdjacentText('beforeend', ch);
          const rt = doc.createElement('rt');
          if (opts.toneColours) rt.className = TONE_CLASS[toneOf(syl)]!;
          rt.insertAdjacentText('beforeend', formatSyllable(syl, style));
          ruby.appendChild(rt);
        } else if (readings === 'cantonese') {
          ruby.insertAdjacentText('beforeend', ch);
          const rt = doc.createElement('rt');
          rt.insertAdjacentText('beforeend', jp!);
          ruby.appendChild(rt);
        } else {
          // Both: the character and its pinyin as an inner ruby (over), its Jyutping after it (under).
          const inner = doc.createElement('ruby');
          inner.insertAdjacentText('beforeend', ch);
          const rt = doc.createElement('rt');
          if (opts.toneColours) rt.className = TONE_CLASS[toneOf(syl)]!;
          rt.insertAdjacentText('beforeend', formatSyllable(syl, style));
          inner.appendChild(rt);
          ruby.appendChild(inner);
          const under = doc.createElement('rt');
          under.className = YUE_CLASS;
          if (jp) under.insertAdjacentText('beforeend', jp);
          ruby.appendChild(under);
        }
      }
      if (plain) {
        const t = doc.createTextNode(plain);
        frag.appendChild(t);
        parts.push(t);
      }
      node.parentNode!.replaceChild(frag, node);
      replaced.push({ original: node, parts });
    }
  };
  let removed = false;
  const handle: RubyHandle = {
    remove(): void {
      if (removed) return;
      removed = true;
      styleEl?.remove();
      for (const r of marked) r.removeAttribute(ROOT_ATTR);
      for (const { original, parts } of replaced) {
        const first = parts[0];
        const parent = first?.parentNode;
        if (!first || !parent) continue;
        parent.insertBefore(original, first);
        for (const p of parts) p.parentNode?.removeChild(p);
      }
    },
  };
  return { roots, script, annotate, handle };
}

/** Put <ruby>/<rt> over every Han char in these elements; remove() restores the DOM exactly. */
export function addRuby(elements: Element[], opts: RubyOptions = {}): RubyHandle {
  const job = startRuby(elements, opts);
  for (const r of job.roots) job.annotate(r);
  return job.handle;
}

/**
 * The same, in slices: yields with `pause()` whenever `sliceMs` of work has been done, so a huge
 * page never gets a long main-thread task. Give many block elements rather than one huge root.
 */
export async function addRubyInSlices(
  elements: Element[],
  opts: RubyOptions & { sliceMs?: number; pause: () => Promise<void>; signal?: AbortSignal },
): Promise<RubyHandle> {
  const job = startRuby(elements, opts);
  const slice = opts.sliceMs ?? SLICE_MS;
  if (job.script === 'zh-Hant') {
    // Traditional text is read through its Simplified twin: build that converter in a task of its own.
    await opts.pause();
    toSimplifiedSameLength('們', 'tw');
    await opts.pause();
  }
  let t0 = performance.now();
  for (const r of job.roots) {
    if (opts.signal?.aborted) break;
    job.annotate(r);
    if (performance.now() - t0 > slice) {
      await opts.pause();
      t0 = performance.now();
    }
  }
  return job.handle;
}
