/**
 * Tiering's lists at 100,000 enterprises (pool entries and projections; 30,000 titles, recommendations and shadow
 * differences): every filter and sort the API offers runs from an index — no full table scan, no sort of the
 * matching rows (SQLite `EXPLAIN QUERY PLAN`; PostgreSQL `EXPLAIN` with sequential scans and sorts disabled
 * after ANALYZE). The statements explained are the ones the service really sent. `PRINT_PLANS=1` prints them.
 */
import type { INestMicroservice } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import type { Actor, RecommendationStatus } from '@ladder/contracts';
import { bootstrapService, createStandaloneClient, provisionDeclared } from '@ladder/platform-messaging';
import type { MessagingClient } from '@ladder/platform-messaging';
import { runMigrations } from '@ladder/platform-persistence';
import {
  QueryRecorder,
  createTestDatabase,
  databaseKinds,
  describePlans,
  explainQuery,
  seedRows,
  startNatsServer,
} from '@ladder/platform-testing';
import type { DatabaseKind, NatsServerHandle, QueryPlan, TestDatabase } from '@ladder/platform-testing';
import { COUNTIES, POOL_CATEGORIES, TIERS } from '@ladder/shared-domain';

import { loadTieringEnv } from '../src/config/tiering.env';
import { createTieringOrmConfig } from '../src/mikro-orm.config';
import { TieringModule } from '../src/tiering.module';

jest.setTimeout(300_000);

const N = 100_000;
const M = 30_000;
const city: Actor = { userId: 'u-city', username: 'gxj', roles: ['gxj-operator'] };
const sanyuan: Actor = {
  userId: 'u-sy',
  username: 'sanyuan',
  roles: ['county-operator'],
  countyCode: '350404',
};
const RECOMMENDATION_STATUSES: readonly RecommendationStatus[] = [
  'county-recommended',
  'city-approved',
  'returned',
  'submitted',
  'certified',
  'rejected',
];
/**
 * The one accepted scan: the total of a free-text search over the whole pool (a substring cannot use a B-tree
 * index; the page itself stops after pageSize hits along the category index). SQLite reads every entry for it.
 */
