/**
 * Article detection: which part of a page is the article, and its headline, time, source,
 * reporter and editor. Works on any standard `Document` (browser page, happy-dom, linkedom);
 * no extension API, no layout needed (the browser glue may pass `isHidden`).
 */
import { detectScript, looksChinese } from '../text/script';
import { collectBlocksSteps, type TextBlock } from './blocks';
import { isFurnitureLine } from './boilerplate';
import {
  edgeFragments,
  isMetaLine,
  matchAuthor,
  matchBareNames,
  matchDatelineOrg,
  matchEditor,
  matchReporterOrg,
  matchReportFragment,
  matchSource,
} from './byline';
import { readHiddenRules } from './hidden';
import type { Hint } from './hints';
import { decideIsArticle } from './is-article';
import { hasNestedRecords, hasRepeatedRecords } from './records';
import { blockStats, findRootSteps, proseWidgets, type BlockStats } from './root';
import { drain, runInSlices, STEP, type Steps } from '../schedule/steps';
import { learnRubyMap, stripRubyArtefacts } from './ruby';
import { hiddenSpam, isKeywordStuffing } from './spam';
import { contentLength, punctuationCount } from './text-stats';
import { findPublishedAt } from './published-at';
import { siteName } from './site-name';
import { isDateLine, parseTextDate } from './time';
import { findTitle, titleKey } from './title';
import { SLICE_MS } from '../schedule/slice';

export { stripRubyArtefacts } from './ruby';

export interface ArticleBlock {
  text: string;
  kind: 'paragraph' | 'heading' | 'caption';
  element: Element;
}
export interface ExtractWarning {
  /** `spam`, `ruby-artefacts`, or another kind (warnings passed between contexts keep any string). */
  type: string;
  message: string;
  count?: number;
  samples?: string[];
}
export interface Article {
  isArticle: boolean;
  title: string | null;
  publishedAt: string | null;
  /**
   * The zone the page states for its time (`+00:00` for GMT/UTC, `+09:00`…), null when it states
   * none (China time assumed). With it, `publishedLocal` is the time as the page prints it.
   */
  publishedZone?: string | null;
  publishedLocal?: string | null;
  source: string | null;
  author: string | null;
  editor: string | null;
  lang: 'zh-Hans' | 'zh-Hant' | null;
  blocks: ArticleBlock[];
  root: Element | null;
  text: string;
  cleanText: string;
  rubyArtefacts: number;
  warnings: ExtractWarning[];
}
export interface ExtractOptions {
  url?: string;
  isHidden?: (el: Element) => boolean;
  /**
   * The moment the page is read (the browser passes `new Date()`): completes relative dates
   * (`3小时前`, `昨天 22:46`) and year-less ones the page gives no year for. Without it such
   * dates are completed only from the page itself (its URL, machine dates).
   */
  now?: Date;
}

interface Line {
  block: TextBlock;
  /** Text with flattened ruby readings removed — what the analysis reads. */
  clean: string;
  stats: BlockStats;
}

export function extractArticle(doc: Document, opts: ExtractOptions = {}): Article {
  return drain(extractArticleSteps(doc, opts));
}

/**
 * The same, in slices of `sliceMs` with `pause()` in between: on a huge page (thousands of
 * comments) no main-thread task runs long. The page may change between slices; the result
 * describes the page as it was walked.
 */
export function extractArticleInSlices(
  doc: Document,
  opts: ExtractOptions,
  pause: () => Promise<void>,
  sliceMs = SLICE_MS,
): Promise<Article> {
  return runInSlices(extractArticleSteps(doc, opts), pause, sliceMs);
}

