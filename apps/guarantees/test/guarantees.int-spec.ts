/**
 * The guarantees service in-process, over a private nats-server and real databases (SQLite always, PostgreSQL too
 * with TEST_DATABASE_URL). Tiering's title events are published onto its stream as tiering would; everything else
 * goes through the service's request/reply API and its JetStream events.
 */
import { randomUUID } from 'node:crypto';

import type { INestMicroservice } from '@nestjs/common';
import type { Actor, EventEnvelope, GuaranteeApplicationDto, OrganisationDto } from '@ladder/contracts';
import { RemoteError, bootstrapService, createStandaloneClient, provisionDeclared } from '@ladder/platform-messaging';
import type { MessagingClient } from '@ladder/platform-messaging';
import { runMigrations } from '@ladder/platform-persistence';
import { EventCollector, EventPublisher, createTestDatabase, databaseKinds, makeUscc, startNatsServer, waitFor } from '@ladder/platform-testing';
import type { NatsServerHandle, TestDatabase } from '@ladder/platform-testing';
import { computeGuarantee } from '@ladder/policy';
import { addDays } from '@ladder/shared-domain';

import { loadGuaranteesEnv } from '../src/config/guarantees.env';
import { GuaranteesModule } from '../src/guarantees.module';
import { createGuaranteesOrmConfig } from '../src/mikro-orm.config';

jest.setTimeout(120_000);

const TODAY = '2025-06-20';
const WAN = 1_000_000; // 1万元 in 分
const jrj: Actor = { userId: 'u-jrj', username: 'jrj', roles: ['guarantee-officer'] };
const dbjg: Actor = { userId: 'u-dbjg', username: 'dbjg', roles: ['guarantor-officer'] };
const dbsp: Actor = { userId: 'u-dbsp', username: 'dbsp', roles: ['guarantor-approver'] };
const yh: Actor = { userId: 'u-yh', username: 'yh', roles: ['bank-officer'] };
const yh2: Actor = { userId: 'u-yh2', username: 'yh2', roles: ['bank-officer'] };

async function failure(promise: Promise<unknown>): Promise<RemoteError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RemoteError);
  return error as RemoteError;
}

function envelope(subject: string, data: Record<string, unknown>): EventEnvelope<object> {
  return { id: randomUUID(), subject, version: 1, occurredAt: new Date().toISOString(), source: 'tiering', data };
}

