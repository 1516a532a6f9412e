/**
 * An article's difficulty for the panel: its running words by level and the level a reader needs
 * for 95% of them, with the reader's own share when a known-word list is given — the same
 * vocabulary and coverage `dubao vocab` prints (the segmentation the readings use; numbers, names
 * and the summary's entities not counted against the reader; CC-CEDICT's say on words the list lacks).
 */
import { loadCedict } from '../dict/cedict';
import { analyse } from '../pinyin/readings';
import { loadLevels, type LevelList } from './levels';
import { vocabulary, type Coverage } from './vocab';

export interface DifficultyInput {
  text: string;
  list: LevelList;
  known?: ReadonlySet<string>;
  /** Spans (UTF-16) of the article's names and other entities. */
  entities?: ReadonlyArray<{ start: number; end: number; type?: string }>;
}

export interface Difficulty extends Coverage {
  list: LevelList;
}

export async function articleDifficulty(input: DifficultyInput): Promise<Difficulty> {
  const [levels, dict] = await Promise.all([loadLevels(), loadCedict()]);
  const { coverage } = vocabulary(analyse(input.text), levels, {
    list: input.list,
    ...(input.known ? { known: input.known } : {}),
    ...(input.entities ? { entities: input.entities } : {}),
    isWord: (w) => dict.has(w, 'simplified'),
    isProperName: (w) => dict.isProperName(w, 'simplified'),
  });
  return { ...coverage, list: input.list };
}
