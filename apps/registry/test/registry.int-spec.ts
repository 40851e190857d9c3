/**
 * The registry over a real nats-server (spawned on a free port) and a real database: SQLite always,
 * PostgreSQL too when TEST_DATABASE_URL is set. Events are observed by a durable JetStream consumer.
 */
import { randomUUID } from 'node:crypto';

import type { INestMicroservice } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import { EVENT_MAP } from '@ladder/contracts';
import type { Actor, EnterpriseDto, EventSubject, RegistryStatsDto } from '@ladder/contracts';
import { connect } from 'nats';
import { RemoteError, bootstrapService, createStandaloneClient, provisionDeclared } from '@ladder/platform-messaging';
import type { MessagingClient } from '@ladder/platform-messaging';
import { runMigrations, tableName } from '@ladder/platform-persistence';
import {
  EventCollector,
  createTestDatabase,
  databaseKinds,
  makeEnterprise,
  makeUscc,
  readStream,
  startNatsServer,
  waitFor,
} from '@ladder/platform-testing';
import type { NatsServerHandle, TestDatabase } from '@ladder/platform-testing';
import { loadRegistryEnv } from '../src/config/registry.env';
import { Enterprise } from '../src/enterprise/enterprise.entity';
import { createRegistryOrmConfig } from '../src/mikro-orm.config';
import { RegistryModule } from '../src/registry.module';

jest.setTimeout(60_000);

const city: Actor = { userId: 'u-city', username: 'gxj', roles: ['gxj-operator'] };
const sanyuan: Actor = { userId: 'u-sy', username: 'sanyuan', roles: ['county-operator'], countyCode: '350404' };

async function expectCode(promise: Promise<unknown>, code: string): Promise<RemoteError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RemoteError);
  expect((error as RemoteError).code).toBe(code);
  return error as RemoteError;
}

/** The dashboard counted the slow way: every enterprise loaded and tallied (what the registry did before GROUP BY). */
function tallied(items: readonly EnterpriseDto[]): RegistryStatsDto {
  const stats: RegistryStatsDto = { total: 0, removed: 0, byCounty: {}, bySizeClass: {}, byChain: {}, byIndustryGroup: {}, byCategory: {}, byTier: {} };
  const bump = (bucket: Record<string, number>, key: string): void => {
    bucket[key] = (bucket[key] ?? 0) + 1;
  };
  for (const e of items) {
    if (e.status === 'removed') {
      stats.removed++;
      continue;
    }
    stats.total++;
    bump(stats.byCounty, e.countyCode);
    bump(stats.bySizeClass, e.sizeClass ?? 'unknown');
    bump(stats.byIndustryGroup, e.industryGroup);
    bump(stats.byCategory, e.category ?? 'none');
    bump(stats.byTier, e.tier ?? 'none');
    if (e.chains.length === 0) bump(stats.byChain, 'none');
    for (const c of e.chains) bump(stats.byChain, c);
  }
  return stats;
}

