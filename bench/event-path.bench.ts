/**
 * Benchmark: the event path (registry write → outbox → JetStream → durable consumer ack), next to its raw
 * substrates measured in the same run with the same client: raw JetStream publish+consume, and raw SQLite
 * inserts (one transaction per row, WAL). Prints events/s and the ratios.
 *   npm run bench            (BENCH_EVENTS=2000 BENCH_CONCURRENCY=16 to change the load)
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import type { Actor } from '@ladder/contracts';
import { createStandaloneClient, provisionDeclared } from '@ladder/platform-messaging';
import { makeEnterprise, startNatsServer, waitFor } from '@ladder/platform-testing';
import { connect } from 'nats';
import type { NatsConnection } from 'nats';

import { cpuSeconds, writeResult } from './lib/services';
import { consumeCount, inParallel, machine, rawJetStream, rawSqlite } from './lib/substrates';

const N = Number(process.env['BENCH_EVENTS'] ?? 2000);
const CONCURRENCY = Number(process.env['BENCH_CONCURRENCY'] ?? 16);
// BENCH_DIST_ROOT=<another checkout> runs that checkout's build (before/after comparisons in the same conditions).
const root = process.env['BENCH_DIST_ROOT'] ?? path.resolve(__dirname, '..');

async function eventPath(natsUrl: string, nc: NatsConnection, dataDir: string): Promise<{ perSec: number; cpuMsPerEvent: number }> {
  const env = { ...process.env, NATS_URL: natsUrl, DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  const migrate = spawn(process.execPath, [path.join(root, 'dist/apps/registry/migrate.js')], { env, stdio: 'ignore' });
  await new Promise((r) => migrate.once('exit', r));
  const profile = process.env['BENCH_PROFILE'] ? ['--cpu-prof', `--cpu-prof-dir=${process.env['BENCH_PROFILE']}`] : [];
  const registry = spawn(process.execPath, [...profile, path.join(root, 'dist/apps/registry/main.js')], { env, stdio: 'inherit' });
  const client = createStandaloneClient(natsUrl, 'bench', 60_000);
  const actor: Actor = { userId: 'bench', username: 'bench', roles: ['gxj-operator'] };
  try {
    await waitFor(async () => (await client.request('registry.health.ping', {})).status === 'ok', 20_000, 200);
    const { done } = await consumeCount(nc, 'REGISTRY', 'bench-registry', 'registry.enterprise.registered', N);
    const items = Array.from({ length: N }, () => makeEnterprise());
    const cpu0 = cpuSeconds(registry.pid);
    const start = Date.now();
    await inParallel(N, CONCURRENCY, (i) => {
      const e = items[i]!;
      return client.request('registry.enterprise.create', { uscc: e.uscc, name: e.name, countyCode: e.countyCode, industryGroup: 'industry', actor });
    });
    const end = await done;
    // The registry's CPU time per event (RPC, transaction, outbox, relay): less sensitive to other load than the rate.
    return { perSec: (N / (end - start)) * 1000, cpuMsPerEvent: ((cpuSeconds(registry.pid) - cpu0) * 1000) / N };
  } finally {
    await client.close();
    registry.kill('SIGTERM');
    await new Promise((r) => registry.once('exit', r));
  }
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(root, 'dist/apps/registry/main.js'))) throw new Error('build first: npx nx run registry:build');
  const nats = await startNatsServer();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ladder-bench-'));
  const nc = await connect({ servers: nats.url });
  try {
    await provisionDeclared(nats.url);
    const raw = await rawJetStream(nc, N, CONCURRENCY);
    const sql = rawSqlite(dir, N);
    const { perSec: path_, cpuMsPerEvent } = await eventPath(nats.url, nc, dir);
    const result = {
      at: new Date().toISOString(),
      events: N,
      concurrency: CONCURRENCY,
      machine: machine(os.cpus().length, os.totalmem()),
      rawJetStreamPublishConsumePerSec: Math.round(raw),
      rawSqliteInsertTxPerSec: Math.round(sql),
      eventPathPerSec: Math.round(path_),
      registryCpuMsPerEvent: Number(cpuMsPerEvent.toFixed(3)),
      ratioToRawJetStream: Number((path_ / raw).toFixed(3)),
      ratioToRawSqlite: Number((path_ / sql).toFixed(3)),
    };
    console.log('\nEvent path benchmark (same run, same client)');
    console.table({
      'raw JetStream publish → durable consume ack': `${result.rawJetStreamPublishConsumePerSec} msg/s`,
      'raw SQLite insert (1 tx/row, WAL)': `${result.rawSqliteInsertTxPerSec} rows/s`,
      'registry create → outbox → JetStream → durable ack': `${result.eventPathPerSec} events/s`,
      'registry CPU per event': `${result.registryCpuMsPerEvent} ms`,
      'ratio to raw JetStream': result.ratioToRawJetStream,
      'ratio to raw SQLite insert': result.ratioToRawSqlite,
    });
    writeResult('event-path', result);
  } finally {
    await nc.drain();
    await nats.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
