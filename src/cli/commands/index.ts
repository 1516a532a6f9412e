/** Registry of `dubao` subcommands. Each capability adds its command file here. */
import type { Command } from '../command';
import { analyzeCommand } from './analyze';
import { pinyinCommand } from './pinyin';
import { lookupCommand } from './lookup';
import { vocabCommand } from './vocab';
import { convertCommand } from './convert';
import { extractCommand } from './extract';
import { summarizeCommand } from './summarize';
import { scanCommand } from './scan';
import { digestCommand } from './digest';

export const commands: Command[] = [
  extractCommand,
  summarizeCommand,
  analyzeCommand,
  convertCommand,
  pinyinCommand,
  lookupCommand,
  vocabCommand,
  scanCommand,
  digestCommand,
];
