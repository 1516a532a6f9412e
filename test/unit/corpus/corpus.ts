/**
 * Corpus-wide checks run over the dev data beside the repository when it is there (CI, developers)
 * and are skipped, with a line saying so, in a user's clone. The path comes from the one module that
 * may name it (test/shared-corpus.mjs).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe } from 'vitest';
import { SHARED } from '../../shared-corpus.mjs';

/** A describe block that runs only when the dev corpus is there. */
export function corpusDescribe(name: string, body: () => void): void {
  // oxlint-disable-next-line vitest/valid-title, vitest/valid-describe-callback -- a wrapper: the caller's title (a string) and body (a function) pass through
  describe.skipIf(SHARED === null)(name, body);
}

/** Files of a corpus folder ending in `ext`, sorted; [] when the corpus is absent. */
export function corpusFiles(sub: string, ext: string): string[] {
  if (SHARED === null) return [];
  const dir = path.join(SHARED, 'corpus', sub);
  return readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => path.join(dir, f));
}
