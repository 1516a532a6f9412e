/** The shape of one `dubao` subcommand. */
import type { ParseArgsConfig } from 'node:util';
import type { Io } from './io';

export interface CommandContext {
  io: Io;
  /** Parsed `--options`. */
  values: Record<string, string | boolean | Array<string | boolean> | undefined>;
  /** Positional arguments (files). */
  positionals: string[];
}

export interface Command {
  name: string;
  /** One line for `dubao --help`. */
  summary: string;
  /** Full usage text for `dubao <name> --help`. */
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** Returns the process exit code (0 ok, 1 some inputs failed, 2 bad arguments). */
  run(ctx: CommandContext): Promise<number>;
}
