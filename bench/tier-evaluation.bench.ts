/**
 * Benchmark: re-evaluating the pool. N generated enterprises (default 100,000) are stored as tiering
 * projections in SQLite; in the same run we measure
 *   1. a plain read of the rows (the same batched query the re-evaluation job uses) — the substrate;
 *   2. read + evaluate every enterprise against the tier standards (libs/policy) + distance/category;
 *   3. the full job path on a sample (evaluate, store the evaluation and pool entry, outbox events).
 * Prints enterprises per second and the ratios to the plain read.   BENCH_ENTERPRISES=100000 npm run bench -- tier
 */
import * as fs from 'node:fs';
import { Session } from 'node:inspector';
import * as os from 'node:os';
import * as path from 'node:path';

import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { evaluateTiers, nextTierDistance } from '@ladder/policy';
import { runMigrations } from '@ladder/platform-persistence';

/* eslint-disable @nx/enforce-module-boundaries -- the bench measures tiering's own job path in-process, on its entities */
import { loadTieringEnv } from '../apps/tiering/src/config/tiering.env';
import { Certification } from '../apps/tiering/src/certification/certification.entity';
import { EvaluationService } from '../apps/tiering/src/evaluation/evaluation.service';
import type { PreparedBatch } from '../apps/tiering/src/evaluation/evaluation.service';
import type { ProfileTask } from '../apps/tiering/src/evaluation/profile-assessment';
import { createTieringOrmConfig } from '../apps/tiering/src/mikro-orm.config';
import { EnterpriseProjection } from '../apps/tiering/src/projection/enterprise-projection.entity';
import { generateDemoPool } from '../tools/ops/src/demo-data';
/* eslint-enable @nx/enforce-module-boundaries */

import { writeResult } from './lib/services';

const N = Number(process.env['BENCH_ENTERPRISES'] ?? 100_000);
/**
 * The full job's sample: ten of the job's batches (10 % of the default pool). The job reads its next batch ahead and
 * evaluates it on a worker while the batch before is stored, so its first batch runs without that overlap; with the
 * former 2,000 (two batches) half the sample was that start, and the rate extrapolated to 100,000 was the start's.
 */
const FULL_SAMPLE = Number(process.env['BENCH_FULL_SAMPLE'] ?? 10_000);
const BATCH = 1_000;
const AS_OF = '2026-06-15';
const WARM_UP_TASKS = 4_000;

/**
 * BENCH_PROFILE=<dir>: a CPU profile of each measured phase (not of the arranging), written to
 * <dir>/tier-evaluation-<phase>.cpuprofile (open in Chrome DevTools, or sum self time per function).
 */
async function profiled<T>(phase: string, run: () => Promise<T>): Promise<T> {
  const dir = process.env['BENCH_PROFILE'];
  if (!dir) return run();
  const session = new Session();
  session.connect();
  const post = (method: string, params?: object): Promise<unknown> =>
    new Promise((resolve, reject) => session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result))));
  await post('Profiler.enable');
  await post('Profiler.start');
  try {
    return await run();
  } finally {
    const { profile } = (await post('Profiler.stop')) as { profile: object };
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `tier-evaluation-${phase}.cpuprofile`), JSON.stringify(profile));
    session.disconnect();
  }
}

