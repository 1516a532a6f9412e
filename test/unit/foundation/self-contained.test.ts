// @vitest-environment node
// `npm test` runs in a user's clone, which has no dev data beside it: no file under src/ or test/
// may name that folder, except the one module through which the optional corpus checks reach it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');
const ALLOWED = new Set(['test/shared-corpus.mjs']);
const NAMES_SHARED = /\.\.[/\\]shared(?![-\w.])|['"`]shared['"`]/;

function files(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    return e.isDirectory() ? files(rel) : [rel];
  });
}

const TEXT = /\.(ts|mts|mjs|js|json|html|css|md|txt|tsv)$/;
const checked = ['src', 'test'].flatMap(files).filter((f) => TEXT.test(f) && !ALLOWED.has(f));

test('the scan sees the source and test files', () => expect(checked.length).toBeGreaterThan(100));

test.each(checked)('%s does not name the dev data folder', (f) => {
  const lines = readFileSync(path.join(ROOT, f), 'utf8').split('\n');
  const hits = lines.flatMap((l, i) => (NAMES_SHARED.test(l) ? [`${f}:${i + 1}: ${l.trim()}`] : []));
  expect(hits).toEqual([]);
});
