/** Pinyin engine: readings in context, word under cursor with definitions, ruby mode, artefacts. */
export { readingsOf, analyse, type CharReading, type PinyinOptions, type Analysis, type AnalyseOptions } from './readings';
export { wordAt, type WordAt } from './word-at';
export { ReadingTextWriter, readingText } from './reading-text';
export { addRuby, addRubyInSlices, ROOT_ATTR, RT_CLASS, type RubyHandle, type RubyOptions, type RubyReadings } from './ruby';
export { warmUpBase as preparePinyin } from './base-reader';
export { artefactReadings, findArtefacts, type Artefact } from './artefacts';
export { formatSyllable, numbersToMarks, numbersToZhuyin, toneOf, type PinyinStyle } from './syllable';
