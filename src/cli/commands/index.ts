/** Registry of `dubao` subcommands. Each capability adds its command file here. */
import type { Command } from '../command';
import { analyzeCommand } from './analyze';
import { pinyinCommand } from './pinyin';

export const commands: Command[] = [analyzeCommand, pinyinCommand];