export function* extractArticleSteps(doc: Document, opts: ExtractOptions): Steps<Article> {
  // The whole document, not just <body>: malformed pages (a wrapper before <html>) leave the
  // content outside the parser's body. <head> is skipped by the walker.
  // Both typed non-null, but a document can lack a root element (and so a body). The rule takes
  // the cast as unneeded because the left side accepts HTMLElement, but it makes `top` nullable.
  const docRoot = doc.documentElement as Element | null;
  // oxlint-disable-next-line typescript/no-unnecessary-type-assertion
  const top = docRoot ?? (doc.body as Element | null);
  const empty = emptyArticle();
  if (!top) return empty;

  const { blocks, hidden } = yield* collectBlocksSteps(doc, top, { rules: readHiddenRules(doc), isHidden: opts.isHidden });
  yield;
  const pageText = blocks.map((b) => b.text).join('\n');
  yield;
  const rubyMap = learnRubyMap(pageText);
  yield;
  let rubyArtefacts = 0;
  const hintCache = new Map<Element, Hint>();
  const lines: Line[] = [];
  const widgets = proseWidgets(blocks, top, hintCache);
  yield;
  for (const b of blocks) {
    if (lines.length % STEP === STEP - 1) yield;
    const r = stripRubyArtefacts(b.text, rubyMap);
    rubyArtefacts += r.count;
    const cleanBlock = r.count ? { ...b, text: r.text } : b;
    lines.push({ block: b, clean: r.text, stats: blockStats(cleanBlock, top, hintCache, widgets) });
  }
  yield;

  const { root } = yield* findRootSteps(
    lines.map((l) => ({ ...l.block, text: l.clean })),
    lines.map((l) => l.stats),
    top,
  );
  let rootStart = -1;
  let rootEnd = -1;
  for (let i = 0; i < lines.length; i++) {
    if (root.contains(lines[i]!.block.element)) {
      if (rootStart < 0) rootStart = i;
      rootEnd = i;
    }
  }
  let firstProse = -1;
  for (let i = Math.max(rootStart, 0); i <= rootEnd; i++)
    if (lines[i]!.stats.prose) {
      firstProse = i;
      break;
    }

  yield;
  const cleanBlocks = lines.map((l) => ({ ...l.block, text: l.clean }));
  yield;
  const { title, index: titleIndex } = findTitle(doc, cleanBlocks, firstProse);
  const titleK = title ? titleKey(title) : '';
  yield;

  // Body: the root's blocks minus furniture, metadata and the headline; trimmed to prose at both ends.
  const warnings: ExtractWarning[] = [];
  const spamSamples: string[] = hiddenSpam(hidden).map((h) => h.text.slice(0, 80));
  const chosen: number[] = [];
  for (let i = Math.max(rootStart, 0); i <= rootEnd && rootStart >= 0; i++) {
    const l = lines[i]!;
    const t = l.clean;
    if (!root.contains(l.block.element)) continue;
    if (i === titleIndex || (titleK && titleKey(t) === titleK)) continue;
    if (l.stats.linkDensity > 0.5) continue;
    if (l.stats.furniture) continue;
    if (isKeywordStuffing(t)) {
      spamSamples.push(t.slice(0, 80));
      continue;
    }
    if (isFurnitureLine(t) || isMetaLine(t) || isDateLine(t)) continue;
    chosen.push(i);
  }
  // A legal notice heading (反侵权公告 / 版权声明 / 免责声明) or the first reader comment after the
  // story ends the article.
  yield;
  const noticeAt = chosen.findIndex((i, k) => k > 0 && endsArticle(lines[i]!.clean));
  if (noticeAt > 0) chosen.length = noticeAt;
  // A short unpunctuated line at the very start of the body is a deck or a label, not a subheading.
  while (chosen.length && !lines[chosen[0]!]!.stats.prose) chosen.shift();
  while (chosen.length && !lines[chosen[chosen.length - 1]!]!.stats.prose && !isCaptionLike(lines[chosen[chosen.length - 1]!]!))
    chosen.pop();
  const dedup: number[] = [];
  for (const i of chosen) if (!dedup.length || lines[dedup[dedup.length - 1]!]!.clean !== lines[i]!.clean) dedup.push(i);

  const bodyLines = dedup.map((i) => lines[i]!);
  const articleBlocks: ArticleBlock[] = bodyLines.map((l) => ({
    text: l.block.text,
    kind: l.block.caption ? 'caption' : l.block.heading || (!l.stats.prose && l.clean.length <= 30) ? 'heading' : 'paragraph',
    element: l.block.element,
  }));
  const text = bodyLines.map((l) => l.block.text).join('\n');
  const cleanText = bodyLines.map((l) => l.clean).join('\n');

  // Metadata lines: the header region (headline → body) first, then the tail after the body.
  const bodyFirst = dedup.length ? dedup[0]! : firstProse;
  const bodyLast = dedup.length ? dedup[dedup.length - 1]! : rootEnd;
  const headFrom = titleIndex >= 0 ? titleIndex : Math.max(0, (bodyFirst >= 0 ? bodyFirst : 0) - 12);
  const region = (from: number, to: number) => lines.slice(Math.max(0, from), Math.max(0, to)).map((l) => l.clean);
  const headLines = region(headFrom, bodyFirst >= 0 ? bodyFirst : headFrom + 12);
  const edgeLines = [...(dedup.length ? [lines[dedup[0]!]!.clean] : []), ...dedup.slice(-3).map((i) => lines[i]!.clean)];
  const tailLines = region(bodyLast + 1, bodyLast + 25);
  // Metadata lines the body selection dropped inside the article container (byline, 责编…).
  const kept = new Set(dedup);
  const innerLines: string[] = [];
  for (let i = Math.max(bodyFirst, 0); i <= bodyLast && i >= 0; i++)
    if (!kept.has(i) && isMetaLine(lines[i]!.clean)) innerLines.push(lines[i]!.clean);
  const metaLines = [...headLines, ...innerLines, ...tailLines, ...edgeLines].filter(isMetaCandidate);
  // Bylines written into the story's first/last paragraph, or a bracketed line right after it.
  const edges = [...edgeLines, ...tailLines.slice(0, 3)].map(edgeFragments);
  const fragments = edges.flatMap((e) => [e.opening, e.closing]).filter((x): x is string => !!x);
  const closing = edges.map((e) => e.closing).filter((x): x is string => !!x);
  const source =
    firstMatch(metaLines, matchSource) ??
    firstMatch(metaLines, matchReporterOrg) ??
    firstMatch([...edgeLines.slice(0, 1), ...headLines], matchDatelineOrg) ??
    firstMatch(closing, (f) => matchReportFragment(f)?.org ?? null) ??
    dateLineSource(headLines) ??
    metaSource(doc) ??
    siteName(doc, title);
  const editor =
    firstMatch([...innerLines, ...tailLines, ...edgeLines].filter(isMetaCandidate), matchEditor) ??
    firstMatch(fragments, matchEditor) ??
    firstMatch(headLines.filter(isMetaCandidate), matchEditor);
  const author =
    firstMatch(metaLines, matchAuthor) ??
    firstMatch(fragments, matchAuthor) ??
    firstMatch(closing, (f) => matchReportFragment(f)?.names ?? null) ??
    classAuthor(lines, headFrom, bodyFirst) ??
    firstMatch(closing, matchBareNames) ??
    metaAuthor(doc, [source, editor]);

  const lang = looksChinese(docRoot?.getAttribute('lang'), (title ?? '') + cleanText.slice(0, 3000) || pageText.slice(0, 3000))
    ? detectScript(cleanText || title || pageText.slice(0, 3000))
    : null;
  const preLines = titleIndex >= 0 ? region(titleIndex - 15, titleIndex) : [];
  yield;
  // A related item's date (`<li><a>title</a><span>2023-07-12</span></li>`) between headline and body is not the story's.
  const headEnd = bodyFirst >= 0 ? bodyFirst : headFrom + 12;
  const headTimeLines = lines
    .slice(Math.max(0, headFrom), Math.max(0, headEnd))
    .filter((l) => !isListItemDate(l))
    .map((l) => l.clean);
  const found = findPublishedAt(doc, { headLines: headTimeLines, tailLines, preLines, url: opts.url, now: opts.now }, lang !== null);
  const publishedAt = found?.iso ?? null;
  const publishedZone = found?.zone ?? null;
  const publishedLocal = found?.local ?? null;

  yield;
  // Is this an article at all?
  const bodyChars = contentLength(cleanText);
  let proseAll = 0;
  for (const l of lines) if (l.stats.prose && !l.stats.furniture) proseAll += l.stats.length;
  let proseBody = 0;
  let proseBlocks = 0;
  for (const l of bodyLines)
    if (l.stats.prose) {
      proseBody += l.stats.length;
      proseBlocks++;
    }
  let rootChars = 0;
  let rootLinks = 0;
  for (let i = Math.max(rootStart, 0); i <= rootEnd && rootStart >= 0; i++) {
    rootChars += lines[i]!.stats.length;
    rootLinks += lines[i]!.block.linkChars;
  }
  const bodyContainer = bodyLines.length ? commonAncestor(bodyLines.map((l) => l.block.element)) : null;
  const evidence = {
    bodyChars,
    proseBlocks,
    punct: punctuationCount(cleanText),
    headlineFound: titleIndex >= 0,
    // Only a dateline or machine date is evidence of an article; URL/issue/year-less fallbacks are not.
    timeFound: found?.strong ?? false,
    rootLinkDensity: rootChars ? rootLinks / rootChars : 1,
    proseShare: proseAll ? proseBody / proseAll : 0,
    records:
      !!bodyContainer &&
      hasRepeatedRecords(
        bodyContainer,
        bodyLines.map((l) => ({ element: l.block.element, length: l.stats.length })),
      ),
    nested:
      !!bodyContainer &&
      hasNestedRecords(
        bodyContainer,
        bodyLines.map((l) => ({ element: l.block.element, length: l.stats.length })),
      ),
  };
  const isArticle = decideIsArticle(evidence);

  if (spamSamples.length) {
    warnings.push({
      type: 'spam',
      message: 'injected text (hidden block or keyword stuffing) left out of the article',
      count: spamSamples.length,
      samples: spamSamples.slice(0, 5),
    });
  }
  if (rubyArtefacts) {
    warnings.push({
      type: 'ruby-artefacts',
      message: 'flattened ruby (pinyin) readings in the text, e.g. 機(jī); cleanText has them removed',
      count: rubyArtefacts,
    });
  }

  return {
    isArticle,
    title: title ? stripRubyArtefacts(title, rubyMap).text : null,
    publishedAt,
    publishedZone,
    publishedLocal,
    source,
    author,
    editor,
    lang,
    blocks: articleBlocks,
    root: bodyContainer,
    text,
    cleanText,
    rubyArtefacts,
    warnings,
  };
}

