/** The whole of stdin as text (UTF-8). */
import type { Readable } from 'node:stream';

export async function readStdin(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
