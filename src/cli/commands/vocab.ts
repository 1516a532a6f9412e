/** `dubao vocab`: the words of a stdin text with their HSK levels, and the text's coverage. */
import { readFile } from 'node:fs/promises';
import type { Command } from '../command';
import { UsageError, writeJsonLine } from '../io';
import { analyse } from '../../core/pinyin/readings';
import { numbersToMarks } from '../../core/pinyin/syllable';
import { loadCedict } from '../../core/dict/cedict';
import { LEVEL_LISTS, loadLevels, parseWordList, vocabulary, type LevelList } from '../../core/levels/index';
import { entityMentions, simplifiedCopy } from '../../core/summary/index';
import { findEntities } from '../../core/summary/entities';
import { readStdin } from './stdin';

const USAGE = `Usage: dubao vocab [--list hsk3|hsk2] [--known FILE] < text

Reads a text on stdin and prints one JSON object:
  {"tokens":[{"text","start","end","pinyin","level"}, …],
   "coverage":{"byLevel":{"1":…,"7":…,"none":…},"counted","skipped","level95","reached95","known"}}
Tokens are Dubao's words (the segmentation the readings use, adjusted toward the list); start/end
are code point offsets. Numbers, names and other entities carry "skip" and are not counted.
level95 is the lowest level covering 95% of the counted words (HSK 3.0: 7 stands for 7–9).
--known FILE: a word list (one word a line; Pleco and Anki text exports accepted): "known" is
the share of counted words in it, and each token says "known".`;

export const vocabCommand: Command = {
  name: 'vocab',
  summary: "words of stdin with their HSK levels, and the text's coverage (JSON)",
  usage: USAGE,
  options: {
    list: { type: 'string', default: 'hsk3' },
    known: { type: 'string' },
  },
  async run({ io, values, positionals }) {
    if (positionals.length) throw new UsageError('vocab reads stdin; no file arguments');
    const list = String(values.list) as LevelList;
    if (!LEVEL_LISTS.includes(list)) throw new UsageError(`unknown --list '${list}' (hsk3 or hsk2)`);
    let known: Set<string> | undefined;
    if (typeof values.known === 'string') {
      let text: string;
      try {
        text = await readFile(values.known, 'utf8');
      } catch (e) {
        throw new UsageError(`cannot read --known ${values.known}: ${(e as Error).message}`);
      }
      known = new Set(parseWordList(text));
    }
    const text = await readStdin(io.stdin);
    const [levels, dict] = await Promise.all([loadLevels(), loadCedict()]);
    const an = analyse(text);
    const entities = entityMentions(findEntities(simplifiedCopy(text), text));
    // CC-CEDICT's say: a word whose every entry is capitalised is a proper name (香港, 长江).
    const isProperName = (s: string) => dict.isProperName(s, 'simplified');
    const isWord = (s: string) => dict.has(s, 'simplified');
    const { tokens, coverage } = vocabulary(an, levels, { list, known, entities, isProperName, isWord });
    // UTF-16 → code point offsets.
    const cp = new Map<number, number>();
    an.offsets.forEach((o, i) => cp.set(o, i));
    const cpOf = (u: number) => cp.get(u) ?? an.chars.length;
    await writeJsonLine(io.stdout, {
      tokens: tokens.map((t) => ({
        text: t.text,
        start: cpOf(t.start),
        end: cpOf(t.end),
        pinyin: t.syllables.split(' ').map(numbersToMarks).join(' '),
        level: t.level,
        ...(t.skip ? { skip: t.skip } : {}),
        ...(t.known !== undefined ? { known: t.known } : {}),
      })),
      coverage: { ...coverage, known: coverage.known === null ? null : Math.round(coverage.known * 1000) / 1000 },
    });
    return 0;
  },
};