describe.each(databaseKinds())('registry on %s', (kind) => {
  let nats: NatsServerHandle;
  let db: TestDatabase;
  let app: INestMicroservice;
  let client: MessagingClient;
  let events: EventCollector;

  beforeAll(async () => {
    nats = await startNatsServer();
    await provisionDeclared(nats.url);
    db = await createTestDatabase(kind);
    const env = loadRegistryEnv({ NATS_URL: nats.url, LOG_LEVEL: 'error', ...db.env });
    await runMigrations(createRegistryOrmConfig(env));
    app = await bootstrapService(RegistryModule.forRoot(env), { service: 'registry', natsUrl: nats.url, logLevel: 'error' });
    client = createStandaloneClient(nats.url, 'registry-int-test', 10_000);
    events = await new EventCollector(nats.url, 'REGISTRY', `int-test-${kind}`).start();
  });

  afterAll(async () => {
    await events?.stop();
    await client?.close();
    await app?.close();
    await nats?.stop();
    await db?.drop();
  });

  const eventsFor = (uscc: string, subject?: string): Record<string, unknown>[] =>
    events.events
      .filter((e) => (e.data['enterprise'] as { uscc?: string } | undefined)?.uscc === uscc)
      .filter((e) => !subject || e.subject === subject)
      .map((e) => e.data);

  it('should register an enterprise, normalise its USCC and map a legacy county code when created', async () => {
    const e = makeEnterprise({ countyCode: '350403' });
    const lower = e.uscc.toLowerCase().replace(/(.{4})/g, '$1 ');
    const created = await client.request('registry.enterprise.create', { ...e, uscc: lower, industryGroup: 'industry', actor: city });
    expect(created.uscc).toBe(e.uscc);
    expect(created.countyCode).toBe('350404');
    expect(created.status).toBe('active');
    await waitFor(async () => eventsFor(e.uscc, 'registry.enterprise.registered').length === 1);
    const fetched = await client.request('registry.enterprise.get', { uscc: e.uscc, actor: city });
    expect(fetched.name).toBe(e.name);
  });

  it('should reject a second registration of the same USCC with REGISTRY_ENTERPRISE_EXISTS', async () => {
    const e = makeEnterprise();
    await client.request('registry.enterprise.create', { ...e, industryGroup: 'industry', actor: city });
    const error = await expectCode(client.request('registry.enterprise.create', { ...e, industryGroup: 'industry', actor: city }), 'REGISTRY_ENTERPRISE_EXISTS');
    expect(error.message).toContain(e.uscc);
  });

  it('should still register an enterprise sent as a create without a reply subject, as the Nest transport would', async () => {
    const e = makeEnterprise();
    const nc = await connect({ servers: nats.url });
    const packet = { pattern: 'registry.enterprise.create', data: { ...e, industryGroup: 'industry', actor: city }, id: randomUUID() };
    nc.publish('registry.enterprise.create', new TextEncoder().encode(JSON.stringify(packet)));
    await nc.drain();
    await waitFor(async () => eventsFor(e.uscc, 'registry.enterprise.registered').length === 1);
    expect((await client.request('registry.enterprise.get', { uscc: e.uscc, actor: city })).name).toBe(e.name);
  });

  it('should answer VALIDATION_FAILED with Chinese messages and store nothing when the payload is invalid', async () => {
    const before = await client.request('registry.enterprise.list', { status: 'all', pageSize: 1, actor: city });
    const bad = makeEnterprise();
    const wrongCheck = bad.uscc.slice(0, 17) + (bad.uscc.endsWith('0') ? '1' : '0');
    const cases: Record<string, unknown>[] = [
      { ...bad, uscc: wrongCheck },
      { ...bad, uscc: bad.uscc.slice(0, 17) },
      { ...bad, uscc: `${bad.uscc.slice(0, 10)}I${bad.uscc.slice(11)}` },
      { ...bad, countyCode: '350100' },
      { ...bad, industryGroup: 'mining' },
      { ...bad, name: '   ' },
      { ...bad, unexpected: true },
      { ...bad, chains: ['not-a-chain'] },
    ];
    for (const payload of cases) {
      const error = await expectCode(
        client.request('registry.enterprise.create', { ...(payload as object), actor: city } as never),
        'VALIDATION_FAILED',
      );
      expect(error.message).toMatch(/[\u4e00-\u9fff]/);
      expect(error.details?.length).toBeGreaterThan(0);
    }
    const after = await client.request('registry.enterprise.list', { status: 'all', pageSize: 1, actor: city });
    expect(after.total).toBe(before.total);
    expect(eventsFor(bad.uscc)).toHaveLength(0);
  });

  it('should publish one updated event with field changes, and nothing for an update that changes nothing', async () => {
    const e = makeEnterprise();
    await client.request('registry.enterprise.create', { ...e, industryGroup: 'industry', actor: city });
    const { before, after } = await client.request('registry.enterprise.update', {
      uscc: e.uscc,
      patch: { name: `${e.name}（更名）`, chains: ['new-materials'] },
      actor: city,
    });
    expect(before.name).toBe(e.name);
    expect(after.chains).toEqual(['new-materials']);
    expect(after.version).toBe(before.version + 1);
    await waitFor(async () => eventsFor(e.uscc, 'registry.enterprise.updated').length === 1);
    const changes = eventsFor(e.uscc, 'registry.enterprise.updated')[0]!['changes'] as { field: string }[];
    expect(changes.map((c) => c.field).sort()).toEqual(['chains', 'name']);

    const again = await client.request('registry.enterprise.update', { uscc: e.uscc, patch: { name: `${e.name}（更名）` }, actor: city });
    expect(again.after.version).toBe(after.version);
    const history = await client.request('registry.enterprise.history', { uscc: e.uscc, actor: city });
    expect(history.map((h) => h.action)).toEqual(['updated', 'registered']);
    await new Promise((r) => setTimeout(r, 300));
    expect(eventsFor(e.uscc, 'registry.enterprise.updated')).toHaveLength(1);
  });

  it('should refuse a stale expectedVersion with REGISTRY_VERSION_CONFLICT', async () => {
    const e = makeEnterprise();
    const created = await client.request('registry.enterprise.create', { ...e, industryGroup: 'industry', actor: city });
    await client.request('registry.enterprise.update', { uscc: e.uscc, patch: { address: '甲' }, expectedVersion: created.version, actor: city });
    await expectCode(
      client.request('registry.enterprise.update', { uscc: e.uscc, patch: { address: '乙' }, expectedVersion: created.version, actor: city }),
      'REGISTRY_VERSION_CONFLICT',
    );
  });

  it('should store annual data with its size class, skip identical resubmissions and count corrections', async () => {
    const e = makeEnterprise();
    await client.request('registry.enterprise.create', { ...e, industryGroup: 'industry', actor: city });
    const facts = { employees: 120, operatingRevenue: 15_000_000_00, rdExpense: 60_000_000 };
    const first = await client.request('registry.annual-data.submit', { uscc: e.uscc, year: 2024, facts, actor: city });
    expect(first.before).toBeNull();
    expect(first.after.sizeClass.sizeClass).toBe('small');
    expect(first.after.sizeClass.clause).toContain('工信部联企业〔2011〕300号');
    expect(first.after.revision).toBe(1);
    const same = await client.request('registry.annual-data.submit', { uscc: e.uscc, year: 2024, facts: { ...facts }, actor: city });
    expect(same.after.revision).toBe(1);
    const corrected = await client.request('registry.annual-data.submit', {
      uscc: e.uscc,
      year: 2024,
      facts: { ...facts, employees: 350, operatingRevenue: 25_000_000_00 },
      actor: city,
    });
    expect(corrected.after.revision).toBe(2);
    expect(corrected.after.sizeClass.sizeClass).toBe('medium');
    const enterprise = await client.request('registry.enterprise.get', { uscc: e.uscc, actor: city });
    expect(enterprise.sizeClass).toBe('medium');
    expect(enterprise.sizeClassYear).toBe(2024);
    await waitFor(async () => eventsFor(e.uscc, 'registry.enterprise.annual-data-submitted').length === 2);
    await new Promise((r) => setTimeout(r, 300));
    const submitted = eventsFor(e.uscc, 'registry.enterprise.annual-data-submitted');
    expect(submitted.map((s) => s['revision'])).toEqual([1, 2]);
    const list = await client.request('registry.annual-data.list', { uscc: e.uscc, actor: city });
    expect(list).toHaveLength(1);
  });

  it('should reject negative or inconsistent annual facts and change nothing', async () => {
    const e = makeEnterprise();
    await client.request('registry.enterprise.create', { ...e, industryGroup: 'industry', actor: city });
    await expectCode(
      client.request('registry.annual-data.submit', { uscc: e.uscc, year: 2024, facts: { operatingRevenue: -1 }, actor: city }),
      'VALIDATION_FAILED',
    );
    await expectCode(
      client.request('registry.annual-data.submit', { uscc: e.uscc, year: 2024, facts: { operatingRevenue: 10.5 }, actor: city }),
      'VALIDATION_FAILED',
    );
    const error = await expectCode(
      client.request('registry.annual-data.submit', { uscc: e.uscc, year: 2024, facts: { employees: 10, rdStaff: 11 }, actor: city }),
      'REGISTRY_ANNUAL_DATA_INVALID',
    );
    expect(error.message).toContain('研发人员数');
    expect(await client.request('registry.annual-data.list', { uscc: e.uscc, actor: city })).toHaveLength(0);
  });

  it('should confine a county operator to its county', async () => {
    const own = makeEnterprise({ countyCode: '350404' });
    const other = makeEnterprise({ countyCode: '350481' });
    await client.request('registry.enterprise.create', { ...own, industryGroup: 'industry', actor: sanyuan });
    await expectCode(client.request('registry.enterprise.create', { ...other, industryGroup: 'industry', actor: sanyuan }), 'OUT_OF_SCOPE');
    await client.request('registry.enterprise.create', { ...other, industryGroup: 'industry', actor: city });
    await expectCode(client.request('registry.enterprise.get', { uscc: other.uscc, actor: sanyuan }), 'OUT_OF_SCOPE');
    await expectCode(client.request('registry.enterprise.update', { uscc: other.uscc, patch: { address: 'x' }, actor: sanyuan }), 'OUT_OF_SCOPE');
    await expectCode(client.request('registry.enterprise.update', { uscc: own.uscc, patch: { countyCode: '350481' }, actor: sanyuan }), 'OUT_OF_SCOPE');
    await expectCode(client.request('registry.enterprise.list', { county: '350481', actor: sanyuan }), 'OUT_OF_SCOPE');
    const page = await client.request('registry.enterprise.list', { pageSize: 200, actor: sanyuan });
    expect(page.items.every((i: EnterpriseDto) => i.countyCode === '350404')).toBe(true);
    const stats = await client.request('registry.stats.summary', { actor: sanyuan });
    expect(Object.keys(stats.byCounty)).toEqual(['350404']);
  });

  it('should answer each of many simultaneous registrations as if it came alone (group commit), with one event per enterprise registered', async () => {
    const fresh = Array.from({ length: 24 }, () => makeEnterprise({ countyCode: '350404' }));
    const outside = makeEnterprise({ countyCode: '350481' });
    const create = (e: ReturnType<typeof makeEnterprise>, actor: Actor): Promise<EnterpriseDto> =>
      client.request('registry.enterprise.create', { ...e, industryGroup: 'industry', actor });
    const results = await Promise.allSettled([
      ...fresh.map((e, i) => create(e, i % 2 ? city : sanyuan)),
      create(fresh[5]!, city),
      create(outside, sanyuan),
      create(fresh[17]!, sanyuan),
    ]);
    const codes = results.map((r) => (r.status === 'fulfilled' ? 'ok' : (r.reason as RemoteError).code));
    // Each USCC registered once: the first of two requests for it wins, whichever it was, and the other is told.
    expect(codes.filter((c) => c === 'ok')).toHaveLength(24);
    expect(codes.filter((c) => c === 'REGISTRY_ENTERPRISE_EXISTS')).toHaveLength(2);
    expect(codes.filter((c) => c === 'OUT_OF_SCOPE')).toHaveLength(1);
    for (const e of fresh) {
      await waitFor(async () => eventsFor(e.uscc, 'registry.enterprise.registered').length === 1);
      const history = await client.request('registry.enterprise.history', { uscc: e.uscc, actor: city });
      expect(history.filter((h) => h.action === 'registered')).toHaveLength(1);
    }
    await expectCode(client.request('registry.enterprise.get', { uscc: outside.uscc, actor: city }), 'REGISTRY_ENTERPRISE_NOT_FOUND');
    expect(eventsFor(outside.uscc)).toHaveLength(0);
  });

  it('should give a create that the database refuses its own error and write the others of its group commit', async () => {
    // A trigger refuses one name: the batch's multi-row insert fails, and the batch is written again one create
    // per savepoint — the refused create answers INTERNAL, the others are registered with one event each.
    const orm = app.get(MikroORM);
    const em = orm.em.fork();
    const refused = `拒绝写入${Date.now()}`;
    const table = tableName(em, Enterprise);
    const trigger = `refuse_${Date.now()}`;
    if (kind === 'sqlite') {
      await em.getConnection().execute(`create trigger ${trigger} before insert on ${table} when new.name = '${refused}' begin select raise(abort, 'refused'); end`);
    } else {
      await em.getConnection().execute(
        `create function ${trigger}() returns trigger language plpgsql as $$ begin if new.name = '${refused}' then raise exception 'refused'; end if; return new; end $$`,
      );
      await em.getConnection().execute(`create trigger ${trigger} before insert on ${table} for each row execute function ${trigger}()`);
    }
    try {
      const fresh = Array.from({ length: 12 }, (_, i) => makeEnterprise({ countyCode: '350404', ...(i === 6 ? { name: refused } : {}) }));
      const results = await Promise.allSettled(fresh.map((e) => client.request('registry.enterprise.create', { ...e, industryGroup: 'industry', actor: city })));
      expect(results.map((r) => (r.status === 'fulfilled' ? 'ok' : (r.reason as RemoteError).code))).toEqual(fresh.map((_, i) => (i === 6 ? 'INTERNAL' : 'ok')));
      for (const [i, e] of fresh.entries()) {
        if (i === 6) continue;
        await waitFor(async () => eventsFor(e.uscc, 'registry.enterprise.registered').length === 1);
      }
      await expectCode(client.request('registry.enterprise.get', { uscc: fresh[6]!.uscc, actor: city }), 'REGISTRY_ENTERPRISE_NOT_FOUND');
      expect(eventsFor(fresh[6]!.uscc)).toHaveLength(0);
    } finally {
      await em.getConnection().execute(`drop trigger ${trigger}${kind === 'sqlite' ? '' : ` on ${table}`}`);
      if (kind !== 'sqlite') await em.getConnection().execute(`drop function ${trigger}()`);
    }
  });

  it('should filter, search and paginate the pool', async () => {
    const tag = `筛选${Date.now()}`;
    const a = makeEnterprise({ name: `${tag}甲公司`, countyCode: '350425' });
    const b = makeEnterprise({ name: `${tag}乙公司`, countyCode: '350425' });
    const c = makeEnterprise({ name: `${tag}丙公司`, countyCode: '350426' });
    await client.request('registry.enterprise.create', { ...a, industryGroup: 'industry', chains: ['graphite-graphene'], actor: city });
    await client.request('registry.enterprise.create', { ...b, industryGroup: 'software-it', actor: city });
    await client.request('registry.enterprise.create', { ...c, industryGroup: 'industry', actor: city });
    const byText = await client.request('registry.enterprise.list', { q: tag, actor: city });
    expect(byText.total).toBe(3);
    expect((await client.request('registry.enterprise.list', { q: tag, county: '350425', actor: city })).total).toBe(2);
    expect((await client.request('registry.enterprise.list', { q: tag, industryGroup: 'software-it', actor: city })).total).toBe(1);
    expect((await client.request('registry.enterprise.list', { q: tag, chain: 'graphite-graphene', actor: city })).items[0]!.uscc).toBe(a.uscc);
    expect((await client.request('registry.enterprise.list', { q: a.uscc.slice(4, 14).toLowerCase(), actor: city })).items[0]!.uscc).toBe(a.uscc);
    const page1 = await client.request('registry.enterprise.list', { q: tag, sort: 'name', page: 1, pageSize: 2, actor: city });
    const page2 = await client.request('registry.enterprise.list', { q: tag, sort: 'name', page: 2, pageSize: 2, actor: city });
    expect(page1.items).toHaveLength(2);
    expect(page2.items).toHaveLength(1);
    expect(new Set([...page1.items, ...page2.items].map((i) => i.uscc)).size).toBe(3);
    await expectCode(client.request('registry.enterprise.list', { pageSize: 1000, actor: city }), 'VALIDATION_FAILED');
    await client.request('registry.annual-data.submit', { uscc: c.uscc, year: 2025, facts: { employees: 5, operatingRevenue: 100_000_000 }, actor: city });
    expect((await client.request('registry.enterprise.list', { q: tag, sizeClass: 'micro', actor: city })).items.map((i) => i.uscc)).toEqual([c.uscc]);
  });

  it('should remove with a reason, refuse changes while removed, and readmit', async () => {
    const e = makeEnterprise();
    await client.request('registry.enterprise.create', { ...e, industryGroup: 'industry', actor: city });
    await expectCode(client.request('registry.enterprise.remove', { uscc: e.uscc, reason: '', actor: city }), 'VALIDATION_FAILED');
    const removed = await client.request('registry.enterprise.remove', { uscc: e.uscc, reason: '企业迁出三明', actor: city });
    expect(removed.after.status).toBe('removed');
    expect(removed.after.removalReason).toBe('企业迁出三明');
    await expectCode(client.request('registry.enterprise.update', { uscc: e.uscc, patch: { address: 'x' }, actor: city }), 'REGISTRY_ENTERPRISE_REMOVED');
    expect((await client.request('registry.enterprise.list', { q: e.uscc, actor: city })).total).toBe(0);
    expect((await client.request('registry.enterprise.list', { q: e.uscc, status: 'removed', actor: city })).total).toBe(1);
    const readmitted = await client.request('registry.enterprise.readmit', { uscc: e.uscc, reason: '企业迁回', actor: city });
    expect(readmitted.after.status).toBe('active');
    await waitFor(async () => eventsFor(e.uscc, 'registry.enterprise.readmitted').length === 1);
    expect(eventsFor(e.uscc, 'registry.enterprise.removed')[0]!['reason']).toBe('企业迁出三明');
  });

  it('should import rows, report the bad ones, and change nothing when the same rows come again', async () => {
    const good = [makeEnterprise(), makeEnterprise()];
    const rows = [
      ...good.map((g, i) => ({
        rowNumber: i + 2,
        cells: { 统一社会信用代码: g.uscc, 企业名称: g.name, '所属县（市、区）': '三元区', 行业门类: '工业', 数据年度: 2025, '营业收入（万元）': 1234.56 },
      })),
      { rowNumber: 4, cells: { 统一社会信用代码: makeUscc().slice(0, 17) + 'Z', 企业名称: '坏行', '所属县（市、区）': '福州市', 行业门类: '工业' } },
    ];
    const runImport = async (): Promise<{ id: string }> => {
      const job = await client.request('registry.import.create', { fileName: 't.xlsx', fileHash: 'a'.repeat(64), totalRows: rows.length, actor: city });
      await client.request('registry.import.append', { importId: job.id, rows, actor: city });
      await client.request('registry.import.start', { importId: job.id, actor: city });
      return job;
    };
    const first = await runImport();
    const done = await waitFor(async () => {
      const j = await client.request('registry.import.get', { importId: first.id, actor: city });
      return j.status === 'completed' ? j : undefined;
    });
    expect([done.createdRows, done.updatedRows, done.unchangedRows, done.failedRows]).toEqual([2, 0, 0, 1]);
    const errors = await client.request('registry.import.errors', { importId: first.id, actor: city });
    expect(errors).toHaveLength(1);
    expect(errors[0]!.rowNumber).toBe(4);
    expect(errors[0]!.messages.join('；')).toMatch(/统一社会信用代码|不可用/);
    expect(errors[0]!.messages.join('；')).toContain('福州市');
    const data = await client.request('registry.annual-data.list', { uscc: good[0]!.uscc, actor: city });
    expect(data[0]!.facts.operatingRevenue).toBe(1_234_560_000);

    const second = await runImport();
    const again = await waitFor(async () => {
      const j = await client.request('registry.import.get', { importId: second.id, actor: city });
      return j.status === 'completed' ? j : undefined;
    });
    expect([again.createdRows, again.updatedRows, again.unchangedRows, again.failedRows]).toEqual([0, 0, 2, 1]);
    expect(again.previousImportId).toBe(first.id);
    await new Promise((r) => setTimeout(r, 300));
    for (const g of good) {
      expect(eventsFor(g.uscc, 'registry.enterprise.registered')).toHaveLength(1);
      expect(eventsFor(g.uscc, 'registry.enterprise.annual-data-submitted')).toHaveLength(1);
    }
    await expectCode(client.request('registry.import.append', { importId: second.id, rows, actor: city }), 'REGISTRY_IMPORT_STATE');
  });

  it('should count appends of one job sent side by side, and refuse the rows past the declared total', async () => {
    const chunks = Array.from({ length: 4 }, (_, c) =>
      Array.from({ length: 3 }, (_, i) => {
        const e = makeEnterprise();
        return { rowNumber: 2 + c * 3 + i, cells: { 统一社会信用代码: e.uscc, 企业名称: e.name, '所属县（市、区）': '三元区', 行业门类: '工业' } };
      }),
    );
    const job = await client.request('registry.import.create', { fileName: 'side.xlsx', fileHash: 'b'.repeat(64), totalRows: 9, actor: city });
    const outcomes = await Promise.allSettled(chunks.map((rows) => client.request('registry.import.append', { importId: job.id, rows, actor: city })));
    const refused = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as RemoteError] : []));
    expect(refused.map((r) => r.code)).toEqual(['REGISTRY_IMPORT_STATE']);
    const started = await client.request('registry.import.start', { importId: job.id, actor: city });
    expect(started.receivedRows).toBe(9);
    const done = await waitFor(async () => {
      const j = await client.request('registry.import.get', { importId: job.id, actor: city });
      return j.status === 'completed' ? j : undefined;
    });
    expect([done.processedRows, done.createdRows, done.failedRows]).toEqual([9, 9, 0]);
    await expectCode(client.request('registry.import.append', { importId: job.id, rows: chunks[0]!, actor: city }), 'REGISTRY_IMPORT_STATE');
  });

  it('should take a whole profile (fields and years) in one go, and change nothing when it comes again', async () => {
    const e = makeEnterprise({ countyCode: '350428' });
    const profile = {
      ...e,
      industryGroup: 'industry' as const,
      chains: ['light-alloy' as const],
      annualData: [
        { year: 2024, employees: 80, operatingRevenue: 3_000_000_000, rdExpense: 120_000_000 },
        { year: 2025, employees: 95, operatingRevenue: 3_600_000_000, rdExpense: 150_000_000, ip: { class1Total: 2 } },
      ],
      titles: [{ tier: 'innovative' as const, certifiedOn: '2024-06-30' }],
    };
    const first = await client.request('registry.profile.submit', { profile, actor: city });
    expect(first).toEqual({
      uscc: e.uscc,
      created: true,
      changedFields: [],
      years: [
        { year: 2024, outcome: 'created' },
        { year: 2025, outcome: 'created' },
      ],
    });
    const again = await client.request('registry.profile.submit', { profile, actor: city });
    expect(again.years.map((y) => y.outcome)).toEqual(['unchanged', 'unchanged']);
    expect(again.created).toBe(false);
    const enterprise = await client.request('registry.enterprise.get', { uscc: e.uscc, actor: city });
    expect([enterprise.sizeClass, enterprise.sizeClassYear]).toEqual(['small', 2025]);
    await expectCode(
      client.request('registry.profile.submit', { profile: { ...profile, annualData: [profile.annualData[0]!, profile.annualData[0]!] }, actor: city }),
      'VALIDATION_FAILED',
    );
    await expectCode(client.request('registry.profile.submit', { profile: { ...profile, countyCode: '350481' }, actor: sanyuan }), 'OUT_OF_SCOPE');
  });

  /** An event as tiering publishes it, on its stream. */
  async function publishTiering(subject: EventSubject, data: object): Promise<void> {
    const nc = await connect({ servers: nats.url });
    const envelope = { id: randomUUID(), subject, version: EVENT_MAP[subject].version, occurredAt: new Date().toISOString(), source: 'tiering', data };
    await nc.jetstream().publish(subject, new TextEncoder().encode(JSON.stringify(envelope)), { msgID: envelope.id });
    await nc.drain();
  }

  it('should record the category tiering decided in the history without touching the edit stamp an open edit relies on', async () => {
    // Arrange: someone opens the enterprise for editing (version v).
    const e = makeEnterprise();
    const opened = await client.request('registry.enterprise.create', { ...e, industryGroup: 'industry', actor: city });

    // Act: tiering's decision arrives meanwhile, then the edit is saved against version v.
    await publishTiering('tiering.enterprise.category-changed', { uscc: e.uscc, countyCode: e.countyCode, before: null, after: 'upgrade', nextTier: 'innovative', evaluationId: 7, reason: '距创新型差1项' });
    const classified = await waitFor(async () => {
      const current = await client.request('registry.enterprise.get', { uscc: e.uscc, actor: city });
      return current.category === 'upgrade' ? current : undefined;
    });
    const saved = await client.request('registry.enterprise.update', { uscc: e.uscc, patch: { address: '三明市三元区' }, expectedVersion: opened.version, actor: city });

    // Assert
    expect(classified).toMatchObject({ version: opened.version, updatedAt: opened.updatedAt });
    expect(saved.after).toMatchObject({ category: 'upgrade', address: '三明市三元区', version: opened.version + 1 });
    const history = await client.request('registry.enterprise.history', { uscc: e.uscc, actor: city });
    expect(history.find((h) => h.action === 'classified')).toMatchObject({ actor: 'tiering', changes: [{ field: 'category', before: null, after: 'upgrade' }], reason: '距创新型差1项' });
  });

  it('should count the pool by county, size class, chain, industry group, category and tier as a full tally would', async () => {
    // Arrange: chains, a size class, a removed enterprise, and the category and tier that tiering publishes.
    const mingxi: Actor = { userId: 'u-mx', username: 'mingxi', roles: ['county-operator'], countyCode: '350421' };
    const [a, b, gone] = [makeEnterprise({ countyCode: '350421' }), makeEnterprise({ countyCode: '350421' }), makeEnterprise({ countyCode: '350421' })];
    await client.request('registry.enterprise.create', { ...a, industryGroup: 'industry', chains: ['graphite-graphene', 'rare-earth'], actor: city });
    await client.request('registry.enterprise.create', { ...b, industryGroup: 'software-it', chains: ['rare-earth'], actor: city });
    await client.request('registry.enterprise.create', { ...gone, industryGroup: 'industry', actor: city });
    await client.request('registry.enterprise.remove', { uscc: gone.uscc, reason: '企业注销', actor: city });
    await client.request('registry.annual-data.submit', { uscc: a.uscc, year: 2025, facts: { employees: 50, operatingRevenue: 3_000_000_000 }, actor: city });
    await publishTiering('tiering.enterprise.category-changed', { uscc: a.uscc, countyCode: '350421', before: null, after: 'recommend', nextTier: 'innovative', evaluationId: 1, reason: '测试' });
    await publishTiering('tiering.enterprise.certified', {
      certificationId: randomUUID(),
      uscc: b.uscc,
      countyCode: '350421',
      tier: 'innovative',
      currentTier: 'innovative',
      kind: 'new',
      issuer: '福建省工业和信息化厅',
      docNo: '闽工信〔2025〕1号',
      certifiedOn: '2025-06-01',
      validUntil: '2028-05-31',
    });
    await waitFor(async () => (await client.request('registry.enterprise.get', { uscc: a.uscc, actor: city })).category === 'recommend');
    await waitFor(async () => (await client.request('registry.enterprise.get', { uscc: b.uscc, actor: city })).tier === 'innovative');
    const everyone: EnterpriseDto[] = [];
    for (let page = 1; ; page++) {
      const p = await client.request('registry.enterprise.list', { status: 'all', page, pageSize: 100, actor: city });
      everyone.push(...p.items);
      if (everyone.length >= p.total) break;
    }

    // Act
    const cityStats = await client.request('registry.stats.summary', { actor: city });
    const countyStats = await client.request('registry.stats.summary', { actor: mingxi });

    // Assert
    expect(cityStats).toEqual(tallied(everyone));
    expect(countyStats).toEqual(tallied(everyone.filter((e) => e.countyCode === '350421')));
    expect(countyStats).toMatchObject({
      total: 2,
      removed: 1,
      byCounty: { '350421': 2 },
      byChain: { 'graphite-graphene': 1, 'rare-earth': 2 },
      byIndustryGroup: { industry: 1, 'software-it': 1 },
      byCategory: { recommend: 1, none: 1 },
      byTier: { innovative: 1, none: 1 },
    });
    expect(Object.values(countyStats.bySizeClass).reduce((x, y) => x + y, 0)).toBe(2);
  });

  it('should publish exactly one stream message per outbox row, each with Nats-Msg-Id = event id', async () => {
    const health = await waitFor(async () => {
      const h = await client.request('registry.health.ping', {});
      return h.outboxBacklog === 0 ? h : undefined;
    });
    expect(health.database).toBe('ok');
    const messages = await readStream(nats.url, 'REGISTRY');
    const ids = messages.map((m) => m.envelope.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of messages) expect(m.msgId).toBe(m.envelope.id);
    expect(events.events.length).toBe(messages.length);
  });
});