function emptyArticle(): Article {
  return {
    isArticle: false,
    title: null,
    publishedAt: null,
    publishedZone: null,
    publishedLocal: null,
    source: null,
    author: null,
    editor: null,
    lang: null,
    blocks: [],
    root: null,
    text: '',
    cleanText: '',
    rubyArtefacts: 0,
    warnings: [],
  };
}

/**
 * `反侵权公告：`, `版权声明`, `免责声明:` — a heading opening the site's legal notice; or a comment
 * header signed with the reader's masked IP address (`lr9111[219.130.79.*] 认为：`).
 */
function endsArticle(t: string): boolean {
  if (t.length <= 60 && /\d{1,3}\.\d{1,3}\.\d{1,3}\.\*/.test(t)) return true;
  return (
    t.length <= 12 &&
    /^[【[]?(?:反侵权公告|反侵權公告|侵权公告|侵權公告|版权声明|版權聲明|免责声明|免責聲明|特别声明|特別聲明|郑重声明|鄭重聲明|法律声明|法律聲明)[】\]]?\s*[:：]?$/.test(
      t,
    )
  );
}

/** Lines that can carry metadata: short, or not running prose. */
function isMetaCandidate(t: string): boolean {
  if (t.length <= 80) return true;
  return (t.match(/[。！？]/g)?.length ?? 0) === 0 && t.length <= 200;
}

