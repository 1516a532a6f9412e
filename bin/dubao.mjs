#!/usr/bin/env node
// Launcher for the `dubao` CLI. The engine is TypeScript; it is bundled for Node into
// dist/node/dubao.mjs by `npm run build:cli` (run automatically by `npm ci` via `prepare`).
// If the bundle is missing (e.g. a checkout without a build), it is built once on demand.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = path.join(root, 'dist/node/dubao.mjs');
if (!existsSync(bundle)) {
  const { build } = await import('vite');
  await build({ configFile: path.join(root, 'vite.cli.config.ts'), logLevel: 'error', root });
}
const { main } = await import(pathToFileURL(bundle).href);
await main();
