/** Run the CLI in-process with captured stdout/stderr (shared by the CLI tests). */
import { PassThrough, Readable } from 'node:stream';
import { runCli } from '../../src/cli/main';

export interface CliResult {
  code: number;
  out: string;
  err: string;
}

/** `input`: the text on stdin, or a stream (generated input for the streaming tests). */
export async function runCliCaptured(args: string[], input: string | Readable = ''): Promise<CliResult> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  const code = await runCli(args, { stdin: typeof input === 'string' ? Readable.from([input]) : input, stdout, stderr });
  return { code, out, err };
}
