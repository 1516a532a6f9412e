#!/usr/bin/env node
// Builds the Node bundles (engine + benchmarks) and the in-browser script of the ruby rows, and runs the benchmark sections named on the
// command line (all when none), each in a fresh process: `node bench/run.mjs [extract|convert|pinyin|summary ...]`.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
execFileSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'vite.cli.config.ts'], { cwd: root, stdio: 'inherit' });
// The in-page script of the pinyin section's real-browser rows.
execFileSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'bench/vite.browser.config.ts'], { cwd: root, stdio: 'inherit' });
// Each section in a process of its own: a section's heap (trained taggers, parsed pages) would
// otherwise slow the timings of the next one. BENCHMARKS.md keeps the sections not run.
const bench = (args, opts = {}) => execFileSync(process.execPath, ['--expose-gc', path.join(root, 'dist/node/bench.mjs'), ...args], { cwd: root, ...opts });
const wanted = process.argv.slice(2).length ? process.argv.slice(2) : bench(['--list'], { encoding: 'utf8' }).trim().split('\n');
for (const name of wanted) bench([name], { stdio: 'inherit' });
