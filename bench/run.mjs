#!/usr/bin/env node
// Builds the Node bundles (engine + benchmarks) and the in-browser script of the ruby rows, and runs the benchmark sections named on the
// command line (all when none): `node bench/run.mjs [extract|convert|pinyin|summary ...]`.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
execFileSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'vite.cli.config.ts'], { cwd: root, stdio: 'inherit' });
// The in-page script of the pinyin section's real-browser rows.
execFileSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'bench/vite.browser.config.ts'], { cwd: root, stdio: 'inherit' });
execFileSync(process.execPath, ['--expose-gc', path.join(root, 'dist/node/bench.mjs'), ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
