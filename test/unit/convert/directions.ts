import type { Variant } from '../../../src/core/convert/variant';

/** OpenCC's configuration names and the (from, to) pair of each. */
export const DIRS: Array<[string, Variant, Variant]> = [
  ['s2t', 'cn', 't'],
  ['s2tw', 'cn', 'tw'],
  ['s2twp', 'cn', 'twp'],
  ['s2hk', 'cn', 'hk'],
  ['t2s', 't', 'cn'],
  ['tw2s', 'tw', 'cn'],
  ['tw2sp', 'twp', 'cn'],
  ['hk2s', 'hk', 'cn'],
];
