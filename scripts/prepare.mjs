// npm `prepare` (runs after `npm ci`/`npm install`): bundle the CLI so `npx dubao` works at once.
// Never fails the install: bin/dubao.mjs builds on demand if this did not run.
import { execFileSync } from 'node:child_process';
try {
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'vite.cli.config.ts', '--logLevel', 'error'], {
    stdio: 'inherit',
  });
} catch {
  console.warn('dubao: CLI bundle not built now; it will be built on first use.');
}
