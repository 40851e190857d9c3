/**
 * Benchmark: the enterprise list API at 100,000 enterprises, through the real gateway and registry (built
 * processes on a private nats-server, SQLite), next to its substrate in the same run: a bare Fastify server
 * answering the same URL with a page of the same size. autocannon drives both at full load (fixed connections,
 * as fast as they answer), then the gateway at half of its measured full-load rate, where the latency counts.
 * Prints req/s, p50 and p99 and the ratio gateway : bare Fastify.
 *   npm run bench -- list-api     (BENCH_ENTERPRISES=100000 BENCH_CONNECTIONS=16 BENCH_SECONDS=10)
 * BENCH_SEED_FILE=<path>: keep the seeded registry database there and reuse it on the next run (seeding 100,000
 * takes minutes; delete the file after a registry migration).
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';

import autocannon from 'autocannon';
import type { Result } from 'autocannon';
import Database from 'better-sqlite3';
import type { EnterpriseDto, Page } from '@ladder/contracts';
import { provisionDeclared, tuneHeapGrowth } from '@ladder/platform-messaging';
import { freePort, startNatsServer, waitForPort } from '@ladder/platform-testing';
import { POOL_CATEGORIES, SIZE_CLASSES, TIERS, mulberry32 } from '@ladder/shared-domain';

/* eslint-disable @nx/enforce-module-boundaries -- the bench seeds the registry's own table with the demo generator */
import { generateDemoPool } from '../tools/ops/src/demo-data';
/* eslint-enable @nx/enforce-module-boundaries */
import { machine } from './lib/substrates';
import { cpuSeconds, login, prepareServices, root, waitHealthy, writeResult } from './lib/services';

const N = Number(process.env['BENCH_ENTERPRISES'] ?? 100_000);
const CONNECTIONS = Number(process.env['BENCH_CONNECTIONS'] ?? 16);
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 10);
/** The console's default list: active enterprises, latest change first, 20 a page. */
const QUERY = process.env['BENCH_LIST_QUERY'] ?? '/api/enterprises?page=1&pageSize=20&sort=-updatedAt';
/** BENCH_PROBE=<dir>: the services' and this process's pauses (lib/pause-probe.cjs) and the paced requests over SLOW_MS. */
const PROBE = process.env['BENCH_PROBE'];
const SLOW_MS = 10;
/** The paced stream's first seconds, sent at the same rate but not counted (see `pacedLoad`). */
const PACED_WARMUP_SECONDS = Number(process.env['BENCH_PACED_WARMUP_SECONDS'] ?? 2);
const probed: Record<string, unknown> = {};

function probeRecord(key: string, value: unknown): void {
  if (!PROBE) return;
  probed[key] = value;
  fs.writeFileSync(path.join(PROBE, 'bench-phases.json'), JSON.stringify(probed));
}

/** Runs `phase`, its start and end (epoch ms) kept for BENCH_PROBE. */
async function phase<T>(name: string, run: () => Promise<T>): Promise<T> {
  const from = Date.now();
  const out = await run();
  probeRecord(name, { from, to: Date.now() });
  return out;
}

