/**
 * Is an element hidden, without layout? Inline styles, `hidden`, `aria-hidden`, off-screen
 * positioning, tiny fonts, and simple `<style>` rules (`#id`/`.class`/`tag.class` selectors with
 * `display:none` etc.) — the ways hacked sites hide injected link farms. In the browser the glue
 * passes a layout-based `isHidden` instead (or as well).
 */

const HIDING_DECL_RE =
  /display\s*:\s*none|visibility\s*:\s*hidden|(?:^|[;\s{])(?:left|top|text-indent|margin-left)\s*:\s*-\d{4,}(?:\.\d+)?px|font-size\s*:\s*(?:0(?:\.\d+)?|1)(?:px|pt|em)?\s*(?:;|$|!)|(?:^|[;\s{])(?:height|width)\s*:\s*0(?:px)?\s*;[^}]*overflow\s*:\s*hidden|clip\s*:\s*rect\(\s*0/i;

/** Framework utility classes that hide an element (Bootstrap, Tailwind, common CMS themes). */
const HIDDEN_CLASS_RE =
  /(?:^|\s)(?:hidden|hide|d-none|display-none|displaynone|invisible|sr-only|visually-hidden|screen-reader-text|collapse)(?:\s|$)/i;

export interface HiddenRules {
  ids: Set<string>;
  classes: Set<string>;
}

/** Read `<style>` blocks for simple selectors whose declarations hide content. */
export function readHiddenRules(doc: Document): HiddenRules {
  const ids = new Set<string>();
  const classes = new Set<string>();
  for (const style of Array.from(doc.querySelectorAll('style'))) {
    const css = style.textContent.replace(/\/\*[\s\S]*?\*\//g, '');
    if (css.length > 400_000) continue;
    const ruleRe = /([^{}]+)\{([^{}]*)\}/g;
    for (let m = ruleRe.exec(css); m; m = ruleRe.exec(css)) {
      if (!HIDING_DECL_RE.test(m[2]!)) continue;
      for (const sel of m[1]!.split(',')) {
        const s = sel.trim();
        // Only a lone simple selector: `#x`, `.x`, `div.x`, `div#x` (no descendant / state / media).
        const simple = /^[a-z0-9]*([#.])([\w-]+)$/i.exec(s);
        if (!simple) continue;
        (simple[1] === '#' ? ids : classes).add(simple[2]!);
      }
    }
  }
  return { ids, classes };
}

/** Hidden by its own attributes or the page's simple hiding rules (not by ancestors: the walker handles that). */
export function isHiddenStatic(el: Element, rules: HiddenRules): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (style && HIDING_DECL_RE.test(style)) return true;
  if (rules.ids.size && el.id && rules.ids.has(el.id)) return true;
  {
    const cls = el.getAttribute('class');
    if (cls && HIDDEN_CLASS_RE.test(cls) && !/(?:^|\s)(?:show|in|open|active)(?:\s|$)/.test(cls)) return true;
    if (cls) for (const c of cls.split(/\s+/)) if (c && rules.classes.has(c)) return true;
  }
  return false;
}
