/** Node I/O for the CLI: back-pressure-aware JSON Lines output, stdin lines, HTML files → Document. */
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { parseHTML } from 'linkedom';
import { decodeHtml, type DecodeWarning } from '../core/decode/decode-html';

export class UsageError extends Error {}

export interface Io {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

/** Write text, waiting for 'drain' when the pipe is full so large outputs are never cut. */
export function write(stream: Writable, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const ok = stream.write(text, (err) => (err ? reject(err) : undefined));
    if (ok) resolve();
    else stream.once('drain', resolve);
  });
}

export function writeJsonLine(stream: Writable, value: unknown): Promise<void> {
  return write(stream, JSON.stringify(value) + '\n');
}

/** Resolve once everything written so far has been handed to the OS. */
export function flush(stream: Writable): Promise<void> {
  return new Promise((resolve) => {
    if ((stream as { writableLength?: number }).writableLength === 0) resolve();
    else stream.write('', () => resolve());
  });
}

export async function* readLines(stream: Readable): AsyncGenerator<string> {
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  for await (const line of rl) yield line;
}

export interface LoadedPage {
  document: Document;
  encoding: string;
  html: string;
  /** The decoding decision and any sign of mojibake (see core/decode). */
  decoding: DecodeWarning[];
}

const MAX_BYTES = 64 * 1024 * 1024;

/** Read a saved page, decode it as a browser would and parse it into a standard Document. */
export async function loadHtmlFile(file: string): Promise<LoadedPage> {
  const bytes = await readFile(file);
  if (bytes.length > MAX_BYTES) throw new Error(`file too large (${bytes.length} bytes; limit ${MAX_BYTES})`);
  if (bytes.length === 0) throw new Error('empty file');
  if (looksBinary(bytes)) throw new Error('not a text/HTML file (binary content)');
  const { text, encoding, warnings } = decodeHtml(bytes);
  return { document: parseHtml(text), encoding, html: text, decoding: warnings };
}

export function parseHtml(html: string): Document {
  const source = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(source).document as unknown as Document;
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  let zeros = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) zeros++;
  // UTF-16 text has many zeros but starts with a BOM; genuine binaries have zeros and no BOM.
  const utf16Bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  return !utf16Bom && zeros > 0;
}
