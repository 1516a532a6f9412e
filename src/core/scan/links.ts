/**
 * Article links of a list page (index, channel, 新闻列表, 信息公开 list): anchors to the same
 * registrable domain whose text reads like a headline, whose URL looks like an item (a date in
 * the path, a numeric id, a file name) and which sit in a repeated list structure — not
 * navigation, pagination, footer, breadcrumb or ads. Works on any standard Document.
 */
import { sameSite } from './domain';
import { drain, type Steps } from '../schedule/steps';

/** Anchors between two pause points. */
const ANCHOR_STEP = 32;

export interface ArticleLink {
  url: string;
  /** Anchor text (or its title attribute when the text is cut short). */
  text: string;
  score: number;
}
export interface RejectedLink {
  url: string;
  text: string;
  reason: 'other-site' | 'pagination' | 'navigation' | 'not-headline' | 'self' | 'file';
}
export interface LinkScan {
  articles: ArticleLink[];
  rejected: RejectedLink[];
}

const HAN_G = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g;
export function cjkCount(s: string): number {
  return s.match(HAN_G)?.length ?? 0;
}

/** Containers whose links are site furniture, by tag. */
const FURNITURE_TAGS = new Set(['NAV', 'HEADER', 'FOOTER']);
/** …and by id/class words (whole words inside `top-nav`, `footer_links`, `pagination`, `breadcrumb`). */
const FURNITURE_WORD =
  /(?:^|[\s_-])(?:nav|navs|navbar|navi|menu|menus|mainmenu|submenu|header|topbar|top_bar|footer|foot|bottom|copyright|copy|breadcrumbs?|crumbs?|location|position|weizhi|pagination|pager|paging|pagenav|pagebar|sitemap|friendlinks?|flinks?|youqing|links|ad|ads|advert|adv|advertisement|gg|banner|sponsor|share|login|toolbar|tools|lang)(?:[\s_\-\d]|$)/i;
/** Pagination anchor text: 上一页, 下一页, 尾页, 2, [3], », 更多, next … */
const PAGE_TEXT =
  /^(?:[<«‹[【(（]*\s*(?:上一?页|下一?页|前一?页|后一?页|後一?頁|上一?頁|下一?頁|首页|首頁|尾页|尾頁|末页|末頁|第?\s*\d{1,4}\s*[页頁]?|更多|更多>+|more|next|prev(?:ious)?|last|first|跳转|跳轉|go)\s*[>»›\]】)）]*|[<>«»‹›]+|\.{2,}|…+)$/i;
const PAGE_URL =
  /[?&](?:page|p|pn|pg|pageno|pagenum|pageindex|page_index|curpage|start|offset)=\d+|\/page\/\d+\/?$|(?:^|\/)(?:index|list|default|page|more)[_-]?\d{1,4}\.s?html?$/i;
