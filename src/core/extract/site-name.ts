/**
 * The publishing site's own name — the source of a story the page credits to no other outlet
 * (its own newsroom's `〔即時新聞／綜合報導〕`): `og:site_name`, JSON-LD `publisher.name`,
 * `application-name`, else the outlet-like segment of the `<title>` suffix (`… - 生活 - 自由時報電子報`,
 * `… -- 上報 / 焦點`).
 */

/** A name that reads as a news outlet (…网/報/新闻/电视台/時報/周刊…), not a channel like 社會 or 焦點. */
const OUTLET_RE =
  /(?:网|網|报|報|新闻|新聞|社|台|电视|電視|时报|時報|日报|日報|晚报|晚報|周刊|週刊|杂志|雜誌|传媒|傳媒|媒体|媒體|在线|在線|资讯|資訊|财经|財經|客户端|客戶端|科技)$/;
const CHANNEL_RE = /(?:频道|頻道|首页|首頁|栏目|欄目|专题|專題|正文)$/;

/** Separators between a headline and the site's name or section in `<title>`; `——` (a subtitle) is not one. */
export const SITE_SEP_RE = /\s*(?:_|\||｜|\s-\s|--|(?<!—)—(?!—)|\s\/\s|^-|-$|-(?=\s*[^\d\s-]{2,14}$))\s*/;

function clean(v: string | null | undefined): string | null {
  const s = (v ?? '').replace(/\s+/g, ' ').trim();
  if (s.length < 2 || s.length > 24 || /^https?:|\.(?:com|cn|net|org|tw|hk)\b|^www\./i.test(s)) return null;
  return s;
}

function metaValue(doc: Document, keys: string[]): string | null {
  for (const k of keys) {
    const v = clean(doc.querySelector(`meta[property="${k}"], meta[name="${k}"]`)?.getAttribute('content'));
    if (v) return v;
  }
  return null;
}

export function jsonLdPublisherName(doc: Document): string | null {
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const m = /"publisher"\s*:\s*\{[^{}]*?"name"\s*:\s*"([^"]+)"/.exec(s.textContent);
    const v = clean(m?.[1]);
    if (v) return v;
  }
  return null;
}

/**
 * A name that reads as a news outlet: an outlet word (网/報/新闻/台…) after a name of its own —
 * `無綫新聞`, `星島日報` — not the bare word (`財經`, `新聞` are channels) nor a channel page.
 * A trailing `網頁`/`网页`/`官网` ("web page of") is not part of the name.
 */
export function isOutletName(v: string): boolean {
  const name = outletName(v);
  if (!name || CHANNEL_RE.test(name)) return false;
  const m = OUTLET_RE.exec(name);
  return !!m && m.index >= 1;
}

function outletName(v: string): string {
  return v.trim().replace(/\s*(?:網頁|网页|官網|官网|首頁|首页)$/, '');
}

/** The outlet-like segment of the `<title>` other than the headline itself. */
export function titleSiteName(docTitle: string, headline: string | null): string | null {
  const parts = docTitle
    .split(SITE_SEP_RE)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return null;
  const key = (s: string) => s.replace(/\s+/g, '');
  const head = headline ? key(headline) : key(parts[0]!);
  // Any segment but the headline: some sites put their name first (`無綫新聞 - 財經 - 標題`).
  for (const p of headline ? parts : parts.slice(1)) {
    const v = clean(outletName(p));
    if (!v || key(v) === head) continue;
    if (isOutletName(v)) return v;
  }
  return null;
}

export function siteName(doc: Document, headline: string | null): string | null {
  return (
    metaValue(doc, ['og:site_name', 'twitter:site:name', 'application-name']) ??
    jsonLdPublisherName(doc) ??
    titleSiteName(doc.querySelector('title')?.textContent ?? '', headline)
  );
}
