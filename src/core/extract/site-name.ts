/**
 * The publishing site's own name — the source of a story the page credits to no other outlet
 * (its own newsroom's `〔即時新聞／綜合報導〕`): `og:site_name`, JSON-LD `publisher.name`,
 * `application-name`, else the outlet-like segment of the `<title>` suffix (`… - 生活 - 自由時報電子報`,
 * `… -- 上報 / 焦點`).
 */

/** A name that reads as a news outlet (…网/報/新闻/电视台/時報/周刊…), not a channel like 社會 or 焦點. */
const OUTLET_RE = /(?:网|網|报|報|新闻|新聞|社|台|电视|電視|时报|時報|日报|日報|晚报|晚報|周刊|週刊|杂志|雜誌|传媒|傳媒|媒体|媒體|在线|在線|资讯|資訊|财经|財經|客户端|客戶端|科技)$/;
const CHANNEL_RE = /(?:频道|頻道|首页|首頁|栏目|欄目|专题|專題|正文)$/;

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

function jsonLdPublisher(doc: Document): string | null {
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const m = /"publisher"\s*:\s*\{[^{}]*?"name"\s*:\s*"([^"]+)"/.exec(s.textContent ?? '');
    const v = clean(m?.[1]);
    if (v) return v;
  }
  return null;
}

/** The outlet-like segment of the `<title>` other than the headline itself. */
export function titleSiteName(docTitle: string, headline: string | null): string | null {
  const parts = docTitle
    .split(/\s*(?:_|\||｜|\s-\s|\s--\s|--|——|\s\/\s|\s—\s)\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return null;
  const key = (s: string) => s.replace(/\s+/g, '');
  const head = headline ? key(headline) : key(parts[0]!);
  for (const p of parts.slice(1)) {
    const v = clean(p);
    if (!v || key(v) === head) continue;
    if (OUTLET_RE.test(v) && !CHANNEL_RE.test(v)) return v;
  }
  return null;
}

export function siteName(doc: Document, headline: string | null): string | null {
  return (
    metaValue(doc, ['og:site_name', 'twitter:site:name', 'application-name']) ??
    jsonLdPublisher(doc) ??
    titleSiteName(doc.querySelector('title')?.textContent ?? '', headline)
  );
}
