/** `dubao convert`: Simplified⇄Traditional for stdin lines, or a whole HTML document in place. */
import type { Command } from '../command';
import { isOversize, loadHtmlFile, readLines, tooLargeMessage, UsageError, write } from '../io';
import { convertPage, detectVariant, isVariant, loadEngine, type Variant } from '../../core/convert/index';

const USAGE = `Usage: dubao convert --to cn|t|tw|twp|hk [--from auto|cn|t|tw|twp|hk] [--no-overrides]
       dubao convert --to X [--from …] --html FILE

Converts each stdin line and writes it to stdout (one output line per input line), with the
extension's engine: OpenCC dictionaries plus Dubao's override table for OpenCC's known news
errors (--no-overrides: exactly opencc-js). --from auto (default) detects each line's variant.
With --html FILE the document's text (title, body text, title/alt/placeholder/aria-label
attributes; never code, pre, scripts, form fields) is converted block by block, as in the
browser, and the HTML is printed.

  cn   Simplified (mainland)     t    Traditional (OpenCC standard)
  tw   Taiwan                    twp  Taiwan with Taiwan phrases (软件 → 軟體)
  hk   Hong Kong

A line longer than 64 MB (DUBAO_MAX_INPUT_BYTES) gives an empty output line, a message on stderr
and exit code 1.`;

function variantOption(v: unknown, name: string, allowAuto: boolean): Variant | 'auto' {
  const s = String(v);
  if (allowAuto && s === 'auto') return 'auto';
  if (isVariant(s)) return s;
  throw new UsageError(`unknown --${name} '${s}' (cn, t, tw, twp, hk${allowAuto ? ' or auto' : ''})`);
}

/**
 * The document as HTML. linkedom's `String(document)` is used for ordinary pages; a root element
 * other than <html> (saved fragments like <text …><html>…) is written tag by tag, since linkedom
 * serialises some unknown roots as raw text.
 */
function serializeDocument(doc: Document): string {
  const root = doc.documentElement as Element | null; // typed non-null, but a document can lack one
  if (!root || root.localName === 'html') {
    // linkedom's Document has its own toString(), which serialises the document (the DOM types do not say so).
    // oxlint-disable-next-line typescript/no-base-to-string
    const s = String(doc);
    if (s.startsWith('<')) return s;
    return root?.outerHTML ?? '';
  }
  const attrs = Array.from(root.attributes)
    .map((a) => ` ${a.name}="${a.value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`)
    .join('');
  const kids = Array.from(root.childNodes)
    .map((n) => (n.nodeType === 1 ? (n as Element).outerHTML : n.nodeType === 3 ? escapeText((n as Text).data) : ''))
    .join('');
  return `<${root.localName}${attrs}>${kids}</${root.localName}>`;
}

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export const convertCommand: Command = {
  name: 'convert',
  summary: 'Simplified⇄Traditional (cn, t, tw, twp, hk) for stdin lines or an HTML file',
  usage: USAGE,
  options: {
    to: { type: 'string' },
    from: { type: 'string', default: 'auto' },
    html: { type: 'string' },
    'no-overrides': { type: 'boolean', default: false },
  },
  async run({ io, values, positionals }) {
    if (values.to === undefined) throw new UsageError('--to is required');
    const to = variantOption(values.to, 'to', false) as Variant;
    const from = variantOption(values.from, 'from', true);
    const overrides = !values['no-overrides'];
    if (positionals.length) throw new UsageError('convert reads stdin (or --html FILE); no other file arguments');

    if (typeof values.html === 'string') {
      let page;
      try {
        page = await loadHtmlFile(values.html);
      } catch (err) {
        await write(io.stderr, `dubao convert: ${values.html}: ${(err as Error).message}\n`);
        return 1;
      }
      const doc = page.document;
      // body and documentElement are typed non-null, but a document can lack them.
      const src =
        from === 'auto'
          ? detectVariant((doc.body as HTMLElement | null)?.textContent ?? (doc.documentElement as HTMLElement | null)?.textContent ?? '')
          : from;
      const conv = await convertPage(doc, {
        from: src,
        to,
        observe: false,
        overrides,
        sliceMs: Infinity,
        scheduler: (task) => void setImmediate(task),
      });
      await conv.ready;
      const html = serializeDocument(doc);
      await write(io.stdout, html.endsWith('\n') ? html : html + '\n');
      return 0;
    }

    let failed = false;
    let lineNo = 0;
    for await (const line of readLines(io.stdin)) {
      lineNo++;
      if (isOversize(line)) {
        // an empty output line keeps the lines aligned; the reason goes to stderr
        failed = true;
        await write(io.stderr, `dubao convert: line ${lineNo}: ${tooLargeMessage('line', line.limit)}\n`);
        await write(io.stdout, '\n');
        continue;
      }
      const src = from === 'auto' ? detectVariant(line) : from;
      const engine = await loadEngine(src, to, { overrides });
      await write(io.stdout, engine.convert(line) + '\n');
    }
    return failed ? 1 : 0;
  },
};
