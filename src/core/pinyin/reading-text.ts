/**
 * Readings as running text: syllables of Han characters separated by spaces, other text kept, no
 * space before closing punctuation (`dubao pinyin --format text`, the reading on a sentence card).
 * The writer carries its spacing state from one piece of a long line to the next.
 */
import type { CharReading } from './readings';

export class ReadingTextWriter {
  private prevHan = false;
  private lastChar = '';
  piece(rs: readonly CharReading[]): string {
    let out = '';
    for (const r of rs) {
      if (r.pinyin) {
        if (this.lastChar && !/\s$/.test(this.lastChar)) out += ' ';
        out += r.pinyin;
        this.prevHan = true;
      } else {
        if (this.prevHan && !/[\s，。、；：！？）」』”]/.test(r.char)) out += ' ';
        out += r.char;
        this.prevHan = false;
      }
      if (out) this.lastChar = out[out.length - 1]!;
    }
    return out;
  }
}

/** One text's readings as running text. */
export const readingText = (rs: readonly CharReading[]): string => new ReadingTextWriter().piece(rs);
