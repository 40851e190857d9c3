import 'reflect-metadata';

import * as fs from 'node:fs';

import { buildJetStreamDeclarations } from '@ladder/contracts/catalogue';
import { provisionJetStream } from '@ladder/platform-messaging';
import type { JetStreamDeclarations } from '@ladder/platform-messaging';
import { connect } from 'nats';
import type { JetStreamManager, NatsConnection, StreamConfig } from 'nats';

/**
 * The connection given to provisionJetStream, with every stream created or updated at `replicas` replicas.
 * provisionJetStream (libs/platform/messaging) declares `num_replicas: 1`; updating an R3 stream with that would
 * scale it down to one node and back up on every provisioning run. TODO: a `replicas` option there replaces this.
 */
function withStreamReplicas(nc: NatsConnection, replicas: number): NatsConnection {
  const patch = (config: Partial<StreamConfig>): Partial<StreamConfig> => ({ ...config, num_replicas: replicas });
  return new Proxy(nc, {
    get(target, prop, receiver) {
      if (prop !== 'jetstreamManager') return Reflect.get(target, prop, receiver) as unknown;
      return async (...args: Parameters<NatsConnection['jetstreamManager']>): Promise<JetStreamManager> => {
        const jsm = await target.jetstreamManager(...args);
        const streams = new Proxy(jsm.streams, {
          get(s, name, r) {
            if (name === 'add') return (config: Partial<StreamConfig>) => s.add(patch(config));
            if (name === 'update') return (stream: string, config: Partial<StreamConfig>) => s.update(stream, patch(config));
            return Reflect.get(s, name, r) as unknown;
          },
        });
        return new Proxy(jsm, { get: (j, name, r) => (name === 'streams' ? streams : (Reflect.get(j, name, r) as unknown)) });
      };
    },
  });
}

/**
 * Create or update the JetStream streams and durable consumers: those declared in libs/contracts
 * (= deploy/nats/jetstream.json) plus, when present, `deploy/nats/bureaus.json` (other bureaus' consumers).
 *   NATS_URL=nats://… node dist/tools/ops/provision.js [extra-declarations.json …]
 * NATS_STREAM_REPLICAS=3 (a JetStream cluster: the Helm chart and compose file set it) then sets every declared
 * stream's replica count, so each fact is stored on three nodes (R3) and survives the loss of one.
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
  const nc = await connect({ servers: url, name: 'provision' });
  try {
    const replicas = Number(process.env['NATS_STREAM_REPLICAS'] ?? 0);
    const report = await provisionJetStream(replicas > 0 ? withStreamReplicas(nc, replicas) : nc, decl);
    for (const s of report.streams) console.log(`stream ${s.name}: ${s.action}`);
    for (const c of report.consumers) console.log(`consumer ${c.name}: ${c.action}`);
    if (replicas > 0) {
      const jsm = await nc.jetstreamManager();
      for (const s of decl.streams) {
        const info = await jsm.streams.info(s.name);
        if (info.config.num_replicas === replicas) continue;
        await jsm.streams.update(s.name, { ...info.config, num_replicas: replicas });
        console.log(`stream ${s.name}: replicas ${info.config.num_replicas} → ${replicas}`);
      }
    }
  } finally {
    await nc.close();
  }
}

main().catch((error: unknown) => {
  console.error(String((error as Error)?.stack ?? error));
  process.exit(1);
});
