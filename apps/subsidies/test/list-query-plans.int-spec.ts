/**
 * The subsidies lists with tens of thousands of rows (entitlements, applications, ledger entries, match notices,
 * 公示 lists): every filter and sort the API offers runs from an index — no full table scan, no sort of the
 * matching rows (SQLite `EXPLAIN QUERY PLAN`; PostgreSQL `EXPLAIN` with sequential scans and sorts disabled after
 * ANALYZE). The statements explained are the ones the service really sent. `PRINT_PLANS=1` prints them.
 */
import type { INestMicroservice } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import { ENTITLEMENT_STATUSES, PAYERS } from '@ladder/contracts';
import type { Actor } from '@ladder/contracts';
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
import { AWARD_IDS } from '@ladder/policy';
import { COUNTIES } from '@ladder/shared-domain';

import { loadSubsidiesEnv } from '../src/config/subsidies.env';
import { createSubsidiesOrmConfig } from '../src/mikro-orm.config';
import { SubsidiesModule } from '../src/subsidies.module';

jest.setTimeout(300_000);

const N = 50_000;
const city: Actor = { userId: 'u-city', username: 'gxj', roles: ['gxj-operator'] };
const sanyuan: Actor = {
  userId: 'u-sy',
  username: 'sanyuan',
  roles: ['county-operator'],
  countyCode: '350404',
};

/**
 * Accepted: newest-first lists over an integer key with a filter no index leads with (SQLite walks the table in
 * key order, backwards, and stops after pageSize hits — its plan reads `SCAN t`, but it is the key's order).
 */
