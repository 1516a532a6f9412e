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

export function isVariant(x: unknown): x is Variant {
  return typeof x === 'string' && (VARIANTS as readonly string[]).includes(x);
}
