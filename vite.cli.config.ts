import { defineConfig } from 'vite';

// Node bundles of the engine: the `dubao` CLI and the benchmark runner. Dependencies stay external
// (resolved from node_modules at run time), so the bundles are small and builds are fast.
export default defineConfig({
  // Data files as JSON.parse of a string (as in vite.config.ts): cheaper to parse and evaluate.
  json: { stringify: true, namedExports: false },
  build: {
    ssr: true,
    outDir: 'dist/node',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: false,
    minify: false,
    rollupOptions: {
      input: { dubao: 'src/cli/main.ts', bench: 'bench/main.ts', 'scan-worker': 'src/cli/scan-worker.ts' },
      output: { format: 'es', entryFileNames: '[name].mjs', chunkFileNames: 'chunks/[name]-[hash].mjs' },
    },
  },
  ssr: { noExternal: [] },
  logLevel: 'warn',
});