function isCaptionLike(l: Line): boolean {
  return l.block.caption;
}

/** A date line inside a list item that links elsewhere: a related item's date, not the article's. */
function isListItemDate(l: Line): boolean {
  if (!isDateLine(l.clean)) return false;
  const li = l.block.element.closest('li');
  if (!li) return false;
  for (const a of Array.from(li.querySelectorAll('a[href]'))) if (contentLength(a.textContent.trim()) >= 4) return true;
  return false;
}

/** `2005年03月31日03:18 北京娱乐信报`: a short name right after the date on the header's date line. */
function dateLineSource(headLines: string[]): string | null {
  for (const l of headLines.slice(0, 8)) {
    if (l.length > 80 || !parseTextDate(l)) continue;
    const m = /\d{1,2}[:：]\d{2}(?:[:：]\d{2})?\s+([\u4e00-\u9fff·]{2,12})\s*$/.exec(l);
    if (m && !/来源|來源|编辑|編輯|作者|记者|記者|分享|打印|评论|評論|字号|字號|朗读|朗讀|星期|报道|報導|发布|發布|更新/.test(m[1]!))
      return m[1]!;
  }
  return null;
}

/** Meta names that give the story's origin: `source` and kin, and `ContentSource` of the Chinese government-site meta convention. */
const SOURCE_META = new Set(['source', 'article:source', 'og:source', 'contentsource']);