/** N enterprises written straight into the registry's table (setup only: the bench measures reads). */
function seedEnterprises(file: string): number {
  const pool = generateDemoPool(N, 11);
  const rand = mulberry32(29);
  const db = new Database(file);
  const insert = db.prepare(
    `insert into enterprise (uscc, created_at, updated_at, name, county_code, industry_group, chain_tags, contacts, address,
       legal_representative, established_on, independent_legal_person, main_product, status, category, tier, size_class,
       size_class_year, latest_data_year, admitted_at, created_by, updated_by, version)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
  );
  const now = Date.now();
  let active = 0;
  db.transaction(() => {
    for (const { enterprise: e } of pool) {
      const updatedAt = now - Math.floor(rand() * 730 * 86_400_000);
      const status = rand() < 0.03 ? 'removed' : 'active';
      if (status === 'active') active++;
      const tierRoll = rand();
      insert.run(
        e.uscc,
        updatedAt - 86_400_000,
        updatedAt,
        e.name,
        e.countyCode,
        e.industryGroup,
        e.chains && e.chains.length ? `,${e.chains.join(',')},` : ',',
        JSON.stringify(e.contacts ?? []),
        e.address ?? null,
        e.legalRepresentative ?? null,
        e.establishedOn ?? null,
        1,
        e.mainProduct ?? null,
        status,
        rand() < 0.2 ? null : POOL_CATEGORIES[Math.floor(rand() * POOL_CATEGORIES.length)]!,
        tierRoll < 0.85 ? null : TIERS[Math.floor(rand() * TIERS.length)]!,
        SIZE_CLASSES[Math.floor(rand() * SIZE_CLASSES.length)]!,
        2025,
        2025,
        updatedAt - 86_400_000,
        'bench',
        'bench',
      );
    }
  })();
  db.pragma('optimize');
  db.close();
  return active;
}

async function load(url: string, token: string | undefined, overallRate?: number): Promise<Result> {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: SECONDS,
    headers: token ? { authorization: `Bearer ${token}` } : {},
    ...(overallRate ? { overallRate } : {}),
  });
  if (result.errors + result.timeouts + result.non2xx > 0) {
    throw new Error(
      `${url}: ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx responses`,
    );
  }
  return result;
}

/**
 * The gateway at `rate` requests per second spread evenly over time (open loop, one every 1/rate s, on at most
 * CONNECTIONS keep-alive connections), latency from the moment each request was due. autocannon's `overallRate`
 * is not that: each connection sends its share of a second back to back as fast as answers come, then waits for
 * the next second (autocannon/lib/httpClient.js `reqsMadeThisSecond`), so its "half load" is full load for half of
 * every second, with all connections starting their burst together.
 *
 * The first PACED_WARMUP_SECONDS of the stream are not counted: this process's own `http` client path is cold
 * when the phase starts (autocannon, which ran before, has its own client), and its 16 connections are new. In
 * probed runs (BENCH_PROBE) the first second or two held most of the requests over 20 ms, with this process's own
 * GC and event-loop stalls of 20–45 ms (docs/performance.md, list API). The autocannon phases get 2 s of warm-up
 * too.
 */
async function pacedLoad(
  url: string,
  token: string,
  rate: number,
): Promise<{ reqPerSec: number; p50Ms: number; p99Ms: number; warmupP99Ms: number }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const latencies: number[] = [];
  const warmupLatencies: number[] = [];
  /** Requests over SLOW_MS: when they were due (epoch ms) and how long they took (BENCH_PROBE). */
  const slow: { at: number; ms: number }[] = [];
  let failures = 0;
  const started = performance.now();
  const measuredFrom = started + PACED_WARMUP_SECONDS * 1000;
  const total = Math.round(rate * (PACED_WARMUP_SECONDS + SECONDS));
  let sent = 0;
  const inFlight = new Set<Promise<void>>();
  const one = (due: number): Promise<void> =>
    new Promise<void>((resolve) => {
      const req = http.get(url, { agent, headers: { authorization: `Bearer ${token}` } }, (res) => {
        res.resume();
        res.on('end', () => {
          if (res.statusCode === 200) {
            const ms = performance.now() - due;
            (due >= measuredFrom ? latencies : warmupLatencies).push(ms);
            if (ms > SLOW_MS) slow.push({ at: performance.timeOrigin + due, ms });
          } else failures++;
          resolve();
        });
      });
      req.on('error', () => {
        failures++;
        resolve();
      });
    });
  const dueAt = (n: number): number => started + (n * 1000) / rate;
  while (sent < total) {
    const now = performance.now();
    for (; sent < total && dueAt(sent) <= now + 0.5; sent++) {
      const p: Promise<void> = one(dueAt(sent)).finally(() => inFlight.delete(p));
      inFlight.add(p);
    }
    const wait = dueAt(sent) - performance.now();
    // Sleep at least a timer tick: spinning on setImmediate until the next request is due (every 0.7 ms at 1,400
    // req/s) kept a whole core busy in the generator, which the processes under test then lacked on a 2-core machine.
    // Requests that fell due during the tick go out together, their latency still counted from when they were due.
    await new Promise((r) => setTimeout(r, Math.max(1, wait)));
  }
  await Promise.all(inFlight);
  agent.destroy();
  const ended = performance.now();
  probeRecord('paced', {
    from: performance.timeOrigin + started,
    measuredFrom: performance.timeOrigin + measuredFrom,
    to: performance.timeOrigin + ended,
    rate,
    slow,
  });
  if (failures > 0) throw new Error(`${url}: ${failures} failed requests at a paced ${rate} req/s`);
  const at = (sorted: number[], q: number): number =>
    sorted.length === 0 ? 0 : Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!);
  latencies.sort((a, b) => a - b);
  warmupLatencies.sort((a, b) => a - b);
  return {
    reqPerSec: Math.round(latencies.length / ((ended - measuredFrom) / 1000)),
    p50Ms: at(latencies, 0.5),
    p99Ms: at(latencies, 0.99),
    warmupP99Ms: at(warmupLatencies, 0.99),
  };
}

function summary(r: Result): { reqPerSec: number; p50Ms: number; p99Ms: number } {
  return {
    reqPerSec: Math.round(r.requests.total / (r.duration || SECONDS)),
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
  };
}

async function main(): Promise<void> {
  // The load generator is a Node process receiving 13 KB bodies too: with V8's own heap growth it fell into the
  // same back-to-back full GCs as the services (docs/performance.md), every 0.2–0.4 s at the start of the paced
  // phase, and the requests it sent late counted as slow answers. The same growth as the services.
  tuneHeapGrowth();
  if (PROBE) {
    fs.mkdirSync(PROBE, { recursive: true });
    process.env['BENCH_PROBE_FILE'] = path.join(PROBE, 'bench.json');
    createRequire(__filename)('./lib/pause-probe.cjs');
  }
  const nats = await startNatsServer();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ladder-list-bench-'));
  const services = await prepareServices(nats.url, dir, ['registry', 'gateway']);
  let bare: ReturnType<typeof spawn> | undefined;
  try {
    await provisionDeclared(nats.url);
    const t0 = Date.now();
    const registryFile = path.join(dir, 'registry.sqlite');
    const seedFile = process.env['BENCH_SEED_FILE'];
    let active: number;
    if (seedFile && fs.existsSync(seedFile)) {
      fs.copyFileSync(seedFile, registryFile);
      for (const suffix of ['-wal', '-shm']) fs.rmSync(registryFile + suffix, { force: true });
      const db = new Database(registryFile, { readonly: true });
      active = (
        db.prepare(`select count(*) as n from enterprise where status = 'active'`).get() as { n: number }
      ).n;
      db.close();
      console.log(`reused the seeded database ${seedFile} (${active} active)`);
    } else {
      active = seedEnterprises(registryFile);
      console.log(`seeded ${N} enterprises (${active} active) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      if (seedFile) fs.copyFileSync(registryFile, seedFile);
    }
    const registry = services.start('registry');
    const gateway = services.start('gateway');
    await waitHealthy(services.baseUrl);
    const token = await login(services.baseUrl, 'gxj');

    // The page the gateway answers, checked, then served as it is by the bare server.
    const res = await fetch(`${services.baseUrl}${QUERY}`, { headers: { authorization: `Bearer ${token}` } });
    const page = (await res.json()) as Page<EnterpriseDto>;
    if (res.status !== 200 || page.items.length === 0)
      throw new Error(`list failed: ${res.status} ${JSON.stringify(page).slice(0, 300)}`);
    const bodyFile = path.join(dir, 'page.json');
    fs.writeFileSync(bodyFile, JSON.stringify(page));
    const barePort = await freePort();
    bare = spawn(
      process.execPath,
      ['--require', '@swc-node/register', path.join(__dirname, 'lib/bare-fastify.server.ts')],
      {
        env: {
          ...process.env,
          PORT: String(barePort),
          BENCH_BODY_FILE: bodyFile,
          SWC_NODE_PROJECT: path.join(root, 'tsconfig.tools.json'),
        },
        stdio: 'inherit',
      },
    );
    await waitForPort(barePort, 20_000);
    const bareUrl = `http://127.0.0.1:${barePort}${QUERY}`;
    const gatewayUrl = `${services.baseUrl}${QUERY}`;

    // Warm up both (JIT, connection pools, caches), then measure.
    await autocannon({ url: bareUrl, connections: CONNECTIONS, duration: 2 });
    await autocannon({
      url: gatewayUrl,
      connections: CONNECTIONS,
      duration: 2,
      headers: { authorization: `Bearer ${token}` },
    });
    const bareFull = summary(await phase('bare', () => load(bareUrl, undefined)));
    const gatewayCpuBefore = cpuSeconds(gateway.pid);
    const registryCpuBefore = cpuSeconds(registry.pid);
    const natsCpuBefore = cpuSeconds(nats.pid);
    const fullRun = await phase('full', () => load(gatewayUrl, token));
    const perRequest = (seconds: number): number => (seconds * 1000) / fullRun.requests.total;
    const gatewayCpuMsPerRequest = perRequest(cpuSeconds(gateway.pid) - gatewayCpuBefore);
    const registryCpuMsPerRequest = perRequest(cpuSeconds(registry.pid) - registryCpuBefore);
    const cpuMsPerRequest = gatewayCpuMsPerRequest + registryCpuMsPerRequest;
    const natsCpuMsPerRequest = perRequest(cpuSeconds(nats.pid) - natsCpuBefore);
    const gatewayFull = summary(fullRun);
    const halfRate = Math.max(1, Math.round(gatewayFull.reqPerSec / 2));
    const gatewayHalf = summary(await phase('overallRate', () => load(gatewayUrl, token, halfRate)));
    const gatewayHalfPaced = await pacedLoad(gatewayUrl, token, halfRate);

    const result = {
      at: new Date().toISOString(),
      enterprises: N,
      activeEnterprises: active,
      query: QUERY,
      pageBytes: Buffer.byteLength(JSON.stringify(page)),
      total: page.total,
      connections: CONNECTIONS,
      seconds: SECONDS,
      machine: machine(os.cpus().length, os.totalmem()),
      bareFastify: bareFull,
      gatewayFullLoad: gatewayFull,
      gatewayHalfLoad: { ...gatewayHalf, targetRate: halfRate },
      gatewayHalfLoadPaced: { ...gatewayHalfPaced, targetRate: halfRate, warmupSeconds: PACED_WARMUP_SECONDS },
      gatewayAndRegistryCpuMsPerRequest: Number(cpuMsPerRequest.toFixed(2)),
      gatewayCpuMsPerRequest: Number(gatewayCpuMsPerRequest.toFixed(3)),
      registryCpuMsPerRequest: Number(registryCpuMsPerRequest.toFixed(3)),
      natsServerCpuMsPerRequest: Number(natsCpuMsPerRequest.toFixed(3)),
      ratioToBareFastify: Number((gatewayFull.reqPerSec / bareFull.reqPerSec).toFixed(3)),
    };
    console.log(
      `\nEnterprise list API benchmark: ${QUERY} at ${N} enterprises (same run, same load generator)`,
    );
    console.table({
      'bare Fastify, same-size page (full load)': {
        'req/s': bareFull.reqPerSec,
        'p50 ms': bareFull.p50Ms,
        'p99 ms': bareFull.p99Ms,
      },
      'gateway → registry (full load)': {
        'req/s': gatewayFull.reqPerSec,
        'p50 ms': gatewayFull.p50Ms,
        'p99 ms': gatewayFull.p99Ms,
      },
      [`gateway → registry (half load, ${halfRate} req/s)`]: {
        'req/s': gatewayHalf.reqPerSec,
        'p50 ms': gatewayHalf.p50Ms,
        'p99 ms': gatewayHalf.p99Ms,
      },
      [`gateway → registry (half load evenly paced, ${halfRate} req/s)`]: {
        'req/s': gatewayHalfPaced.reqPerSec,
        'p50 ms': gatewayHalfPaced.p50Ms,
        'p99 ms': gatewayHalfPaced.p99Ms,
      },
    });
    console.log(
      `CPU per request at full load: gateway + registry ${result.gatewayAndRegistryCpuMsPerRequest} ms (gateway ${result.gatewayCpuMsPerRequest}, registry ${result.registryCpuMsPerRequest}), nats-server ${result.natsServerCpuMsPerRequest} ms`,
    );
    console.log(`ratio gateway : bare Fastify = ${result.ratioToBareFastify}`);
    writeResult('list-api', result);
  } finally {
    if (bare && bare.exitCode === null) {
      const exited = new Promise((r) => bare!.once('exit', r));
      bare.kill('SIGTERM');
      await exited;
    }
    await services.stop();
    await nats.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
