/**
 * The subsidies service in-process, over a private nats-server and real databases (SQLite always, PostgreSQL too
 * with TEST_DATABASE_URL). Tiering's and the registry's events are published onto their streams as those services
 * would; everything else goes through the service's request/reply API and its JetStream events.
 */
import { randomUUID } from 'node:crypto';

import type { INestMicroservice } from '@nestjs/common';
import type { Actor, EntitlementDto, EventEnvelope } from '@ladder/contracts';
import { Clock } from '@ladder/platform-config';
import { RemoteError, bootstrapService, createStandaloneClient, provisionDeclared } from '@ladder/platform-messaging';
import type { MessagingClient } from '@ladder/platform-messaging';
import { runMigrations } from '@ladder/platform-persistence';
import { EventCollector, EventPublisher, createTestDatabase, databaseKinds, makeUscc, startNatsServer, waitFor } from '@ladder/platform-testing';
import type { NatsServerHandle, TestDatabase } from '@ladder/platform-testing';

import { loadSubsidiesEnv } from '../src/config/subsidies.env';
import { createSubsidiesOrmConfig } from '../src/mikro-orm.config';
import { SubsidiesModule } from '../src/subsidies.module';

jest.setTimeout(90_000);

const TODAY = '2025-06-20';
const gxj: Actor = { userId: 'u-gxj', username: 'gxj', roles: ['gxj-operator'] };
const gxjsh: Actor = { userId: 'u-gxjsh', username: 'gxjsh', roles: ['gxj-approver'] };
const czj: Actor = { userId: 'u-czj', username: 'czj', roles: ['finance-officer'] };
const czjsh: Actor = { userId: 'u-czjsh', username: 'czjsh', roles: ['finance-approver'] };
const czjsh2: Actor = { userId: 'u-czjsh2', username: 'czjsh2', roles: ['finance-approver'] };
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

function envelope(subject: string, data: Record<string, unknown>, source = 'tiering'): EventEnvelope<object> {
  return { id: randomUUID(), subject, version: 1, occurredAt: new Date().toISOString(), source, data };
}

