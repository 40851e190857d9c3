/**
 * The whole-pool job's bulk store (`evaluateBatch`: column reads, multi-row inserts, one upsert) writes exactly
 * what the entity path (`evaluateMany`) writes: the same evaluation records, pool entries and outbox events, and
 * nothing when the inputs did not change. Two fresh databases of the same kind, one per path.
 */
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { AnnualFacts } from '@ladder/contracts';
import { OutboxMessage } from '@ladder/platform-messaging';
import { runMigrations } from '@ladder/platform-persistence';
import { createTestDatabase, databaseKinds, makeEnterprise } from '@ladder/platform-testing';
import type { TestDatabase } from '@ladder/platform-testing';

import { Certification } from '../src/certification/certification.entity';
import { loadTieringEnv } from '../src/config/tiering.env';
import { EvaluationRecord } from '../src/evaluation/evaluation-record.entity';
import { EvaluationService } from '../src/evaluation/evaluation.service';
import type { EvaluateOptions } from '../src/evaluation/evaluation.service';
import { PoolEntry } from '../src/evaluation/pool-entry.entity';
import { createTieringOrmConfig } from '../src/mikro-orm.config';
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

describe.each(databaseKinds())('whole-pool job store on %s', (kind) => {
  const service = new EvaluationService(loadTieringEnv({ NATS_URL: 'nats://127.0.0.1:1', DATA_DIR: '/tmp' }));
  const dbs: TestDatabase[] = [];
  const orms: MikroORM[] = [];
  const usccs = Array.from({ length: 5 }, () => makeEnterprise().uscc).sort();

  beforeAll(async () => {
    for (let i = 0; i < 2; i++) {
      const db = await createTestDatabase(kind);
      dbs.push(db);
      const config = createTieringOrmConfig(
        loadTieringEnv({ NATS_URL: 'nats://127.0.0.1:1', LOG_LEVEL: 'error', ...db.env }),
      );
      await runMigrations(config);
      const orm = await MikroORM.init(config);
      orms.push(orm);
      const em = orm.em.fork();
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
      await em.flush();
    }
  });

  afterAll(async () => {
    for (const orm of orms) await orm.close(true);
    for (const db of dbs) await db.drop();
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
