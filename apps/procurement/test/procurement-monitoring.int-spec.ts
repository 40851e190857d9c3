/**
 * Contracts under the payment regulation and complaints, inside the procurement service, over a private
 * nats-server and real databases (SQLite always, PostgreSQL too with TEST_DATABASE_URL). The registry's events are
 * published onto its stream as the registry would; the service's clock is moved with a spy.
 */
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

import type { INestMicroservice } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import type { Actor, ContractDto, EventEnvelope } from '@ladder/contracts';
import { Clock } from '@ladder/platform-config';
import { RemoteError, bootstrapService, createStandaloneClient, provisionDeclared } from '@ladder/platform-messaging';
import type { MessagingClient } from '@ladder/platform-messaging';
import { runMigrations } from '@ladder/platform-persistence';
import { EventCollector, EventPublisher, createTestDatabase, databaseKinds, makeUscc, startNatsServer, waitFor } from '@ladder/platform-testing';
import type { NatsServerHandle, TestDatabase } from '@ladder/platform-testing';
import { computePayment, computeProcurement } from '@ladder/policy';
import type { PaymentRequest, ProcurementRequest } from '@ladder/policy';

import { loadProcurementEnv } from '../src/config/procurement.env';
import { createProcurementOrmConfig } from '../src/mikro-orm.config';
import { ProcurementModule } from '../src/procurement.module';
import { SupplierCard } from '../src/projection/supplier-card.entity';

jest.setTimeout(90_000);

const czj: Actor = { userId: 'u-czj', username: 'czj', roles: ['finance-officer'] };
const EXAMPLES = path.resolve(__dirname, '../../../docs/examples');
const readJson = (file: string): Record<string, unknown> => JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;

function envelope(subject: string, data: Record<string, unknown>, source: string): EventEnvelope<object> {
  return { id: randomUUID(), subject, version: 1, occurredAt: new Date().toISOString(), source, data };
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  const e = await p.catch((error: unknown) => error);
  expect(e).toBeInstanceOf(RemoteError);
  return (e as RemoteError).code;
}

