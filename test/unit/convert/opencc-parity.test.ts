import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as OpenCC from 'opencc-js';
import { loadConverter } from '../../../src/core/convert/load';
import type { Variant } from '../../../src/core/convert/variant';
import { OPENCC_DIRECTIONS as DIRS } from '../../../src/core/convert/variant';

// OpenCC's upstream cases (Apache-2.0, test/fixtures/opencc/: see the README there).
const CASES = path.resolve(__dirname, '../../fixtures/opencc/testcases.json');
// The file has trailing commas: strip them before JSON.parse.
const raw = readFileSync(CASES, 'utf8').replace(/,(\s*[}\]])/g, '$1');
const cases = (JSON.parse(raw) as { cases: Array<{ input: string; expected: Record<string, string> }> }).cases;

describe('packed-trie engine equals opencc-js (overrides off)', () => {
  for (const [name, from, to] of DIRS) {
    it(`${name}: every upstream case input gives opencc-js's output`, async () => {
      const mine = await loadConverter(from, to, { overrides: false });
      const ref = OpenCC.Converter({ from, to });
      let n = 0;
      for (const c of cases) {
        // Every input (not only this direction's), to exercise more text.
        expect(mine(c.input), `${name}: ${c.input}`).toBe(ref(c.input));
        n++;
      }
      expect(n).toBeGreaterThan(200);
    });
  }

  it('all 20 directions agree on mixed text incl. IDS, surrogates and compatibility ideographs', async () => {
    const V: Variant[] = ['cn', 't', 'tw', 'twp', 'hk'];
    const text = '头发⿰女子𠮷这里的鼠标和软件，著名的乾隆皇帝说：「爲了」了解放军。海內存知己 里 裏 裡 㐷 𠀀 丽 豈';
    for (const f of V)
      for (const t of V) {
        if (f === t) continue;
        const mine = await loadConverter(f, t, { overrides: false });
        const ref = OpenCC.Converter({ from: f, to: t });
        expect(mine(text), `${f}>${t}`).toBe(ref(text));
      }
  });
});
