/**
 * Tag groups shared by every DOM walker of Dubao (article detection, locating spans, hover, the
 * bootstrap's sample, conversion, ruby), so that all of them agree on what the page's text is.
 * Tag names are upper case, as `Element.tagName` gives them for HTML elements (compare with
 * `tagOf(el)`, which also upper-cases SVG/MathML and XML names).
 */

/** Never running text: code the page runs, metadata, embedded documents, media and graphics. */
const NOT_TEXT = [
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'HEAD',
  'IFRAME',
  'FRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'SVG',
  'MATH',
  'AUDIO',
  'VIDEO',
  'MAP',
];
/** What the user types or picks: never read as article text, never rewritten. */
export const FORM_VALUE_TAGS = new Set(['TEXTAREA', 'INPUT', 'SELECT', 'OPTION']);
/** Ruby annotations (the page's own or Dubao's pinyin): not part of the running text. */
const ANNOTATION = ['RT', 'RP'];
/**
 * Computer code and its input/output. Not PRE: news sites put whole articles in <pre> (a Hong Kong
 * TV site's article body is one <pre>); code inside a <pre> is a <code> element.
 */
const CODE = ['CODE', 'KBD', 'SAMP'];

/** Elements whose subtree no walker reads as text nor changes. */
export const SKIP_TAGS: ReadonlySet<string> = new Set([...NOT_TEXT, ...FORM_VALUE_TAGS, ...ANNOTATION, ...CODE]);

/** Page controls: their labels are page text a conversion changes, but never article text. */
export const CONTROL_TAGS: ReadonlySet<string> = new Set(['BUTTON']);

/**
 * Block-level tags: text inside them belongs to their own block (article detection splits blocks
 * at these elements and at <br>).
 */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'ASIDE',
  'NAV',
  'HEADER',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'UL',
  'OL',
  'LI',
  'DL',
  'DT',
  'DD',
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'TR',
  'TD',
  'TH',
  'BLOCKQUOTE',
  'PRE',
  'FIGURE',
  'FIGCAPTION',
  'CENTER',
  'FORM',
  'FIELDSET',
  'ADDRESS',
  'HR',
  'BODY',
  'HTML',
  'CAPTION',
  'DETAILS',
  'SUMMARY',
  'DIALOG',
  'MENU',
  'LEGEND',
  'TITLE',
]);

/** Elements that do not break a phrase (`他的<a>头</a>发` is one run of text). */
export const INLINE_TAGS: ReadonlySet<string> = new Set([
  'A',
  'ABBR',
  'ACRONYM',
  'B',
  'BDI',
  'BDO',
  'BIG',
  'CITE',
  'DATA',
  'DEL',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'LABEL',
  'MARK',
  'NOBR',
  'Q',
  'RB',
  'RP',
  'RT',
  'RTC',
  'RUBY',
  'S',
  'SMALL',
  'SPAN',
  'STRIKE',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'TT',
  'U',
  'VAR',
  'WBR',
]);

export function tagOf(el: Element): string {
  return el.tagName.toUpperCase();
}

/** The element is editable by the user (contenteditable other than "false"): its text is theirs. */
export function isEditable(el: Element): boolean {
  if (!el.hasAttributes()) return false; // most elements: no attribute lookups at all
  const ce = el.getAttribute('contenteditable');
  return ce !== null && ce.toLowerCase() !== 'false';
}

/** No walker reads or changes the text inside `el`. */
export function isSkipped(el: Element): boolean {
  return SKIP_TAGS.has(tagOf(el)) || isEditable(el);
}

/** Walkers that read article text (detection, locating, hover, the sample) also leave controls out. */
export function isSkippedForReading(el: Element): boolean {
  return isSkipped(el) || CONTROL_TAGS.has(tagOf(el));
}
