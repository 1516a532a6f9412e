/** The compiled HSK word levels (see data/README.md): one lazily loaded chunk. */
export { default as levelsText } from './data/hsk-levels.txt?raw';
