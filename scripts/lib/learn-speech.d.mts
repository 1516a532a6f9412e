import type { Analysis } from '../../src/core/pinyin/readings';
import type { SpeechReadings } from '../../src/core/pinyin/speech';

export interface SpeechSample {
  /** Analysis made without learned readings. */
  a: Analysis;
  /** Per code point the reading that scores right, or null. */
  target: Array<string | null>;
}
export interface WrittenSample {
  a: Analysis;
  index: number;
  gold: string;
}
export function loadLexicon(dir: string): Map<string, string[]>;
export function learnSpeechReadings(samples: SpeechSample[], opts?: { minCount?: number; share?: number; minGain?: number; lexicon?: Map<string, string[]> }): SpeechReadings;
export function firingKey(a: Analysis, i: number, tables: SpeechReadings): { table: 'words' | 'left' | 'right'; key: string; reading: string } | null;
export function vetoSpeechReadings(tables: SpeechReadings, samples: WrittenSample[], lexicon?: Map<string, string[]> | null): SpeechReadings;
