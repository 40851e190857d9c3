/**
 * Benchmark: 免申即享 — a new recognition becomes its entitlements by itself. N `tiering.enterprise.certified`
 * events are published onto the TIERING stream; the subsidies service consumes them (inbox, entitlement rows,
 * outbox) and publishes `subsidies.entitlement.created`, counted by a durable consumer. Measured next to raw
 * JetStream publish+consume and raw SQLite inserts in the same run. Then every certification is delivered again
 * under a new event id (a redelivery JetStream's de-duplication cannot catch): the bench checks that not one
 * entitlement more exists.
 *   npm run bench -- subsidies     (BENCH_CERTIFICATIONS=2000 BENCH_CONCURRENCY=16)
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import { createStandaloneClient, provisionDeclared } from '@ladder/platform-messaging';
import { makeUscc, startNatsServer, waitFor } from '@ladder/platform-testing';
import { entitlementsForCertification } from '@ladder/policy';
import { connect } from 'nats';
import type { NatsConnection } from 'nats';

import { writeResult } from './lib/services';
import { consumeCount, inParallel, machine, rawJetStream, rawSqlite } from './lib/substrates';

const N = Number(process.env['BENCH_CERTIFICATIONS'] ?? 2000);
const CONCURRENCY = Number(process.env['BENCH_CONCURRENCY'] ?? 16);
const COUNTIES = ['350404', '350405', '350421', '350423', '350424', '350425', '350426', '350428', '350429', '350430', '350481'];
const CERTIFIED_ON = '2024-05-10';
const root = path.resolve(__dirname, '..');

interface Certification {
  readonly certificationId: string;
  readonly uscc: string;
  readonly countyCode: string;
}

function certifiedEvent(c: Certification): { id: string; body: Uint8Array } {
  const id = randomUUID();
  const envelope = {
    id,
    subject: 'tiering.enterprise.certified',
    version: 1,
    occurredAt: new Date().toISOString(),
    source: 'tiering',
    data: {
      certificationId: c.certificationId,
      uscc: c.uscc,
      countyCode: c.countyCode,
      tier: 'specialized',
      currentTier: 'specialized',
      kind: 'new',
      issuer: '福建省工业和信息化厅',
      docNo: '闽工信函企业〔2024〕1号',
      certifiedOn: CERTIFIED_ON,
      validUntil: '2027-05-09',
    },
  };
  return { id, body: new TextEncoder().encode(JSON.stringify(envelope)) };
}

async function drained(nc: NatsConnection): Promise<void> {
  const jsm = await nc.jetstreamManager();
  await waitFor(
    async () => {
      const info = await jsm.consumers.info('TIERING', 'subsidies');
      return info.num_pending === 0 && info.num_ack_pending === 0;
    },
    120_000,
    200,
  );
}

async function main(): Promise<void> {
  for (const file of ['main.js', 'migrate.js']) {
    if (!fs.existsSync(path.join(root, 'dist/apps/subsidies', file))) throw new Error('build first: npx nx run subsidies:build');
  }
  const nats = await startNatsServer();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ladder-bench-'));
  const nc = await connect({ servers: nats.url });
  const env = { ...process.env, NATS_URL: nats.url, DATA_DIR: dir, LOG_LEVEL: 'warn', SUBSIDIES_DATE: '2024-06-01' };
  let service: ReturnType<typeof spawn> | undefined;
  const client = createStandaloneClient(nats.url, 'bench', 60_000);
  try {
    await provisionDeclared(nats.url);
    const raw = await rawJetStream(nc, N, CONCURRENCY);
    const sql = rawSqlite(dir, N);

    const migrate = spawn(process.execPath, [path.join(root, 'dist/apps/subsidies/migrate.js')], { env, stdio: 'inherit' });
    const migrated = await new Promise<number | null>((r) => migrate.once('exit', r));
    if (migrated !== 0) throw new Error(`subsidies migrate exited with ${String(migrated)}`);
    const profile = process.env['BENCH_PROFILE'] ? ['--cpu-prof', `--cpu-prof-dir=${process.env['BENCH_PROFILE']}`] : [];
    service = spawn(process.execPath, [...profile, path.join(root, 'dist/apps/subsidies/main.js')], { env, stdio: 'inherit' });
    await waitFor(async () => (await client.request('subsidies.health.ping', {})).status === 'ok', 20_000, 200);

    const certifications: Certification[] = Array.from({ length: N }, (_, i) => {
      const countyCode = COUNTIES[i % COUNTIES.length]!;
      return { certificationId: randomUUID(), uscc: makeUscc(countyCode), countyCode };
    });
    const perCertification = entitlementsForCertification({ tier: 'specialized', kind: 'new', certifiedOn: CERTIFIED_ON, countyCode: '350404' }).length;
    const expected = certifications.reduce(
      (n, c) => n + entitlementsForCertification({ tier: 'specialized', kind: 'new', certifiedOn: CERTIFIED_ON, countyCode: c.countyCode }).length,
      0,
    );
    const { done } = await consumeCount(nc, 'SUBSIDIES', 'bench-created', 'subsidies.entitlement.created', expected);
    const js = nc.jetstream();
    const start = Date.now();
    await inParallel(N, CONCURRENCY, (i) => {
      const event = certifiedEvent(certifications[i]!);
      return js.publish('tiering.enterprise.certified', event.body, { msgID: event.id });
    });
    const end = await done;
    const path_ = (expected / (end - start)) * 1000;
    await drained(nc);

    // The same recognitions again, under new event ids: the inbox lets them through, the unique key refuses them.
    await inParallel(N, CONCURRENCY, (i) => {
      const event = certifiedEvent(certifications[i]!);
      return js.publish('tiering.enterprise.certified', event.body, { msgID: event.id });
    });
    await drained(nc);
    const stored = (await client.request('subsidies.entitlement.list', { pageSize: 1 })).total;

    const result = {
      at: new Date().toISOString(),
      certifications: N,
      entitlementsPerCertification: perCertification,
      concurrency: CONCURRENCY,
      machine: machine(os.cpus().length, os.totalmem()),
      rawJetStreamPublishConsumePerSec: Math.round(raw),
      rawSqliteInsertTxPerSec: Math.round(sql),
      certifiedToEntitlementCreatedPerSec: Math.round(path_),
      ratioToRawJetStream: Number((path_ / raw).toFixed(3)),
      ratioToRawSqlite: Number((path_ / sql).toFixed(3)),
      entitlementsExpected: expected,
      entitlementsStoredAfterRedelivery: stored,
    };
    console.log('\n免申即享 benchmark (same run, same client)');
    console.table({
      'raw JetStream publish → durable consume ack': `${result.rawJetStreamPublishConsumePerSec} msg/s`,
      'raw SQLite insert (1 tx/row, WAL)': `${result.rawSqliteInsertTxPerSec} rows/s`,
      'certified → entitlement + outbox → created event ack': `${result.certifiedToEntitlementCreatedPerSec} entitlements/s`,
      'ratio to raw JetStream': result.ratioToRawJetStream,
      'ratio to raw SQLite insert': result.ratioToRawSqlite,
      'entitlements expected / stored after redelivering all': `${expected} / ${stored}`,
    });
    writeResult('subsidies-entitlements', result);
    if (stored !== expected) throw new Error(`redelivery changed the number of entitlements: ${expected} → ${stored}`);
  } finally {
    await client.close();
    if (service) {
      service.kill('SIGTERM');
      await new Promise((r) => service!.once('exit', r));
    }
    await nc.drain();
    await nats.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
