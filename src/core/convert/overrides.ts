/**
 * Curated corrections of OpenCC's greedy phrase matches that are wrong in news text. Each entry
 * applies to every direction converting from `from`: at a position where its key starts, it wins
 * over OpenCC's own match unless that match is longer; its key also becomes one segment, so the
 * regional passes (tw/hk/twp) never see a phrase split across it. Values are in OpenCC standard
 * Traditional (the regional passes still apply). One unit test per entry
 * (test/unit/convert/overrides.test.ts); listed in src/core/convert/README.md.
 */
import type { Variant } from './variant';

export interface OverrideEntry {
  from: Variant;
  key: string;
  value: string;
  /** Why: the OpenCC output it fixes. */
  fixes: string;
}

export const OVERRIDES: readonly OverrideEntry[] = [
  { from: 'cn', key: '一个中', value: '一個中', fixes: '一个中国/一个中心 → 一箇中國 (个中 matched as 箇中)' },
  { from: 'cn', key: '国历史', value: '國歷史', fixes: '美国历史 → 美國曆史 (国历 matched as 國曆)' },
  { from: 'cn', key: '江干流', value: '江幹流', fixes: '长江干流 → 長江干流 (江干 matched as riverbank)' },
  { from: 'cn', key: '河干流', value: '河幹流', fixes: '黄河干流 → 黃河干流 (河干 matched as riverbank)' },
  { from: 'cn', key: '墨发现', value: '墨發現', fixes: '墨(西哥)发现 → 墨髮現 (墨发 matched as black hair)' },
  { from: 'cn', key: '了解放', value: '了解放', fixes: '设在了解放军 → 設在瞭解放軍 (了解 matched across 了|解放)' },
  // A pronoun and 干的: who did it (幹), not dry (乾). OpenCC has 谁干的 → 誰幹的 but not these.
  { from: 'cn', key: '我干的', value: '我幹的', fixes: '是我干的 → 是我乾的 (干 read as dry)' },
  { from: 'cn', key: '你干的', value: '你幹的', fixes: '你干的好事 → 你乾的好事' },
  { from: 'cn', key: '他干的', value: '他幹的', fixes: '是他干的 → 是他乾的' },
  { from: 'cn', key: '她干的', value: '她幹的', fixes: '是她干的 → 是她乾的' },
  { from: 'cn', key: '们干的', value: '們幹的', fixes: '是他们干的 → 是他們乾的' },
];

/** Overrides of one source variant, indexed by first code unit, longest key first. */
export class OverrideIndex {
  private readonly byFirst = new Map<number, OverrideEntry[]>();
  /** 1 where some key starts with that code unit: one array read per text position. */
  readonly starts = new Uint8Array(65536);

  constructor(entries: readonly OverrideEntry[]) {
    for (const e of entries) {
      const c = e.key.charCodeAt(0);
      this.starts[c] = 1;
      const list = this.byFirst.get(c) ?? [];
      list.push(e);
      list.sort((a, b) => b.key.length - a.key.length);
      this.byFirst.set(c, list);
    }
  }

  get size(): number {
    return this.byFirst.size;
  }

  /** The longest entry whose key starts at s[i] and ends at or before `end`. */
  match(s: string, i: number, end: number): OverrideEntry | null {
    if (this.starts[s.charCodeAt(i)] === 0) return null;
    const list = this.byFirst.get(s.charCodeAt(i));
    if (!list) return null;
    for (const e of list) if (e.key.length <= end - i && s.startsWith(e.key, i)) return e;
    return null;
  }
}
