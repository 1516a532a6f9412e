import { defineConfig } from 'vitest/config';

// Kept separate from vite.config.ts so the crx plugin is not loaded during unit tests.
export default defineConfig({
  test: {
    environment: 'happy-dom',
    include: ['test/unit/**/*.test.ts'],
    globalSetup: ['test/corpus-note.ts'],
    testTimeout: 30_000,
  },
});
