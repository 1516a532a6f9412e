// Two modules inside pinyin-pro 3.29.4 (its package exports `./dist/*`): the word automaton its
// segmentation uses, and the word list that automaton is built from. See automaton-steps.ts.
declare module 'pinyin-pro/dist/esm/common/segmentit/index.mjs' {
  export const acTree: {
    root: { children: Map<string, unknown> };
    build(patterns: unknown[]): void;
    buildTrie(patterns: unknown[]): void;
    buildFailPointer(): void;
  };
  export function ensureAcBuilt(): void;
}
declare module 'pinyin-pro/dist/esm/data/patterns.mjs' {
  export const PatternsNormal: unknown[];
}