describe.each(databaseKinds())('guarantees on %s', (kind) => {
  let nats: NatsServerHandle;
  let db: TestDatabase;
  let service: INestMicroservice;
  let client: MessagingClient;
  let events: EventCollector;
  let publisher: EventPublisher;
  let guarantor: OrganisationDto;
  let bank: OrganisationDto;

  beforeAll(async () => {
    nats = await startNatsServer();
    await provisionDeclared(nats.url);
    db = await createTestDatabase(kind);
    const env = loadGuaranteesEnv({ NATS_URL: nats.url, LOG_LEVEL: 'error', GUARANTEES_DATE: TODAY, ...db.env });
    await runMigrations(createGuaranteesOrmConfig(env));
    service = await bootstrapService(GuaranteesModule.forRoot(env), { service: 'guarantees', natsUrl: nats.url, logLevel: 'error' });
    client = createStandaloneClient(nats.url, 'guarantees-int-test', 20_000);
    events = await new EventCollector(nats.url, 'GUARANTEES', `guarantees-int-${kind}`).start();
    publisher = await new EventPublisher(nats.url).start();
    guarantor = await client.request('guarantees.organisation.upsert', { kind: 'guarantor', name: '三明市融资担保（测试）', members: ['dbjg', 'dbsp'], actor: jrj });
    bank = await client.request('guarantees.organisation.upsert', { kind: 'bank', name: '三明测试银行', members: ['yh'], actor: jrj });
    await client.request('guarantees.organisation.upsert', { kind: 'bank', name: '三明另一银行', members: ['yh2'], actor: jrj });
  });

  afterAll(async () => {
    await publisher?.stop();
    await events?.stop();
    await client?.close();
    await service?.close();
    await nats?.stop();
    await db?.drop();
  });

  /** Publishes a recognition and waits until the service has it (the white list shows the enterprise, or not). */
  async function titled(tier: 'specialized' | 'little-giant', certifiedOn = '2024-05-10', validUntil?: string): Promise<{ uscc: string; certificationId: string }> {
    const uscc = makeUscc('350404');
    const certificationId = randomUUID();
    await publisher.publish(
      envelope('tiering.enterprise.certified', {
        certificationId,
        uscc,
        countyCode: '350404',
        tier,
        currentTier: tier,
        kind: 'new',
        issuer: '福建省工业和信息化厅',
        docNo: '闽工信函企业〔2024〕1号',
        certifiedOn,
        validUntil: validUntil ?? addDays(`${Number(certifiedOn.slice(0, 4)) + 3}${certifiedOn.slice(4)}`, -1),
      }),
    );
    await waitFor(async () => (await client.request('guarantees.whitelist.history', { uscc })).total > 0 || undefined, 10_000).catch(() => undefined);
    return { uscc, certificationId };
  }

  function submit(uscc: string, principalFen: number, by: Actor = dbjg, extra: Record<string, unknown> = {}): Promise<GuaranteeApplicationDto> {
    return client.request('guarantees.guarantee.submit', { uscc, guarantorId: guarantor.id, bankId: bank.id, principalFen, termMonths: 12, purpose: '购置设备', actor: by, ...extra });
  }

  async function approved(uscc: string, principalFen: number): Promise<GuaranteeApplicationDto> {
    const app = await submit(uscc, principalFen);
    await client.request('guarantees.guarantee.review', { applicationId: app.id, approve: true, actor: dbjg });
    return client.request('guarantees.guarantee.decide', { applicationId: app.id, approve: true, actor: dbsp });
  }

  it('should answer health with its database up when pinged', async () => {
    const health = await client.request('guarantees.health.ping', { from: 'test' });
    expect(health).toMatchObject({ service: 'guarantees', status: 'ok', database: 'ok' });
  });

  it('should reject an unknown field when a request carries one', async () => {
    const error = await failure(client.request('guarantees.info.get', Object.assign({ from: 'test' }, { notAField: 1 })));
    expect(error.code).toBe('VALIDATION_FAILED');
  });

  describe('white list (S-48)', () => {
    it('should add a 专精特新 enterprise with its title and dates when tiering certifies it, and publish the event', async () => {
      // Act
      const { uscc, certificationId } = await titled('specialized', '2024-05-10');

      // Assert
      const page = await client.request('guarantees.whitelist.list', { uscc });
      expect(page.items[0]).toMatchObject({ uscc, member: true, source: 'title', tier: 'specialized', certificationId, since: '2024-05-10', until: '2027-05-09' });
      const added = await waitFor(async () => events.events.find((e) => e.subject === 'guarantees.whitelist.added' && e.data['uscc'] === uscc));
      expect(added.data).toMatchObject({ effectiveOn: '2024-05-10', tier: 'specialized', certificationId, until: '2027-05-09' });
    });

    it('should show the registry name of a white-listed enterprise', async () => {
    const { uscc } = await titled('specialized', '2024-05-10');
    await publisher.publish({
      id: randomUUID(),
      subject: 'registry.enterprise.registered',
      version: 1,
      occurredAt: new Date().toISOString(),
      source: 'registry',
      data: {
        enterprise: { uscc, name: '三明白名单示例有限公司', countyCode: '350404', industryGroup: 'industry', chains: [], status: 'active', category: null, tier: null, sizeClass: 'small', version: 1 },
        admittedAt: new Date().toISOString(),
      },
    });
    const entry = await waitFor(async () => (await client.request('guarantees.whitelist.list', { uscc })).items.find((e) => e.name !== ''));
    expect(entry.name).toBe('三明白名单示例有限公司');
  });

  it('should remove it from the day after a fraud revocation with the cause, and keep the history', async () => {
      // Arrange
      const { uscc, certificationId } = await titled('little-giant', '2023-07-01');

      // Act
      await publisher.publish(
        envelope('tiering.enterprise.revoked', { certificationId, uscc, countyCode: '350404', tier: 'little-giant', currentTier: null, reason: '申报材料弄虚作假', fraud: true, revokedOn: '2025-03-01', barredUntil: '2028-03-01' }),
      );

      // Assert
      const removed = await waitFor(async () => events.events.find((e) => e.subject === 'guarantees.whitelist.removed' && e.data['uscc'] === uscc));
      expect(removed.data).toMatchObject({ effectiveOn: '2025-03-02', cause: 'fraud', source: 'title' });
      expect(String(removed.data['reason'])).toContain('弄虚作假');
      expect((await client.request('guarantees.whitelist.list', { uscc })).total).toBe(0);
      const history = await client.request('guarantees.whitelist.history', { uscc });
      expect(history.items.map((c) => c.action)).toEqual(['removed', 'added']);
    });

    it('should remove it from the day after expiry when tiering reports the title expired', async () => {
      const { uscc, certificationId } = await titled('specialized', '2022-06-15', '2025-06-14');
      await publisher.publish(envelope('tiering.enterprise.expired', { certificationId, uscc, countyCode: '350404', tier: 'specialized', currentTier: null, validUntil: '2025-06-14' }));
      const removed = await waitFor(async () => events.events.find((e) => e.subject === 'guarantees.whitelist.removed' && e.data['uscc'] === uscc));
      expect(removed.data).toMatchObject({ effectiveOn: '2025-06-15', cause: 'expired' });
    });

    it('should record a manual addition and removal by the regulator with their reasons', async () => {
      const uscc = makeUscc('350481');
      const entry = await client.request('guarantees.whitelist.add', { uscc, countyCode: '350481', reason: '市政府专题会议纪要〔2025〕3号', actor: jrj });
      expect(entry).toMatchObject({ member: true, source: 'manual', since: TODAY });
      expect((await failure(client.request('guarantees.whitelist.add', { uscc, countyCode: '350481', reason: '重复', actor: jrj }))).code).toBe('GUARANTEES_WHITELIST_STATE');
      await client.request('guarantees.whitelist.remove', { uscc, reason: '经核查不再符合条件', actor: jrj });
      const history = await client.request('guarantees.whitelist.history', { uscc });
      expect(history.items.map((c) => [c.action, c.actor, c.reason])).toEqual([
        ['removed', 'jrj', '经核查不再符合条件'],
        ['added', 'jrj', '市政府专题会议纪要〔2025〕3号'],
      ]);
    });
  });

  it('should compute exactly what libs/policy computes when asked over NATS', async () => {
    const request = { date: '2024-06-01', titles: [{ tier: 'specialized' as const, certifiedOn: '2023-06-15' }], outstandingGuaranteedFen: 300 * WAN, requestedPrincipalFen: 200 * WAN, termMonths: 12 };
    expect(await client.request('guarantees.guarantee.compute', { ...request, actor: jrj })).toEqual(JSON.parse(JSON.stringify(computeGuarantee(request))));
  });

  describe('ceiling (S-49) at the boundary', () => {
    it.each([
      ['专精特新 exactly 500万', 'specialized', 500 * WAN, null],
      ['专精特新 500万 + 1分', 'specialized', 500 * WAN + 1, 'GUARANTEES_CEILING_EXCEEDED'],
      ['小巨人 exactly 1000万', 'little-giant', 1000 * WAN, null],
      ['小巨人 1000万 + 1分', 'little-giant', 1000 * WAN + 1, 'GUARANTEES_CEILING_EXCEEDED'],
    ] as const)('should decide %s', async (_label, tier, principalFen, code) => {
      const { uscc } = await titled(tier, '2024-05-10');
      if (code === null) {
        expect(await submit(uscc, principalFen)).toMatchObject({ status: 'submitted', principalFen, ceilingFen: tier === 'specialized' ? 500 * WAN : 1000 * WAN });
      } else {
        const error = await failure(submit(uscc, principalFen));
        expect(error.code).toBe(code);
        expect(error.message).toMatch(/超过|超出/);
      }
    });

    it('should refuse an application the day after the title expired', async () => {
      const { uscc } = await titled('specialized', '2022-06-15', '2025-06-14');
      const error = await failure(submit(uscc, 100 * WAN, dbjg, { applicationDate: '2025-06-15' }));
      expect(error.code).toBe('GUARANTEES_NOT_ELIGIBLE');
      expect(error.message).toContain('2025-06-14');
      expect(await submit(uscc, 100 * WAN, dbjg, { applicationDate: '2025-06-14' })).toMatchObject({ status: 'submitted' });
    });

    it('should let exactly one of ten parallel 300万 applications through for a 专精特新 enterprise, the rest 409 in Chinese', async () => {
      // Arrange
      const { uscc } = await titled('specialized', '2024-05-10');

      // Act
      const results = await Promise.allSettled(Array.from({ length: 10 }, () => submit(uscc, 300 * WAN)));

      // Assert
      const ok = results.filter((r) => r.status === 'fulfilled');
      const refused = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as RemoteError] : []));
      expect(ok).toHaveLength(1);
      expect(refused.map((e) => e.code)).toEqual(Array(9).fill('GUARANTEES_CEILING_EXCEEDED'));
      for (const e of refused) expect(e.message).toMatch(/[\u4e00-\u9fff]/);
      const exposure = await client.request('guarantees.exposure.summary', { actor: jrj });
      expect(exposure.byEnterprise.find((r) => r.key === uscc)?.pendingFen).toBe(300 * WAN);
    });
  });

  it('should record a national fund investment (S-47) and hand it to subsidies as an event', async () => {
    const uscc = makeUscc('350404');
    const f = await client.request('guarantees.fund-investment.record', { uscc, countyCode: '350404', fund: 'sme-development', fundName: '国家中小企业发展基金', paidInFen: 20 * WAN * 100, paidInOn: '2025-04-02', actor: jrj });
    const recorded = await waitFor(async () => events.events.find((e) => e.subject === 'guarantees.fund-investment.recorded' && e.data['investmentId'] === f.id));
    expect(recorded.data).toMatchObject({ uscc, fund: 'sme-development', paidInFen: 20 * WAN * 100, recordedBy: 'jrj' });
    expect((await client.request('guarantees.fund-investment.list', { uscc })).total).toBe(1);
  });

  it('should match a financing need to the active products serving its tier, amount and county (S-49a)', async () => {
    // Arrange
    const { uscc } = await titled('little-giant', '2024-05-10');
    const product = (over: Record<string, unknown>) =>
      client.request('guarantees.product.upsert', { bankId: bank.id, name: `产品${randomUUID().slice(0, 6)}`, rateMinBp: 300, rateMaxBp: 420, amountMinFen: 100 * WAN, amountMaxFen: 1000 * WAN, tiers: ['little-giant'], counties: [], active: true, actor: yh, ...over });
    const fits = await product({ name: '小巨人信用贷（测试）' });
    await product({ tiers: ['innovative'] });
    await product({ counties: ['350481'] });
    await product({ amountMaxFen: 200 * WAN });
    await product({ active: false });
    expect((await failure(product({ bankId: guarantor.id }))).code).toBe('GUARANTEES_ORGANISATION_SCOPE');
    const need = await client.request('guarantees.need.record', { uscc, countyCode: '350404', amountFen: 500 * WAN, termMonths: 24, purpose: '扩产', actor: jrj });

    // Act
    const matches = await client.request('guarantees.need.matches', { needId: need.id, actor: jrj });

    // Assert
    expect(matches.tier).toBe('little-giant');
    expect(matches.products.map((p) => p.id)).toEqual([fits.id]);
    expect(matches.products[0]?.bankName).toBe('三明测试银行');
  });

  describe('workflow', () => {
    it('should go received → reviewed → approved by another person → loan issued by the bank, with the reduced fee and events', async () => {
      // Arrange
      const { uscc } = await titled('specialized', '2024-05-10');
      const app = await submit(uscc, 200 * WAN);
      expect(app).toMatchObject({ feeTreatment: 'reduced', standardFeeFen: 2 * WAN, chargedFeeFen: 1 * WAN, policyCostFen: 1 * WAN });
      await client.request('guarantees.guarantee.review', { applicationId: app.id, approve: true, actor: dbjg });

      // Act / Assert: maker ≠ checker
      expect((await failure(client.request('guarantees.guarantee.decide', { applicationId: app.id, approve: true, actor: dbjg }))).code).toBe('GUARANTEES_MAKER_CHECKER');
      const decided = await client.request('guarantees.guarantee.decide', { applicationId: app.id, approve: true, actor: dbsp });
      expect(decided).toMatchObject({ status: 'approved', decidedBy: 'dbsp' });

      // Another bank may neither confirm nor see it
      expect((await failure(client.request('guarantees.loan.issue', { applicationId: app.id, loanNo: 'X', issuedOn: TODAY, actor: yh2 }))).code).toBe('GUARANTEES_ORGANISATION_SCOPE');
      expect((await client.request('guarantees.guarantee.list', { uscc, actor: yh2 })).total).toBe(0);
      expect((await client.request('guarantees.guarantee.list', { uscc, actor: yh })).total).toBe(1);

      const issued = await client.request('guarantees.loan.issue', { applicationId: app.id, loanNo: 'SMRCB-2025-001', issuedOn: TODAY, actor: yh });
      expect(issued.status).toBe('issued');
      const loan = await waitFor(async () => events.events.find((e) => e.subject === 'guarantees.loan.issued' && e.data['applicationId'] === app.id));
      expect(loan.data).toMatchObject({ loanNo: 'SMRCB-2025-001', principalFen: 200 * WAN });
      expect(events.events.find((e) => e.subject === 'guarantees.guarantee.approved' && e.data['applicationId'] === app.id)?.data).toMatchObject({ policyCostFen: 1 * WAN, feeTreatment: 'reduced' });

      const costs = await client.request('guarantees.policy-cost.by-year', { year: 2025, actor: jrj });
      expect(costs[0]).toMatchObject({ year: 2025, guarantorId: null });
      expect(costs[0]?.policyCostFen).toBeGreaterThanOrEqual(1 * WAN);
    });

    it('should compensate (代偿) and recover, releasing the ceiling on compensation', async () => {
      const { uscc } = await titled('specialized', '2024-05-10');
      const app = await approved(uscc, 500 * WAN);
      await client.request('guarantees.loan.issue', { applicationId: app.id, loanNo: 'L-2', issuedOn: TODAY, actor: yh });
      expect((await failure(submit(uscc, 1))).code).toBe('GUARANTEES_CEILING_EXCEEDED');
      await client.request('guarantees.loan.close', { applicationId: app.id, outcome: 'compensated', on: TODAY, amountFen: 480 * WAN, actor: dbjg });
      const recovered = await client.request('guarantees.loan.close', { applicationId: app.id, outcome: 'recovered', on: TODAY, amountFen: 480 * WAN, actor: dbjg });
      expect(recovered).toMatchObject({ status: 'recovered', compensatedFen: 480 * WAN, recoveredFen: 480 * WAN });
      expect(await submit(uscc, 500 * WAN)).toMatchObject({ status: 'submitted' });
    });
  });
});
