import 'reflect-metadata';

import * as fs from 'node:fs';

import { buildJetStreamDeclarations } from '@ladder/contracts/catalogue';
import { natsServerOptions, provisionJetStream } from '@ladder/platform-messaging';
import type { JetStreamDeclarations } from '@ladder/platform-messaging';
import { connect } from 'nats';

/**
 * Create or update the JetStream streams and durable consumers: those declared in libs/contracts
 * (= deploy/nats/jetstream.json) plus, when present, `deploy/nats/bureaus.json` (other bureaus' consumers).
 *   NATS_URL=nats://… [JETSTREAM_REPLICAS=3] node dist/tools/ops/provision.js [extra-declarations.json …]
 * JETSTREAM_REPLICAS=3 (a JetStream cluster: `npm run cluster`, the Helm chart and the compose file set it) stores
 * every declared stream on three nodes (R3), so each fact survives the loss of one.
 */
async function main(): Promise<void> {
  const url = process.env['NATS_URL'];
  if (!url) throw new Error('NATS_URL is not set');
  const own = buildJetStreamDeclarations() as unknown as JetStreamDeclarations;
  const extras = process.argv.slice(2).filter((f) => fs.existsSync(f));
  const decl: JetStreamDeclarations = {
    streams: [...own.streams],
    consumers: [
      ...own.consumers,
      ...extras.flatMap((f) => (JSON.parse(fs.readFileSync(f, 'utf8')) as Partial<JetStreamDeclarations>).consumers ?? []),
    ],
  };
  const nc = await connect({ ...natsServerOptions(url), name: 'provision' });
  try {
    const replicas = Number(process.env['JETSTREAM_REPLICAS'] ?? 1);
    const report = await provisionJetStream(nc, decl, { replicas });
    for (const s of report.streams) console.log(`stream ${s.name}: ${s.action}`);
    for (const c of report.consumers) console.log(`consumer ${c.name}: ${c.action}`);
  } finally {
    await nc.close();
  }
}

main().catch((error: unknown) => {
  console.error(String((error as Error)?.stack ?? error));
  process.exit(1);
});
