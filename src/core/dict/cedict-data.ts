/** The compact CC-CEDICT (see data/README.md): one lazily loaded chunk holding both halves. */
export { default as heads } from './data/cedict-heads.txt?raw';
export { default as info } from './data/cedict-info.txt?raw';
export { default as chars } from './data/cedict-chars.txt?raw';
