#!/usr/bin/env node
// Precompiles opencc-js's dictionaries into compact packed tries for src/core/convert.
// Output: src/core/convert/data/trie-*.ts (one per dictionary group, loaded by dynamic import)
// and src/core/convert/data/directions.ts (which tries each from→to direction chains, mirroring
// opencc-js ConverterBuilder exactly). Run: node scripts/build-convert-data.mjs
//
// Packed trie format (nodes in breadth-first order, children of a node contiguous and sorted by
// UTF-16 code unit; node 0 is the root):
//   labels: string — char i = code unit on the edge into node i (char 0 unused)
//   meta:   string — char i = 48 + childCount*4 + level, level 0 = not a key end, else 1 + index
//           (in the group) of the dictionary that supplies the value (first dictionary wins, as
//           opencc-js loadDictGroup does)
//   values: string — values of the key-end nodes in node order, joined by '|'
import { writeFileSync, mkdirSync, readdirSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as Preset from 'opencc-js/preset';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'src/core/convert/data');
const DICT_NAMES = [
  'CJK_Compatibility_Ideographs',
  'HKPhrases',
  'HKPhrasesRev',
  'HKVariants',
  'HKVariantsPhrases',
  'HKVariantsRev',
  'HKVariantsRevPhrases',
  'STCharacters',
  'STPhrases',
  'STPhrases_GeneratedFromRegionalPhrases',
  'TSCharacters',
  'TSPhrases',
  'TWPhrases',
  'TWPhrasesRev',
  'TWVariants',
  'TWVariantsPhrases',
  'TWVariantsRev',
  'TWVariantsRevPhrases',
];
const SHORT = {
  CJK_Compatibility_Ideographs: 'cjk',
  HKPhrases: 'hkp',
  HKPhrasesRev: 'hkpr',
  HKVariants: 'hkv',
  HKVariantsPhrases: 'hkvp',
  HKVariantsRev: 'hkvr',
  HKVariantsRevPhrases: 'hkvrp',
  STCharacters: 'stc',
  STPhrases: 'stp',
  STPhrases_GeneratedFromRegionalPhrases: 'stg',
  TSCharacters: 'tsc',
  TSPhrases: 'tsp',
  TWPhrases: 'twp',
  TWPhrasesRev: 'twpr',
  TWVariants: 'twv',
  TWVariantsPhrases: 'twvp',
  TWVariantsRev: 'twvr',
  TWVariantsRevPhrases: 'twvrp',
};
const dictByName = new Map();
const nameByDict = new Map();
for (const n of DICT_NAMES) {
  const d = (await import(`opencc-js/dict/${n}`)).default;
  dictByName.set(n, d);
  nameByDict.set(d, n);
}
const nameOf = (d) => {
  const n = nameByDict.get(d);
  if (!n) throw new Error('unknown dictionary object in preset');
  return n;
};

const VARIANTS = ['cn', 't', 'tw', 'twp', 'hk'];

// Mirror of opencc-js ConverterBuilder.getConfigName.
function configName(from, to) {
  if (from === 'cn') return `s2${to}`;
  if (to === 'cn') {
    if (from === 'hkp') return 'hk2sp';
    return from === 'twp' ? 'tw2sp' : `${from}2s`;
  }
  return `${from}2${to}`;
}
const normGroups = (g) => (Array.isArray(g) && Array.isArray(g[0]) ? g : [g]);
const groupNames = (g) => (typeof g === 'string' ? [nameOf(g)] : g.map(nameOf));

/** Unique tries, keyed by the joined dictionary names of their group. */
const tries = new Map();
function trieId(names) {
  const key = names.join('+');
  if (!tries.has(key)) tries.set(key, { id: names.map((n) => SHORT[n]).join('-'), names });
  return tries.get(key).id;
}

const directions = {};
for (const from of VARIANTS) {
  for (const to of VARIANTS) {
    if (from === to) continue;
    // Not every direction has a config (the types say a string key always finds one).
    const cfg = /** @type {(typeof Preset.configs)[string] | undefined} */ (Preset.configs[configName(from, to)]);
    /** @type {{ normalize: string[], segment: { trie: string, level: number } | null, chain: Array<string[] | string> }} */
    const spec = { normalize: [], segment: null, chain: [] };
    if (cfg) {
      for (const g of cfg.normalizationChain ?? []) spec.normalize.push(trieId(groupNames(g)));
      spec.chain = cfg.conversionChain.map((g) => groupNames(g));
      if (cfg.segmentation) {
        const seg = groupNames(cfg.segmentation);
        // Reuse a chain trie whose group starts with the segmentation dictionaries: a key is in the
        // segmentation group iff its supplying dictionary index < seg.length.
        const host = spec.chain.find((g) => seg.every((n, i) => g[i] === n));
        spec.segment = host ? { trie: trieId(host), level: seg.length } : { trie: trieId(seg), level: 3 };
      }
      spec.chain = spec.chain.map((g) => trieId(g));
    } else {
      const groups = [];
      if (from !== 't') groups.push(...normGroups(Preset.from[from]));
      if (to !== 't') groups.push(...normGroups(Preset.to[to]));
      spec.chain = groups.map((g) => trieId(groupNames(g)));
    }
    directions[`${from}>${to}`] = spec;
  }
}

