import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHtml } from '../../../src/cli/io';
import { decodeHtml } from '../../../src/core/decode/decode-html';

export const PAGES = path.resolve(__dirname, '../../fixtures/pages');

/** linkedom Document (what the CLI uses). */
export function linkedomDoc(file: string): Document {
  return parseHtml(decodeHtml(readFileSync(file)).text);
}

/** happy-dom Document (the unit-test window's DOMParser). */
export function happyDoc(file: string): Document {
  return new DOMParser().parseFromString(decodeHtml(readFileSync(file)).text, 'text/html');
}

export function html(body: string, head = ''): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, 'text/html');
}
