import { defineConfig } from 'vite';

// The in-browser part of the pinyin benchmark: one IIFE script a blank Chromium page loads.
export default defineConfig({
  // Data files as JSON.parse of a string (as in vite.config.ts): cheaper to parse and evaluate.
  json: { stringify: true, namedExports: false },
  publicDir: false,
  build: {
    outDir: 'dist/bench-browser',
    emptyOutDir: true,
    target: 'es2022',
    minify: false,
    lib: { entry: 'bench/browser/ruby-page.ts', formats: ['iife'], name: 'dubaoRubyBenchModule', fileName: () => 'ruby-page.js' },
  },
  logLevel: 'warn',
});
