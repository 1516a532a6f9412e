// The one module under src/ and test/ that names the dev data beside the repository (`../shared`:
// the corpus, CI has it, a user's clone does not). Corpus-wide checks import it and skip, saying so,
// when the folder is absent; everything else in `npm test` uses only test/fixtures/.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIR = path.resolve(ROOT, '../shared');

/** Absolute path of the shared folder, or null when it is not beside this checkout. */
export const SHARED = fs.existsSync(path.join(DIR, 'corpus')) ? DIR : null;

/** A path inside the shared folder, or null when the folder is absent. */
export function sharedPath(...parts) {
  return SHARED && path.join(SHARED, ...parts);
}

export const SHARED_NOTE = SHARED
  ? `corpus checks: running on ${DIR}`
  : 'corpus checks: SKIPPED, ../shared (the dev corpus) is not beside this checkout; npm run bench and CI run them';
