/**
 * A fetched linked page → its text, as the scan reads it (CLI and extension alike): still on the
 * list page's registrable domain after redirects, a success status, an HTML-ish type, a bounded
 * size, decoded as a browser would. Works on the standard Fetch `Response` (Node 20, browsers).
 */
import { sameSite } from './domain';
import { decodeResponse } from './decode-response';

export const MAX_PAGE_BYTES = 16 * 1024 * 1024;

export async function readPage(res: Response, site: URL, maxBytes = MAX_PAGE_BYTES): Promise<{ text: string } | { error: string }> {
  if (res.url && !sameSite(new URL(res.url), site)) return { error: `redirected off the site to ${res.url}` };
  if (!res.ok) return { error: `HTTP ${res.status}` };
  const type = res.headers.get('content-type');
  if (type && !/html|xml|text\/plain/i.test(type)) return { error: `not an HTML page (${type.split(';')[0]})` };
  const declared = Number(res.headers.get('content-length'));
  if (declared > maxBytes) return { error: `page too large (${declared} bytes)` };
  const bytes = new Uint8Array(await res.arrayBuffer());
  if (bytes.length > maxBytes) return { error: `page too large (${bytes.length} bytes)` };
  return { text: decodeResponse(bytes, type).text };
}
