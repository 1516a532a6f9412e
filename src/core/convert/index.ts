/** Simplified⇄Traditional conversion: plain strings and whole pages in place. */
export type { Variant } from './variant';
export { VARIANTS, LANG_TAG, isVariant } from './variant';
export { loadConverter, loadEngine, type LoadOptions } from './load';
export { detectVariant } from './detect';
export { convertPage, type PageConversion, type PageConversionOptions, type Scheduler } from './page';
export { OVERRIDES, type OverrideEntry } from './overrides';
export type { ConversionEngine } from './engine';
