/** The article fields `dubao extract` and `dubao summarize` print, written once. */
import type { Article } from '../core/extract/index';
import type { DecodeWarning } from '../core/decode/decode-html';

export function articleFields(file: string, a: Article, decoding: readonly DecodeWarning[], text: string): Record<string, unknown> {
  return {
    file,
    isArticle: a.isArticle,
    title: a.title,
    publishedAt: a.publishedAt,
    // The zone the page states (null: none, China time assumed) and the time as printed in it.
    publishedZone: a.publishedZone ?? null,
    publishedLocal: a.publishedLocal ?? null,
    source: a.source,
    author: a.author,
    editor: a.editor,
    lang: a.lang,
    text,
    // The decoding decision first (which charset, and why), then the engine's warnings.
    warnings: [...decoding, ...a.warnings],
  };
}
