/**
 * Class/id/role hints: words that mark page furniture (navigation, share bars, related lists,
 * comments, copyright, ads) or the article body. Site-independent; cached per element.
 */

const NEGATIVE_RE =
  /(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|crumbs?|foot|footer|header|sidebar|side|aside|share|sharing|bdshare|social|related|relate|recommend|recom|tuijian|xgyd|xgxw|hot|hotnews|rank|ranking|comment|comments|reply|pinglun|copyright|banquan|advert|ads?|gg|sponsor|promo|download|app|qrcode|erweima|ewm|login|toolbar|tools|pager|page-?nav|tags?|keywords?|topbar|top-?bar|bottom|subscribe|weixin|wechat|more|links?|friendlink|popup|modal)(?:$|[\s_\d-])/i;
const POSITIVE_RE =
  /(?:^|[\s_-])(?:article|content|contents|post|entry|text|body|main|story|detail|details|news-?text|zw|zhengwen|txt|con|cont|art|TRS_Editor|Custom_UnionStyle|rich_media)(?:$|[\s_\d-])/i;

/** Positive words strong enough to outweigh furniture words on an outer element. */
const STRONG_RE =
  /(?:^|[\s_-])(?:article|content|detail|zhengwen|TRS_Editor|Custom_UnionStyle|rich_media|post|entry|story|news-?text)(?:$|[\s_\d-])/i;

/**
 * Furniture words naming a widget (share bar, toolbar, login box, app/QR-code promotion): such an
 * element holds icons and links, never running prose. A long sentence-punctuated block under one
 * is a body that a template wrapped in a misnamed element, so the word does not mark it furniture.
 */
const WIDGET_RE =
  /(?:^|[\s_-])(?:share|sharing|bdshare|social|toolbar|tools|qrcode|erweima|ewm|login|subscribe|download|app)(?:$|[\s_\d-])/i;

export function isWidgetHint(el: Element): boolean {
  return WIDGET_RE.test(`${el.getAttribute('class') ?? ''} ${el.id}`.replace(/([a-z])([A-Z])/g, '$1-$2'));
}

/** -1 furniture, 1 body-like, 2 strongly body-like, 0 no opinion. */
export type Hint = -1 | 0 | 1 | 2;

export function elementHint(el: Element, cache: Map<Element, Hint>): Hint {
  const cached = cache.get(el);
  if (cached !== undefined) return cached;
  const tag = el.tagName.toUpperCase();
  let h: Hint = 0;
  if (tag === 'NAV' || tag === 'FOOTER' || tag === 'ASIDE') h = -1;
  else if (tag === 'ARTICLE') h = 2;
  else {
    const words = `${el.getAttribute('class') ?? ''} ${el.id} ${el.getAttribute('role') ?? ''}`.replace(/([a-z])([A-Z])/g, '$1-$2');
    if (words.trim()) {
      if (STRONG_RE.test(words)) h = 2;
      else if (POSITIVE_RE.test(words)) h = 1;
      else if (NEGATIVE_RE.test(words)) h = -1;
    }
  }
  cache.set(el, h);
  return h;
}