/** `<meta name="source">` (and kin) when it names an outlet, not a URL. */
function metaSource(doc: Document): string | null {
  for (const m of Array.from(doc.querySelectorAll('meta[content]'))) {
    const key = (m.getAttribute('name') ?? m.getAttribute('property') ?? '').toLowerCase();
    if (!SOURCE_META.has(key)) continue;
    const v = m.getAttribute('content')!.trim();
    if (v.length >= 2 && v.length <= 24 && !/[/.@:]/.test(v)) return v;
  }
  return null;
}

/** JSON-LD `author` (NewsArticle): `"author": {"name": "…"}`, `[{"name": …}]` or a plain string. */
function jsonLdAuthor(doc: Document): string | null {
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const m = /"author"\s*:\s*(?:\[\s*)?(?:\{[^{}]*?"name"\s*:\s*"([^"]+)"|"([^"]+)")/.exec(s.textContent);
    const v = (m?.[1] ?? m?.[2])?.trim();
    if (v) return v;
  }
  return null;
}

/** A short name in an element marked as the author (`class="author"`, `itemprop="author"`) in the header. */
function classAuthor(lines: Line[], from: number, to: number): string | null {
  for (let i = Math.max(0, from); i < to && i < from + 20; i++) {
    const el = lines[i]!.block.element;
    const marks = `${el.getAttribute('class') ?? ''} ${el.getAttribute('itemprop') ?? ''} ${el.getAttribute('rel') ?? ''}`;
    if (!/(?:^|[\s_-])author(?:[\s_-]|$)/i.test(marks)) continue;
    const t = lines[i]!.clean.trim();
    // Han names, or a self-media account name such as `IT之家`.
    if (/^[\u4e00-\u9fff·]{2,8}(?:[ 、][\u4e00-\u9fff·]{2,8}){0,3}$/.test(t)) return t;
    if (/^[A-Za-z0-9\u4e00-\u9fff·_-]{2,16}$/.test(t) && /[\u4e00-\u9fff]/.test(t) && !/^\d/.test(t)) return t;
  }
  return null;
}

/**
 * `<meta name="author">` when it holds a person's name — not a URL, the site, or the name already
 * found as source or editor (CMSs often fill it with the outlet or the desk editor).
 */
function metaAuthor(doc: Document, taken: Array<string | null>): string | null {
  const v = (
    doc.querySelector('meta[name="author"], meta[property="article:author"]')?.getAttribute('content') ?? jsonLdAuthor(doc)
  )?.trim();
  if (!v || v.length > 40 || /[/.@]|网|網|报|報|新闻|新聞|消息|版权|版權/.test(v)) return null;
  if (taken.includes(v)) return null;
  return v;
}

function firstMatch(lines: string[], fn: (s: string) => string | null): string | null {
  for (const l of lines) {
    const v = fn(l);
    if (v) return v;
  }
  return null;
}

function commonAncestor(els: Element[]): Element | null {
  let a: Element | null = els[0] ?? null;
  for (const el of els.slice(1)) {
    while (a && !a.contains(el)) a = a.parentElement;
  }
  return a;
}
