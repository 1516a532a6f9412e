/** Cantonese readings (Jyutping) in context. */
export { jyutpingOf, libraryJyutping, type CharJyutping } from './jyutping';