/** Build the merged dictionary exactly like opencc-js Trie.loadDictGroup (first dictionary wins). */
function mergedEntries(names) {
  const map = new Map(); // key -> [value, level]
  names
    .slice()
    .reverse()
    .forEach((n) => {
      const level = names.indexOf(n) + 1;
      for (const line of dictByName.get(n).split('|')) {
        const [l, r] = line.split(' ');
        if (typeof r !== 'string') throw new Error(`bad entry in ${n}: ${line}`);
        if (l === '') continue; // an empty key never matches in opencc-js
        map.set(l, [r, level]);
      }
    });
  return map;
}

function pack(names) {
  if (names.length > 3) throw new Error('group too large for 2-bit level');
  const entries = mergedEntries(names);
  // Build a plain object trie keyed by UTF-16 code unit.
  const mk = () => ({ kids: new Map(), value: null, level: 0 });
  const rootNode = mk();
  for (const [k, [v, level]] of entries) {
    if (v.includes('|')) throw new Error('value contains separator');
    let n = rootNode;
    for (let i = 0; i < k.length; i++) {
      const c = k.charCodeAt(i);
      let nx = n.kids.get(c);
      if (!nx) n.kids.set(c, (nx = mk()));
      n = nx;
    }
    n.value = v;
    n.level = level;
  }
  let labels = '\u0000';
  const meta = [];
  const values = [];
  const queue = [rootNode];
  for (let qi = 0; qi < queue.length; qi++) {
    const n = queue[qi];
    const kids = [...n.kids.entries()].sort((a, b) => a[0] - b[0]);
    const code = 48 + kids.length * 4 + n.level;
    if (code > 0xd7ff) throw new Error('too many children for meta encoding');
    meta.push(String.fromCharCode(code));
    if (n.level) values.push(n.value);
    for (const [c, kid] of kids) {
      labels += String.fromCharCode(c);
      queue.push(kid);
    }
  }
  return { labels, meta: meta.join(''), values: values.join('|'), nodes: queue.length, keys: entries.size };
}

mkdirSync(outDir, { recursive: true });
for (const f of readdirSync(outDir)) if (/^trie-.*\.ts$/.test(f)) unlinkSync(path.join(outDir, f));
const header = '// Generated by scripts/build-convert-data.mjs from opencc-js 1.4.2 dictionaries (Apache-2.0). Do not edit.\n';
const summary = [];
for (const { id, names } of tries.values()) {
  const p = pack(names);
  const body =
    header +
    `// Dictionaries (first wins): ${names.join(', ')}; ${p.keys} keys, ${p.nodes} nodes.\n` +
    `import type { PackedTrieData } from '../packed-trie';\n` +
    `const data: PackedTrieData = {\n  labels: ${JSON.stringify(p.labels)},\n  meta: ${JSON.stringify(p.meta)},\n  values: ${JSON.stringify(p.values)},\n};\nexport default data;\n`;
  writeFileSync(path.join(outDir, `trie-${id}.ts`), body);
  summary.push(`${id}: ${p.keys} keys, ${p.nodes} nodes, ${(Buffer.byteLength(body) / 1024).toFixed(0)} KiB`);
}
const ids = [...tries.values()].map((t) => t.id);
const dirs =
  header +
  `import type { PackedTrieData } from '../packed-trie';\n\n` +
  `export type TrieId = ${ids.map((i) => JSON.stringify(i)).join(' | ')};\n\n` +
  `export interface DirectionSpec {\n  /** Whole-text normalisation passes. */\n  normalize: TrieId[];\n` +
  `  /** Segmentation by the keys of \`trie\` whose level <= \`level\` (null: the whole text is one segment). */\n` +
  `  segment: { trie: TrieId; level: number } | null;\n  /** Conversion passes applied to each segment. */\n  chain: TrieId[];\n}\n\n` +
  `/** Key \`from>to\`; mirrors opencc-js Converter({ from, to }). */\n` +
  `export const DIRECTIONS: Record<string, DirectionSpec> = {\n${Object.entries(directions)
    .map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},`)
    .join('\n')}\n};\n\n` +
  `/** Dynamic imports, so a bundle carries a dictionary only once a direction needs it. */\n` +
  `export const TRIE_LOADERS: Record<TrieId, () => Promise<{ default: PackedTrieData }>> = {\n` +
  ids.map((i) => `  ${JSON.stringify(i)}: () => import('./trie-${i}'),`).join('\n') +
  `\n};\n`;
writeFileSync(path.join(outDir, 'directions.ts'), dirs);
console.log(summary.join('\n'));
