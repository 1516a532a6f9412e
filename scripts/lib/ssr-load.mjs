// Loads project modules (TypeScript, ?raw imports) into a Node script through Vite's SSR loader, then
// closes the server: `const [a, b] = await ssrLoad(root, '/src/x.ts', '/src/y.ts')`; `devServer(root)` for a
// script that loads modules as it goes.
import { createServer } from 'vite';

/** A Vite server that only loads modules (no HTTP, no HMR, no dependency scan); the caller closes it. */
export function devServer(root) {
  return createServer({
    root,
    logLevel: 'error',
    server: { middlewareMode: true, hmr: false },
    appType: 'custom',
    optimizeDeps: { noDiscovery: true, include: [] },
  });
}

export async function ssrLoad(root, ...modules) {
  const server = await devServer(root);
  try {
    const out = [];
    for (const m of modules) out.push(await server.ssrLoadModule(m));
    return out;
  } finally {
    await server.close();
  }
}
