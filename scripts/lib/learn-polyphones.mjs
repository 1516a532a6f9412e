// Learns context rules for polyphonic characters that the base reader (pinyin-pro + CC-CEDICT
// word overrides) leaves as single-character segments: a per-character default reading and
// left/right neighbour rules, kept only where the training data is consistent.
// Shared by scripts/build-pinyin-data.mjs (ships the tables) and bench/pinyin.ts (cross-validation).

/**
 * @param {Iterable<{chars: string[], single: boolean[], poly: boolean[], index: number, gold: string}>} samples
 * @returns {{uni: Record<string,string>, left: Record<string,string>, right: Record<string,string>}}
 */
export function learnPolyphoneRules(samples, { minCount = 1, minContext = minCount, uniShare = 0.6, ctxShare = 0.8 } = {}) {
  const uni = new Map();
  const left = new Map();
  const right = new Map();
  const add = (t, k, g) => {
    let m = t.get(k);
    if (!m) t.set(k, (m = new Map()));
    m.set(g, (m.get(g) ?? 0) + 1);
  };
  for (const s of samples) {
    const i = s.index;
    if (!s.single[i] || !s.poly[i]) continue;
    const c = s.chars[i];
    add(uni, c, s.gold);
    add(left, (s.chars[i - 1] ?? '^') + c, s.gold);
    add(right, c + (s.chars[i + 1] ?? '$'), s.gold);
  }
  const decide = (t, share, min) => {
    const out = {};
    for (const [k, m] of [...t].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      const a = [...m].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
      const total = a.reduce((n, x) => n + x[1], 0);
      if (a[0][1] >= min && a[0][1] / total >= share) out[k] = a[0][0];
    }
    return out;
  };
  const u = decide(uni, uniShare, minCount);
  // Neighbour rules only where they say something the default does not.
  const l = Object.fromEntries(Object.entries(decide(left, ctxShare, minContext)).filter(([k, v]) => u[[...k].slice(1).join('')] !== v));
  const r = Object.fromEntries(Object.entries(decide(right, ctxShare, minContext)).filter(([k, v]) => u[[...k][0]] !== v));
  return { uni: u, left: l, right: r };
}