function accepted(p: QueryPlan): boolean {
  return (
    p.plan.length === 1 &&
    /^SCAN \S+$/.test(p.plan[0]!.trim()) &&
    /order by [`"]\w+[`"]\.[`"]id[`"] desc limit/.test(p.sql)
  );
}

async function seed(orm: MikroORM, kind: DatabaseKind): Promise<void> {
  const counties = COUNTIES.map((c) => c.code);
  await seedRows(orm, kind, 'entitlement', N, (sql) => ({
    id: sql.padded('ent-', 12),
    award_id: sql.pick(AWARD_IDS),
    uscc: sql.padded('91350400', 10),
    county_code: sql.pick(counties),
    origin: `'certification'`,
    trigger_key: `'cert-' || i`,
    trigger_date: `'2024-05-10'`,
    amount_fen: '100000000',
    cap_applied: sql.bool('1 = 0'),
    payer: sql.pick(PAYERS),
    split: `'[]'`,
    computation: `'{}'`,
    version_id: `'v1'`,
    status: sql.pick(ENTITLEMENT_STATUSES),
    steps: `'[]'`,
    created_by_id: `'seed'`,
    created_at: sql.at('i * 1000'),
    updated_at: sql.at('i * 1000'),
    version: '1',
  }));
  await seedRows(orm, kind, 'award_application', N, (sql) => ({
    id: sql.padded('app-', 12),
    uscc: sql.padded('91350400', 10),
    county_code: sql.pick(counties),
    award_id: sql.pick(AWARD_IDS),
    date: `'2024-05-10'`,
    reference: `'文号' || i`,
    facts: `'{}'`,
    documents: `'[]'`,
    preview: `'{"amountFen":100}'`,
    status: sql.pick(['submitted', 'approved', 'rejected']),
    submitted_by_id: `'seed'`,
    submitted_by: `'seed'`,
    created_at: sql.at('i * 1000'),
  }));
  await seedRows(orm, kind, 'ledger_entry', N, (sql) => ({
    at: sql.at('i * 1000'),
    entitlement_id: sql.padded('ent-', 12),
    award_id: sql.pick(AWARD_IDS),
    uscc: sql.padded('91350400', 10),
    payer: sql.pick(PAYERS),
    county_code: sql.pick(counties),
    year: '2020 + i % 6',
    kind: sql.pick(['reserve', 'consume', 'release']),
    amount_fen: '100',
    actor: `'seed'`,
  }));
  await seedRows(orm, kind, 'match_notice', N, (sql) => ({
    uscc: sql.padded('91350400', 10),
    award_id: sql.pick(AWARD_IDS),
    county_code: sql.pick(counties),
    message: `'新的政策匹配'`,
    read_at: `case when i % 3 = 0 then ${sql.at('i')} else null end`,
    created_at: sql.at('i * 1000'),
  }));
  await seedRows(orm, kind, 'publicity', 2_000, (sql) => ({
    id: sql.padded('pub-', 12),
    title: `'公示' || i`,
    starts_on: `'2024-06-01'`,
    ends_on: `'2024-06-08'`,
    status: `'closed'`,
    entitlement_ids: `'[]'`,
    created_by: `'seed'`,
    created_at: sql.at('i * 1000'),
  }));
}

/** Every filter and sort of the lists, as the console sends them (a request per case). */
function listCases(client: MessagingClient): [string, () => Promise<{ items: unknown[] }>][] {
  return [
    ['entitlements, city', () => client.request('subsidies.entitlement.list', { actor: city })],
    [
      'entitlements, status',
      () => client.request('subsidies.entitlement.list', { actor: city, status: 'pending-approval' }),
    ],
    [
      'entitlements, county filter',
      () => client.request('subsidies.entitlement.list', { actor: city, county: '350481' }),
    ],
    ['entitlements, county operator', () => client.request('subsidies.entitlement.list', { actor: sanyuan })],
    [
      'entitlements, county operator and status',
      () => client.request('subsidies.entitlement.list', { actor: sanyuan, status: 'approved' }),
    ],
    [
      'entitlements, award and payer',
      () =>
        client.request('subsidies.entitlement.list', { actor: city, awardId: AWARD_IDS[0], payer: 'CITY' }),
    ],
    ['applications, city', () => client.request('subsidies.application.list', { actor: city })],
    [
      'applications, status',
      () => client.request('subsidies.application.list', { actor: city, status: 'submitted' }),
    ],
    ['applications, county operator', () => client.request('subsidies.application.list', { actor: sanyuan })],
    [
      'applications, county operator and status',
      () => client.request('subsidies.application.list', { actor: sanyuan, status: 'approved' }),
    ],
    ['ledger, city', () => client.request('subsidies.ledger.list', { actor: city })],
    [
      'ledger, payer and year',
      () => client.request('subsidies.ledger.list', { actor: city, payer: 'PROV', year: 2024 }),
    ],
    ['ledger, year', () => client.request('subsidies.ledger.list', { actor: city, year: 2023 })],
    ['ledger, county operator', () => client.request('subsidies.ledger.list', { actor: sanyuan })],
    ['notices, county operator', () => client.request('subsidies.notice.list', { actor: sanyuan })],
    [
      'notices, county operator unread',
      () => client.request('subsidies.notice.list', { actor: sanyuan, unread: true }),
    ],
    ['notices, city unread', () => client.request('subsidies.notice.list', { actor: city, unread: true })],
    ['公示 lists', () => client.request('subsidies.publicity.list', { actor: city })],
  ];
}

describe.each(databaseKinds())('subsidies list query plans on %s', (kind) => {
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
    const env = loadSubsidiesEnv({
      NATS_URL: nats.url,
      LOG_LEVEL: 'error',
      SUBSIDIES_DATE: '2024-06-15',
      ...db.env,
    });
    const config = createSubsidiesOrmConfig(env);
    await runMigrations(config);
    const setup = await MikroORM.init(config);
    try {
      await seed(setup, kind);
    } finally {
      await setup.close(true);
    }
    app = await bootstrapService(SubsidiesModule.forRoot(env), {
      service: 'subsidies',
      natsUrl: nats.url,
      logLevel: 'error',
    });
    orm = app.get(MikroORM);
    recorder = new QueryRecorder(orm);
    client = createStandaloneClient(nats.url, 'subsidies-plan-test', 30_000);
  });

  afterAll(async () => {
    await client?.close();
    await app?.close();
    await nats?.stop();
    await db?.drop();
  });

  it('should answer every filter and sort of the entitlement, application, ledger, notice and 公示 lists from an index', async () => {
    // Arrange
    const plans: (QueryPlan & { label: string })[] = [];
    const tables =
      /from [`"](subsidies[`"]\.[`"])?(entitlement|award_application|ledger_entry|match_notice|publicity)[`"]/;

    // Act
    for (const [label, list] of listCases(client)) {
      recorder.take();
      const page = await list();
      if (page.items.length === 0) throw new Error(`${label}: empty page`);
      const statements = recorder.take().filter((q) => tables.test(q.sql) && !/ in \(/.test(q.sql));
      expect(statements.length).toBeGreaterThan(0);
      for (const statement of statements)
        plans.push({ label, ...(await explainQuery(orm, kind, statement)) });
    }

    // Assert
    if (process.env['PRINT_PLANS']) console.log(describePlans(plans));
    expect(describePlans(plans.filter((p) => p.problems.length > 0 && !accepted(p)))).toBe('');
  });
});
