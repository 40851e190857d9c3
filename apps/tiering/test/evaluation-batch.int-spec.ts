/**
 * The whole-pool job's bulk store (`evaluateBatch`: column reads, multi-row inserts, one upsert) writes exactly
 * what the entity path (`evaluateMany`) writes: the same evaluation records, pool entries and outbox events, and
 * nothing when the inputs did not change. Two fresh databases of the same kind, one per path.
 */
import { Logger } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { AnnualFacts, StartJobRequest } from '@ladder/contracts';
import { Clock } from '@ladder/platform-config';
import { OutboxMessage, TransactionRunner } from '@ladder/platform-messaging';
import { executeSql, runMigrations, tableName } from '@ladder/platform-persistence';
import { createTestDatabase, databaseKinds, makeEnterprise } from '@ladder/platform-testing';
import type { TestDatabase } from '@ladder/platform-testing';

import { Certification } from '../src/certification/certification.entity';
import { loadTieringEnv } from '../src/config/tiering.env';
import { EvaluationRecord } from '../src/evaluation/evaluation-record.entity';
import { EvaluationService } from '../src/evaluation/evaluation.service';
import { EvaluationWorkers } from '../src/evaluation/evaluation-workers';
import { assessProfile } from '../src/evaluation/profile-assessment';
import type { ProfileTask } from '../src/evaluation/profile-assessment';
import type { EvaluateOptions } from '../src/evaluation/evaluation.service';
import { PoolEntry } from '../src/evaluation/pool-entry.entity';
import { createTieringOrmConfig } from '../src/mikro-orm.config';
import { EvaluationJob } from '../src/jobs/evaluation-job.entity';
import { JobService } from '../src/jobs/job.service';
import { EnterpriseProjection } from '../src/projection/enterprise-projection.entity';

jest.setTimeout(120_000);

const OPTIONS: EvaluateOptions = { asOf: '2025-06-15', type: 'new', trigger: 'job' };

const STRONG: AnnualFacts = {
  employees: 250,
  rdStaff: 40,
  operatingRevenue: 10_000_000_000,
  mainBusinessRevenue: 9_500_000_000,
  rdExpense: 1_200_000_000,
  totalAssets: 6_000_000_000,
  totalLiabilities: 3_000_000_000,
  nicheMarketYears: 2,
  honours: { highTechEnterprise: true },
};
const SMALL: AnnualFacts = {
  employees: 12,
  operatingRevenue: 150_000_000,
  mainBusinessRevenue: 140_000_000,
  rdExpense: 1_000_000,
};

function projection(uscc: string, years: Record<string, AnnualFacts>): EnterpriseProjection {
  const p = new EnterpriseProjection();
  p.uscc = uscc;
  p.name = `企业${uscc.slice(-4)}`;
  p.countyCode = '350404';
  p.industryGroup = 'industry';
  p.independentLegalPerson = true;
  p.registryVersion = 1;
  p.years = Object.fromEntries(
    Object.entries(years).map(([y, facts]) => [
      y,
      { facts, revision: 1, submittedAt: '2025-03-01T00:00:00Z' },
    ]),
  );
  return p;
}

interface Stored {
  records: Record<string, unknown>[];
  entries: Record<string, unknown>[];
  events: unknown[];
}

async function stored(orm: MikroORM): Promise<Stored> {
  const em = orm.em.fork();
  const records = await em.find(EvaluationRecord, {}, { orderBy: { id: 'asc' } });
  const entries = await em.find(PoolEntry, {}, { orderBy: { uscc: 'asc' } });
  const outbox = await em.find(OutboxMessage, {}, { orderBy: { seq: 'asc' } });
  return {
    records: records.map(({ createdAt: _at, ...r }) => ({ ...r })),
    entries: entries.map(({ evaluatedAt: _at, ...e }) => ({ ...e })),
    events: outbox.map((m) => {
      const { id: _id, occurredAt: _at, ...envelope } = JSON.parse(m.body) as Record<string, unknown>;
      return envelope;
    }),
  };
}

