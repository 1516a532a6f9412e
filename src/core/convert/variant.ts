/** The script variants Dubao converts between (opencc-js locale names). */
export const VARIANTS = ['cn', 't', 'tw', 'twp', 'hk'] as const;
export type Variant = (typeof VARIANTS)[number];

/** BCP 47 tag for the `lang` attribute of text in a variant. */
export const LANG_TAG: Record<Variant, string> = {
  cn: 'zh-CN',
  t: 'zh-Hant',
  tw: 'zh-TW',
  twp: 'zh-TW',
  hk: 'zh-HK',
};

/** OpenCC's configuration names of the directions Dubao offers, with the (from, to) pair of each. */
export const OPENCC_DIRECTIONS: ReadonlyArray<readonly [string, Variant, Variant]> = [
  ['s2t', 'cn', 't'],
  ['s2tw', 'cn', 'tw'],
  ['s2twp', 'cn', 'twp'],
  ['s2hk', 'cn', 'hk'],
  ['t2s', 't', 'cn'],
  ['tw2s', 'tw', 'cn'],
  ['tw2sp', 'twp', 'cn'],
  ['hk2s', 'hk', 'cn'],
];

export function isVariant(x: unknown): x is Variant {
  return typeof x === 'string' && (VARIANTS as readonly string[]).includes(x);
}
