/**
 * Alignment between a source string and its conversion: parallel lists of unit boundaries
 * (`src[k]`, `out[k]` = end of unit k in each string; units are contiguous, start at 0 and end at
 * the string lengths). A unit is a code point left as is, a converted code point, or a phrase
 * whose length changed. Used to hand a block's converted text back to its text nodes.
 */
export interface Alignment {
  src: number[];
  out: number[];
}

export function emptyAlignment(): Alignment {
  return { src: [], out: [] };
}

/** A: x→y, B: y→z ⇒ x→z, keeping the y positions that are boundaries in both. */
export function composeAlignment(a: Alignment, b: Alignment): Alignment {
  const res = emptyAlignment();
  let i = 0;
  let j = 0;
  while (i < a.out.length && j < b.src.length) {
    const ya = a.out[i]!;
    const yb = b.src[j]!;
    if (ya === yb) {
      res.src.push(a.src[i]!);
      res.out.push(b.out[j]!);
      i++;
      j++;
    } else if (ya < yb) i++;
    else j++;
  }
  return res;
}

/** Append `part` shifted by (srcBase, outBase). */
export function appendAlignment(into: Alignment, part: Alignment, srcBase: number, outBase: number): void {
  for (let k = 0; k < part.src.length; k++) {
    into.src.push(part.src[k]! + srcBase);
    into.out.push(part.out[k]! + outBase);
  }
}

/**
 * Positions in the converted text for increasing source cut points (e.g. text-node boundaries).
 * A cut inside a unit whose length changed is placed proportionally, never inside a surrogate pair.
 */
export function mapCuts(al: Alignment, cuts: number[], out: string): number[] {
  const res: number[] = [];
  let k = 0;
  for (const c of cuts) {
    while (k < al.src.length && al.src[k]! < c) k++;
    if (k >= al.src.length) {
      res.push(out.length);
      continue;
    }
    if (al.src[k] === c) {
      res.push(al.out[k]!);
      continue;
    }
    const x0 = k ? al.src[k - 1]! : 0;
    const y0 = k ? al.out[k - 1]! : 0;
    const x1 = al.src[k]!;
    const y1 = al.out[k]!;
    let y = y0 + Math.round(((c - x0) * (y1 - y0)) / (x1 - x0));
    if (y > y0 && y < y1 && isLowSurrogate(out.charCodeAt(y))) y--;
    const prev = res.length ? res[res.length - 1]! : 0;
    res.push(Math.max(prev, y));
  }
  return res;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