/** `count` migrated tiering databases of one kind, each given what `fill` persists; `close` closes and drops them. */
function tieringDatabases(kind: Parameters<typeof createTestDatabase>[0], count: number, fill: (em: EntityManager, i: number) => void) {
  const dbs: TestDatabase[] = [];
  const orms: MikroORM[] = [];
  return {
    orms,
    async open(): Promise<void> {
      for (let i = 0; i < count; i++) {
        const db = await createTestDatabase(kind);
        dbs.push(db);
        const config = createTieringOrmConfig(loadTieringEnv({ NATS_URL: 'nats://127.0.0.1:1', LOG_LEVEL: 'error', ...db.env }));
        await runMigrations(config);
        const orm = await MikroORM.init(config);
        orms.push(orm);
        const em = orm.em.fork() as EntityManager;
        fill(em, i);
        await em.flush();
      }
    },
    async close(): Promise<void> {
      for (const orm of orms) await orm.close(true);
      for (const db of dbs) await db.drop();
    },
  };
}

describe.each(databaseKinds())('whole-pool job store on %s', (kind) => {
  const service = new EvaluationService(loadTieringEnv({ NATS_URL: 'nats://127.0.0.1:1', DATA_DIR: '/tmp' }));
  const usccs = Array.from({ length: 5 }, () => makeEnterprise().uscc).sort();
  const databases = tieringDatabases(kind, 2, (em, i) => {
    em.persist([
      projection(usccs[0]!, {
        '2023': { ...STRONG, rdExpense: 1_100_000_000, mainBusinessRevenue: 8_500_000_000 },
        '2024': STRONG,
      }),
      projection(usccs[1]!, { '2024': SMALL }),
      projection(usccs[2]!, {}),
      projection(usccs[3]!, { '2023': SMALL, '2024': { ...SMALL, employees: 13 } }),
      projection(usccs[4]!, { '2024': STRONG }),
    ]);
    const title = new Certification();
    Object.assign(title, {
      id: `00000000-0000-4000-8000-00000000000${i}`,
      uscc: usccs[0],
      countyCode: '350404',
      tier: 'innovative',
      issuer: '省工信厅',
      docNo: 'T-1',
      certifiedOn: '2024-07-01',
      validUntil: '2027-06-30',
      createdBy: 'test',
    });
    em.persist(title);
  });
  const orms = databases.orms;

  beforeAll(() => databases.open());

  afterAll(async () => {
    await service.onApplicationShutdown();
    await databases.close();
  });

  const run = async (orm: MikroORM, path: 'entities' | 'batch'): Promise<void> => {
    await orm.em.fork().transactional(async (tem) => {
      const em = tem as EntityManager;
      const batch = await em.find(EnterpriseProjection, {}, { orderBy: { uscc: 'asc' } });
      if (path === 'batch') await service.evaluateBatch(em, batch, OPTIONS);
      else await service.evaluateMany(em, batch, OPTIONS);
    });
  };

  it('should store the same records, entries and events as the entity path when the pool is evaluated', async () => {
    // Act
    await run(orms[0]!, 'entities');
    await run(orms[1]!, 'batch');

    // Assert
    const [viaEntities, viaBatch] = [await stored(orms[0]!), await stored(orms[1]!)];
    expect(viaBatch.records).toHaveLength(5);
    expect(viaBatch.events.length).toBeGreaterThanOrEqual(10);
    expect(viaBatch).toEqual(viaEntities);
    const stamps = await orms[1]!.em.fork().find(PoolEntry, {});
    for (const e of stamps) expect(Math.abs(e.evaluatedAt.getTime() - Date.now())).toBeLessThan(120_000);
  });

  it('should store nothing when the inputs did not change, and the change alone when one did', async () => {
    // Arrange
    const before = await stored(orms[1]!);

    // Act: unchanged pool, then one enterprise's facts change.
    const unchanged = await orms[1]!.em.fork().transactional(async (tem) => {
      const em = tem as EntityManager;
      return service.evaluateBatch(em, await em.find(EnterpriseProjection, {}), OPTIONS);
    });
    const em = orms[1]!.em.fork();
    const p = await em.findOneOrFail(EnterpriseProjection, { uscc: usccs[1]! });
    p.years = {
      ...p.years,
      '2024': {
        facts: { ...SMALL, employees: 400, operatingRevenue: 30_000_000_000 },
        revision: 2,
        submittedAt: '2025-04-01T00:00:00Z',
      },
    };
    await em.flush();
    const changed = await orms[1]!.em.fork().transactional(async (tem) => {
      const tx = tem as EntityManager;
      return service.evaluateBatch(tx, await tx.find(EnterpriseProjection, {}), OPTIONS);
    });

    // Assert
    expect(unchanged).toEqual({ evaluated: 0, categoryChanged: 0 });
    expect(changed.evaluated).toBe(1);
    const after = await stored(orms[1]!);
    expect(after.records).toHaveLength(before.records.length + 1);
    expect(after.records.at(-1)).toMatchObject({ uscc: usccs[1], trigger: 'job' });
    const entry = after.entries.find((e) => e['uscc'] === usccs[1]);
    expect(entry).toMatchObject({ evaluationId: after.records.at(-1)!['id'] });
    expect(after.events.length).toBe(before.events.length + 1 + changed.categoryChanged);
  });
});

