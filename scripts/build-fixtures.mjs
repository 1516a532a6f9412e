#!/usr/bin/env node
// Regenerates the fixtures that `npm test` takes from the dev data beside the repository
// (`../shared`, present for developers and CI): only files whose licence allows redistribution.
// Today that is OpenCC's upstream conversion cases and their licence (Apache-2.0). The news pages
// of the corpus belong to their publishers and stay out of the repository; the seed fixture
// (test/fixtures/pages/seed.html) is a hand-made reconstruction, see test/fixtures/README.md.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(root, '../shared');
if (!fs.existsSync(shared)) {
  console.error('build-fixtures: ../shared is not beside this checkout; nothing to regenerate.');
  process.exit(1);
}
const copies = [
  ['corpus/conversion/opencc/testcases.json', 'test/fixtures/opencc/testcases.json'],
  ['corpus/conversion/opencc/LICENSE', 'test/fixtures/opencc/LICENSE'],
];
for (const [from, to] of copies) {
  fs.mkdirSync(path.dirname(path.join(root, to)), { recursive: true });
  fs.copyFileSync(path.join(shared, from), path.join(root, to));
  console.log(`${to} <- shared/${from}`);
}
