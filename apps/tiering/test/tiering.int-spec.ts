/**
 * Tiering with the registry, both in-process, over a private nats-server and real databases (SQLite always,
 * PostgreSQL too with TEST_DATABASE_URL): registry facts → evaluation → pool category → recommendation
 * workflow → certification events → registry fields; renewal, revocation, expiry, targets, liaisons, jobs.
 */
import type { INestMicroservice } from '@nestjs/common';
import type { Actor, AnnualFacts, EventEnvelope } from '@ladder/contracts';
import { RemoteError, bootstrapService, createStandaloneClient, provisionDeclared } from '@ladder/platform-messaging';
import type { MessagingClient } from '@ladder/platform-messaging';
import { runMigrations } from '@ladder/platform-persistence';
import { EventCollector, createTestDatabase, databaseKinds, makeEnterprise, startNatsServer, waitFor } from '@ladder/platform-testing';
import type { NatsServerHandle, TestDatabase } from '@ladder/platform-testing';

// The registry runs in-process as the real upstream service of this suite (not a dependency of tiering's code).
/* eslint-disable @nx/enforce-module-boundaries */
import { loadRegistryEnv } from '../../registry/src/config/registry.env';
import { createRegistryOrmConfig } from '../../registry/src/mikro-orm.config';
import { RegistryModule } from '../../registry/src/registry.module';
/* eslint-enable @nx/enforce-module-boundaries */
import { loadTieringEnv } from '../src/config/tiering.env';
import { createTieringOrmConfig } from '../src/mikro-orm.config';
import { TieringModule } from '../src/tiering.module';

jest.setTimeout(90_000);

const TODAY = '2025-06-15';
const gxj: Actor = { userId: 'u-gxj', username: 'gxj', roles: ['gxj-operator'] };
const gxjsh: Actor = { userId: 'u-gxjsh', username: 'gxjsh', roles: ['gxj-approver'] };
const county: Actor = { userId: 'u-sy', username: 'sanyuan', roles: ['county-operator'], countyCode: '350404' };

/** An SME with a valid high-tech enterprise honour: 创新型 by direct condition. */
const HIGH_TECH_2024: AnnualFacts = {
  employees: 120,
  rdStaff: 15,
  operatingRevenue: 5_000_000_000,
  mainBusinessRevenue: 4_500_000_000,
  rdExpense: 150_000_000,
  totalAssets: 6_000_000_000,
  totalLiabilities: 3_000_000_000,
  netProfit: 300_000_000,
  honours: { highTechEnterprise: true },
  compliance: { abnormalOperation: false, seriousDishonesty: false, prohibitedCatalogue: false, majorIncident3y: false },
};

async function expectCode(promise: Promise<unknown>, code: string): Promise<RemoteError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RemoteError);
  expect((error as RemoteError).code).toBe(code);
  return error as RemoteError;
}