/** A pool of `n` varied projections (around the thresholds: revenue, R&D, staff and growth vary). */
function variedPool(n: number): EnterpriseProjection[] {
  return Array.from({ length: n }, (_, i) => {
    const uscc = `91350404MA${String(i).padStart(7, '0')}X`;
    const scale = 0.5 + (i % 17) / 8;
    const grow = 1 + ((i % 7) - 2) / 10;
    const year = ({ nicheMarketYears, ...f }: AnnualFacts, k: number): AnnualFacts => ({
      ...f,
      ...(i % 13 === 0 || nicheMarketYears === undefined ? {} : { nicheMarketYears }),
      employees: Math.round((f.employees ?? 100) * scale) + (i % 5),
      operatingRevenue: Math.round((f.operatingRevenue ?? 0) * scale * k),
      mainBusinessRevenue: Math.round((f.mainBusinessRevenue ?? 0) * scale * k),
      rdExpense: Math.round((f.rdExpense ?? 0) * (0.3 + (i % 11) / 10) * k),
    });
    const base = i % 3 === 0 ? SMALL : STRONG;
    const p = projection(uscc, i % 19 === 0 ? { '2024': year(base, 1) } : { '2023': year(base, 1), '2024': year(base, grow) });
    // Some fail a common condition outright (not eligible rather than unknown).
    if (i % 4 === 0) p.independentLegalPerson = false;
    return p;
  });
}

