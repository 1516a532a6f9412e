/**
 * pinyin-pro builds the automaton of its own word list (`acTree.build(PatternsNormal)`, ~4,700
 * words) in one synchronous call on its first use: 15–50 ms, the longest task of the pinyin
 * start-up, which a page must not see. These steps build it a few hundred words at a time
 * (the trie), then the failure links in one short step, and then mark it built, so that pinyin-pro's
 * own first use finds it ready. Meanwhile pinyin-pro's `build` is held off: the library also
 * schedules the build for an idle moment, which must not run into a half-built trie.
 * Relies on two modules inside pinyin-pro 3.29.4 (pinned); if they are not as expected, nothing
 * happens here and pinyin-pro builds the automaton itself, as before.
 */
import { acTree, ensureAcBuilt } from 'pinyin-pro/dist/esm/common/segmentit/index.mjs';
import { PatternsNormal } from 'pinyin-pro/dist/esm/data/patterns.mjs';

/** Words put in the trie per step. */
const CHUNK = 400;

export function* automatonSteps(): Generator<void, void> {
  const tree = acTree as Partial<typeof acTree> | undefined;
  if (!tree || typeof tree.buildTrie !== 'function' || typeof tree.buildFailPointer !== 'function' || !Array.isArray(PatternsNormal))
    return;
  // Already built (pinyin-pro's idle build ran first): nothing to do.
  if (!(tree.root?.children instanceof Map) || tree.root.children.size > 0) return;
  const hold = () => undefined;
  tree.build = hold;
  try {
    for (let i = 0; i < PatternsNormal.length; i += CHUNK) {
      tree.buildTrie(PatternsNormal.slice(i, i + CHUNK));
      yield;
    }
    tree.buildFailPointer();
    // pinyin-pro's flag that the automaton is built, set through its own function (whose build is held).
    ensureAcBuilt();
  } finally {
    if (tree.build === hold) delete tree.build;
  }
}
