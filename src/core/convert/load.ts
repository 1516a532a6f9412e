/**
 * Loading converters: the packed tries of a direction are fetched by dynamic import on first use
 * and cached (one instance per trie, shared by directions), so a bundle carries no dictionary
 * until a direction is asked for.
 */
import { DIRECTIONS, TRIE_LOADERS, type TrieId } from './data/directions';
import { PackedTrie } from './packed-trie';
import { ConversionEngine } from './engine';
import { OVERRIDES, OverrideIndex } from './overrides';
import type { Variant } from './variant';

export interface LoadOptions {
  /** Apply the override table (default true). False gives exactly opencc-js's output. */
  overrides?: boolean;
}

const trieCache = new Map<TrieId, Promise<PackedTrie>>();
const engineCache = new Map<string, Promise<ConversionEngine>>();

function loadTrie(id: TrieId): Promise<PackedTrie> {
  let p = trieCache.get(id);
  if (!p) {
    p = TRIE_LOADERS[id]().then((m) => new PackedTrie(m.default));
    p.catch(() => trieCache.delete(id));
    trieCache.set(id, p);
  }
  return p;
}

export function loadEngine(from: Variant, to: Variant, opts: LoadOptions = {}): Promise<ConversionEngine> {
  const useOverrides = opts.overrides !== false;
  const key = `${from}>${to}${useOverrides ? '' : '!'}`;
  let p = engineCache.get(key);
  if (!p) {
    p = buildEngine(from, to, useOverrides);
    p.catch(() => engineCache.delete(key));
    engineCache.set(key, p);
  }
  return p;
}

async function buildEngine(from: Variant, to: Variant, useOverrides: boolean): Promise<ConversionEngine> {
  if (from === to) return new ConversionEngine({ normalize: [], segment: null, chain: [], overrides: null });
  const spec = DIRECTIONS[`${from}>${to}`];
  if (!spec) throw new Error(`unsupported conversion ${from} → ${to}`);
  const [normalize, chain, seg] = await Promise.all([
    Promise.all(spec.normalize.map(loadTrie)),
    Promise.all(spec.chain.map(loadTrie)),
    spec.segment ? loadTrie(spec.segment.trie) : Promise.resolve(null),
  ]);
  const entries = useOverrides ? OVERRIDES.filter((o) => o.from === from) : [];
  return new ConversionEngine({
    normalize,
    segment: seg && spec.segment ? { trie: seg, level: spec.segment.level } : null,
    chain,
    overrides: entries.length ? new OverrideIndex(entries) : null,
  });
}

/** Lazily load (dynamic import) the dictionaries for from→to and return a plain-string converter. */
export async function loadConverter(from: Variant, to: Variant, opts: LoadOptions = {}): Promise<(text: string) => string> {
  const engine = await loadEngine(from, to, opts);
  return (text: string) => engine.convert(text);
}
