/**
 * Align a derived text (`target`: a block's normalised text, or the article's cleanText) with the
 * text it was derived from (`source`: the DOM's raw text, or the article's text), so offsets in the
 * derived text can be mapped back. Tolerates what derivation does in practice:
 * - whitespace collapsed, trimmed or inserted (block joins, <br>);
 * - inline pinyin artefacts like `機(jī)` present in the source but removed from the target;
 * - Han characters replaced one-for-one (the page was converted Simplified⇄Traditional after the
 *   article was detected), told apart from source-only text by whether the next target characters
 *   appear verbatim a little further on;
 * - a few characters present on one side only (hidden text, ruby annotations).
 * A greedy walk with bounded look-ahead (near-linear on real pages), no edit-distance table.
 */

const LOOKAHEAD = 48;
const RESYNC = 6;
const HAN_WINDOW = 400;

const SYLLABLE = '[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,7}';
/** A flattened ruby annotation right at `i`: `(jī)`, `（wǎng）`. */
const ARTEFACT_AT = new RegExp(`[(（]${SYLLABLE}[)）]`, 'y');
/** A damaged one whose character was lost: `?bào)`. */
const DAMAGED_AT = new RegExp(`[?？]${SYLLABLE}[)）]`, 'y');

export function artefactAt(s: string, i: number): string | null {
  ARTEFACT_AT.lastIndex = i;
  const m = ARTEFACT_AT.exec(s);
  return m ? m[0] : null;
}

function damagedAt(s: string, i: number): string | null {
  DAMAGED_AT.lastIndex = i;
  const m = DAMAGED_AT.exec(s);
  return m ? m[0] : null;
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || c === 0x200b || c === 0xfeff || (c >= 0x2000 && c <= 0x200a);
}

function isHanUnit(c: number): boolean {
  return (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xd800 && c <= 0xdfff);
}

/**
 * For each position j in 0..target.length, the matching position in `source` (`map[target.length]`
 * is where the aligned part of the source ends). Positions of target characters missing from the
 * source map to the next source position. Non-decreasing.
 */
export function alignOffsets(source: string, target: string): Int32Array {
  const map = new Int32Array(target.length + 1);
  let i = 0;
  let j = 0;
  const n = source.length;
  while (j < target.length) {
    if (i >= n) {
      map[j++] = n;
      continue;
    }
    const s = source.charCodeAt(i);
    const t = target.charCodeAt(j);
    if (s === t) {
      map[j++] = i++;
      continue;
    }
    if (s === 40 /* ( */ || s === 0xff08 /* （ */) {
      const art = artefactAt(source, i);
      if (art && !target.startsWith(art, j)) {
        i += art.length;
        continue;
      }
    }
    if (s === 63 /* ? */ || s === 0xff1f /* ？ */) {
      const dmg = damagedAt(source, i);
      if (dmg && !target.startsWith(dmg, j)) {
        const after = i + dmg.length;
        // Repaired (日?bào) → 日報) unless the text goes on right after it (dropped), or another
        // damaged one follows that accounts for the character better (日?qǐng)?bào) → 日報).
        const repaired =
          source.charCodeAt(after) !== t &&
          isHanUnit(t) &&
          (!damagedAt(source, after) || source.charCodeAt(after) === target.charCodeAt(j + 1));
        if (repaired) map[j++] = i;
        i += dmg.length;
        continue;
      }
    }
    if (isSpace(t)) {
      map[j++] = i;
      continue;
    }
    if (isSpace(s)) {
      i++;
      continue;
    }
    if (isHanUnit(s) && isHanUnit(t)) {
      // Either source-only text (hidden, removed) sits here — then the next few target characters
      // appear verbatim further on — or the character was converted one-for-one.
      const probe = target.slice(j, j + 3);
      const k = probe.length >= 2 ? findText(source, probe, i + 1, HAN_WINDOW) : -1;
      if (k >= 0) i = k;
      else map[j++] = i++;
      continue;
    }
    const k = findAhead(source, t, i + 1, LOOKAHEAD);
    if (k >= 0) {
      i = k; // skip source-only text
      continue;
    }
    // Not nearby: resynchronise on the next few target characters (long source-only runs such
    // as hidden text), else treat it as a target-only character.
    const probe = target.slice(j, j + RESYNC);
    const far = probe.length === RESYNC ? source.indexOf(probe, i + 1) : -1;
    if (far >= 0) {
      i = far;
      continue;
    }
    map[j++] = i;
  }
  map[target.length] = Math.min(i, n);
  return map;
}

function findAhead(s: string, c: number, from: number, window: number): number {
  const stop = Math.min(s.length, from + window);
  for (let k = from; k < stop; k++) if (s.charCodeAt(k) === c) return k;
  return -1;
}

function findText(s: string, probe: string, from: number, window: number): number {
  const k = s.indexOf(probe, from);
  return k >= 0 && k - from <= window ? k : -1;
}