const ACCEPTED_SCANS = [/^select count\(\*\) .* like '%/];
const DISTANCE =
  '{"status":"short","unmetConditions":1,"unknownConditions":0,"scoreShortfall":5,"gaps":["差距"]}';

async function seed(orm: MikroORM, kind: DatabaseKind): Promise<void> {
  const counties = COUNTIES.map((c) => c.code);
  await seedRows(orm, kind, 'enterprise_projection', N, (sql) => ({
    uscc: sql.padded('91350400', 10),
    name: `'三明第' || i || '号企业有限公司'`,
    county_code: sql.pick(counties),
    industry_group: `'industry'`,
    status: `case when i % 37 = 0 then 'removed' else 'active' end`,
    registry_version: '1',
    years: `'{}'`,
    updated_at: sql.at('i'),
  }));
  await seedRows(orm, kind, 'pool_entry', N, (sql) => ({
    uscc: sql.padded('91350400', 10),
    county_code: sql.pick(counties),
    name: `'三明第' || i || '号企业有限公司'`,
    category: sql.pick([null, ...POOL_CATEGORIES]),
    current_tier: sql.pick([null, null, ...TIERS]),
    next_tier: sql.pick([...TIERS], 'i / 7'),
    evaluation_id: 'i',
    inputs_hash: `'h'`,
    result: `'{}'`,
    distance: `'${DISTANCE}'`,
    evaluated_at: sql.at('i'),
  }));
  await seedRows(orm, kind, 'certification', M, (sql) => ({
    id: sql.padded('cert-', 12),
    uscc: sql.padded('91350400', 10),
    county_code: sql.pick(counties),
    tier: sql.pick([...TIERS]),
    status: sql.pick(['valid', 'valid', 'expired', 'revoked']),
    issuer: `'省工信厅'`,
    doc_no: `'文号' || i`,
    certified_on: `'20' || (15 + i % 10) || '-0' || (1 + i % 9) || '-15'`,
    valid_until: `'20' || (18 + i % 10) || '-0' || (1 + i % 9) || '-14'`,
    renewals: `'[]'`,
    fraud: sql.bool('1 = 0'),
    created_by: `'seed'`,
    created_at: sql.at('i'),
    version: '1',
  }));
  await seedRows(orm, kind, 'recommendation', M, (sql) => ({
    id: sql.padded('rec-', 12),
    uscc: sql.padded('91350400', 10),
    county_code: sql.pick(counties),
    tier: sql.pick([...TIERS]),
    type: sql.pick(['new', 'review']),
    batch_year: '2020 + i % 6',
    status: sql.pick(RECOMMENDATION_STATUSES),
    history: `'[]'`,
    created_by_id: `'seed'`,
    created_at: sql.at('i * 1000'),
    updated_at: sql.at('i * 1000'),
    version: '1',
  }));
  await seedRows(orm, kind, 'shadow_diff', M, (sql) => ({
    job_id: sql.pick(['00000000-0000-4000-8000-00000000000a', '00000000-0000-4000-8000-00000000000b']),
    uscc: sql.padded('91350400', 10),
    name: `'企业' || i`,
    county_code: sql.pick(counties),
    tier: sql.pick([...TIERS]),
    decision_a: `'eligible'`,
    decision_b: `'not-eligible'`,
    changed: sql.bool('i % 4 <> 0'),
    explanation: `'差异'`,
  }));
}

/** Every filter and sort of the four lists, as the console sends them (a request per case). */
function listCases(client: MessagingClient): [string, () => Promise<{ items: unknown[] }>][] {
  return [
    ['pool, city', () => client.request('tiering.pool.list', { actor: city })],
    ['pool, county operator', () => client.request('tiering.pool.list', { actor: sanyuan })],
    ['pool, county filter', () => client.request('tiering.pool.list', { actor: city, county: '350481' })],
    ['pool, category', () => client.request('tiering.pool.list', { actor: city, category: 'upgrade' })],
    ['pool, no category', () => client.request('tiering.pool.list', { actor: city, category: 'none' })],
    [
      'pool, county operator and category',
      () => client.request('tiering.pool.list', { actor: sanyuan, category: 'recommend' }),
    ],
    ['pool, next tier', () => client.request('tiering.pool.list', { actor: city, nextTier: 'specialized' })],
    ['pool, keyword', () => client.request('tiering.pool.list', { actor: city, q: '第4242号' })],
    ['titles, city', () => client.request('tiering.certification.list', { actor: city })],
    ['titles, county operator', () => client.request('tiering.certification.list', { actor: sanyuan })],
    [
      'titles, tier and status',
      () =>
        client.request('tiering.certification.list', { actor: city, tier: 'specialized', status: 'valid' }),
    ],
    [
      'titles, expiring',
      () => client.request('tiering.certification.list', { actor: city, expiringBy: '2026-12-31' }),
    ],
    [
      'titles, county operator expiring',
      () => client.request('tiering.certification.list', { actor: sanyuan, expiringBy: '2026-12-31' }),
    ],
    ['recommendations, city', () => client.request('tiering.recommendation.list', { actor: city })],
    [
      'recommendations, status',
      () => client.request('tiering.recommendation.list', { actor: city, status: 'city-approved' }),
    ],
    [
      'recommendations, county operator',
      () => client.request('tiering.recommendation.list', { actor: sanyuan }),
    ],
    [
      'recommendations, county operator and status',
      () => client.request('tiering.recommendation.list', { actor: sanyuan, status: 'county-recommended' }),
    ],
    [
      'recommendations, tier and batch',
      () =>
        client.request('tiering.recommendation.list', { actor: city, tier: 'specialized', batchYear: 2024 }),
    ],
    [
      'shadow differences',
      () =>
        client.request('tiering.job.diffs', { actor: city, jobId: '00000000-0000-4000-8000-00000000000a' }),
    ],
    [
      'shadow differences, all rows',
      () =>
        client.request('tiering.job.diffs', {
          actor: city,
          jobId: '00000000-0000-4000-8000-00000000000a',
          changedOnly: false,
        }),
    ],
    [
      'shadow differences, county operator',
      () =>
        client.request('tiering.job.diffs', {
          actor: sanyuan,
          jobId: '00000000-0000-4000-8000-00000000000b',
        }),
    ],
  ];
}

describe.each(databaseKinds())('tiering list query plans on %s at 100,000 enterprises', (kind) => {
  let nats: NatsServerHandle;
  let db: TestDatabase;
  let app: INestMicroservice;
  let client: MessagingClient;
  let orm: MikroORM;
  let recorder: QueryRecorder;

  beforeAll(async () => {
    nats = await startNatsServer();
    await provisionDeclared(nats.url);
    db = await createTestDatabase(kind);
    const env = loadTieringEnv({
      NATS_URL: nats.url,
      LOG_LEVEL: 'error',
      EVALUATION_DATE: '2015-01-01',
      ...db.env,
    });
    const config = createTieringOrmConfig(env);
    await runMigrations(config);
    const setup = await MikroORM.init(config);
    try {
      await seed(setup, kind);
    } finally {
      await setup.close(true);
    }
    app = await bootstrapService(TieringModule.forRoot(env), {
      service: 'tiering',
      natsUrl: nats.url,
      logLevel: 'error',
    });
    orm = app.get(MikroORM);
    recorder = new QueryRecorder(orm);
    client = createStandaloneClient(nats.url, 'tiering-plan-test', 30_000);
  });

  afterAll(async () => {
    await client?.close();
    await app?.close();
    await nats?.stop();
    await db?.drop();
  });

  it('should answer every filter and sort of the pool, title, recommendation and shadow lists from an index', async () => {
    // Arrange
    const plans: (QueryPlan & { label: string })[] = [];
    const tables = /from [`"](tiering[`"]\.[`"])?(pool_entry|certification|recommendation|shadow_diff)[`"]/;

    // Act
    for (const [label, list] of listCases(client)) {
      recorder.take();
      const page = await list();
      if (page.items.length === 0) throw new Error(`${label}: empty page`);
      const statements = recorder.take().filter((q) => tables.test(q.sql));
      expect(statements.length).toBeGreaterThan(0);
      for (const statement of statements)
        plans.push({ label, ...(await explainQuery(orm, kind, statement)) });
    }

    // Assert
    if (process.env['PRINT_PLANS']) console.log(describePlans(plans));
    const refused = plans.filter(
      (p) => p.problems.length > 0 && !ACCEPTED_SCANS.some((accepted) => accepted.test(p.sql)),
    );
    expect(describePlans(refused)).toBe('');
  });

  it('should list only entries of active enterprises, counted exactly, when the pool is listed', async () => {
    // Arrange
    let expected = 0;
    for (let i = 0; i < N; i++)
      if (COUNTIES[i % COUNTIES.length]!.code === '350404' && i % 37 !== 0) expected++;

    // Act
    const page = await client.request('tiering.pool.list', { actor: sanyuan, pageSize: 50 });

    // Assert
    expect(page.total).toBe(expected);
    expect(page.items).toHaveLength(50);
    expect(
      page.items.every(
        (e) => e.countyCode === '350404' && e.distanceStatus === 'short' && e.gaps[0] === '差距',
      ),
    ).toBe(true);
  });
});
