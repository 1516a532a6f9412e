/**
 * The platform's Chinese word segmenter (`Intl.Segmenter`, dictionary-based), made once and
 * shared by every part of the engine (a load-once cache); null where the platform has none.
 */
let segmenter: Intl.Segmenter | null | undefined;

export function wordSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    try {
      segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
    } catch {
      segmenter = null;
    }
  }
  return segmenter;
}
