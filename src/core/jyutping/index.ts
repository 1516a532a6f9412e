/** Cantonese readings (Jyutping) in context. */
export { jyutpingOf, libraryJyutping, type CharJyutping } from './jyutping';
export { isHongKongPage, speechLang, wantsCantonese, rubyReadings, pickVoice, type PageRegion } from './region';