describe.each(databaseKinds())('procurement monitoring on %s', (kind) => {
  let nats: NatsServerHandle;
  let db: TestDatabase;
  let service: INestMicroservice;
  let client: MessagingClient;
  let events: EventCollector;
  let publisher: EventPublisher;
  let today = '2024-08-20';

  beforeAll(async () => {
    nats = await startNatsServer();
    await provisionDeclared(nats.url);
    db = await createTestDatabase(kind);
    const env = loadProcurementEnv({ NATS_URL: nats.url, LOG_LEVEL: 'error', OVERDUE_SCAN_MINUTES: '0', ...db.env });
    await runMigrations(createProcurementOrmConfig(env));
    service = await bootstrapService(ProcurementModule.forRoot(env), { service: 'procurement', natsUrl: nats.url, logLevel: 'error' });
    jest.spyOn(service.get(Clock), 'today').mockImplementation(() => today);
    client = createStandaloneClient(nats.url, 'procurement-int-test', 20_000);
    events = await new EventCollector(nats.url, 'PROCUREMENT', `procurement-int-${kind}`).start();
    publisher = await new EventPublisher(nats.url).start();
  });

  afterAll(async () => {
    await publisher?.stop();
    await events?.stop();
    await client?.close();
    await service?.close();
    await nats?.stop();
    await db?.drop();
  });

  /** An enterprise the registry announced with a size class, once projected. */
  async function pooled(sizeClass: string): Promise<string> {
    const uscc = makeUscc('350404');
    await publisher.publish(
      envelope(
        'registry.enterprise.registered',
        { enterprise: { uscc, name: `三明示例${uscc.slice(-4)}有限公司`, countyCode: '350404', industryGroup: 'industry', chains: [], status: 'active', category: null, tier: null, sizeClass, version: 1 }, admittedAt: new Date().toISOString() },
        'registry',
      ),
    );
    const orm = service.get(MikroORM);
    await waitFor(async () => ((await orm.em.fork().findOne(SupplierCard, { uscc }))?.sizeClass === sizeClass ? true : undefined));
    return uscc;
  }

  function record(uscc: string, extra: Record<string, unknown> = {}): Promise<ContractDto> {
    return client.request('procurement.contract.record', {
      contractNumber: `HT-${randomUUID().slice(0, 8)}`,
      buyerName: '三明市某局',
      buyerKind: 'organ',
      countyCode: '350404',
      supplierUscc: uscc,
      supplierName: '三明示例有限公司',
      declaredSize: 'small',
      signedOn: '2024-08-20',
      amountFen: 10_000_000,
      actor: czj,
      ...extra,
    });
  }

  it('should answer the two 测算 exactly as the policy library computes them when given the examples', async () => {
    // Arrange
    const preference = readJson(path.join(EXAMPLES, 'procurement/goods-small-micro-2021-rate-15.request.json'));
    const payment = readJson(path.join(EXAMPLES, 'payments/organ-delivery-2024-09-01-paid-10-days-late.request.json'));
    // Act
    const p = await client.request('procurement.preference.compute', { request: preference });
    const q = await client.request('procurement.payment.compute', { request: payment });
    const bad = await codeOf(client.request('procurement.payment.compute', { request: { ...payment, buyerKind: 'x' } }));
    // Assert
    expect(p).toEqual(JSON.parse(JSON.stringify(computeProcurement(preference as unknown as ProcurementRequest))));
    expect(q).toEqual(JSON.parse(JSON.stringify(computePayment(payment as unknown as PaymentRequest))));
    expect(q).toMatchObject({ dueDate: '2024-10-08', interest: { totalFen: 50_000 } });
    expect(bad).toBe('PROCUREMENT_INVALID_REQUEST');
  });

  it('should fix the size at signing from the registry and flag a declaration that disagrees when the supplier is in the pool', async () => {
    // Arrange
    const inPool = await pooled('micro');
    // Act
    const fromRegistry = await record(inPool, { declaredSize: 'medium' });
    const declared = await record(makeUscc('350404'), { declaredSize: 'small' });
    // Assert
    expect(fromRegistry).toMatchObject({ registrySize: 'micro', sizeAtSigning: 'micro', sizeSource: 'registry', sizeMismatch: true });
    expect(declared).toMatchObject({ registrySize: null, sizeAtSigning: 'small', sizeSource: 'declared', sizeMismatch: false });
  });

  it('should raise one overdue event per contract and day when the scan runs twice and compute the interest on read', async () => {
    // Arrange: a 机关 buyer, delivered 2024-09-01, no agreed term: due 2024-10-08 (the 30th day falls in 国庆)
    today = '2024-09-01';
    const c = await record(makeUscc('350404'), { buyerName: '三明市扫描局' });
    await client.request('procurement.contract.deliver', { contractId: c.id, date: '2024-09-01', actor: czj });
    today = '2024-10-09';
    // Act
    const first = await client.request('procurement.payment.scan', {});
    const second = await client.request('procurement.payment.scan', {});
    const onDue = await client.request('procurement.contract.get', { contractId: c.id, asOf: '2024-10-08' });
    today = '2024-10-18';
    const paid = await client.request('procurement.contract.pay', { contractId: c.id, paidOn: '2024-10-18', amountFen: 10_000_000, actor: czj });
    const later = await client.request('procurement.contract.get', { contractId: c.id, asOf: '2024-10-31' });
    const third = await client.request('procurement.payment.scan', {});
    const tooMuch = await codeOf(client.request('procurement.contract.pay', { contractId: c.id, paidOn: '2024-10-18', amountFen: 1, actor: czj }));
    // Assert
    expect(first.overdue).toBeGreaterThanOrEqual(1);
    expect(second.overdue).toBe(0);
    expect(second.alreadySent).toBe(first.overdue);
    expect(onDue).toMatchObject({ dueDate: '2024-10-08', paymentStatus: 'not-yet-due', daysOverdue: 0 });
    expect(paid.outstandingFen).toBe(0);
    expect(later).toMatchObject({ paymentStatus: 'paid-late', interestFen: 50_000 });
    expect(third.overdue).toBe(0);
    expect(tooMuch).toBe('PROCUREMENT_PAYMENT_EXCEEDS');
    await waitFor(async () => (events.of('procurement.payment.overdue-detected').some((e) => (e.data as { contractId?: string }).contractId === c.id) ? true : undefined));
    await new Promise((r) => setTimeout(r, 500));
    const mine = events.of('procurement.payment.overdue-detected').filter((e) => (e.data as { contractId?: string }).contractId === c.id);
    expect(mine).toHaveLength(1);
    expect(mine[0]?.data).toMatchObject({ dueDate: '2024-10-08', daysOverdue: 1, outstandingFen: 10_000_000, scannedOn: '2024-10-09' });
  });

  it('should count 10 working days for the review and raise the overdue review once when nobody decides', async () => {
    // Arrange
    today = '2024-09-27';
    const filed = await client.request('procurement.complaint.file', { complainantUscc: makeUscc('350404'), complainantName: '三明示例有限公司', respondentName: '三明市某局', summary: '货款逾期未付', filedVia: 'liaison', actor: czj });
    const other = await client.request('procurement.complaint.file', { complainantUscc: makeUscc('350404'), complainantName: '三明乙公司', respondentName: '三明市某局', summary: '逾期', filedVia: 'enterprise', actor: czj });
    today = '2024-10-17';
    // Act
    const first = await client.request('procurement.payment.scan', {});
    const second = await client.request('procurement.payment.scan', {});
    const rejectWithout = await codeOf(client.request('procurement.complaint.review', { complaintId: other.id, decision: 'reject', actor: czj }));
    const accepted = await client.request('procurement.complaint.review', { complaintId: other.id, decision: 'accept', forwardTo: '三明市财政局', actor: czj });
    const concluded = await client.request('procurement.complaint.conclude', { complaintId: other.id, outcome: '被投诉人已支付全部款项及利息', actor: czj });
    const again = await codeOf(client.request('procurement.complaint.conclude', { complaintId: other.id, outcome: 'x', actor: czj }));
    const overdue = await client.request('procurement.complaint.get', { complaintId: filed.id });
    // Assert
    expect(filed).toMatchObject({ receivedOn: '2024-09-27', reviewDueOn: '2024-10-16', reviewClock: 'running', status: 'received' });
    expect(first.complaintsOverdue).toBe(2);
    expect(second.complaintsOverdue).toBe(0);
    expect(rejectWithout).toBe('VALIDATION_FAILED');
    expect(accepted).toMatchObject({ status: 'accepted', forwardTo: '三明市财政局', reviewClock: 'overdue', informedOn: '2024-10-17' });
    expect(concluded).toMatchObject({ status: 'concluded', outcome: '被投诉人已支付全部款项及利息' });
    expect(again).toBe('PROCUREMENT_COMPLAINT_STATE');
    expect(overdue.reviewClock).toBe('overdue');
    expect(overdue.timeline.map((s) => s.action)).toEqual(['received', 'overdue']);
    await waitFor(async () => (events.of('procurement.complaint.overdue-detected').length >= 2 ? true : undefined));
    expect(events.of('procurement.complaint.overdue-detected').filter((e) => (e.data as { complaintId?: string }).complaintId === filed.id)).toHaveLength(1);
  });

  it('should give a buyer SME share equal to its SME contracts over all its contracts to the 分 and list the overdue-unpaid for disclosure', async () => {
    // Arrange: 三明市份额局 signs 1,000.01元 with an SME and 2,000.02元 with a large supplier in 2025
    today = '2025-03-01';
    const sme = await record(makeUscc('350404'), { buyerName: '三明市份额局', signedOn: '2025-03-01', amountFen: 100_001, declaredSize: 'micro' });
    await record(makeUscc('350404'), { buyerName: '三明市份额局', signedOn: '2025-03-02', amountFen: 200_002, declaredSize: 'large' });
    await client.request('procurement.contract.deliver', { contractId: sme.id, date: '2025-03-03', actor: czj });
    today = '2026-01-05';
    // Act
    const share = await client.request('procurement.sme-share.get', { year: 2025 });
    const disclosure = await client.request('procurement.disclosure.get', { year: 2025 });
    // Assert
    expect(share.rows.find((r) => r.buyerName === '三明市份额局')).toMatchObject({ contracts: 2, smeContracts: 1, totalFen: 300_003, smeFen: 100_001, share: { num: 1, den: 3 }, sharePercent: '33.33%' });
    expect(disclosure).toMatchObject({ year: 2025, asOf: '2025-12-31', publishBy: '2026-03-31' });
    expect(disclosure.rows.map((r) => r.contractId)).toContain(sme.id);
  });
  it('should list only the contracts signed in the asked year when a buyer filters by year', async () => {
    // Arrange: 三明市年度局 signs one contract in 2023 and one in 2024
    const older = await record(makeUscc('350404'), { buyerName: '三明市年度局', signedOn: '2023-12-31' });
    const newer = await record(makeUscc('350404'), { buyerName: '三明市年度局', signedOn: '2024-01-01' });
    // Act
    const in2024 = await client.request('procurement.contract.list', { buyerName: '三明市年度局', signedYear: 2024 });
    const all = await client.request('procurement.contract.list', { buyerName: '三明市年度局' });
    // Assert
    expect(in2024.items.map((c) => c.id)).toEqual([newer.id]);
    expect(in2024.total).toBe(1);
    expect(all.items.map((c) => c.id).sort()).toEqual([older.id, newer.id].sort());
  });
});