describe.each(databaseKinds())('whole-pool job on worker threads on %s', (kind) => {
  jest.setTimeout(300_000);
  const workers = new EvaluationService(loadTieringEnv({ NATS_URL: 'nats://127.0.0.1:1', DATA_DIR: '/tmp', EVALUATION_WORKERS: '2' }));
  const alone = new EvaluationService(loadTieringEnv({ NATS_URL: 'nats://127.0.0.1:1', DATA_DIR: '/tmp', EVALUATION_WORKERS: '0' }));
  const databases = tieringDatabases(kind, 3, (em) => em.persist(variedPool(230)));
  const orms = databases.orms;

  beforeAll(() => databases.open());

  afterAll(async () => {
    await workers.onApplicationShutdown();
    await alone.onApplicationShutdown();
    await databases.close();
  });

  const runBatch = async (orm: MikroORM, service: EvaluationService | 'entities'): Promise<void> => {
    await orm.em.fork().transactional(async (tem) => {
      const em = tem as EntityManager;
      const batch = await em.find(EnterpriseProjection, {}, { orderBy: { uscc: 'asc' } });
      if (service === 'entities') await alone.evaluateMany(em, batch, OPTIONS);
      else await service.evaluateBatch(em, batch, OPTIONS);
    });
  };

  it('should store the same records, entries and events in the same order when the batch is evaluated on workers', async () => {
    // Act: 230 enterprises = 3 chunks, shared by two workers and the calling thread.
    await runBatch(orms[0]!, 'entities');
    await runBatch(orms[1]!, alone);
    await runBatch(orms[2]!, workers);

    // Assert: ids, the order of the events and the stored JSON are those of the paths without workers.
    const [viaEntities, viaBatch, viaWorkers] = [await stored(orms[0]!), await stored(orms[1]!), await stored(orms[2]!)];
    expect(viaWorkers.records).toHaveLength(230);
    expect(new Set(viaWorkers.records.map((r) => JSON.stringify(r['decisions']))).size).toBeGreaterThan(1);
    expect(viaBatch).toEqual(viaEntities);
    expect(viaWorkers).toEqual(viaEntities);
    const text = async (orm: MikroORM): Promise<unknown[]> => {
      const em = orm.em.fork() as EntityManager;
      // Schema-qualified: on PostgreSQL the table is in the service's schema.
      return (await executeSql(em, `select uscc, result, distance from ${tableName(em, PoolEntry)} order by uscc`)).rows.map((r) => JSON.stringify(r));
    };
    expect(await text(orms[2]!)).toEqual(await text(orms[0]!));
  });

  it('should store nothing of the batch when an enterprise of a later chunk fails to evaluate', async () => {
    // Arrange: a fresh pool in the third database, where enterprise 150 (third chunk) has two records of 2024.
    const orm = orms[1]!;
    const em = orm.em.fork();
    await em.nativeDelete(PoolEntry, {});
    await em.nativeDelete(EvaluationRecord, {});
    await em.nativeDelete(OutboxMessage, {});
    const batch = await em.find(EnterpriseProjection, {}, { orderBy: { uscc: 'asc' } });
    const broken = batch[150]!;
    broken.years = { ...broken.years, '2024.0': broken.years['2024']! };

    // Act: the chunks before it are evaluated and stored in the transaction first.
    const attempt = orm.em.fork().transactional((tem) => workers.evaluateBatch(tem as EntityManager, batch, OPTIONS));

    // Assert: the evaluation's own error, and the whole batch rolled back (the job resumes from the batch's start).
    await expect(attempt).rejects.toThrow(/年度数据重复/);
    expect(await stored(orm)).toEqual({ records: [], entries: [], events: [] });
  });

  it('should store nothing more when the same pool is evaluated again on workers', async () => {
    // Act
    const before = await stored(orms[2]!);
    const again = await orms[2]!.em.fork().transactional(async (tem) => {
      const em = tem as EntityManager;
      return workers.evaluateBatch(em, await em.find(EnterpriseProjection, {}, { orderBy: { uscc: 'asc' } }), OPTIONS);
    });

    // Assert
    expect(again).toEqual({ evaluated: 0, categoryChanged: 0 });
    expect(await stored(orms[2]!)).toEqual(before);
  });
});