describe.each(databaseKinds())('tiering with the registry on %s', (kind) => {
  let nats: NatsServerHandle;
  let db: TestDatabase;
  let registry: INestMicroservice;
  let tiering: INestMicroservice;
  let client: MessagingClient;
  let events: EventCollector;

  const startTiering = async (today: string): Promise<INestMicroservice> => {
    const env = loadTieringEnv({ NATS_URL: nats.url, LOG_LEVEL: 'error', EVALUATION_DATE: today, ...db.env });
    return bootstrapService(TieringModule.forRoot(env), { service: 'tiering', natsUrl: nats.url, logLevel: 'error' });
  };

  beforeAll(async () => {
    nats = await startNatsServer();
    await provisionDeclared(nats.url);
    db = await createTestDatabase(kind);
    const registryEnv = loadRegistryEnv({ NATS_URL: nats.url, LOG_LEVEL: 'error', ...db.env });
    const tieringEnv = loadTieringEnv({ NATS_URL: nats.url, LOG_LEVEL: 'error', ...db.env });
    await runMigrations(createRegistryOrmConfig(registryEnv));
    await runMigrations(createTieringOrmConfig(tieringEnv));
    registry = await bootstrapService(RegistryModule.forRoot(registryEnv), { service: 'registry', natsUrl: nats.url, logLevel: 'error' });
    tiering = await startTiering(TODAY);
    client = createStandaloneClient(nats.url, 'tiering-int-test', 20_000);
    events = await new EventCollector(nats.url, 'TIERING', `tiering-int-${kind}`).start();
  });

  afterAll(async () => {
    await events?.stop();
    await client?.close();
    await tiering?.close();
    await registry?.close();
    await nats?.stop();
    await db?.drop();
  });

  const of = (subject: string, uscc: string): Record<string, unknown>[] =>
    events.of(subject).filter((e) => e.data['uscc'] === uscc).map((e) => e.data);

  async function registerWithData(facts?: AnnualFacts, countyCode = '350404'): Promise<string> {
    const e = makeEnterprise({ countyCode });
    await client.request('registry.enterprise.create', { ...e, industryGroup: 'industry', independentLegalPerson: true, actor: gxj });
    if (facts) await client.request('registry.annual-data.submit', { uscc: e.uscc, year: 2024, facts, actor: gxj });
    // Tiering learns of it from the registry's events: wait until it has evaluated what was sent.
    await waitFor(async () => {
      const latest = await client.request('tiering.evaluation.latest', { uscc: e.uscc }).catch(() => undefined);
      return latest && (!facts || latest.dataYear === 2024) ? latest : undefined;
    });
    return e.uscc;
  }

  it('should evaluate on new annual data and move the enterprise from 重点关注 to 重点推荐', async () => {
    const uscc = await registerWithData();
    const first = await waitFor(async () => (await client.request('tiering.evaluation.latest', { uscc })).category ?? undefined);
    expect(first).toBe('watch');
    await client.request('registry.annual-data.submit', { uscc, year: 2024, facts: HIGH_TECH_2024, actor: gxj });
    const latest = await waitFor(async () => {
      const l = await client.request('tiering.evaluation.latest', { uscc });
      return l.category === 'recommend' ? l : undefined;
    });
    expect(latest.result.tiers.innovative.decision).toBe('eligible');
    expect(latest.result.ruleVersion.id).toBe('tiers-2022');
    expect(latest.dataYear).toBe(2024);
    expect(latest.result.tiers.innovative.route?.kind).toBe('direct');
    const changes = await waitFor(async () => (of('tiering.enterprise.category-changed', uscc).length >= 2 ? of('tiering.enterprise.category-changed', uscc) : undefined));
    expect(changes.map((c) => [c['before'], c['after']])).toEqual([
      [null, 'watch'],
      ['watch', 'recommend'],
    ]);
    // The registry records the category tiering decided.
    await waitFor(async () => (await client.request('registry.enterprise.get', { uscc, actor: gxj })).category === 'recommend');
  });

  it('should name the missing fact instead of saying no', async () => {
    const { compliance: _c, ...withoutCompliance } = HIGH_TECH_2024;
    const uscc = await registerWithData(withoutCompliance);
    const latest = await waitFor(async () => {
      const l = await client.request('tiering.evaluation.latest', { uscc });
      return l.dataYear === 2024 && l.result.missing.length > 0 ? l : undefined;
    });
    expect(latest.result.tiers.innovative.decision).toBe('unknown');
    expect(latest.result.tiers.innovative.missing.join(' ')).toMatch(/compliance/);
  });

  it('should use the 2022 standard as of 2025-06-01 and the 2026 standard as of 2026-06-01, and say so', async () => {
    const uscc = await registerWithData(HIGH_TECH_2024);
    const y2025 = await client.request('tiering.evaluation.run', { uscc, asOf: '2025-06-01', type: 'new', actor: gxj });
    const y2026 = await client.request('tiering.evaluation.run', { uscc, asOf: '2026-06-01', type: 'new', actor: gxj });
    expect(y2025.result.ruleVersion.id).toBe('tiers-2022');
    expect(y2026.result.ruleVersion.id).toBe('tiers-2026');
    expect(y2025.result.versionReason).toContain('2025-06-01');
    expect(y2026.result.versionReason).toContain('2026-06-01');
    const review = await client.request('tiering.evaluation.run', { uscc, asOf: '2026-06-01', type: 'review', actor: gxj });
    expect(review.result.ruleVersion.id).toBe('tiers-2022');
  });

  it('should carry a recommendation from the county to a recognition, with maker ≠ checker, and publish certified once', async () => {
    const uscc = await registerWithData(HIGH_TECH_2024);
    await waitFor(async () => (await client.request('tiering.evaluation.latest', { uscc })).category === 'recommend');
    const rec = await client.request('tiering.recommendation.create', { uscc, tier: 'innovative', type: 'new', batchYear: 2025, comment: '县级推荐', actor: county });
    expect(rec.status).toBe('county-recommended');
    expect(rec.evaluationDecision).toBe('eligible');
    await expectCode(client.request('tiering.recommendation.create', { uscc, tier: 'innovative', type: 'new', batchYear: 2025, actor: county }), 'TIERING_RECOMMENDATION_DUPLICATE');
    await expectCode(
      client.request('tiering.recommendation.review', { recommendationId: rec.id, decision: 'approve', actor: { ...gxjsh, userId: county.userId } }),
      'TIERING_MAKER_CHECKER',
    );
    await expectCode(client.request('tiering.recommendation.submit', { recommendationId: rec.id, actor: gxj }), 'TIERING_RECOMMENDATION_STATE');
    const approved = await client.request('tiering.recommendation.review', { recommendationId: rec.id, decision: 'approve', comment: '同意', actor: gxjsh });
    expect(approved.status).toBe('city-approved');
    const submitted = await client.request('tiering.recommendation.submit', { recommendationId: rec.id, actor: gxj });
    expect(submitted.status).toBe('submitted');
    const done = await client.request('tiering.recommendation.outcome', {
      recommendationId: rec.id,
      outcome: 'certified',
      issuer: '福建省工业和信息化厅',
      docNo: '闽工信函〔2025〕88号',
      certifiedOn: '2025-06-10',
      actor: gxj,
    });
    expect(done.status).toBe('certified');
    expect(done.history.map((h) => h.action)).toEqual(['county-recommended', 'city-approved', 'submitted', 'certified']);
    const certified = await waitFor(async () => (of('tiering.enterprise.certified', uscc).length ? of('tiering.enterprise.certified', uscc) : undefined));
    expect(certified).toHaveLength(1);
    expect(certified[0]).toMatchObject({ tier: 'innovative', kind: 'new', docNo: '闽工信函〔2025〕88号', certifiedOn: '2025-06-10', validUntil: '2028-06-09', currentTier: 'innovative' });
    expect(of('tiering.enterprise.recommended', uscc).map((r) => r['stage'])).toEqual(['county', 'city', 'submitted']);
    await waitFor(async () => (await client.request('registry.enterprise.get', { uscc, actor: gxj })).tier === 'innovative');
    const latest = await client.request('tiering.evaluation.latest', { uscc });
    expect(latest.distance.currentTier).toBe('innovative');
    expect(latest.distance.nextTier).toBe('specialized');
  });

  it('should refuse to recommend an enterprise that does not meet the tier', async () => {
    const uscc = await registerWithData(HIGH_TECH_2024);
    const error = await expectCode(client.request('tiering.recommendation.create', { uscc, tier: 'little-giant', type: 'new', batchYear: 2025, actor: county }), 'TIERING_NOT_ELIGIBLE');
    expect(error.message).toMatch(/小巨人/);
    await expectCode(
      client.request('tiering.recommendation.create', { uscc, tier: 'innovative', type: 'new', batchYear: 2025, actor: { ...county, countyCode: '350481' } }),
      'OUT_OF_SCOPE',
    );
  });

  it('should renew on 复核, revoke for fraud with a 3-year bar, and keep the history', async () => {
    const uscc = await registerWithData(HIGH_TECH_2024);
    const cert = await client.request('tiering.certification.record', {
      uscc,
      tier: 'innovative',
      issuer: '福建省工业和信息化厅',
      docNo: '闽工信〔2022〕5号',
      certifiedOn: '2022-06-20',
      actor: gxj,
    });
    expect(cert.validUntil).toBe('2025-06-19');
    expect(cert.daysToExpiry).toBe(4);
    const renewed = await client.request('tiering.certification.renew', { certificationId: cert.id, docNo: '闽工信〔2025〕复1号', renewedOn: '2025-06-12', actor: gxj });
    expect(renewed.validUntil).toBe('2028-06-19');
    expect(renewed.kind).toBe('renewal');
    await waitFor(async () => of('tiering.enterprise.renewed', uscc).length === 1);
    const kinds = await waitFor(async () => {
      const c = of('tiering.enterprise.certified', uscc);
      return c.length === 2 ? c.map((x) => x['kind']) : undefined;
    });
    expect(kinds).toEqual(['new', 'renewal']);
    const revoked = await client.request('tiering.certification.revoke', { certificationId: cert.id, reason: '申报数据造假', fraud: true, revokedOn: '2025-06-14', actor: gxj });
    expect(revoked.status).toBe('revoked');
    expect(revoked.barredUntil).toBe('2028-06-14');
    await waitFor(async () => of('tiering.enterprise.revoked', uscc)[0]?.['currentTier'] === null);
    await expectCode(client.request('tiering.recommendation.create', { uscc, tier: 'innovative', type: 'new', batchYear: 2025, actor: county }), 'TIERING_BARRED');
    const history = await client.request('tiering.certification.history', { uscc });
    expect(history.map((h) => h.status)).toEqual(['revoked']);
  });

  it('should count new recognitions against the targets and ignore renewals and recognitions outside the plan', async () => {
    const before = await client.request('tiering.targets.summary', {});
    const a = await registerWithData(HIGH_TECH_2024);
    const b = await registerWithData(HIGH_TECH_2024, '350481');
    await client.request('tiering.certification.record', { uscc: a, tier: 'innovative', issuer: '省工信厅', docNo: 'T-1', certifiedOn: '2023-07-01', actor: gxj });
    await client.request('tiering.certification.record', { uscc: b, tier: 'innovative', issuer: '省工信厅', docNo: 'T-2', certifiedOn: '2021-07-01', actor: gxj });
    const after = await client.request('tiering.targets.summary', {});
    const row = (t: typeof after) => t.rows.find((r) => r.tier === 'innovative')!;
    expect(row(after).achieved).toBe(row(before).achieved + 1);
    expect(row(after).byYear['2023']).toBe((row(before).byYear['2023'] ?? 0) + 1);
    expect(after.outsidePeriod).toBe(before.outsidePeriod + 1);
    expect(row(after).target).toBe(800);
    expect(row(after).met).toBe(false);
    const report = await client.request('tiering.assessment.report', { year: 2023, period: 'annual' });
    expect(report.rows).toHaveLength(11);
    expect(report.rows.find((r) => r.countyCode === '350404')!.newRecognitions.innovative).toBeGreaterThanOrEqual(1);
  });

  it('should require a liaison of the matching rank and flag enterprises without one', async () => {
    const uscc = await registerWithData(HIGH_TECH_2024);
    await client.request('tiering.certification.record', { uscc, tier: 'innovative', issuer: '省工信厅', docNo: 'L-1', certifiedOn: '2024-07-01', actor: gxj });
    const missing = await client.request('tiering.liaison.list', { missingOnly: true, pageSize: 200 });
    expect(missing.items.find((r) => r.uscc === uscc)).toMatchObject({ requiredRank: '科级', needsAssignment: true });
    await expectCode(
      client.request('tiering.liaison.assign', { uscc, cadreName: '李处长', cadreRank: '处级', cadreUnit: '市工信局', actor: gxj }),
      'VALIDATION_FAILED',
    );
    const row = await client.request('tiering.liaison.assign', { uscc, cadreName: '王科长', cadreRank: '科级', cadreUnit: '三元区工信局', actor: gxj });
    expect(row.needsAssignment).toBe(false);
    await client.request('tiering.certification.record', { uscc, tier: 'specialized', issuer: '省工信厅', docNo: 'L-2', certifiedOn: '2025-05-01', actor: gxj });
    const afterUpgrade = await client.request('tiering.liaison.list', { missingOnly: true, pageSize: 200 });
    expect(afterUpgrade.items.find((r) => r.uscc === uscc)).toMatchObject({ requiredRank: '处级', needsAssignment: true });
  });

  it('should apply a redelivered registry event once', async () => {
    const uscc = await registerWithData(HIGH_TECH_2024);
    const evaluations = await waitFor(async () => {
      const h = await client.request('tiering.evaluation.history', { uscc });
      return h.some((x) => x.dataYear === 2024 && x.decisions.innovative === 'eligible') ? h : undefined;
    });
    // Re-publish the registry's annual-data event as a new stream message with the same event id.
    const { connect } = await import('nats');
    const nc = await connect({ servers: nats.url });
    const jsm = await nc.jetstreamManager();
    const last = await jsm.streams.getMessage('REGISTRY', { last_by_subj: 'registry.enterprise.annual-data-submitted' });
    const envelope = last.json<EventEnvelope<{ enterprise: { uscc: string } }>>();
    expect(envelope.data.enterprise.uscc).toBe(uscc);
    await nc.jetstream().publish(envelope.subject, last.data, { msgID: `${envelope.id}-again` });
    await new Promise((r) => setTimeout(r, 1500));
    await nc.close();
    expect(await client.request('tiering.evaluation.history', { uscc })).toHaveLength(evaluations.length);
  });

  it('should list the versions of the tier standards with their periods and 文号 when asked over NATS', async () => {
    // Act
    const versions = await client.request('tiering.rule-version.list', { actor: gxj });

    // Assert
    expect(versions.map((v) => v.id)).toEqual(['tiers-2022', 'tiers-2026']);
    expect(versions[0]).toMatchObject({ effectiveTo: expect.any(String), docNo: expect.stringContaining('〔2022〕') });
    expect(versions[1]).toMatchObject({ effectiveTo: null, docNo: expect.stringContaining('〔2026〕') });
  });

  it('should re-evaluate the whole pool and compare two rule versions with explanations', async () => {
    // Passes the 2022 专精特新 standard (2 years in its niche, 近两年研发费用均值 ≥ 1000万) but not 2026's (≥ 3 years).
    const e = makeEnterprise();
    await client.request('registry.enterprise.create', { ...e, industryGroup: 'industry', independentLegalPerson: true, actor: gxj });
    await client.request('registry.annual-data.submit', {
      uscc: e.uscc,
      year: 2023,
      facts: { operatingRevenue: 9_000_000_000, mainBusinessRevenue: 8_500_000_000, rdExpense: 1_100_000_000 },
      actor: gxj,
    });
    await client.request('registry.annual-data.submit', {
      uscc: e.uscc,
      year: 2024,
      facts: { ...HIGH_TECH_2024, employees: 250, rdStaff: 40, operatingRevenue: 10_000_000_000, mainBusinessRevenue: 9_500_000_000, rdExpense: 1_200_000_000, nicheMarketYears: 2 },
      actor: gxj,
    });
    await waitFor(async () => (await client.request('tiering.evaluation.history', { uscc: e.uscc })).some((h) => h.dataYear === 2024));
    await client.request('tiering.certification.record', { uscc: e.uscc, tier: 'innovative', issuer: '省工信厅', docNo: 'S-1', certifiedOn: '2024-07-01', actor: gxj });
    const job = await client.request('tiering.job.start', { kind: 'reevaluate', asOf: TODAY, actor: gxj });
    const done = await waitFor(async () => {
      const j = await client.request('tiering.job.get', { jobId: job.id });
      return j.status === 'completed' ? j : undefined;
    }, 60_000, 200);
    expect(done.processed).toBe(done.total);
    const shadow = await client.request('tiering.job.start', { kind: 'shadow', asOf: TODAY, versionA: 'tiers-2022', versionB: 'tiers-2026', actor: gxj });
    const finished = await waitFor(async () => {
      const j = await client.request('tiering.job.get', { jobId: shadow.id });
      return j.status === 'completed' ? j : undefined;
    }, 60_000, 200);
    expect(finished.processed).toBe(finished.total);
    const diffs = await client.request('tiering.job.diffs', { jobId: shadow.id, pageSize: 200 });
    const mine = diffs.items.find((d) => d.uscc === e.uscc && d.tier === 'specialized');
    expect(mine).toMatchObject({ decisionA: 'eligible', decisionB: 'not-eligible' });
    expect(mine!.explanation).toMatch(/细分市场/);
    for (const d of diffs.items) {
      expect(d.decisionA).not.toBe(d.decisionB);
      expect(d.explanation).toMatch(/2022|2026/);
    }
    await expectCode(client.request('tiering.job.start', { kind: 'shadow', versionA: 'tiers-2022', versionB: 'nope', actor: gxj }), 'TIERING_RULE_VERSION_UNKNOWN');
  });

  it('should mark titles past their validity as expired when time has passed', async () => {
    const uscc = await registerWithData(HIGH_TECH_2024);
    const cert = await client.request('tiering.certification.record', { uscc, tier: 'innovative', issuer: '省工信厅', docNo: 'E-1', certifiedOn: '2022-06-30', actor: gxj });
    expect(cert.status).toBe('valid');
    const soon = await client.request('tiering.certification.list', { expiringBy: '2025-07-31', pageSize: 200 });
    expect(soon.items.map((c) => c.id)).toContain(cert.id);
    // A month later the service (re)starts and sweeps.
    await tiering.close();
    tiering = await startTiering('2025-07-15');
    const expired = await waitFor(async () => of('tiering.enterprise.expired', uscc)[0]);
    expect(expired).toMatchObject({ tier: 'innovative', validUntil: '2025-06-29', currentTier: null });
    const history = await client.request('tiering.certification.history', { uscc });
    expect(history[0]!.status).toBe('expired');
  });
});
