/**
 * Bidirectional-text controls in page text. Embeddings and overrides (U+202A–U+202E), isolates
 * (U+2066–U+2069) and the invisible marks (U+200E, U+200F, U+061C) reorder what is shown around
 * them — a U+202E in a headline shows a URL or a name reversed in the panel, a card or a
 * spreadsheet — and Chinese news text has no use for them. Dubao's exports and the text the panel
 * shows drop them.
 */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

export function stripBidi(s: string): string {
  return s.replace(BIDI_CONTROLS, '');
}

export function hasBidiControls(s: string): boolean {
  BIDI_CONTROLS.lastIndex = 0;
  const found = BIDI_CONTROLS.test(s);
  BIDI_CONTROLS.lastIndex = 0;
  return found;
}
