// Serve test/fixtures/pages (and the generated e2e pages) on 127.0.0.1 for a manual look:
// `node scripts/serve-fixtures.mjs [port]` prints the seed page's URL and serves until killed.
import { startServer } from '../test/e2e/server.mjs';

const srv = await startServer(Number(process.argv[2] ?? 0));
console.log(srv.url('seed.html'));
