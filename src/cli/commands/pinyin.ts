/** `dubao pinyin`: readings in context for each stdin line (the extension's engine and readings). */
import type { Command } from '../command';
import { isOversize, readLines, tooLargeMessage, UsageError, write, writeJsonLine } from '../io';
import { analyse, readingsOf, ReadingTextWriter, type CharReading } from '../../core/pinyin/index';
import { jyutpingOf } from '../../core/jyutping/index';
import { boundedPieces } from '../../core/text/pieces';

const USAGE = `Usage: dubao pinyin [--format json|text] [--style marks|numbers|zhuyin] [--system pinyin|jyutping]

Reads text lines on stdin and writes one line per input line:
  json (default)  an array aligned to the line's code points:
                  [{"char":"行","pinyin":"háng"}, …], "pinyin": null for non-Han characters
  text            the pinyin of Han characters separated by spaces, other text kept as is

Readings come from context (polyphones like 行 长 重 了 还 得 都 着); Traditional lines are read
as well as Simplified. Inline artefacts like 機(jī) supply their own reading.
A long line is read and written in pieces (memory stays small however long the line); a line
longer than 64 MB (DUBAO_MAX_INPUT_BYTES) gives {"line":N,"error":…} (json) or an empty line and
a message on stderr (text), and exit code 1.
--system jyutping: Cantonese (Jyutping with tone numbers) in the same shape,
  [{"char":"行","jyutping":"hong4"}, …] (--style does not apply); polyphones are read
  from the Mandarin reading in context (銀行 ngan4 hong4, 行人 hang4 jan4).`;

/** Longest piece of a line read at once; pieces end after punctuation or a space where one is near. */
export const PINYIN_PIECE = 2000;
const PIECE_CUT = /[\s，。！？；：、,.!?;:）)」』”]/;

/** [start, end) pieces of `line`: whole below PINYIN_PIECE, else cut after punctuation, never inside a surrogate pair. */
export function linePieces(line: string, max = PINYIN_PIECE): Array<[number, number]> {
  return boundedPieces(line, max, PIECE_CUT);
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
    // JSON objects as the chosen system writes them; the text writer takes any reading as `pinyin`.
    const read = (t: string): { json: object[]; text: CharReading[] } => {
      if (system === 'pinyin') {
        const rs = readingsOf(t, { style });
        return { json: rs, text: rs };
      }
      const js = jyutpingOf(analyse(t));
      return { json: js, text: js.map((j) => ({ char: j.char, pinyin: j.jyutping })) };
    };
    let failed = false;
    let lineNo = 0;
    for await (const line of readLines(io.stdin)) {
      lineNo++;
      if (isOversize(line)) {
        failed = true;
        const error = tooLargeMessage('line', line.limit);
        if (format === 'json') await writeJsonLine(io.stdout, { line: lineNo, error });
        else {
          await write(io.stderr, `dubao pinyin: line ${lineNo}: ${error}\n`);
          await write(io.stdout, '\n');
        }
        continue;
      }
      // Piece by piece, each written before the next is read: the readings of a whole long line
      // (~240 bytes a character as objects) are never held at once.
      const text = new ReadingTextWriter();
      let first = true;
      if (format === 'json') await write(io.stdout, '[');
      for (const [lo, hi] of linePieces(line)) {
        const rs = read(line.slice(lo, hi));
        if (format === 'json') {
          if (!rs.json.length) continue;
          const body = JSON.stringify(rs.json);
          await write(io.stdout, (first ? '' : ',') + body.slice(1, -1));
          first = false;
        } else await write(io.stdout, text.piece(rs.text));
      }
      await write(io.stdout, format === 'json' ? ']\n' : '\n');
    }
    return failed ? 1 : 0;
  },
};
