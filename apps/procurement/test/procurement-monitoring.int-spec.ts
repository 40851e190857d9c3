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

  it('should check the reserved share of a project by the policy rules and refuse an incomplete plan with nothing stored', async () => {
    // Arrange: services, 300万 in 2023: at least 30 % (90万) reserved, 60 % of it (54万) for 小微
    const base = { name: '物业服务', buyerName: '三明市项目局', buyerKind: 'organ', department: '三明市项目局', countyCode: '350404', category: 'services', budgetFen: 300_000_000, procurementDate: '2023-05-10', actor: czj } as const;
    // Act
    const planned = await client.request('procurement.project.record', { ...base, projectNumber: `XM-${randomUUID().slice(0, 8)}`, reservedForm: 'package', reservedFen: 90_000_000, reservedForSmallMicroFen: 54_000_000 });
    const short = await client.request('procurement.project.record', { ...base, projectNumber: `XM-${randomUUID().slice(0, 8)}`, reservedForm: 'package', reservedFen: 89_999_999 });
    const notReserved = await client.request('procurement.project.record', { ...base, projectNumber: `XM-${randomUUID().slice(0, 8)}`, budgetFen: 100_000_000, reservedForm: 'not-reserved' });
    const incomplete = await codeOf(client.request('procurement.project.record', { ...base, projectNumber: 'XM-INCOMPLETE', reservedForm: 'consortium' }));
    const stored = await client.request('procurement.project.list', { buyerName: '三明市项目局' });
    // Assert
    expect(planned).toMatchObject({ reserveDecision: 'share-reserved', reserveCompliant: true, reserve: { minimumReservedFen: 90_000_000, clause: expect.stringContaining('第八条') } });
    expect(planned.reserve).toEqual(JSON.parse(JSON.stringify(computeProcurement({ kind: 'reserve', date: '2023-05-10', category: 'services', budgetFen: 300_000_000, suitableForSme: true, reservedFen: 90_000_000, reservedForSmallMicroFen: 54_000_000 }))));
    expect(short).toMatchObject({ reserveDecision: 'share-reserved', reserveCompliant: false });
    expect(short.reserveGaps.length).toBeGreaterThan(0);
    expect(notReserved).toMatchObject({ reserveDecision: 'fully-reserved', reserveCompliant: false, reservedFen: 0 });
    expect(incomplete).toBe('PROCUREMENT_PROJECT_INVALID');
    expect(stored.total).toBe(3);
  });

  it('should flag a declaration the registry contradicts, decide the deduction by the policy rules and fix the size again at signing', async () => {
    // Arrange: goods, 500万 on 2023-06-01, a reserved package elsewhere; the tender documents fix 15 % for 小微
    const medium = await pooled('medium');
    const project = await client.request('procurement.project.record', {
      projectNumber: `XM-${randomUUID().slice(0, 8)}`, name: '教学设备', buyerName: '三明市教育局', buyerKind: 'organ', department: '三明市教育局', countyCode: '350404',
      category: 'goods', budgetFen: 500_000_000, procurementDate: '2023-06-01', reservedForm: 'package', reservedFen: 150_000_000, smallMicroRateBp: 1500, actor: czj,
    });
    const outside = makeUscc('350404');
    // Act
    const claimed = await client.request('procurement.bid.record', { projectId: project.id, supplierUscc: medium, supplierName: '三明中型公司', declaredSize: 'small', form: 'alone', bidFen: 100_000_000, goodsMadeBySmallMicro: true, actor: czj });
    const small = await client.request('procurement.bid.record', { projectId: project.id, supplierUscc: outside, supplierName: '三明小型公司', declaredSize: 'small', form: 'alone', bidFen: 100_000_000, goodsMadeBySmallMicro: true, actor: czj });
    const awarded = await client.request('procurement.project.award', { projectId: project.id, bidId: small.id, contractNumber: `HT-${randomUUID().slice(0, 8)}`, signedOn: '2023-07-01', actor: czj });
    const again = await codeOf(client.request('procurement.project.award', { projectId: project.id, bidId: claimed.id, contractNumber: `HT-${randomUUID().slice(0, 8)}`, signedOn: '2023-07-01', actor: czj }));
    const contract = await client.request('procurement.contract.get', { contractId: awarded.contractId ?? '' });
    const cards = [await client.request('procurement.supplier.get', { uscc: medium }), await client.request('procurement.supplier.get', { uscc: outside })];
    // Assert
    expect(cards).toMatchObject([{ inPool: true, sizeClass: 'medium' }, { inPool: false, sizeClass: null }]);
    expect(claimed).toMatchObject({ registrySize: 'medium', sizeUsed: 'medium', sizeMismatch: true, bidderKind: 'medium', deductionDecision: 'not-applicable', evaluationPriceFen: 100_000_000 });
    expect(small).toMatchObject({ registrySize: null, sizeUsed: 'small', sizeMismatch: false, bidderKind: 'small-micro', deductionDecision: 'accepted', evaluationPriceFen: 85_000_000 });
    expect(small.deduction).toEqual(JSON.parse(JSON.stringify(computeProcurement({ kind: 'deduction', date: '2023-06-01', category: 'goods', projectReserved: false, bidder: 'small-micro', bidFen: 100_000_000, rate: { num: 1500, den: 10_000 }, evaluation: 'price-deduction', smallMicroShare: null, controlledRelationship: null, goodsMadeBySmallMicro: true }))));
    expect(awarded.awardedBidId).toBe(small.id);
    expect(awarded.bids.find((b) => b.id === small.id)).toMatchObject({ awarded: true, registrySizeAtSigning: null, sizeMismatchAtSigning: false, contractId: awarded.contractId });
    expect(again).toBe('PROCUREMENT_PROJECT_STATE');
    expect(contract).toMatchObject({ projectId: project.id, department: '三明市教育局', supplierUscc: outside, sizeAtSigning: 'small', amountFen: 100_000_000, signedOn: '2023-07-01' });
  });

  it('should import contracts, deliveries and payments row by row with row errors and progress, and change nothing when a file comes again', async () => {
    // Arrange
    today = '2024-11-01';
    const number = `IMP-${randomUUID().slice(0, 8)}`;
    const uscc = makeUscc('350404');
    const contractRow = { 合同编号: number, '采购人（付款方）名称': '三明市导入局', 付款方类型: '机关', 主管预算单位: '三明市导入局', '所属县（市、区）': '三元区', 供应商统一社会信用代码: uscc, 供应商名称: '三明导入公司', 供应商声明规模: '小型', 合同订立日期: '2024-08-20', '合同金额（元）': '100000.00' };
    async function runImport(kind: 'contracts' | 'deliveries' | 'payments', rows: Record<string, string | number | null>[]): Promise<{ id: string; failedRows: number; appliedRows: number; unchangedRows: number; processedRows: number; status: string }> {
      const job = await client.request('procurement.import.create', { kind, fileName: `${kind}.xlsx`, fileHash: randomUUID().replace(/-/g, '').padEnd(64, '0'), totalRows: rows.length, actor: czj });
      await client.request('procurement.import.append', { importId: job.id, rows: rows.map((cells, i) => ({ rowNumber: i + 2, cells })), actor: czj });
      await client.request('procurement.import.start', { importId: job.id, actor: czj });
      return waitFor(async () => {
        const j = await client.request('procurement.import.get', { importId: job.id, actor: czj });
        return j.status === 'completed' ? j : undefined;
      });
    }
    // Act
    const contracts = await runImport('contracts', [contractRow, { ...contractRow, 合同编号: `${number}-X`, '所属县（市、区）': '火星区', '合同金额（元）': '1.234' }]);
    const errors = await client.request('procurement.import.errors', { importId: contracts.id, actor: czj });
    const deliveries = await runImport('deliveries', [{ 合同编号: number, 交付日期: '2024-09-01' }, { 合同编号: 'NO-SUCH', 交付日期: '2024-09-01' }]);
    const payments = await runImport('payments', [{ 合同编号: number, 付款日期: '2024-10-18', '付款金额（元）': 100_000 }]);
    const twice = await runImport('contracts', [contractRow]);
    const paymentsTwice = await runImport('payments', [{ 合同编号: number, 付款日期: '2024-10-18', '付款金额（元）': 100_000 }]);
    const list = await client.request('procurement.contract.list', { buyerName: '三明市导入局' });
    // Assert
    expect(contracts).toMatchObject({ processedRows: 2, appliedRows: 1, failedRows: 1 });
    expect(errors).toEqual([{ rowNumber: 3, contractNumber: `${number}-X`, messages: ['所属县（市、区）“火星区”不是三明市的县（市、区）', '合同金额（元）“1.234”不是有效金额（元，最多两位小数）'] }]);
    expect(deliveries).toMatchObject({ appliedRows: 1, failedRows: 1 });
    expect(payments).toMatchObject({ appliedRows: 1, failedRows: 0 });
    expect(twice).toMatchObject({ appliedRows: 0, unchangedRows: 1 });
    expect(paymentsTwice).toMatchObject({ appliedRows: 0, unchangedRows: 1 });
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({ contractNumber: number, department: '三明市导入局', amountFen: 10_000_000, deliveredOn: '2024-09-01', paymentStatus: 'paid-late', interestFen: 50_000 });
  });

  it('should give the SME share by department to the 分 with numerator and denominator, and name a buyer overdue-unpaid in two years', async () => {
    // Arrange: 三明市屡欠局 leaves a 2023 delivery unpaid through 2024; 三明市一次局 one delivery of 2024
    today = '2025-01-10';
    const repeat = await record(makeUscc('350404'), { buyerName: '三明市屡欠局', department: '三明市屡欠部门', signedOn: '2023-03-01', amountFen: 300_000, declaredSize: 'micro' });
    await record(makeUscc('350404'), { buyerName: '三明市屡欠局', department: '三明市屡欠部门', signedOn: '2023-03-02', amountFen: 600_001, declaredSize: 'large' });
    await client.request('procurement.contract.deliver', { contractId: repeat.id, date: '2023-03-01', actor: czj });
    const once = await record(makeUscc('350404'), { buyerName: '三明市一次局', signedOn: '2024-03-01' });
    await client.request('procurement.contract.deliver', { contractId: once.id, date: '2024-03-01', actor: czj });
    // Act
    const byDepartment = await client.request('procurement.sme-share.groups', { year: 2023, by: 'department' });
    const byCounty = await client.request('procurement.sme-share.groups', { year: 2023, by: 'county' });
    const offenders = await client.request('procurement.repeat-offender.list', { year: 2024 });
    // Assert
    expect(byDepartment.rows.find((r) => r.key === '三明市屡欠部门')).toMatchObject({ contracts: 2, smeContracts: 1, smeFen: 300_000, totalFen: 900_001, sharePercent: '33.33%', formula: '中小企业合同金额3,000.00元 ÷ 全部合同金额9,000.01元 = 33.33%' });
    expect(byCounty.rows.map((r) => r.label)).toContain('三元区');
    expect(byCounty.total.totalFen).toBe(byCounty.rows.reduce((s, r) => s + r.totalFen, 0));
    expect(byCounty.total.smeFen).toBe(byDepartment.total.smeFen);
    expect(offenders.rule).toMatchObject({ id: 'repeat-offender@2020', minYears: 2, minContracts: 3 });
    expect(offenders.rows.find((r) => r.buyerName === '三明市屡欠局')).toMatchObject({ years: [2023, 2024], contracts: 1, latestOutstandingFen: 300_000 });
    expect(offenders.rows.find((r) => r.buyerName === '三明市一次局')).toBeUndefined();
  });
});
