/** `dubao pinyin`: readings in context for each stdin line (the extension's engine and readings). */
import type { Command } from '../command';
import { readLines, UsageError, write, writeJsonLine } from '../io';
import { analyse, readingsOf, type CharReading } from '../../core/pinyin/index';
import { jyutpingOf } from '../../core/jyutping/index';

const USAGE = `Usage: dubao pinyin [--format json|text] [--style marks|numbers|zhuyin] [--system pinyin|jyutping]

Reads text lines on stdin and writes one line per input line:
  json (default)  an array aligned to the line's code points:
                  [{"char":"行","pinyin":"háng"}, …], "pinyin": null for non-Han characters
  text            the pinyin of Han characters separated by spaces, other text kept as is

Readings come from context (polyphones like 行 长 重 了 还 得 都 着); Traditional lines are read
as well as Simplified. Inline artefacts like 機(jī) supply their own reading.
--system jyutping: Cantonese (Jyutping with tone numbers) in the same shape,
  [{"char":"行","jyutping":"hong4"}, …] (--style does not apply); polyphones are read
  from the Mandarin reading in context (銀行 ngan4 hong4, 行人 hang4 jan4).`;

function asText(rs: CharReading[]): string {
  let out = '';
  let prevHan = false;
  for (const r of rs) {
    if (r.pinyin) {
      if (out && !/\s$/.test(out)) out += ' ';
      out += r.pinyin;
      prevHan = true;
    } else {
      if (prevHan && !/[\s，。、；：！？）」』”]/.test(r.char)) out += ' ';
      out += r.char;
      prevHan = false;
    }
  }
  return out;
}

export const pinyinCommand: Command = {
  name: 'pinyin',
  summary: 'pinyin in context for each stdin line (json array per line, or text)',
  usage: USAGE,
  options: {
    format: { type: 'string', default: 'json' },
    style: { type: 'string', default: 'marks' },
    system: { type: 'string', default: 'pinyin' },
  },
  async run({ io, values, positionals }) {
    const format = String(values.format);
    const style = String(values.style);
    if (format !== 'json' && format !== 'text') throw new UsageError(`unknown --format '${format}' (json or text)`);
    if (style !== 'marks' && style !== 'numbers' && style !== 'zhuyin') throw new UsageError(`unknown --style '${style}'`);
    const system = String(values.system);
    if (system !== 'pinyin' && system !== 'jyutping') throw new UsageError(`unknown --system '${system}' (pinyin or jyutping)`);
    if (positionals.length) throw new UsageError('pinyin reads stdin; no file arguments');
    for await (const line of readLines(io.stdin)) {
      if (system === 'jyutping') {
        const js = jyutpingOf(analyse(line));
        if (format === 'json') await writeJsonLine(io.stdout, js);
        else await write(io.stdout, asText(js.map((j) => ({ char: j.char, pinyin: j.jyutping }))) + '\n');
        continue;
      }
      const rs = readingsOf(line, { style });
      if (format === 'json') await writeJsonLine(io.stdout, rs);
      else await write(io.stdout, asText(rs) + '\n');
    }
    return 0;
  },
};
