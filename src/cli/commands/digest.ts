/** `dubao digest`: the scan table (reprints grouped, origin traced) for a folder of saved articles. */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Command } from '../command';
import { UsageError } from '../io';
import { jobsOption, parseFormat, runTable } from './scan';

/** Files as given; a folder gives its .html/.htm files (not recursive), in name order. */
export function expandInputs(inputs: string[]): string[] {
  const out: string[] = [];
  for (const p of inputs) {
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      /* reported when it is read */
    }
    if (isDir)
      out.push(
        ...readdirSync(p)
          .filter((f) => /\.html?$/i.test(f))
          .sort()
          .map((f) => path.join(p, f)),
      );
    else out.push(p);
  }
  return out;
}

export const digestCommand: Command = {
  name: 'digest',
  summary: 'the scan table of saved articles: one row per story, reprints grouped',
  usage: [
    'Usage: dubao digest [--format jsonl|csv|md] [--jobs N] FILE|DIR...',
    '',
    'Runs article detection and the summary engine on each saved page (a folder gives its .html',
    'files) and groups reprints into one story, as `dubao scan` does; urls are the file paths.',
    'Output as in `dubao scan --help`; worker threads as there (--jobs). Exit code 1 when some',
    'file could not be read.',
  ].join('\n'),
  options: { format: { type: 'string' }, jobs: { type: 'string' } },
  async run({ io, values, positionals }) {
    const format = parseFormat(values.format);
    if (!positionals.length) throw new UsageError('no FILE given');
    const files = expandInputs(positionals);
    return runTable(
      io,
      format,
      files.map((url) => ({ url })),
      async (file) => ({ file }),
      { jobs: jobsOption(values.jobs, files.length), label: 'digest' },
    );
  },
};
