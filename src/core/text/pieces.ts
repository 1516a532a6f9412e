/**
 * Long text cut into bounded pieces, for work whose cost grows faster than the length of what it
 * is given (the word segmenter, the tagger, the pinyin reader): each piece has at most `max` code
 * units and ends right after a character of `cutAfter` in its second half where there is one (a
 * place where that work breaks anyway), else at `max`; never inside a surrogate pair.
 */
export function boundedPieces(s: string, max: number, cutAfter: RegExp, start = 0, end = s.length): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let lo = start;
  while (end - lo > max) {
    let hi = lo + max;
    while (hi > lo + max / 2 && !cutAfter.test(s[hi - 1]!)) hi--;
    if (hi <= lo + max / 2 && !cutAfter.test(s[hi - 1]!)) hi = lo + max;
    if ((s.charCodeAt(hi) & 0xfc00) === 0xdc00) hi--;
    out.push([lo, hi]);
    lo = hi;
  }
  out.push([lo, end]);
  return out;
}
