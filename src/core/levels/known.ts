/**
 * The learner's known words as a bounded list (the storage glue keeps it in storage.local):
 * validated on every read, newest last, at most KNOWN_MAX words. Adding beyond the bound reports
 * how many were not added, so nothing is dropped silently.
 */
export const KNOWN_MAX = 20_000;
/** Longest word kept (a line of an import that is longer is not a word). */
const MAX_WORD = 16;
const HAN = /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{3134f}]+$/u;

/** A valid known-word list from anything stored (junk, old versions, other types dropped). */
export function parseKnown(raw: unknown, max = KNOWN_MAX): string[] {
  if (!Array.isArray(raw)) return [];
  const out = new Set<string>();
  for (const w of raw) {
    if (typeof w === 'string' && w.length <= MAX_WORD * 2 && HAN.test(w)) out.add(w);
    if (out.size >= max) break;
  }
  return [...out];
}

export interface KnownChange {
  list: string[];
  /** Words newly added. */
  added: number;
  /** Words not added because the list was full. */
  refused: number;
}

/** Add words (in order) to a list, within the bound: words already known are left where they are. */
export function addKnown(list: readonly string[], words: Iterable<string>, max = KNOWN_MAX): KnownChange {
  const set = new Set(list);
  const out = [...list];
  let added = 0;
  let refused = 0;
  for (const w of words) {
    if (!HAN.test(w) || [...w].length > MAX_WORD || set.has(w)) continue;
    if (out.length >= max) {
      refused++;
      continue;
    }
    set.add(w);
    out.push(w);
    added++;
  }
  return { list: out, added, refused };
}

export function removeKnown(list: readonly string[], words: Iterable<string>): string[] {
  const drop = new Set(words);
  return list.filter((w) => !drop.has(w));
}