describe('evaluation workers', () => {
  const task = (i: number): ProfileTask => ({
    profile: { uscc: `U${i}`, name: `企业${i}`, industryGroup: 'industry', independentLegalPerson: true, annualData: [{ ...SMALL, year: 2024, employees: 10 + i }], titles: [] },
    asOf: OPTIONS.asOf,
    type: 'new',
  });

  it('should evaluate on the calling thread when a worker is gone', async () => {
    // Arrange: a pool whose worker is terminated before the batch.
    const pool = new EvaluationWorkers(1);
    await pool.assessInOrder([task(0), task(1)], async () => undefined, 1);
    await (pool as unknown as { workers: { terminate(): Promise<void> }[] }).workers[0]!.terminate();
    const tasks = Array.from({ length: 7 }, (_, i) => task(i));
    const seen: { offset: number; hashes: string[] }[] = [];

    // Act
    await pool.assessInOrder(tasks, async (a, offset) => void seen.push({ offset, hashes: a.map((x) => x.inputsHash) }), 2);
    await pool.close();

    // Assert: every chunk, in order, as evaluated in-process.
    expect(seen.map((s) => s.offset)).toEqual([0, 2, 4, 6]);
    expect(seen.flatMap((s) => s.hashes)).toEqual(tasks.map((t) => assessProfile(t).inputsHash));
  });

  it('should throw the evaluation error when a task cannot be evaluated on a worker', async () => {
    // Arrange: two records of the same year are a data error of the policy.
    const pool = new EvaluationWorkers(2);
    const bad: ProfileTask = { ...task(5), profile: { ...task(5).profile, annualData: [{ ...SMALL, year: 2024 }, { ...SMALL, year: 2024 }] } };
    const tasks = [...Array.from({ length: 6 }, (_, i) => task(i)), bad, task(7)];

    // Act / Assert: the same message as without workers.
    const expected = (() => {
      try {
        assessProfile(bad);
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(expected).toMatch(/年度数据重复/);
    await expect(pool.assessInOrder(tasks, async () => undefined, 2)).rejects.toThrow(expected);
    await pool.close();
  });

  it('should throw the error of a batch submitted ahead when that batch is stored, not into the batch before', async () => {
    // Arrange: the next batch (with a task the policy rejects) submitted ahead of the current one.
    const pool = new EvaluationWorkers(1);
    await pool.warmUp();
    const bad: ProfileTask = { ...task(5), profile: { ...task(5).profile, annualData: [{ ...SMALL, year: 2024 }, { ...SMALL, year: 2024 }] } };
    const next = Array.from({ length: 8 }, (_, i) => (i === 6 ? bad : task(10 + i)));
    const ahead = pool.submit(next, true, 2);
    const current = Array.from({ length: 6 }, (_, i) => task(i));
    const seen: { offset: number; hashes: string[] }[] = [];

    // Act
    await pool.assessInOrder(current, async (a, offset) => void seen.push({ offset, hashes: a.map((x) => x.inputsHash) }), 2);
    const attempt = pool.assessInOrder(ahead, async (_a, offset) => void seen.push({ offset, hashes: [] }));

    // Assert: the current batch whole and in order; of the next one at most the chunks before the failing one
    // (the caller's transaction is rolled back), then its error.
    await expect(attempt).rejects.toThrow(/年度数据重复/);
    await pool.close();
    expect(seen.slice(0, 3).map((s) => s.offset)).toEqual([0, 2, 4]);
    expect(seen.slice(0, 3).flatMap((s) => s.hashes)).toEqual(current.map((t) => assessProfile(t).inputsHash));
    expect([0, 2, 4].slice(0, seen.length - 3)).toEqual(seen.slice(3).map((s) => s.offset));
  });
});


describe.each(databaseKinds())('whole-pool job batch read ahead on %s', (kind) => {
  jest.setTimeout(300_000);
  const workers = new EvaluationService(loadTieringEnv({ NATS_URL: 'nats://127.0.0.1:1', DATA_DIR: '/tmp', EVALUATION_WORKERS: '1' }));
  const alone = new EvaluationService(loadTieringEnv({ NATS_URL: 'nats://127.0.0.1:1', DATA_DIR: '/tmp', EVALUATION_WORKERS: '0' }));
  const databases = tieringDatabases(kind, 2, (em) => em.persist(variedPool(150)));
  const orms = databases.orms;

  beforeAll(() => databases.open());

  afterAll(async () => {
    await workers.onApplicationShutdown();
    await alone.onApplicationShutdown();
    await databases.close();
  });

  /** What happens to the pool between a batch's read ahead and its transaction (the same in both databases). */
  const meanwhile = async (orm: MikroORM, i: number): Promise<void> => {
    const em = orm.em.fork() as EntityManager;
    const all = await em.find(EnterpriseProjection, {}, { orderBy: { uscc: 'asc' } });
    // A projection updated (new facts of 2024), a title certified, an enterprise evaluated by an event.
    const updated = all[3]!;
    updated.years = { ...updated.years, '2024': { facts: { ...STRONG, employees: 180 }, revision: 2, submittedAt: '2025-04-01T00:00:00Z' } };
    const title = new Certification();
    Object.assign(title, {
      id: `00000000-0000-4000-8000-0000000001${i}0`,
      uscc: all[5]!.uscc,
      countyCode: '350404',
      tier: 'innovative',
      issuer: '省工信厅',
      docNo: 'T-2',
      certifiedOn: '2024-07-01',
      validUntil: '2027-06-30',
      createdBy: 'test',
    });
    em.persist(title);
    await em.flush();
    await em.transactional((tx) => alone.evaluateMany(tx, [all[7]!, all[120]!], { ...OPTIONS, trigger: 'event' }));
  };

  it('should store what evaluating the batch in its transaction stores when inputs changed after it was read ahead', async () => {
    // Arrange: a first evaluation of the pool in both (standings), then the batch read and handed to the workers.
    for (const orm of orms) {
      await orm.em.fork().transactional(async (tem) => {
        const em = tem as EntityManager;
        await alone.evaluateBatch(em, await em.find(EnterpriseProjection, {}, { orderBy: { uscc: 'asc' } }), OPTIONS);
      });
    }
    const asOf = { ...OPTIONS, asOf: '2025-09-30' };
    const em1 = orms[1]!.em.fork() as EntityManager;
    const batch = await em1.find(EnterpriseProjection, {}, { orderBy: { uscc: 'asc' } });
    const prepared = await workers.prepareBatch(em1, batch, asOf);
    expect(prepared).not.toBeNull();

    // Act: the same changes in both, then the batch stored: read in its transaction (0), read ahead (1).
    await meanwhile(orms[0]!, 0);
    await meanwhile(orms[1]!, 0);
    await orms[0]!.em.fork().transactional(async (tem) => {
      const em = tem as EntityManager;
      await alone.evaluateBatch(em, await em.find(EnterpriseProjection, {}, { orderBy: { uscc: 'asc' } }), asOf);
    });
    const outcome = await orms[1]!.em.fork().transactional((tem) => workers.evaluateBatch(tem as EntityManager, batch, asOf, prepared));

    // Assert: the same records, entries (the updated facts, the title) and events, in the same order.
    const [inTransaction, readAhead] = [await stored(orms[0]!), await stored(orms[1]!)];
    expect(outcome.evaluated).toBeGreaterThan(100);
    expect(readAhead).toEqual(inTransaction);
  });

  it('should not give out the chunks of a batch read ahead and discarded', async () => {
    // Arrange
    const em = orms[1]!.em.fork() as EntityManager;
    const batch = await em.find(EnterpriseProjection, {}, { orderBy: { uscc: 'asc' } });
    const prepared = await workers.prepareBatch(em, batch, { ...OPTIONS, asOf: '2025-12-31' });

    // Act
    workers.discardBatch(prepared);

    // Assert: at most the chunks already out were taken (two for a worker: one it evaluates, one queued).
    expect(prepared!.run.front).toBeLessThanOrEqual(2);
    expect(prepared!.run.open).toBe(false);
  });
});

describe.each(databaseKinds())('re-evaluation job with its next batch read ahead on %s', (kind) => {
  jest.setTimeout(300_000);
  const workers = new EvaluationService(loadTieringEnv({ NATS_URL: 'nats://127.0.0.1:1', DATA_DIR: '/tmp', EVALUATION_WORKERS: '1' }));
  const alone = new EvaluationService(loadTieringEnv({ NATS_URL: 'nats://127.0.0.1:1', DATA_DIR: '/tmp', EVALUATION_WORKERS: '0' }));
  const dbs: TestDatabase[] = [];
  const orms: MikroORM[] = [];

  beforeAll(async () => {
    for (let i = 0; i < 2; i++) {
      const db = await createTestDatabase(kind);
      dbs.push(db);
      const config = createTieringOrmConfig(loadTieringEnv({ NATS_URL: 'nats://127.0.0.1:1', LOG_LEVEL: 'error', ...db.env }));
      await runMigrations(config);
      const orm = await MikroORM.init(config);
      orms.push(orm);
      const em = orm.em.fork();
      // Three batches of the job (500 each): two read ahead.
      em.persist(variedPool(1_050));
      await em.flush();
    }
    // The job logs its completion.
    Logger.overrideLogger(['error', 'warn']);
  });

  afterAll(async () => {
    await workers.onApplicationShutdown();
    await alone.onApplicationShutdown();
    for (const orm of orms) await orm.close(true);
    for (const db of dbs) await db.drop();
  });

  const runJob = async (orm: MikroORM, service: EvaluationService, afterFirstStep?: () => Promise<void>): Promise<EvaluationJob> => {
    const jobs = new JobService(orm, orm.em.fork(), new TransactionRunner(orm), service, new Clock('2025-06-15'));
    const request: StartJobRequest = { kind: 'reevaluate', asOf: '2025-06-15', actor: { userId: 'u-test', username: 'test', roles: ['gxj-operator'] } };
    const { id } = await jobs.start(request);
    let steps = 0;
    while (await jobs.step()) {
      steps += 1;
      if (steps === 1) await afterFirstStep?.();
    }
    expect(steps).toBe(4);
    return orm.em.fork().findOneOrFail(EvaluationJob, { id });
  };

  it('should store the same records, entries, events and progress as the job without workers', async () => {
    // Act
    const [without, ahead] = [await runJob(orms[0]!, alone), await runJob(orms[1]!, workers)];

    // Assert
    expect(ahead).toMatchObject({ status: 'completed', processed: 1_050, changed: without.changed, cursor: without.cursor });
    const [a, b] = [await stored(orms[0]!), await stored(orms[1]!)];
    expect(b.records).toHaveLength(1_050);
    expect(b).toEqual(a);
  });

  it('should evaluate the enterprises the next batch has when it is stored, when one was removed and one created after it was read ahead', async () => {
    // Arrange: after the first step (the second batch read ahead), an enterprise of the second batch leaves the
    // pool and a new one comes into its range — the same in both databases.
    const change = (orm: MikroORM) => async (): Promise<void> => {
      const em = orm.em.fork();
      const second = await em.find(EnterpriseProjection, { status: 'active' }, { orderBy: { uscc: 'asc' }, offset: 500, limit: 3 });
      second[1]!.status = 'removed';
      const added = variedPool(1)[0]!;
      added.uscc = `${second[0]!.uscc.slice(0, -1)}Y`;
      em.persist(added);
      await em.flush();
    };
    for (const orm of orms) {
      const em = orm.em.fork();
      await em.nativeDelete(PoolEntry, {});
      await em.nativeDelete(EvaluationRecord, {});
      await em.nativeDelete(OutboxMessage, {});
      await em.nativeDelete(EvaluationJob, {});
    }

    // Act
    const [without, ahead] = [await runJob(orms[0]!, alone, change(orms[0]!)), await runJob(orms[1]!, workers, change(orms[1]!))];

    // Assert: the removed one not evaluated, the new one evaluated, as without reading ahead.
    expect(ahead).toMatchObject({ status: 'completed', processed: without.processed, changed: without.changed });
    const [a, b] = [await stored(orms[0]!), await stored(orms[1]!)];
    expect(b.records.some((r) => String(r['uscc']).endsWith('Y'))).toBe(true);
    expect(b).toEqual(a);
  });
});
