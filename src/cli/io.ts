/**
 * Node I/O for the CLI: back-pressure-aware JSON Lines output, stdin lines, HTML files → Document.
 * Input is read in chunks with its size limit checked while reading: an endless or huge input
 * (`/dev/zero`, a 600 MB line) ends in one error for that input, never in memory growing with it.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
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

/** The default limit of one input: an HTML file, or one line of stdin (bytes). */
export const DEFAULT_MAX_INPUT_BYTES = 64 * 1024 * 1024;

/**
 * The size limit of one input in bytes: DEFAULT_MAX_INPUT_BYTES, or the environment variable
 * DUBAO_MAX_INPUT_BYTES (a positive integer) where set — tests lower it.
 */
export function maxInputBytes(env: NodeJS.ProcessEnv = process.env): number {
  const v = Number(env.DUBAO_MAX_INPUT_BYTES);
  return Number.isSafeInteger(v) && v > 0 ? v : DEFAULT_MAX_INPUT_BYTES;
}

/** A stdin line longer than the limit: reported once the limit is passed; the rest of it is read and dropped, never held. */
export interface OversizeLine {
  oversize: true;
  limit: number;
}

/** The message of the `{error}` line an oversize input gives. */
export function tooLargeMessage(what: 'line' | 'file', limit: number): string {
  return `${what} too large (more than ${limit} bytes)`;
}

const NL = 0x0a;
const CR = 0x0d;

/**
 * Lines of a byte stream (UTF-8; "\n" or "\r\n"), each checked against `limit` bytes while it is read:
 * a longer line yields an OversizeLine as soon as the limit is passed, and the rest of it is skipped
 * to its end without being kept. Memory stays within one line of `limit` bytes however long the
 * input or its lines (an endless line is read on in constant memory).
 */
export async function* readLines(stream: Readable, limit = maxInputBytes()): AsyncGenerator<string | OversizeLine> {
  const decoder = new TextDecoder('utf-8');
  let parts: Buffer[] = [];
  let size = 0;
  let skipping = false;
  /** Add a piece of the current line; true when it just passed the limit. */
  const take = (piece: Buffer): boolean => {
    if (skipping) return false;
    size += piece.length;
    if (size <= limit) {
      if (piece.length) parts.push(piece);
      return false;
    }
    skipping = true;
    parts = [];
    return true;
  };
  /** The current line is complete: its text, or null when it was oversize (already reported). */
  const finish = (): string | null => {
    const dropped = skipping;
    const whole = parts.length === 1 ? parts[0]! : Buffer.concat(parts, size);
    parts = [];
    size = 0;
    skipping = false;
    if (dropped) return null;
    return decoder.decode(whole.length && whole[whole.length - 1] === CR ? whole.subarray(0, whole.length - 1) : whole);
  };
  const oversize: OversizeLine = { oversize: true, limit };
  let pending = false; // bytes of a last line not ended by a newline
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let from = 0;
    for (let nl = buf.indexOf(NL, from); nl >= 0; nl = buf.indexOf(NL, from)) {
      if (take(buf.subarray(from, nl))) yield oversize;
      const line = finish();
      if (line !== null) yield line;
      from = nl + 1;
      pending = false;
    }
    if (from < buf.length) {
      pending = true;
      if (take(buf.subarray(from))) yield oversize;
    }
  }
  if (pending) {
    const line = finish();
    if (line !== null) yield line;
  }
}

export function isOversize(line: string | OversizeLine): line is OversizeLine {
  return typeof line !== 'string';
}

export interface LoadedPage {
  document: Document;
  encoding: string;
  html: string;
  /** The decoding decision and any sign of mojibake (see core/decode). */
  decoding: DecodeWarning[];
}

/**
 * A file's bytes, read in chunks with the limit checked while reading: a larger file (or an endless
 * one: /dev/zero, a pipe) is refused once `limit` bytes have been passed, without reading on.
 */
export async function readFileLimited(file: string, limit = maxInputBytes()): Promise<Buffer> {
  const st = await stat(file);
  if (st.isDirectory()) throw new Error('is a directory');
  if (st.isFile() && st.size > limit) throw new Error(tooLargeMessage('file', limit));
  const parts: Buffer[] = [];
  let size = 0;
  const stream = createReadStream(file, { highWaterMark: 1 << 20 });
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > limit) throw new Error(tooLargeMessage('file', limit));
      parts.push(chunk);
    }
  } finally {
    stream.destroy();
  }
  return Buffer.concat(parts, size);
}

/** Read a saved page, decode it as a browser would and parse it into a standard Document. */
export async function loadHtmlFile(file: string): Promise<LoadedPage> {
  const bytes = await readFileLimited(file);
  if (bytes.length === 0) throw new Error('empty file');
  if (looksBinary(bytes)) throw new Error('not a text/HTML file (binary content)');
  const { text, encoding, warnings } = decodeHtml(bytes);
  return { document: parseHtml(text), encoding, html: text, decoding: warnings };
}

export function parseHtml(html: string): Document {
  const source = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(source).document;
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  let zeros = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) zeros++;
  // UTF-16 text has many zeros but starts with a BOM; genuine binaries have zeros and no BOM.
  const utf16Bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  return !utf16Bom && zeros > 0;
}
