/**
 * The substrate of the list-API bench: a bare Fastify server (no auth, no NATS, no database) answering
 * `GET /api/enterprises` with the page in BENCH_BODY_FILE (a page the gateway returned), serialised per request
 * as a handler's return value would be. Started as its own process, like the gateway.
 */
import * as fs from 'node:fs';

import Fastify from 'fastify';

async function main(): Promise<void> {
  const page: unknown = JSON.parse(fs.readFileSync(process.env['BENCH_BODY_FILE'] ?? '', 'utf8'));
  const app = Fastify({ logger: false });
  app.get('/api/enterprises', () => page);
  await app.listen({ host: '127.0.0.1', port: Number(process.env['PORT']) });
  const stop = (): void => void app.close().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
