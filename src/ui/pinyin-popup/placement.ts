/** Where to put the popup: below the word if it fits, else above, else the larger side (scrolling). */

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}
export interface Placement {
  left: number;
  top: number;
  maxHeight: number;
  side: 'below' | 'above';
}

export const MARGIN = 8;
const GAP = 6;

export function placePopup(
  anchor: { left: number; top: number; bottom: number; right: number },
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): Placement {
  const below = viewport.height - anchor.bottom - GAP - MARGIN;
  const above = anchor.top - GAP - MARGIN;
  const side: 'below' | 'above' = size.height <= below || below >= above ? 'below' : 'above';
  const room = Math.max(0, side === 'below' ? below : above);
  const height = Math.min(size.height, room);
  const top = side === 'below' ? anchor.bottom + GAP : anchor.top - GAP - height;
  const width = Math.min(size.width, viewport.width - 2 * MARGIN);
  let left = anchor.left;
  left = Math.min(left, viewport.width - MARGIN - width);
  left = Math.max(MARGIN, left);
  return { left, top, maxHeight: room, side };
}