/** A date in the path: /2023/0512/, /2023-05/12/, /202305/t20230512_1.html, /20230512/, /20/0512/ (yy/mmdd). */
const DATED_PATH =
  /(?:^|[^\d])(?:19|20)\d{2}[-/_]?(?:0[1-9]|1[0-2])(?:[-/_]?(?:0[1-9]|[12]\d|3[01]))?(?!\d)|\/\d{2}\/(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\//;
const PAGE_EXT = /\.(?:s?html?|php|aspx?|jsp|cgi)$/i;
/** Links to files, not pages: documents, archives, images, media. */
const FILE_EXT = /\.(?:pdf|docx?|xlsx?|pptx?|wps|txt|zip|rar|7z|gz|jpe?g|png|gif|bmp|webp|svg|mp3|mp4|avi|flv|wmv|mov|apk|exe)$/i;
/** Path words of media pages (galleries, videos, live rooms): an item, but no text to read. */
const MEDIA_PATH =
  /(?:^|[/_.-])(?:photos?|photoview|pics?|pictures?|gallery|galleries|album|albums|slides?|slideshow|videos?|video_play|videoplay|vod|live|livestream)(?:[/_.-]|$)/i;
const INDEX_LEAF = /^(?:index|default|list|main|home)(?:[_-]\w+)?\.(?:s?html?|php|aspx?|jsp)$/i;

interface Anchor {
  el: Element;
  url: URL;
  text: string;
  cjk: number;
  furniture: boolean;
  signature: string;
}

function clean(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

/** The anchor's headline: its text, or the title attribute when the text is cut (`…`) or empty. */
function anchorText(a: Element): string {
  const text = clean(a.textContent);
  const title = clean(a.getAttribute('title'));
  if (title && (!text || /(?:\.\.\.?|…+)$/.test(text) || (title.length > text.length && title.startsWith(text.slice(0, 4))))) return title;
  return text;
}

/** The page's base URL: `<base href>` resolved against the page's own URL. */
export function documentBase(doc: Document, pageUrl: string): URL {
  const base = new URL(pageUrl);
  const href = doc.querySelector('base[href]')?.getAttribute('href');
  if (!href) return base;
  try {
    return new URL(href.trim(), base);
  } catch {
    return base;
  }
}

/** Is this element itself site furniture (nav/header/footer, a navigation role, a furniture id/class)? */
function ownFurniture(e: Element): boolean {
  if (FURNITURE_TAGS.has(e.tagName.toUpperCase())) return true;
  const role = e.getAttribute('role');
  if (role === 'navigation' || role === 'banner' || role === 'contentinfo') return true;
  const words = `${e.getAttribute('id') ?? ''} ${e.getAttribute('class') ?? ''}`;
  return words.trim() !== '' && FURNITURE_WORD.test(words);
}

/** Inside site furniture? Memoised per ancestor: the page's anchors share most of their ancestors. */
function isFurniture(el: Element, stop: Element | null, memo: Map<Element, boolean>): boolean {
  const path: Element[] = [];
  let found = false;
  for (let e: Element | null = el.parentElement; e && e !== stop; e = e.parentElement) {
    const known = memo.get(e);
    if (known !== undefined) {
      found = known;
      break;
    }
    path.push(e);
    if (ownFurniture(e)) {
      found = true;
      break;
    }
  }
  // Every element walked lies below the answer's element: it shares the answer.
  for (const e of path) memo.set(e, found);
  return found;
}

/** Tag + first class of the anchor's three nearest ancestors: links of one list share it. */
function structureSignature(el: Element): string {
  const parts: string[] = [];
  let e: Element | null = el;
  for (let i = 0; i < 4 && e; i++, e = e.parentElement) {
    const cls = (e.getAttribute('class') ?? '').trim().split(/\s+/)[0] ?? '';
    parts.push(`${e.tagName.toLowerCase()}.${cls.replace(/\d+/g, '#')}`);
  }
  return parts.join('<');
}

export function urlKey(u: URL): string {
  const c = new URL(u.href);
  c.hash = '';
  return c.href;
}

/** What the URL says about its target: a dated or id-bearing item, or a channel/index. */
export function urlShape(u: URL): { dated: boolean; item: boolean; channel: boolean; media: boolean } {
  let path = u.pathname;
  try {
    path = decodeURI(path);
  } catch {
    /* malformed escape: keep it encoded */
  }
  const leaf = path.slice(path.lastIndexOf('/') + 1);
  const dated = DATED_PATH.test(path);
  const idInQuery = /[?&](?:id|aid|articleid|newsid|docid|tid|contentid|infoid|itemid|cid)=\w{3,}|[?&][\w-]+=\d{4,}(?:&|$)/i.test(u.search);
  const item =
    idInQuery ||
    /\d{4,}|[A-Za-z0-9]{12,}/.test(leaf.replace(PAGE_EXT, '')) ||
    (PAGE_EXT.test(leaf) && !INDEX_LEAF.test(leaf) && path.split('/').length > 2);
  const channel = !idInQuery && (path === '' || path.endsWith('/') || INDEX_LEAF.test(leaf)) && !/\d{5,}/.test(path);
  return { dated, item, channel, media: MEDIA_PATH.test(path) };
}

export function findArticleLinks(doc: Document, pageUrl: string): LinkScan {
  return drain(findArticleLinksSteps(doc, pageUrl));
}

/** The same in steps (`runInSlices` in the content script: a page with thousands of links never blocks). */
export function* findArticleLinksSteps(doc: Document, pageUrl: string): Steps<LinkScan> {
  const page = new URL(pageUrl);
  const base = documentBase(doc, pageUrl);
  const rejected: RejectedLink[] = [];
  const anchors: Anchor[] = [];
  // Typed non-null, but a document can lack a body.
  const stop = (doc.body as HTMLElement | null) ?? doc.documentElement;
  const selfKey = urlKey(page);
  const furnitureMemo = new Map<Element, boolean>();
  let n = 0;
  for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
    if (++n % ANCHOR_STEP === 0) yield;
    const href = a.getAttribute('href')!.trim();
    if (!href || /^(?:javascript|mailto|tel|data|about|#)/i.test(href)) continue;
    let url: URL;
    try {
      url = new URL(href, base);
    } catch {
      continue;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:' && url.protocol !== 'file:') continue;
    const text = anchorText(a);
    if (!sameSite(url, page)) {
      rejected.push({ url: url.href, text, reason: 'other-site' });
      continue;
    }
    if (urlKey(url) === selfKey) {
      rejected.push({ url: url.href, text, reason: 'self' });
      continue;
    }
    if (FILE_EXT.test(url.pathname)) {
      rejected.push({ url: url.href, text, reason: 'file' });
      continue;
    }
    if (PAGE_TEXT.test(text) || PAGE_URL.test(url.pathname + url.search)) {
      rejected.push({ url: url.href, text, reason: 'pagination' });
      continue;
    }
    anchors.push({
      el: a,
      url,
      text,
      cjk: cjkCount(text),
      furniture: isFurniture(a, stop, furnitureMemo),
      signature: structureSignature(a),
    });
  }

  // Repeated structure: anchors sharing a signature form a list; a list of headlines or a bar of short labels.
  const groups = new Map<string, Anchor[]>();
  for (const x of anchors) {
    const g = groups.get(x.signature);
    if (g) g.push(x);
    else groups.set(x.signature, [x]);
  }
  const groupKind = new Map<string, 'headlines' | 'bar' | 'none'>();
  for (const [sig, g] of groups) {
    if (g.length < 4) {
      groupKind.set(sig, 'none');
      continue;
    }
    const long = g.filter((x) => x.cjk >= 6).length;
    const short = g.filter((x) => x.cjk <= 4).length;
    groupKind.set(sig, long >= g.length * 0.5 ? 'headlines' : short >= g.length * 0.7 ? 'bar' : 'none');
  }

  const best = new Map<string, ArticleLink>();
  for (const x of anchors) {
    if (++n % ANCHOR_STEP === 0) yield;
    const shape = urlShape(x.url);
    let s = 0;
    if (x.cjk >= 8) s += 2;
    else if (x.cjk >= 6) s += 1;
    else if (x.cjk < 4) s -= 3;
    if (shape.dated) s += 2;
    if (shape.item) s += 1;
    if (shape.channel) s -= 2;
    if (shape.media) s -= 2;
    if (x.furniture) s -= 3;
    const kind = groupKind.get(x.signature);
    if (kind === 'headlines') s += 1;
    else if (kind === 'bar') s -= 1;
    const key = urlKey(x.url);
    if (s < 2) {
      rejected.push({ url: key, text: x.text, reason: x.furniture || kind === 'bar' ? 'navigation' : 'not-headline' });
      continue;
    }
    const prev = best.get(key);
    if (!prev) best.set(key, { url: key, text: x.text, score: s });
    else {
      if (x.text.length > prev.text.length) prev.text = x.text;
      prev.score = Math.max(prev.score, s);
    }
  }
  // An anchor may be rejected in one place (an image link, a "more" link) and accepted in another.
  const articles = [...best.values()];
  const kept = new Set(articles.map((a) => a.url));
  return { articles, rejected: rejected.filter((r) => !kept.has(r.url)) };
}

/** The baseline of the bench: every same-site link with ≥ 8 CJK characters of anchor text. */
export function baselineLinks(doc: Document, pageUrl: string): string[] {
  const page = new URL(pageUrl);
  const base = documentBase(doc, pageUrl);
  const out = new Set<string>();
  for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
    try {
      const url = new URL(a.getAttribute('href')!.trim(), base);
      if ((url.protocol === 'http:' || url.protocol === 'https:') && sameSite(url, page) && cjkCount(anchorText(a)) >= 8)
        out.add(urlKey(url));
    } catch {
      /* unparsable href */
    }
  }
  return [...out];
}