describe.each(databaseKinds())('subsidies on %s', (kind) => {
  let nats: NatsServerHandle;
  let db: TestDatabase;
  let service: INestMicroservice;
  let client: MessagingClient;
  let events: EventCollector;
  let publisher: EventPublisher;

  beforeAll(async () => {
    nats = await startNatsServer();
    await provisionDeclared(nats.url);
    db = await createTestDatabase(kind);
    const env = loadSubsidiesEnv({ NATS_URL: nats.url, LOG_LEVEL: 'error', SUBSIDIES_DATE: TODAY, ...db.env });
    await runMigrations(createSubsidiesOrmConfig(env));
    service = await bootstrapService(SubsidiesModule.forRoot(env), { service: 'subsidies', natsUrl: nats.url, logLevel: 'error' });
    client = createStandaloneClient(nats.url, 'subsidies-int-test', 20_000);
    events = await new EventCollector(nats.url, 'SUBSIDIES', `subsidies-int-${kind}`).start();
    publisher = await new EventPublisher(nats.url).start();
    // Budgets the flows below draw on.
    await client.request('subsidies.budget.allocate', { payer: 'CITY', year: 2025, amountFen: 100_000_000, actor: czj });
  });

  afterAll(async () => {
    await publisher?.stop();
    await events?.stop();
    await client?.close();
    await service?.close();
    await nats?.stop();
    await db?.drop();
  });

  /** An enterprise the registry has announced. */
  async function registered(countyCode = '350404', name = '三明示例企业有限公司'): Promise<string> {
    const uscc = makeUscc(countyCode);
    await publisher.publish(
      envelope(
        'registry.enterprise.registered',
        {
          enterprise: { uscc, name, countyCode, industryGroup: 'industry', chains: [], status: 'active', category: null, tier: null, sizeClass: 'small', version: 1 },
          admittedAt: new Date().toISOString(),
        },
        'registry',
      ),
    );
    return uscc;
  }

  function certified(uscc: string, tier: string, certifiedOn: string, kind: 'new' | 'renewal' = 'new', countyCode = '350404'): EventEnvelope<object> {
    const validUntil = `${Number(certifiedOn.slice(0, 4)) + 3}${certifiedOn.slice(4)}`;
    return envelope('tiering.enterprise.certified', {
      certificationId: randomUUID(),
      uscc,
      countyCode,
      tier,
      currentTier: tier,
      kind,
      issuer: '福建省工业和信息化厅',
      docNo: '闽工信函企业〔2024〕1号',
      certifiedOn,
      validUntil,
    });
  }

  async function entitlementsOf(uscc: string, count: number): Promise<EntitlementDto[]> {
    return waitFor(async () => {
      const page = await client.request('subsidies.entitlement.list', { uscc, pageSize: 50 });
      return page.items.length >= count ? page.items : undefined;
    });
  }

  /** Runs `fn` with the service's clock on `date` (the window of a 公示 passes only by the service's clock). */
  async function on<T>(date: string, fn: () => Promise<T>): Promise<T> {
    const spy = jest.spyOn(service.get(Clock), 'today').mockReturnValue(date);
    try {
      return await fn();
    } finally {
      spy.mockRestore();
    }
  }

  /** Through 公示 (closed after its window) to 待业务审核. */
  async function throughPublicity(ids: string[]): Promise<void> {
    const p = await client.request('subsidies.publicity.create', { title: '专精特新中小企业奖励公示', entitlementIds: ids, startsOn: TODAY, days: 7, actor: gxj });
    expect(p.endsOn).toBe('2025-06-26');
    await on('2025-06-27', () => client.request('subsidies.publicity.close', { publicityId: p.id, actor: gxj }));
  }

  it('should create exactly one city 5万 for a 专精特新 recognised on 2024-05-10, even when the event is delivered twice', async () => {
    const uscc = await registered();
    const event = certified(uscc, 'specialized', '2024-05-10');
    await publisher.publish(event);
    await publisher.publish(event, { dedupe: false }); // a redelivery past the duplicate window: same event id
    // A second event for the same certification (e.g. re-published by tiering) finds the entitlement.
    await publisher.publish({ ...event, id: randomUUID() });
    const [e] = await entitlementsOf(uscc, 1);
    await new Promise((r) => setTimeout(r, 500));
    const all = await client.request('subsidies.entitlement.list', { uscc });
    expect(all.items).toHaveLength(1);
    expect(e).toMatchObject({ awardId: 'S-17', amountFen: 5_000_000, payer: 'CITY', origin: 'certification', status: 'pending-publicity', triggerDate: '2024-05-10' });
    expect(e!.split).toEqual([{ payer: 'CITY', countyCode: null, amountFen: 5_000_000 }]);
    expect(e!.basis).toBe('福建省工业和信息化厅 闽工信函企业〔2024〕1号（2024-05-10认定）');
    expect(e!.computation['version']).toMatchObject({ successor: false });
    const created = await waitFor(async () => {
      const c = events.of('subsidies.entitlement.created').filter((x) => x.data['uscc'] === uscc);
      return c.length >= 1 ? c : undefined;
    });
    expect(created).toHaveLength(1);
  });

  it('should give nothing for a renewal or a 创新型 recognition', async () => {
    const uscc = await registered();
    await publisher.publish(certified(uscc, 'specialized', '2024-06-01', 'renewal'));
    await publisher.publish(certified(uscc, 'innovative', '2024-06-01'));
    const marker = await registered();
    await publisher.publish(certified(marker, 'specialized', '2024-06-01'));
    await entitlementsOf(marker, 1); // the events before it were handled too (one consumer, in order)
    expect((await client.request('subsidies.entitlement.list', { uscc })).items).toEqual([]);
  });

  it('should track the provincial 50万 next to the city 20万 for a new 小巨人', async () => {
    const uscc = await registered();
    await publisher.publish(certified(uscc, 'little-giant', '2025-03-01'));
    const items = await entitlementsOf(uscc, 2);
    const byAward = Object.fromEntries(items.map((i) => [i.awardId, i]));
    expect(byAward['S-18']).toMatchObject({ amountFen: 20_000_000, payer: 'CITY' });
    expect(byAward['FJ-LG-50']).toMatchObject({ amountFen: 50_000_000, payer: 'PROV' });
  });

  it('should go 公示 → business approval → finance approval → payment, in order, maker ≠ checker, with events and ledger', async () => {
    const uscc = await registered();
    await publisher.publish(certified(uscc, 'specialized', '2025-02-01'));
    const [e] = await entitlementsOf(uscc, 1);
    // Nothing is approved before 公示.
    await expectCode(client.request('subsidies.entitlement.approve', { entitlementId: e!.id, step: 'business', decision: 'approve', expectedVersion: e!.version, actor: gxjsh }), 'SUBSIDIES_OUT_OF_ORDER');
    await throughPublicity([e!.id]);
    let cur = await client.request('subsidies.entitlement.get', { entitlementId: e!.id });
    expect(cur.status).toBe('pending-approval');
    // Finance before business: out of order.
    await expectCode(client.request('subsidies.entitlement.approve', { entitlementId: e!.id, step: 'finance', decision: 'approve', expectedVersion: cur.version, actor: czjsh }), 'SUBSIDIES_OUT_OF_ORDER');
    // A stale version: someone else acted in between.
    await expectCode(client.request('subsidies.entitlement.approve', { entitlementId: e!.id, step: 'business', decision: 'approve', expectedVersion: cur.version - 1, actor: gxjsh }), 'CONFLICT');
    cur = await client.request('subsidies.entitlement.approve', { entitlementId: e!.id, step: 'business', decision: 'approve', expectedVersion: cur.version, actor: gxjsh });
    expect(cur.status).toBe('business-approved');
    // The business approver cannot also be the finance approver.
    await expectCode(client.request('subsidies.entitlement.approve', { entitlementId: e!.id, step: 'finance', decision: 'approve', expectedVersion: cur.version, actor: gxjsh }), 'SUBSIDIES_MAKER_CHECKER');
    const before = (await client.request('subsidies.budget.list', { year: 2025 })).find((l) => l.payer === 'CITY')!;
    cur = await client.request('subsidies.entitlement.approve', { entitlementId: e!.id, step: 'finance', decision: 'approve', expectedVersion: cur.version, actor: czjsh });
    expect(cur).toMatchObject({ status: 'approved', budgetYear: 2025 });
    const reserved = (await client.request('subsidies.budget.list', { year: 2025 })).find((l) => l.payer === 'CITY')!;
    expect(reserved.reservedFen - before.reservedFen).toBe(5_000_000);
    expect(reserved.availableFen).toBe(before.availableFen - 5_000_000);
    cur = await client.request('subsidies.entitlement.disburse', { entitlementId: e!.id, voucherNo: 'CZ-2025-0001', paidOn: '2025-06-20', expectedVersion: cur.version, actor: czj });
    expect(cur).toMatchObject({ status: 'disbursed', voucherNo: 'CZ-2025-0001' });
    // Paid once: a second payment is refused.
    await expectCode(client.request('subsidies.entitlement.disburse', { entitlementId: e!.id, voucherNo: 'CZ-2025-0002', paidOn: '2025-06-21', expectedVersion: cur.version, actor: czj }), 'SUBSIDIES_ENTITLEMENT_STATE');
    expect(cur.steps.map((s) => `${s.step}:${s.decision}:${s.actor}`)).toEqual([
      'publicity:published:gxj',
      'publicity:passed:gxj',
      'business:approve:gxjsh',
      'finance:approve:czjsh',
      'disbursement:paid:czj',
    ]);
    const subjects = await waitFor(async () => {
      const mine = events.events.filter((x) => x.data['entitlementId'] === e!.id).map((x) => x.subject);
      return mine.includes('subsidies.entitlement.disbursed') ? mine : undefined;
    });
    expect(subjects).toEqual(['subsidies.entitlement.created', 'subsidies.entitlement.published', 'subsidies.entitlement.approved', 'subsidies.entitlement.disbursed']);
    const ledger = await client.request('subsidies.ledger.list', { payer: 'CITY', year: 2025, pageSize: 100 });
    expect(ledger.items.filter((l) => l.entitlementId === e!.id).map((l) => [l.kind, l.amountFen])).toEqual([
      ['consume', 5_000_000],
      ['reserve', 5_000_000],
    ]);
    const report = await client.request('subsidies.report.summary', { year: 2025 });
    expect(report.reconciliation.every((r) => r.balanced)).toBe(true);
    expect(report.byAward['S-17']!.disbursedFen).toBeGreaterThanOrEqual(5_000_000);
  });

  it('should hold an item with an objection during 公示, refuse to close early, and reject it when upheld', async () => {
    const uscc = await registered();
    await publisher.publish(certified(uscc, 'specialized', '2025-03-01'));
    const [e] = await entitlementsOf(uscc, 1);
    const p = await client.request('subsidies.publicity.create', { title: '第二批公示', entitlementIds: [e!.id], startsOn: TODAY, actor: gxj });
    expect(p.endsOn).toBe('2025-06-26'); // 7 days by default (PUBLICITY_DAYS)
    await expectCode(client.request('subsidies.publicity.close', { publicityId: p.id, actor: gxj }), 'SUBSIDIES_PUBLICITY_STATE');
    const held = await client.request('subsidies.objection.raise', { entitlementId: e!.id, raisedBy: '群众来信', reason: '该企业存在违法用地', actor: gxj });
    expect((await client.request('subsidies.entitlement.get', { entitlementId: e!.id })).status).toBe('objected');
    await client.request('subsidies.objection.resolve', { objectionId: held.objections[0]!.id, decision: 'upheld', note: '经核查属实', actor: gxjsh });
    expect((await client.request('subsidies.entitlement.get', { entitlementId: e!.id })).status).toBe('rejected');
    const rejected = await waitFor(async () => events.of('subsidies.entitlement.rejected').find((x) => x.data['entitlementId'] === e!.id));
    expect(rejected.data).toMatchObject({ stage: 'publicity', reason: expect.stringContaining('经核查属实') });
  });

  it('should refuse a 公示 starting before today unless a second person with the review permission approved it with a reason', async () => {
    const uscc = await registered();
    await publisher.publish(certified(uscc, 'specialized', '2025-03-05'));
    const [e] = await entitlementsOf(uscc, 1);
    const base = { title: '补录公示', entitlementIds: [e!.id], startsOn: '2025-05-20', days: 7, actor: gxj };
    const refused = await expectCode(client.request('subsidies.publicity.create', base), 'SUBSIDIES_PUBLICITY_BACKDATE');
    expect(refused.message).toContain('早于今天（2025-06-20）');
    await expectCode(client.request('subsidies.publicity.create', { ...base, backdateReason: '已在门户网站发布' }), 'SUBSIDIES_PUBLICITY_BACKDATE');
    await expectCode(client.request('subsidies.publicity.create', { ...base, backdateReason: '已在门户网站发布', approvedBy: gxj }), 'SUBSIDIES_FOUR_EYES');
    await expectCode(client.request('subsidies.publicity.create', { ...base, backdateReason: '已在门户网站发布', approvedBy: czj }), 'SUBSIDIES_PUBLICITY_BACKDATE');
    expect((await client.request('subsidies.entitlement.get', { entitlementId: e!.id })).status).toBe('pending-publicity');

    const p = await client.request('subsidies.publicity.create', { ...base, backdateReason: '已在门户网站发布', approvedBy: gxjsh });
    // The window is served in full from the day of entry, not from the backdated start.
    expect(p).toMatchObject({ startsOn: '2025-05-20', endsOn: '2025-06-26', backdateReason: '已在门户网站发布', approvedBy: 'gxjsh' });
    await expectCode(client.request('subsidies.publicity.close', { publicityId: p.id, actor: gxj }), 'SUBSIDIES_PUBLICITY_STATE');
    await on('2025-06-26', async () => {
      await expectCode(client.request('subsidies.publicity.close', { publicityId: p.id, actor: gxj }), 'SUBSIDIES_PUBLICITY_STATE');
      await client.request('subsidies.objection.raise', { entitlementId: e!.id, raisedBy: '群众', reason: '最后一天的异议', actor: gxj });
    });
    const closed = await on('2025-06-27', () => client.request('subsidies.publicity.close', { publicityId: p.id, actor: gxj }));
    expect(closed.status).toBe('closed');
  });

  it('should let only one of two officials approving at once against the last 5万 of a budget line succeed', async () => {
    await client.request('subsidies.budget.allocate', { payer: 'CITY', year: 2025, amountFen: 1_000_000_000, actor: czj });
    const a = await registered();
    const b = await registered();
    await publisher.publish(certified(a, 'specialized', '2025-04-01'));
    await publisher.publish(certified(b, 'specialized', '2025-04-02'));
    const ea = (await entitlementsOf(a, 1))[0]!;
    const eb = (await entitlementsOf(b, 1))[0]!;
    await throughPublicity([ea.id, eb.id]);
    const business = async (e: EntitlementDto): Promise<EntitlementDto> => {
      const cur = await client.request('subsidies.entitlement.get', { entitlementId: e.id });
      return client.request('subsidies.entitlement.approve', { entitlementId: e.id, step: 'business', decision: 'approve', expectedVersion: cur.version, actor: gxjsh });
    };
    const [ra, rb] = [await business(ea), await business(eb)];
    // Leave exactly 5万 on the line.
    const line = (await client.request('subsidies.budget.list', { year: 2025 })).find((l) => l.payer === 'CITY')!;
    await client.request('subsidies.budget.allocate', { payer: 'CITY', year: 2025, amountFen: line.reservedFen + line.consumedFen + 5_000_000, actor: czj });
    const outcomes = await Promise.allSettled([
      client.request('subsidies.entitlement.approve', { entitlementId: ea.id, step: 'finance', decision: 'approve', expectedVersion: ra.version, actor: czjsh }),
      client.request('subsidies.entitlement.approve', { entitlementId: eb.id, step: 'finance', decision: 'approve', expectedVersion: rb.version, actor: czjsh2 }),
    ]);
    const ok = outcomes.filter((o) => o.status === 'fulfilled');
    const failed = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(ok).toHaveLength(1);
    expect(failed).toHaveLength(1);
    expect(failed[0]!.reason).toBeInstanceOf(RemoteError);
    expect((failed[0]!.reason as RemoteError).code).toBe('SUBSIDIES_BUDGET_INSUFFICIENT');
    expect((failed[0]!.reason as RemoteError).message).toMatch(/余额不足.*可用0万元.*本项需5万元/);
    const after = (await client.request('subsidies.budget.list', { year: 2025 })).find((l) => l.payer === 'CITY')!;
    expect(after.availableFen).toBe(0);
    // The refused one is unchanged and can be approved once the budget is raised.
    const loser = ok[0]!.status === 'fulfilled' && (ok[0] as PromiseFulfilledResult<EntitlementDto>).value.id === ea.id ? eb : ea;
    expect((await client.request('subsidies.entitlement.get', { entitlementId: loser.id })).status).toBe('business-approved');
  });

  it('should let only one of two officials approving the same entitlement at once succeed (optimistic lock)', async () => {
    const uscc = await registered();
    await publisher.publish(certified(uscc, 'specialized', '2025-04-03'));
    const [e] = await entitlementsOf(uscc, 1);
    await throughPublicity([e!.id]);
    const cur = await client.request('subsidies.entitlement.get', { entitlementId: e!.id });
    const gxjsh2: Actor = { userId: 'u-gxjsh2', username: 'gxjsh2', roles: ['gxj-approver'] };
    const outcomes = await Promise.allSettled(
      [gxjsh, gxjsh2].map((actor) =>
        client.request('subsidies.entitlement.approve', { entitlementId: e!.id, step: 'business', decision: 'approve', expectedVersion: cur.version, actor }),
      ),
    );
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const failed = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected')!;
    expect((failed.reason as RemoteError).code).toBe('CONFLICT');
    const after = await client.request('subsidies.entitlement.get', { entitlementId: e!.id });
    expect(after.steps.filter((s) => s.step === 'business')).toHaveLength(1);
  });

  it('should give a 2026-05-10 recognition no city award until a successor version is approved by a second person', async () => {
    const uscc = await registered();
    const marker = await registered();
    await publisher.publish(certified(uscc, 'specialized', '2026-05-10'));
    await publisher.publish(certified(marker, 'specialized', '2025-05-10'));
    await entitlementsOf(marker, 1);
    expect((await client.request('subsidies.entitlement.list', { uscc })).items).toEqual([]);

    const proposed = await client.request('subsidies.version.propose', {
      awardId: 'S-17',
      effectiveFrom: '2026-01-01',
      effectiveTo: '2027-12-31',
      title: '三明市优质中小企业梯度培育接续政策（示例）',
      docNo: '明政办〔2026〕8号',
      article: '二、（一）2',
      terms: { kind: 'fixed', amountFen: 5_000_000 },
      actor: gxj,
    });
    expect(proposed.status).toBe('proposed');
    // Overlapping the plan's own version is refused with the reason.
    const overlap = await expectCode(
      client.request('subsidies.version.propose', { awardId: 'S-17', effectiveFrom: '2025-06-01', title: '重叠', docNo: 'X〔2025〕1号', terms: { kind: 'fixed', amountFen: 1 }, actor: gxj }),
      'SUBSIDIES_VERSION_INVALID',
    );
    expect(overlap.message).toContain('重叠');
    // Not yet in force: still nothing.
    expect((await client.request('subsidies.entitlement.list', { uscc })).items).toEqual([]);
    await expectCode(client.request('subsidies.version.decide', { versionId: proposed.id, decision: 'approve', actor: gxj }), 'SUBSIDIES_FOUR_EYES');
    const approved = await client.request('subsidies.version.decide', { versionId: proposed.id, decision: 'approve', comment: '同意', actor: gxjsh });
    expect(approved).toMatchObject({ status: 'approved', proposedBy: 'gxj', decidedBy: 'gxjsh' });
    const [e] = await entitlementsOf(uscc, 1);
    expect(e).toMatchObject({ awardId: 'S-17', amountFen: 5_000_000, triggerDate: '2026-05-10' });
    expect(e!.computation['version']).toMatchObject({ successor: true, effectiveFrom: '2026-01-01' });
    expect(e!.versionId).toBe(`successor-${proposed.id}`);
    // Approving again changes nothing.
    await expectCode(client.request('subsidies.version.decide', { versionId: proposed.id, decision: 'approve', actor: gxjsh }), 'SUBSIDIES_VERSION_STATE');
    // A later recognition in the successor's period gets its award straight from the event.
    const later = await registered();
    await publisher.publish(certified(later, 'specialized', '2026-09-01'));
    expect((await entitlementsOf(later, 1))[0]!.versionId).toBe(`successor-${proposed.id}`);
  });

  it('should compute 首台套 at its cap, take applications with documents, and refuse a second one for the same product', async () => {
    const at500 = await client.request('subsidies.award.compute', { awardId: 'S-36', date: '2025-03-01', facts: { unitPriceFen: 500_000_000 } });
    expect(at500).toMatchObject({ decision: 'granted', amountFen: 200_000_000, capApplied: true });
    const at200 = await client.request('subsidies.award.compute', { awardId: 'S-36', date: '2025-03-01', facts: { unitPriceFen: 200_000_000 } });
    expect(at200).toMatchObject({ decision: 'granted', amountFen: 120_000_000, capApplied: false });
    await expectCode(client.request('subsidies.award.compute', { awardId: 'S-36', date: '2025-03-01', facts: { unitPrice: 1 } }), 'VALIDATION_FAILED');

    const uscc = await registered();
    await waitFor(async () => (await client.request('subsidies.matching.enterprise', { uscc }).catch(() => undefined)) ?? undefined);
    const application = {
      uscc,
      awardId: 'S-36',
      date: '2025-03-01',
      reference: '首台套〔2025〕12号',
      facts: { unitPriceFen: 500_000_000 },
      documents: [{ name: '国家首台（套）重大技术装备认定文件', reference: 'DOC-1' }],
    };
    const a = await client.request('subsidies.application.submit', { ...application, actor: sanyuan });
    expect(a).toMatchObject({ status: 'submitted', amountFen: 200_000_000 });
    await expectCode(client.request('subsidies.application.submit', { ...application, actor: sanyuan }), 'SUBSIDIES_DUPLICATE');
    await expectCode(client.request('subsidies.application.review', { applicationId: a.id, decision: 'approve', actor: sanyuan }), 'SUBSIDIES_MAKER_CHECKER');
    const reviewed = await client.request('subsidies.application.review', { applicationId: a.id, decision: 'approve', actor: gxjsh });
    expect(reviewed.status).toBe('approved');
    const e = await client.request('subsidies.entitlement.get', { entitlementId: reviewed.entitlementId! });
    expect(e).toMatchObject({ awardId: 'S-36', amountFen: 200_000_000, capApplied: true, payer: 'PROV', status: 'business-approved', origin: 'application' });
    // Once granted, the same product cannot be applied for again.
    await expectCode(client.request('subsidies.application.submit', { ...application, actor: sanyuan }), 'SUBSIDIES_DUPLICATE');
    // An application the rules would not grant is refused with the reason, and nothing is stored.
    const refused = await expectCode(
      client.request('subsidies.application.submit', { ...application, reference: '首台套〔2026〕1号', date: '2026-03-01', actor: sanyuan }),
      'SUBSIDIES_NOT_GRANTED',
    );
    expect(refused.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('should count what an enterprise already received under a per-enterprise cap (S-47), whatever the form says', async () => {
    const uscc = await registered();
    await waitFor(async () => (await client.request('subsidies.matching.enterprise', { uscc }).catch(() => undefined)) ?? undefined);
    const apply = (reference: string) =>
      client.request('subsidies.application.submit', {
        uscc,
        awardId: 'S-47',
        date: '2025-04-02',
        reference,
        facts: { fund: 'manufacturing-upgrade', paidInFen: 12_000_000_000, priorGrantedFen: 0 },
        documents: [{ name: '基金投资协议及到资凭证', reference }],
        actor: sanyuan,
      });
    const first = await apply('投资〔2025〕1号');
    expect(first).toMatchObject({ amountFen: 600_000 * 100 });
    await client.request('subsidies.application.review', { applicationId: first.id, decision: 'approve', actor: gxjsh });
    // 5‰ of 1.2亿 is 60万 again, but only 40万 of the 100万 per enterprise is left.
    const second = await apply('投资〔2025〕2号');
    expect(second).toMatchObject({ amountFen: 400_000 * 100 });
  });

  it('should open one S-47 application from a fund investment the guarantees service recorded, even when delivered twice', async () => {
    // Arrange
    const uscc = await registered();
    await waitFor(async () => (await client.request('subsidies.matching.enterprise', { uscc }).catch(() => undefined)) ?? undefined);
    const investmentId = randomUUID();
    const recorded = {
      id: randomUUID(),
      subject: 'guarantees.fund-investment.recorded',
      version: 1,
      occurredAt: new Date().toISOString(),
      source: 'guarantees',
      data: { investmentId, uscc, countyCode: '350404', fund: 'sme-development', fundName: '国家中小企业发展基金', paidInFen: 2_000_000_000, paidInOn: '2025-04-02', recordedBy: 'jrj' },
    };

    // Act
    await publisher.publish(recorded);
    await publisher.publish({ ...recorded, id: randomUUID() });

    // Assert: 1% of 2000万 = 20万, one application, for 市工信局 to review
    const mine = async () => (await client.request('subsidies.application.list', { pageSize: 200 })).items.filter((a) => a.uscc === uscc);
    const [application] = await waitFor(async () => {
      const items = await mine();
      return items.length > 0 ? items : undefined;
    });
    expect(application).toMatchObject({ awardId: 'S-47', reference: investmentId, amountFen: 200_000 * 100, status: 'submitted' });
    await new Promise((r) => setTimeout(r, 500));
    expect(await mine()).toHaveLength(1);
  });

  it('should reject bad input with a clear error and change nothing', async () => {
    await expectCode(client.request('subsidies.budget.allocate', { payer: 'CITY', year: 2025, amountFen: -1, actor: czj }), 'VALIDATION_FAILED');
    await expectCode(client.request('subsidies.budget.allocate', { payer: 'CITY', year: 2025, amountFen: 1.5, actor: czj }), 'VALIDATION_FAILED');
    await expectCode(client.request('subsidies.budget.allocate', { payer: 'CNTY', year: 2025, amountFen: 100, actor: czj }), 'VALIDATION_FAILED');
    await expectCode(client.request('subsidies.application.submit', { uscc: '91350100M000100Y44', awardId: 'S-36', date: '2025-03-01', reference: 'x', facts: {}, documents: [{ name: 'a' }], actor: gxj }), 'VALIDATION_FAILED');
    await expectCode(client.request('subsidies.application.submit', { uscc: makeUscc(), awardId: 'S-17', date: '2025-03-01', reference: 'x', facts: {}, documents: [{ name: 'a' }], actor: gxj }), 'VALIDATION_FAILED');
    await expectCode(client.request('subsidies.entitlement.get', { entitlementId: randomUUID() }), 'SUBSIDIES_ENTITLEMENT_NOT_FOUND');
    // Lowering a budget below what is committed is refused.
    const line = (await client.request('subsidies.budget.list', { year: 2025 })).find((l) => l.payer === 'CITY')!;
    if (line.reservedFen + line.consumedFen > 0) {
      await expectCode(client.request('subsidies.budget.allocate', { payer: 'CITY', year: 2025, amountFen: line.reservedFen + line.consumedFen - 1, actor: czj }), 'VALIDATION_FAILED');
    }
  });

  it('should flag a park with five 专精特新 enterprises for the plaque and notify the liaison of new matches', async () => {
    const members: string[] = [];
    for (let i = 0; i < 5; i++) {
      const uscc = await registered('350404', `园区企业${i + 1}`);
      await publisher.publish(certified(uscc, i === 0 ? 'little-giant' : 'specialized', '2025-01-10'));
      members.push(uscc);
    }
    // Each certification is projected on its own delivery; wait for all of them, not only the last one sent.
    for (const uscc of members) await entitlementsOf(uscc, 1);
    const park = await client.request('subsidies.park.upsert', { name: '三元经济开发区', countyCode: '350404', operator: '三元开发区管委会', enterprises: members.slice(0, 4).map((uscc) => ({ uscc })), actor: sanyuan });
    expect(park).toMatchObject({ specializedCount: 3, littleGiantCount: 1, plaque: false });
    const full = await client.request('subsidies.park.upsert', { id: park.id, name: park.name, countyCode: '350404', operator: park.operator, enterprises: members.map((uscc) => ({ uscc })), actor: sanyuan });
    expect(full).toMatchObject({ specializedCount: 4, littleGiantCount: 1, plaque: true });
    await expectCode(client.request('subsidies.park.upsert', { name: '永安园', countyCode: '350481', operator: 'x', enterprises: [], actor: sanyuan }), 'OUT_OF_SCOPE');

    await publisher.publish(envelope('tiering.enterprise.liaison-assigned', { uscc: members[1], countyCode: '350404', cadreName: '张处长', cadreRank: '处级', cadreUnit: '三明市工信局' }));
    const matching = await waitFor(async () => {
      const m = await client.request('subsidies.matching.enterprise', { uscc: members[1]! });
      return m.liaison ? m : undefined;
    });
    expect(matching.matches.find((m) => m.awardId === 'S-17')?.status).toBe('in-progress');
    const others = matching.matches.filter((m) => m.status === 'lacks' || m.status === 'may-qualify');
    expect(others.length).toBeGreaterThan(0);
    expect(others.every((m) => m.lacks.length > 0)).toBe(true);
    expect(matching.notices.some((n) => n.awardId === 'S-17')).toBe(true);
    const notices = await client.request('subsidies.notice.list', { actor: sanyuan, pageSize: 100 });
    const mine = notices.items.find((n) => n.uscc === members[1]);
    expect(mine?.liaison).toContain('张处长');
    const read = await client.request('subsidies.notice.acknowledge', { noticeId: mine!.id, actor: sanyuan });
    expect(read.readAt).not.toBeNull();
  });

  it('should keep county users to their county', async () => {
    const other = await registered('350481');
    await publisher.publish(certified(other, 'specialized', '2025-02-02', 'new', '350481'));
    const [e] = await entitlementsOf(other, 1);
    await expectCode(client.request('subsidies.entitlement.get', { entitlementId: e!.id, actor: sanyuan }), 'OUT_OF_SCOPE');
    const mine = await client.request('subsidies.entitlement.list', { actor: sanyuan, pageSize: 100 });
    expect(mine.items.every((i) => i.countyCode === '350404')).toBe(true);
  });
});
