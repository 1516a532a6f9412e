/** Scoring for the extraction benchmark (corpus README): bag-of-characters body P/R/F1 and exact fields. */

/** CJK ideographs and alphanumerics, full-width folded; punctuation and whitespace ignored. */
export function charBag(text: string): Map<string, number> {
  const bag = new Map<string, number>();
  for (const raw of text) {
    let ch = raw;
    const c = ch.codePointAt(0)!;
    if (c >= 0xff01 && c <= 0xff5e) ch = String.fromCodePoint(c - 0xfee0);
    if (/[0-9A-Za-z]/.test(ch) || /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{3134f}]/u.test(ch)) {
      bag.set(ch, (bag.get(ch) ?? 0) + 1);
    }
  }
  return bag;
}

export interface Prf {
  p: number;
  r: number;
  f1: number;
}

export function bodyPrf(predicted: string, gold: string): Prf {
  const a = charBag(predicted);
  const b = charBag(gold);
  let overlap = 0;
  let na = 0;
  let nb = 0;
  for (const v of a.values()) na += v;
  for (const v of b.values()) nb += v;
  for (const [k, v] of a) overlap += Math.min(v, b.get(k) ?? 0);
  const p = na ? overlap / na : 0;
  const r = nb ? overlap / nb : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

export function sameText(a: string | null | undefined, b: string | null | undefined): boolean {
  return norm(a) === norm(b);
}

/** Gold `2005-03-11 12:12` (+ offset) against an ISO value, to the minute (or the day for date-only gold). */
export function sameTime(predicted: string | null | undefined, gold: string): boolean {
  if (!predicted) return false;
  const g = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2}))?/.exec(gold.trim());
  const p = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?/.exec(predicted.trim());
  if (!g || !p) return false;
  if (g[1] !== p[1]) return false;
  return g[2] ? g[2] === p[2] : true;
}
