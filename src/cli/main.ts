/**
 * `dubao` — the Dubao engine on the command line. Thin Node glue: argument parsing, dispatch,
 * exit codes. Every subcommand writes JSON Lines (or the format it documents) to stdout.
 */
import { parseArgs } from 'node:util';
import { commands } from './commands/index';
import { flush, UsageError, write, type Io } from './io';
import type { Command } from './command';
import pkg from '../../package.json';

/** The version is written once, in package.json (the manifests take it from there too). */
const VERSION = pkg.version;

function mainHelp(): string {
  const width = Math.max(...commands.map((c) => c.name.length), 8);
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    'dubao — read and scan Chinese news pages (the Dubao engine on the command line)',
    '',
    'Usage: dubao <command> [options] [FILE...]',
    '',
    'Commands:',
    ...lines,
    '',
    'Options:',
    '  -h, --help     show help (also: dubao <command> --help)',
    '  -v, --version  print the version',
    '',
    'Output is JSON Lines on stdout unless a command says otherwise. Exit codes: 0 ok,',
    '1 some input could not be processed (reported on its line), 2 bad arguments.',
    '',
  ].join('\n');
}

export async function runCli(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '-h' || name === '--help' || name === 'help') {
    await write(io.stdout, mainHelp());
    return name ? 0 : argv.length === 0 ? 2 : 0;
  }
  if (name === '-v' || name === '--version') {
    await write(io.stdout, VERSION + '\n');
    return 0;
  }
  const command: Command | undefined = commands.find((c) => c.name === name);
  if (!command) {
    await write(io.stderr, `dubao: unknown command '${name}'. Run 'dubao --help' for the list.\n`);
    return 2;
  }
  if (rest.includes('-h') || rest.includes('--help')) {
    await write(io.stdout, command.usage.endsWith('\n') ? command.usage : command.usage + '\n');
    return 0;
  }
  try {
    const { values, positionals } = parseArgs({
      args: rest,
      options: command.options,
      allowPositionals: true,
      strict: true,
    });
    return await command.run({ io, values, positionals });
  } catch (err) {
    const code = (err as { code?: string }).code ?? '';
    if (err instanceof UsageError || code.startsWith('ERR_PARSE_ARGS')) {
      await write(io.stderr, `dubao ${name}: ${(err as Error).message}\n\n${command.usage}\n`);
      return 2;
    }
    throw err;
  }
}

/** Entry point used by bin/dubao.mjs. */
export async function main(): Promise<void> {
  const io: Io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
  // A closed downstream pipe (`dubao … | head`) is not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  let code: number;
  try {
    code = await runCli(process.argv.slice(2), io);
  } catch (err) {
    await write(io.stderr, `dubao: ${(err as Error).stack ?? String(err)}\n`);
    code = 1;
  }
  await flush(io.stdout);
  process.exitCode = code;
}
