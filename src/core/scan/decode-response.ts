/**
 * Bytes of a fetched page → text as a browser decodes it: a BOM first, then the charset of the
 * Content-Type header, then the page's `<meta charset>` and sniffing (decode/decode-html).
 */
import { decodeHtml, type DecodedHtml } from '../decode/decode-html';

export function charsetOf(contentType: string | null | undefined): string | null {
  const m = /;\s*charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType ?? '');
  if (!m) return null;
  try {
    return new TextDecoder(m[1]!.toLowerCase()).encoding;
  } catch {
    return null;
  }
}

export function decodeResponse(bytes: Uint8Array, contentType?: string | null): DecodedHtml {
  const bom =
    (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff) ||
    (bytes[0] === 0xff && bytes[1] === 0xfe);
  const header = bom ? null : charsetOf(contentType);
  if (!header) return decodeHtml(bytes);
  // Pages served as gb2312 routinely hold GBK/GB18030-only characters: decode with the superset.
  const d = decodeHtml(bytes, header === 'gbk' ? 'gb18030' : header);
  return { ...d, encoding: header };
}
