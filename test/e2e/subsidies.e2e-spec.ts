/**
 * Awards through the gateway, on the processes the launcher runs: a recognition recorded in tiering becomes a
 * 免申即享 entitlement in subsidies, goes through 公示, business and finance approval and payment, and the
 * disbursement is an event on JetStream; the award command and the console's 测算 agree on every example request.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

import type { AwardComputationDto, BudgetLineDto, EntitlementDto, Page, PublicityDto, SubsidyReportDto } from '@ladder/contracts';
import { EventCollector, makeEnterprise, waitFor } from '@ladder/platform-testing';
import ExcelJS from 'exceljs';

import { ApiClient, DEMO_PASSWORD, ROOT, TestStack, shanghaiDate } from '../support/stack';

const AWARD_EXAMPLES = path.join(ROOT, 'docs/examples/awards');

describe('subsidies through the gateway', () => {
  const stack = new TestStack();
  let gxj: ApiClient;
  let gxjsh: ApiClient;
  let czj: ApiClient;
  let czjsh: ApiClient;
  let events: EventCollector;

  beforeAll(async () => {
    await stack.start();
    gxj = await new ApiClient(stack.baseUrl).login('gxj');
    gxjsh = await new ApiClient(stack.baseUrl).login('gxjsh');
    czj = await new ApiClient(stack.baseUrl).login('czj');
    czjsh = await new ApiClient(stack.baseUrl).login('czjsh');
    events = await new EventCollector(stack.nats.url, 'SUBSIDIES', 'e2e-finance-bureau').start();
  });

  afterAll(async () => {
    await events?.stop();
    await stack.stop();
  });

  /** The subsidies service's today; a 公示 closes only after its full window by that clock. */
  let subsidiesDate = shanghaiDate();
  async function openAndClosePublicity(title: string, entitlementIds: string[]): Promise<void> {
    const publicity = await gxj.call<PublicityDto>('POST', '/api/subsidies/publicity', { title, entitlementIds, startsOn: subsidiesDate });
    expect(publicity.status).toBe(201);
    expect((await gxj.call('POST', `/api/subsidies/publicity/${publicity.body.id}/close`)).status).toBe(409);
    // Seven days later by the service's clock: the objection window has been served in full.
    subsidiesDate = new Date(Date.parse(`${publicity.body.endsOn}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    await stack.restartService('subsidies', { SUBSIDIES_DATE: subsidiesDate });
    expect((await gxj.call('POST', `/api/subsidies/publicity/${publicity.body.id}/close`)).status).toBe(200);
  }

  it.each(fs.readdirSync(AWARD_EXAMPLES).filter((f) => f.endsWith('.request.json')))(
    'should compute the same award from the command and the console for %s',
    async (file) => {
      const request = JSON.parse(fs.readFileSync(path.join(AWARD_EXAMPLES, file), 'utf8')) as Record<string, unknown>;
      const cli = spawnSync(process.execPath, [path.join(ROOT, 'tools/run-ts.mjs'), path.join(ROOT, 'tools/policy/cli.ts'), 'award', path.join(AWARD_EXAMPLES, file)], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      expect(cli.status).toBe(0);
      const http = await gxj.call<AwardComputationDto>('POST', '/api/subsidies/compute', request);
      expect(http.status).toBe(200);
      expect(http.body).toEqual(JSON.parse(cli.stdout));
    },
  );

  it('should compute 首台套 national at 500万 → 200万 (cap) and at 200万 → 120万', async () => {
    const at = async (unitPriceFen: number) => (await gxj.call<AwardComputationDto>('POST', '/api/subsidies/compute', { awardId: 'S-36', date: '2025-03-01', facts: { unitPriceFen } })).body;
    expect(await at(500_000_000)).toMatchObject({ amountFen: 200_000_000, capApplied: true });
    expect(await at(200_000_000)).toMatchObject({ amountFen: 120_000_000, capApplied: false });
    const bad = await gxj.call<{ code: string; message: string }>('POST', '/api/subsidies/compute', { awardId: 'S-36', date: '2025-02-30', facts: {} });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('should pay a 2024 专精特新 recognition once: entitlement → 公示 → approvals → payment → event', async () => {
    const e = makeEnterprise({ countyCode: '350404' });
    expect((await gxj.call('POST', '/api/enterprises', { ...e, industryGroup: 'industry' })).status).toBe(201);
    await waitFor(async () => (await gxj.call('GET', `/api/tiering/enterprises/${e.uscc}/evaluation`)).status === 200);
    const cert = await gxj.call('POST', '/api/tiering/certifications', { uscc: e.uscc, tier: 'specialized', issuer: '福建省工业和信息化厅', docNo: '闽工信函企业〔2024〕88号', certifiedOn: '2024-05-10' });
    expect(cert.status).toBe(201);
    const [entitlement] = await waitFor(async () => {
      const r = await gxj.call<Page<EntitlementDto>>('GET', `/api/subsidies/entitlements?uscc=${e.uscc}`);
      return r.body.items.length > 0 ? r.body.items : undefined;
    });
    expect(entitlement).toMatchObject({ awardId: 'S-17', amountFen: 5_000_000, payer: 'CITY', status: 'pending-publicity', name: e.name });

    await openAndClosePublicity('2024年专精特新中小企业奖励公示', [entitlement!.id]);

    let cur = (await gxj.call<EntitlementDto>('GET', `/api/subsidies/entitlements/${entitlement!.id}`)).body;
    // 市工信局经办 may not approve; the finance approver may not make the business step.
    expect((await gxj.call('POST', `/api/subsidies/entitlements/${cur.id}/approve`, { step: 'business', decision: 'approve', expectedVersion: cur.version })).status).toBe(403);
    expect((await czjsh.call('POST', `/api/subsidies/entitlements/${cur.id}/approve`, { step: 'business', decision: 'approve', expectedVersion: cur.version })).status).toBe(403);
    cur = (await gxjsh.call<EntitlementDto>('POST', `/api/subsidies/entitlements/${cur.id}/approve`, { step: 'business', decision: 'approve', comment: '同意', expectedVersion: cur.version })).body;
    expect(cur.status).toBe('business-approved');

    const year = Number(subsidiesDate.slice(0, 4)); // budgets are drawn in the service's year
    const noBudget = await czjsh.call<{ code: string; message: string }>('POST', `/api/subsidies/entitlements/${cur.id}/approve`, { step: 'finance', decision: 'approve', expectedVersion: cur.version });
    expect(noBudget.status).toBe(409);
    expect(noBudget.body.code).toBe('SUBSIDIES_BUDGET_MISSING');
    expect((await czj.call<BudgetLineDto>('PUT', '/api/subsidies/budgets', { payer: 'CITY', year, amountFen: 10_000_000 })).status).toBe(200);
    cur = (await czjsh.call<EntitlementDto>('POST', `/api/subsidies/entitlements/${cur.id}/approve`, { step: 'finance', decision: 'approve', expectedVersion: cur.version })).body;
    expect(cur.status).toBe('approved');
    const paid = await czj.call<EntitlementDto>('POST', `/api/subsidies/entitlements/${cur.id}/disburse`, { voucherNo: 'SMCZ-2026-001', paidOn: `${year}-01-15`, expectedVersion: cur.version });
    expect(paid.status).toBe(200);
    expect(paid.body.status).toBe('disbursed');

    const disbursed = await waitFor(async () => events.of('subsidies.entitlement.disbursed').find((x) => x.data['entitlementId'] === cur.id));
    expect(disbursed.data).toMatchObject({ uscc: e.uscc, awardId: 'S-17', amountFen: 5_000_000, payer: 'CITY', voucherNo: 'SMCZ-2026-001' });
    const report = (await czj.call<SubsidyReportDto>('GET', `/api/subsidies/report?year=${year}`)).body;
    expect(report.reconciliation.find((r) => r.payer === 'CITY')).toMatchObject({ consumedFen: 5_000_000, balanced: true });
    const ledger = await czj.call<Buffer>('GET', `/api/subsidies/ledger.xlsx?year=${year}`);
    expect(ledger.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(ledger.body as never);
    expect(wb.worksheets[0]!.getRow(2).getCell(6).value).toBe('拨付核销');
    // The audit trail has both approvals.
    const auditor = await new ApiClient(stack.baseUrl).login('auditor');
    const audit = await auditor.call<Page<{ action: string; actor: string; result: string }>>('GET', '/api/audit?pageSize=100');
    const actions = audit.body.items.filter((a) => a.result === 'success').map((a) => `${a.action}:${a.actor}`);
    expect(actions).toEqual(expect.arrayContaining(['subsidies.entitlement.approve:gxjsh', 'subsidies.entitlement.approve:czjsh', 'subsidies.entitlement.disburse:czj']));
  });

  it('should let only one of two finance approvals against the last money of a budget line succeed, with a clear error for the other', async () => {
    // Two recognitions of 2024 → two city 5万 entitlements, through 公示 and the business step.
    const ids: string[] = [];
    for (const docNo of ['闽工信函企业〔2024〕91号', '闽工信函企业〔2024〕92号']) {
      const e = makeEnterprise({ countyCode: '350481' });
      expect((await gxj.call('POST', '/api/enterprises', { ...e, industryGroup: 'industry' })).status).toBe(201);
      await waitFor(async () => (await gxj.call('GET', `/api/tiering/enterprises/${e.uscc}/evaluation`)).status === 200);
      expect((await gxj.call('POST', '/api/tiering/certifications', { uscc: e.uscc, tier: 'specialized', issuer: '福建省工业和信息化厅', docNo, certifiedOn: '2024-05-10' })).status).toBe(201);
      ids.push(
        await waitFor(async () => (await gxj.call<Page<EntitlementDto>>('GET', `/api/subsidies/entitlements?uscc=${e.uscc}`)).body.items[0]?.id),
      );
    }
    await openAndClosePublicity('并发审批公示', ids);
    const ready: EntitlementDto[] = [];
    for (const id of ids) {
      const cur = (await gxj.call<EntitlementDto>('GET', `/api/subsidies/entitlements/${id}`)).body;
      ready.push((await gxjsh.call<EntitlementDto>('POST', `/api/subsidies/entitlements/${id}/approve`, { step: 'business', decision: 'approve', expectedVersion: cur.version })).body);
    }
    // Exactly 5万 left on this year's city line.
    const year = Number(subsidiesDate.slice(0, 4)); // budgets are drawn in the service's year
    const line = (await czj.call<BudgetLineDto[]>('GET', `/api/subsidies/budgets?year=${year}`)).body.find((l) => l.payer === 'CITY');
    const committed = (line?.reservedFen ?? 0) + (line?.consumedFen ?? 0);
    expect((await czj.call('PUT', '/api/subsidies/budgets', { payer: 'CITY', year, amountFen: committed + 5_000_000 })).status).toBe(200);

    const results = await Promise.all(
      ready.map((e) => czjsh.call<{ code?: string; message?: string; status?: string }>('POST', `/api/subsidies/entitlements/${e.id}/approve`, { step: 'finance', decision: 'approve', expectedVersion: e.version })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const refused = results.find((r) => r.status === 409)!;
    expect(refused.body.code).toBe('SUBSIDIES_BUDGET_INSUFFICIENT');
    expect(refused.body.message).toMatch(/预算/);
    const after = (await czj.call<BudgetLineDto[]>('GET', `/api/subsidies/budgets?year=${year}`)).body.find((l) => l.payer === 'CITY')!;
    expect(after.reservedFen + after.consumedFen).toBe(after.amountFen);
  });

  it('should take a 公示 entered late (补录) only with a reason and a second person who signs with their password', async () => {
    const e = makeEnterprise({ countyCode: '350404' });
    expect((await gxj.call('POST', '/api/enterprises', { ...e, industryGroup: 'industry' })).status).toBe(201);
    await waitFor(async () => (await gxj.call('GET', `/api/tiering/enterprises/${e.uscc}/evaluation`)).status === 200);
    expect((await gxj.call('POST', '/api/tiering/certifications', { uscc: e.uscc, tier: 'specialized', issuer: '福建省工业和信息化厅', docNo: '闽工信函企业〔2024〕95号', certifiedOn: '2024-05-10' })).status).toBe(201);
    const id = await waitFor(async () => (await gxj.call<Page<EntitlementDto>>('GET', `/api/subsidies/entitlements?uscc=${e.uscc}`)).body.items[0]?.id);
    const monthAgo = new Date(Date.parse(`${subsidiesDate}T00:00:00Z`) - 30 * 86_400_000).toISOString().slice(0, 10);
    const base = { title: '补录公示', entitlementIds: [id], startsOn: monthAgo, backdateReason: '已于门户网站公示，系统补录' };
    const attempts: [string, Record<string, unknown>, number, string][] = [
      ['no approver', base, 400, 'SUBSIDIES_PUBLICITY_BACKDATE'],
      ['a client-made approvedBy is refused', { ...base, approvedBy: { userId: 'x', username: 'gxjsh', roles: ['gxj-approver'] } }, 400, 'VALIDATION_FAILED'],
      ['wrong approver password', { ...base, approver: { username: 'gxjsh', password: 'wrong' } }, 400, 'VALIDATION_FAILED'],
      ['approver without the review permission', { ...base, approver: { username: 'czjsh', password: DEMO_PASSWORD } }, 400, 'VALIDATION_FAILED'],
      ['approving oneself', { ...base, approver: { username: 'gxj', password: DEMO_PASSWORD } }, 403, 'SUBSIDIES_FOUR_EYES'],
      ['no reason', { ...base, backdateReason: undefined, approver: { username: 'gxjsh', password: DEMO_PASSWORD } }, 400, 'SUBSIDIES_PUBLICITY_BACKDATE'],
    ];
    for (const [label, body, status, code] of attempts) {
      const r = await gxj.call<{ code: string; message: string }>('POST', '/api/subsidies/publicity', body);
      expect({ label, status: r.status, code: r.body.code }).toEqual({ label, status, code });
      expect(r.body.message).toMatch(/[\u4e00-\u9fff]/);
    }
    const ok = await gxj.call<PublicityDto>('POST', '/api/subsidies/publicity', { ...base, approver: { username: 'gxjsh', password: DEMO_PASSWORD } });
    expect(ok.status).toBe(201);
    // The window runs in full from the day of entry, whatever the backdated start says.
    const endsOn = new Date(Date.parse(`${subsidiesDate}T00:00:00Z`) + 6 * 86_400_000).toISOString().slice(0, 10);
    expect(ok.body).toMatchObject({ startsOn: monthAgo, endsOn, approvedBy: 'gxjsh', backdateReason: '已于门户网站公示，系统补录' });
    const close = await gxj.call<{ code: string }>('POST', `/api/subsidies/publicity/${ok.body.id}/close`);
    expect([close.status, close.body.code]).toEqual([409, 'SUBSIDIES_PUBLICITY_STATE']);
    // The approver's password never reaches the audit trail.
    const auditor = await new ApiClient(stack.baseUrl).login('auditor');
    const audit = await waitFor(async () => {
      const page = await auditor.call<Page<{ action: string; result: string; request: { approver?: { password?: string } } | null }>>('GET', '/api/audit?action=subsidies.publicity.create&pageSize=20');
      return page.body.items.some((a) => a.result === 'success' && a.request?.approver) ? page.body.items : undefined;
    });
    expect(audit.filter((a) => a.request?.approver).every((a) => a.request?.approver?.password === '******')).toBe(true);
  });

  it('should refuse bad input with a Chinese message and change nothing', async () => {
    const r = await czj.call<{ code: string; message: string }>('PUT', '/api/subsidies/budgets', { payer: 'CITY', year: 2026, amountFen: 12.5 });
    expect(r.status).toBe(400);
    expect(r.body.message).toMatch(/[\u4e00-\u9fff]/);
    const bad = await gxj.call<{ code: string }>('POST', '/api/subsidies/applications', { uscc: '91350100M000100Y44', awardId: 'S-36', date: '2025-03-01', reference: 'x', facts: {}, documents: [] });
    expect(bad.status).toBe(400);
  });
});
