// Loads project modules (TypeScript, ?raw imports) into a Node script through Vite's SSR loader, then
// closes the server: `const [a, b] = await ssrLoad(root, '/src/x.ts', '/src/y.ts')`.
import { createServer } from 'vite';

export async function ssrLoad(root, ...modules) {
  const server = await createServer({
    root,
    logLevel: 'error',
    server: { middlewareMode: true, hmr: false },
    appType: 'custom',
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const out = [];
    for (const m of modules) out.push(await server.ssrLoadModule(m));
    return out;
  } finally {
    await server.close();
  }
}