/** CPU time of the process's main thread (ms; Linux /proc, clock ticks of 10 ms), or null where not available. */
function mainThreadCpuMs(): number | null {
  try {
    const stat = fs.readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime: fields 14 and 15 of stat, 12 and 13 after the command name and state.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

async function forEachBatch(orm: MikroORM, visit: (rows: EnterpriseProjection[]) => void | Promise<void>, limit = Infinity): Promise<number> {
  let cursor = '';
  let seen = 0;
  while (seen < limit) {
    const em = orm.em.fork();
    const rows = await em.find(EnterpriseProjection, { status: 'active', uscc: { $gt: cursor } }, { orderBy: { uscc: 'asc' }, limit: Math.min(BATCH, limit - seen) });
    if (rows.length === 0) break;
    await visit(rows);
    seen += rows.length;
    cursor = rows[rows.length - 1]!.uscc;
  }
  return seen;
}

/**
 * The full job path as the re-evaluation job runs it (JobService.step), batch after batch: the batch read (or
 * taken from the step before), handed to the evaluation workers with the next batch read and handed too (with
 * worker threads), then evaluated and stored in one transaction per batch.
 */
async function fullJob(orm: MikroORM, service: EvaluationService, limit: number): Promise<number> {
  const options = { asOf: AS_OF, type: 'new', trigger: 'job' } as const;
  const batchAfter = (em: EntityManager, cursor: string, size: number): Promise<EnterpriseProjection[]> =>
    size <= 0 ? Promise.resolve([]) : em.find(EnterpriseProjection, { status: 'active', uscc: { $gt: cursor } }, { orderBy: { uscc: 'asc' }, limit: Math.min(BATCH, size) });
  let cursor = '';
  let seen = 0;
  let ahead: { batch: EnterpriseProjection[]; prepared: PreparedBatch } | null = null;
  while (seen < limit) {
    const em = orm.em.fork() as EntityManager;
    if (ahead) {
      // As step: the batch read ahead is taken when reading the batch now gives the same enterprises.
      const usccs = await em
        .createQueryBuilder(EnterpriseProjection, 'p')
        .select(['uscc'])
        .where({ status: 'active', uscc: { $gt: cursor } })
        .orderBy({ uscc: 'asc' })
        .limit(Math.min(BATCH, limit - seen))
        .execute<{ uscc: string }[]>('all', true);
      const same = usccs.length === ahead.batch.length && usccs.every((r, i) => r.uscc === ahead!.batch[i]!.uscc);
      if (!same) {
        service.discardBatch(ahead.prepared);
        ahead = null;
      }
    }
    const batch = ahead?.batch ?? (await batchAfter(em, cursor, limit - seen));
    if (batch.length === 0) break;
    const prepared = ahead?.prepared ?? (await service.prepareBatch(em, batch, options));
    ahead = null;
    const last = batch[batch.length - 1]!.uscc;
    if (prepared) {
      const next = await batchAfter(em, last, limit - seen - batch.length);
      const nextPrepared = await service.prepareBatch(em, next, options);
      if (nextPrepared) ahead = { batch: next, prepared: nextPrepared };
    }
    await orm.em.fork().transactional(async (tem) => {
      await service.evaluateBatch(tem as EntityManager, batch, options, prepared);
    });
    seen += batch.length;
    cursor = last;
  }
  return seen;
}

/**
 * N generated projections stored. In a function of its own: the generated pool (N enterprises with their facts)
 * is garbage once stored, so the phases measured run on the heap a service would have, not next to it.
 */
async function storeProjections(orm: MikroORM): Promise<void> {
  const pool = generateDemoPool(N, 7);
  for (let i = 0; i < pool.length; i += BATCH) {
    const em = orm.em.fork();
    for (const item of pool.slice(i, i + BATCH)) {
      const p = new EnterpriseProjection();
      p.uscc = item.enterprise.uscc;
      p.name = item.enterprise.name;
      p.countyCode = item.enterprise.countyCode;
      p.industryGroup = item.enterprise.industryGroup;
      p.independentLegalPerson = true;
      p.registryVersion = 1;
      p.years = Object.fromEntries(item.years.map((y) => [String(y.year), { facts: y.facts, revision: 1, submittedAt: '2026-03-01T00:00:00Z' }]));
      em.persist(p);
    }
    await em.flush();
  }
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ladder-tier-bench-'));
  // EVALUATION_WORKERS: the job's worker threads (default 1, as the service's).
  const env = loadTieringEnv({ NATS_URL: 'nats://127.0.0.1:1', DATA_DIR: dir, LOG_LEVEL: 'error', EVALUATION_WORKERS: process.env['EVALUATION_WORKERS'] });
  const config = createTieringOrmConfig(env);
  await runMigrations(config);
  const orm = await MikroORM.init(config);
  try {
    // Arrange: N projections, each with three years of facts.
    const t0 = Date.now();
    await storeProjections(orm);
    console.log(`stored ${N} projections in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

    // The process's CPU time per phase (user + system, ms): load on a shared machine stretches the wall time, much
    // less the CPU time, so it is the figure to compare between runs. (Worker threads, if any, count in it too.)
    const cpuMs = (since: NodeJS.CpuUsage): number => {
      const u = process.cpuUsage(since);
      return (u.user + u.system) / 1000;
    };

    // 1. Plain read.
    let cpu = process.cpuUsage();
    let start = process.hrtime.bigint();
    const read = await profiled('read', () => forEachBatch(orm, () => undefined));
    const readSeconds = Number(process.hrtime.bigint() - start) / 1e9;
    const readCpuMs = cpuMs(cpu);

    // 2. Read + evaluate (what the job computes for each enterprise).
    const service = new EvaluationService(env);
    const decisions: Record<string, number> = {};
    // Enterprises the job's worker threads evaluate before the clock of phase 3 (this thread's code is warm from
    // phase 2; a worker's is after a job's first batches).
    const warmUpTasks: ProfileTask[] = [];
    cpu = process.cpuUsage();
    start = process.hrtime.bigint();
    const evaluated = await profiled('evaluate', () =>
      forEachBatch(orm, async (rows) => {
        const em = orm.em.fork() as EntityManager;
        const certs = await em.find(Certification, { uscc: { $in: rows.map((r) => r.uscc) }, status: { $ne: 'revoked' } });
        for (const p of rows) {
          const profile = await service.buildProfile(em, p, certs.filter((c) => c.uscc === p.uscc));
          if (warmUpTasks.length < WARM_UP_TASKS) warmUpTasks.push({ profile, asOf: AS_OF, type: 'new' });
          const result = evaluateTiers({ profile, asOf: AS_OF, type: 'new' });
          const category = service.categorize(nextTierDistance(result)) ?? 'none';
          decisions[category] = (decisions[category] ?? 0) + 1;
        }
      }),
    );
    const evalSeconds = Number(process.hrtime.bigint() - start) / 1e9;
    const evalCpuMs = cpuMs(cpu);

    // 3. Full job path (stores evaluations, pool entries and outbox events) on a sample. The job's worker threads
    // start once per service and stay; started before the clock here (from source they take seconds to load), and
    // warmed with 4,000 evaluations (a worker's compiled code settles after a few thousand), as phase 2 warmed this
    // thread.
    await service.warmUpWorkers(warmUpTasks);
    cpu = process.cpuUsage();
    const mainCpu = mainThreadCpuMs();
    start = process.hrtime.bigint();
    const full = await profiled('full-job', () => fullJob(orm, service, FULL_SAMPLE));
    const fullSeconds = Number(process.hrtime.bigint() - start) / 1e9;
    const fullCpuMs = cpuMs(cpu);
    const fullMainCpuMs = mainCpu === null ? null : (mainThreadCpuMs() ?? 0) - mainCpu;

    const result = {
      at: new Date().toISOString(),
      enterprises: N,
      machine: `${os.cpus().length} cores, node ${process.version}`,
      plainReadPerSec: Math.round(read / readSeconds),
      readAndEvaluatePerSec: Math.round(evaluated / evalSeconds),
      fullJobPerSec: Math.round(full / fullSeconds),
      fullJobSample: full,
      ratioEvaluateToRead: Number((evaluated / evalSeconds / (read / readSeconds)).toFixed(3)),
      ratioFullJobToRead: Number((full / fullSeconds / (read / readSeconds)).toFixed(4)),
      cpuMsPerRow: {
        plainRead: Number((readCpuMs / read).toFixed(4)),
        readAndEvaluate: Number((evalCpuMs / evaluated).toFixed(4)),
        fullJob: Number((fullCpuMs / full).toFixed(4)),
        // The job's own thread alone (Linux): with worker threads, a quiet machine's two cores run the job at
        // about max(this, fullJob / 2) ms per enterprise.
        fullJobMainThread: fullMainCpuMs === null ? null : Number((fullMainCpuMs / full).toFixed(4)),
      },
      loadAverage: Number((os.loadavg()[0] ?? 0).toFixed(1)),
      categories: decisions,
    };
    console.log('\nTier re-evaluation benchmark (same run, same database)');
    console.table({
      'plain read of the projections': `${result.plainReadPerSec} rows/s`,
      'read + evaluate (2022/2026 rules, distance, category)': `${result.readAndEvaluatePerSec} enterprises/s`,
      [`full job path (store + outbox), sample of ${full}`]: `${result.fullJobPerSec} enterprises/s`,
      'ratio evaluate : read': result.ratioEvaluateToRead,
      'ratio full job : read': result.ratioFullJobToRead,
      'CPU ms per row: read / read + evaluate / full job': `${result.cpuMsPerRow.plainRead} / ${result.cpuMsPerRow.readAndEvaluate} / ${result.cpuMsPerRow.fullJob}`,
      'full job, CPU ms per row of the job\'s own thread': result.cpuMsPerRow.fullJobMainThread ?? '—',
      'load average (1 min)': result.loadAverage,
    });
    console.log('categories', decisions);
    writeResult('tier-evaluation', result);
    await service.onApplicationShutdown();
  } finally {
    await orm.close(true);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
