/** `dubao lookup --at N`: what the hover popup shows with the cursor on code point N of stdin. */
import type { Command } from '../command';
import { UsageError, writeJsonLine } from '../io';
import { wordAt } from '../../core/pinyin/index';
import { LEVEL_LISTS, type LevelList } from '../../core/levels/index';
import { readStdin } from './stdin';

const USAGE = `Usage: dubao lookup --at N [--list hsk3|hsk2] < text

Reads a text on stdin and prints, as one JSON object, the word under code point N (0-based, in
the whole input) as the hover popup shows it:
  {"word","start","end","pinyin","level","levels":{"hsk3","hsk2"},"definitions":[…],
   "char":{"char","pinyin","definitions"} | null}
start/end are code point offsets in the input; level is the word's level in --list (default hsk3;
HSK 3.0 level 7 stands for 7–9), null where the word is in no list. The word is the longest
dictionary word covering the cursor that agrees with the segmentation; "char" is the cursor
character's own entry when the word is longer. Prints null when code point N is not Chinese.`;

export const lookupCommand: Command = {
  name: 'lookup',
  summary: 'the word under code point N of stdin, with pinyin in context, level and definitions (JSON)',
  usage: USAGE,
  options: {
    at: { type: 'string' },
    list: { type: 'string', default: 'hsk3' },
  },
  async run({ io, values, positionals }) {
    if (positionals.length) throw new UsageError('lookup reads stdin; no file arguments');
    const at = Number(values.at);
    if (values.at === undefined || !Number.isInteger(at) || at < 0) throw new UsageError('--at N (a code point offset ≥ 0) is required');
    const list = String(values.list) as LevelList;
    if (!LEVEL_LISTS.includes(list)) throw new UsageError(`unknown --list '${list}' (hsk3 or hsk2)`);
    const cps = [...(await readStdin(io.stdin))];
    if (at >= cps.length) {
      await writeJsonLine(io.stdout, null);
      return 0;
    }
    // The paragraph (line) holding the cursor: the unit the popup reads too.
    let ls = at;
    while (ls > 0 && cps[ls - 1] !== '\n') ls--;
    let le = at;
    while (le < cps.length && cps[le] !== '\n') le++;
    const line = cps.slice(ls, le);
    const utf16 = line.slice(0, at - ls).join('').length;
    const w = await wordAt(line.join(''), utf16);
    if (!w) {
      await writeJsonLine(io.stdout, null);
      return 0;
    }
    const cpOf = (u: number) => ls + line.join('').slice(0, u).length;
    await writeJsonLine(io.stdout, {
      word: w.word,
      start: cpOf(w.start),
      end: cpOf(w.end),
      pinyin: w.pinyin,
      level: w.level[list],
      levels: w.level,
      definitions: w.definitions,
      char: w.char,
    });
    return 0;
  },
};
