/** Word levels (HSK 3.0 and 2.0) and article difficulty: the engine of the learner features. */
export { createLevels, loadLevels, levelLabel, LEVEL_LISTS, MAX_LEVEL, type LevelList, type WordLevels } from './levels';
export { vocabulary, aboveLevel, type VocabToken, type Coverage, type VocabOptions } from './vocab';
export { parseWordList, formatWordList } from './word-list';
export { KNOWN_MAX, parseKnown, addKnown, removeKnown, type KnownChange } from './known';
