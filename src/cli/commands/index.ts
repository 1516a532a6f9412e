/** Registry of `dubao` subcommands. Each capability adds its command file here. */
import type { Command } from '../command';
import { analyzeCommand } from './analyze';
import { pinyinCommand } from './pinyin';
import { convertCommand } from './convert';
import { extractCommand } from './extract';

export const commands: Command[] = [analyzeCommand, pinyinCommand, convertCommand, extractCommand];
