import { buildJetStreamDeclarations } from '@ladder/contracts/catalogue';
import { AckPolicy, DeliverPolicy, DiscardPolicy, RetentionPolicy, StorageType, connect, nanos } from 'nats';
import { natsServerOptions } from './nats-connection';
import type { ConsumerConfig, JetStreamManager, NatsConnection, StreamConfig } from 'nats';

/** The JSON form of `deploy/nats/jetstream.json` (generated from @ladder/contracts). */
export interface JetStreamDeclarations {
  readonly streams: readonly {
    readonly name: string;
    readonly description: string;
    readonly subjects: readonly string[];
    readonly maxAgeDays: number;
    readonly duplicateWindowSeconds: number;
  }[];
  readonly consumers: readonly {
    readonly stream: string;
    readonly durable: string;
    readonly description: string;
    /** nats-server 2.9 (Debian) supports one filter subject per consumer. */
    readonly filterSubject?: string;
    readonly maxDeliver: number;
    readonly ackWaitSeconds: number;
    readonly backoffSeconds: readonly number[];
  }[];
}

export interface ProvisionReport {
  readonly streams: { name: string; action: 'created' | 'updated' }[];
  readonly consumers: { name: string; action: 'created' | 'updated' }[];
}

function isNotFound(error: unknown): boolean {
  const e = error as { code?: string; api_error?: { err_code?: number }; message?: string };
  return e?.api_error?.err_code === 10059 || e?.api_error?.err_code === 10014 || /not found/i.test(String(e?.message));
}

/**
 * Create or update every declared stream and durable consumer. Idempotent; run by the launcher, the tests
 * and `npm run nats:provision` — never as a side effect of a first publish.
 */
export interface ProvisionOptions {
  /** Copies of each stream (and its consumers) in a cluster: 3 on a three-node cluster, 1 on a single server. */
  readonly replicas?: number;
}

export async function provisionJetStream(nc: NatsConnection, decl: JetStreamDeclarations, options: ProvisionOptions = {}): Promise<ProvisionReport> {
  const replicas = options.replicas ?? 1;
  const jsm: JetStreamManager = await nc.jetstreamManager();
  const report: ProvisionReport = { streams: [], consumers: [] };
  for (const s of decl.streams) {
    const config: Partial<StreamConfig> = {
      name: s.name,
      description: s.description,
      subjects: [...s.subjects],
      retention: RetentionPolicy.Limits,
      storage: StorageType.File,
      discard: DiscardPolicy.Old,
      max_age: nanos(s.maxAgeDays * 86_400_000),
      duplicate_window: nanos(s.duplicateWindowSeconds * 1000),
      num_replicas: replicas,
    };
    try {
      await jsm.streams.info(s.name);
      await jsm.streams.update(s.name, config);
      report.streams.push({ name: s.name, action: 'updated' });
    } catch (error) {
      if (!isNotFound(error)) throw error;
      await jsm.streams.add(config);
      report.streams.push({ name: s.name, action: 'created' });
    }
  }
  for (const c of decl.consumers) {
    const config: Partial<ConsumerConfig> = {
      durable_name: c.durable,
      description: c.description,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      max_deliver: c.maxDeliver,
      ack_wait: nanos(c.ackWaitSeconds * 1000),
      ...(c.filterSubject ? { filter_subject: c.filterSubject } : {}),
    };
    try {
      await jsm.consumers.info(c.stream, c.durable);
      await jsm.consumers.update(c.stream, c.durable, config);
      report.consumers.push({ name: `${c.stream}/${c.durable}`, action: 'updated' });
    } catch (error) {
      if (!isNotFound(error)) throw error;
      await jsm.consumers.add(c.stream, config);
      report.consumers.push({ name: `${c.stream}/${c.durable}`, action: 'created' });
    }
  }
  return report;
}

/** Provision exactly what libs/contracts declares (launcher, tests). */
export async function provisionDeclared(natsUrl: string, extra: JetStreamDeclarations['consumers'] = []): Promise<ProvisionReport> {
  const nc = await connect({ ...natsServerOptions(natsUrl), name: 'provision' });
  try {
    const own = buildJetStreamDeclarations() as unknown as JetStreamDeclarations;
    return await provisionJetStream(nc, { streams: own.streams, consumers: [...own.consumers, ...extra] });
  } finally {
    await nc.close();
  }
}
