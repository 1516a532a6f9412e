/** Registry of `dubao` subcommands. Each capability adds its command file here. */
import type { Command } from '../command';

export const commands: Command[] = [];
