/**
 * Financing guarantees through the gateway, on the processes the launcher runs (real NATS, real databases): a
 * recognition recorded in tiering puts the enterprise on the white list; a guarantor receives, reviews and (another
 * person) approves a guarantee with the reduced fee; the bank confirms the loan and subscribers get the events; a
 * revocation takes the enterprise off the list within one delivery. The command and the API agree on every example.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

import type { GuaranteeApplicationDto, GuaranteeComputationDto, OrganisationDto, Page, WhiteListEntryDto } from '@ladder/contracts';
import { EventCollector, makeEnterprise, waitFor } from '@ladder/platform-testing';
import ExcelJS from 'exceljs';

import { ApiClient, ROOT, TestStack } from '../support/stack';

const EXAMPLES = path.join(ROOT, 'docs/examples/guarantees');
const WAN = 1_000_000;

describe('guarantees through the gateway', () => {
  const stack = new TestStack();
  let gxj: ApiClient;
  let jrj: ApiClient;
  let dbjg: ApiClient;
  let dbsp: ApiClient;
  let yh: ApiClient;
  let bankSubscriber: EventCollector;
  let guarantor: OrganisationDto;
  let bank: OrganisationDto;

  beforeAll(async () => {
    await stack.start();
    gxj = await new ApiClient(stack.baseUrl).login('gxj');
    jrj = await new ApiClient(stack.baseUrl).login('jrj');
    dbjg = await new ApiClient(stack.baseUrl).login('dbjg');
    dbsp = await new ApiClient(stack.baseUrl).login('dbsp');
    yh = await new ApiClient(stack.baseUrl).login('yh');
    // A partner bank's own durable subscription to the guarantees stream.
    bankSubscriber = await new EventCollector(stack.nats.url, 'GUARANTEES', 'e2e-partner-bank').start();
    guarantor = (await jrj.call<OrganisationDto>('POST', '/api/guarantees/organisations', { kind: 'guarantor', name: '三明市融资担保有限公司（测试）', members: ['dbjg', 'dbsp'] })).body;
    bank = (await jrj.call<OrganisationDto>('POST', '/api/guarantees/organisations', { kind: 'bank', name: '三明农商银行（测试）', members: ['yh'] })).body;
  });

  afterAll(async () => {
    await bankSubscriber?.stop();
    await stack.stop();
  });

  it.each(fs.readdirSync(EXAMPLES).filter((f) => f.endsWith('.request.json')))('should compute the same as the command for %s', async (file) => {
    const request = JSON.parse(fs.readFileSync(path.join(EXAMPLES, file), 'utf8')) as Record<string, unknown>;
    const cli = spawnSync(process.execPath, [path.join(ROOT, 'tools/run-ts.mjs'), path.join(ROOT, 'tools/policy/cli.ts'), 'guarantee', path.join(EXAMPLES, file)], { cwd: ROOT, encoding: 'utf8' });
    expect(cli.status).toBe(0);
    const http = await jrj.call<GuaranteeComputationDto>('POST', '/api/guarantees/compute', request);
    expect(http.status).toBe(200);
    expect(http.body).toEqual(JSON.parse(cli.stdout));
  });

  it('should refuse a bank officer the regulator’s routes and an unknown field in the 测算', async () => {
    expect((await yh.call('POST', '/api/guarantees/organisations', { kind: 'bank', name: '冒名银行', members: [] })).status).toBe(403);
    expect((await gxj.call('GET', '/api/guarantees/whitelist')).status).toBe(403);
    const bad = await jrj.call<{ message: string }>('POST', '/api/guarantees/compute', { date: '2024-06-01', notAField: 1 });
    expect(bad.status).toBe(400);
  });

  it('should run certification → white list → approved guarantee with the reduced fee → loan issued → event, and revocation → removed', async () => {
    // Certification in tiering → the white list, with its event.
    const e = makeEnterprise({ countyCode: '350404' });
    expect((await gxj.call('POST', '/api/enterprises', { ...e, industryGroup: 'industry' })).status).toBe(201);
    await waitFor(async () => (await gxj.call('GET', `/api/tiering/enterprises/${e.uscc}/evaluation`)).status === 200);
    const cert = await gxj.call<{ id: string }>('POST', '/api/tiering/certifications', { uscc: e.uscc, tier: 'specialized', issuer: '福建省工业和信息化厅', docNo: '闽工信函企业〔2025〕12号', certifiedOn: '2025-03-01' });
    expect(cert.status).toBe(201);
    const [entry] = await waitFor(async () => {
      const r = await yh.call<Page<WhiteListEntryDto>>('GET', `/api/guarantees/whitelist?uscc=${e.uscc}`);
      return r.body.items.length > 0 ? r.body.items : undefined;
    });
    expect(entry).toMatchObject({ member: true, tier: 'specialized', since: '2025-03-01', source: 'title' });
    await waitFor(async () => (await yh.call<Page<WhiteListEntryDto>>('GET', `/api/guarantees/whitelist?uscc=${e.uscc}`)).body.items[0]?.name === e.name);
    await waitFor(async () => bankSubscriber.events.find((x) => x.subject === 'guarantees.whitelist.added' && x.data['uscc'] === e.uscc));
    const xlsx = await yh.call<Buffer>('GET', `/api/guarantees/whitelist.xlsx?uscc=${e.uscc}`);
    expect(xlsx.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.body as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['融资担保白名单', '变更记录']);
    expect(wb.worksheets[0]!.getRow(2).getCell(1).value).toBe(e.uscc);

    // Received (recorded after the fact: the plan's measures run through 2025), reviewed, approved by another person.
    const body = { uscc: e.uscc, guarantorId: guarantor.id, bankId: bank.id, principalFen: 300 * WAN, termMonths: 12, purpose: '购置生产设备', applicationDate: '2025-06-20' };
    const app = await dbjg.call<GuaranteeApplicationDto>('POST', '/api/guarantees/applications', body);
    expect(app.status).toBe(201);
    expect(app.body).toMatchObject({ status: 'submitted', ceilingFen: 500 * WAN, feeTreatment: 'reduced', standardFeeFen: 3 * WAN, chargedFeeFen: 1.5 * WAN, policyCostFen: 1.5 * WAN });
    expect(app.body.computation.fee?.rateZh).toBeDefined();
    expect((await dbjg.call('POST', `/api/guarantees/applications/${app.body.id}/review`, { approve: true, note: '资料齐全' })).status).toBe(200);
    expect((await dbjg.call('POST', `/api/guarantees/applications/${app.body.id}/decision`, { approve: true })).status).toBe(403);
    const decided = await dbsp.call<GuaranteeApplicationDto>('POST', `/api/guarantees/applications/${app.body.id}/decision`, { approve: true });
    expect(decided.body.status).toBe('approved');

    // The rest of the ceiling: 200万 fits, one 分 more does not.
    const over = await dbjg.call<{ code: string; message: string }>('POST', '/api/guarantees/applications', { ...body, principalFen: 200 * WAN + 1 });
    expect(over.status).toBe(409);
    expect(over.body.message).toMatch(/超/);

    // The bank confirms the loan → event.
    expect((await dbjg.call('POST', `/api/guarantees/applications/${app.body.id}/loan`, { loanNo: 'X', issuedOn: '2025-06-25' })).status).toBe(403);
    const issued = await yh.call<GuaranteeApplicationDto>('POST', `/api/guarantees/applications/${app.body.id}/loan`, { loanNo: 'SMNS-2025-0625-01', issuedOn: '2025-06-25' });
    expect(issued.body.status).toBe('issued');
    const loan = await waitFor(async () => bankSubscriber.events.find((x) => x.subject === 'guarantees.loan.issued' && x.data['applicationId'] === app.body.id));
    expect(loan.data).toMatchObject({ uscc: e.uscc, principalFen: 300 * WAN, loanNo: 'SMNS-2025-0625-01' });
    expect((await yh.call<Page<GuaranteeApplicationDto>>('GET', `/api/guarantees/applications?uscc=${e.uscc}`)).body.total).toBe(1);
    const exposure = await jrj.call<{ byBank: { key: string; outstandingFen: number }[] }>('GET', '/api/guarantees/exposure');
    expect(exposure.body.byBank.find((r) => r.key === bank.id)?.outstandingFen).toBe(300 * WAN);

    // Revocation in tiering → off the white list within one delivery, and the bank's subscriber sees it.
    const revoked = await gxj.call('POST', `/api/tiering/certifications/${cert.body.id}/revoke`, { reason: '经核查申报数据不实', fraud: true, revokedOn: '2025-09-30' });
    expect(revoked.status).toBe(200);
    const removal = await waitFor(async () => bankSubscriber.events.find((x) => x.subject === 'guarantees.whitelist.removed' && x.data['uscc'] === e.uscc));
    expect(removal.data).toMatchObject({ cause: 'fraud', effectiveOn: '2025-10-01' });
    expect((await yh.call<Page<WhiteListEntryDto>>('GET', `/api/guarantees/whitelist?uscc=${e.uscc}`)).body.total).toBe(0);
  });

  it('should approve at most the ceiling when ten applications arrive at once', async () => {
    const e = makeEnterprise({ countyCode: '350481' });
    expect((await gxj.call('POST', '/api/enterprises', { ...e, industryGroup: 'industry' })).status).toBe(201);
    await waitFor(async () => (await gxj.call('GET', `/api/tiering/enterprises/${e.uscc}/evaluation`)).status === 200);
    expect((await gxj.call('POST', '/api/tiering/certifications', { uscc: e.uscc, tier: 'specialized', issuer: '福建省工业和信息化厅', docNo: '闽工信函企业〔2025〕13号', certifiedOn: '2025-03-01' })).status).toBe(201);
    await waitFor(async () => (await jrj.call<Page<WhiteListEntryDto>>('GET', `/api/guarantees/whitelist?uscc=${e.uscc}`)).body.total === 1);
    const body = { uscc: e.uscc, guarantorId: guarantor.id, bankId: bank.id, principalFen: 150 * WAN, termMonths: 12, purpose: '流动资金', applicationDate: '2025-06-20' };
    const results = await Promise.all(Array.from({ length: 10 }, () => dbjg.call<{ code?: string; message?: string }>('POST', '/api/guarantees/applications', body)));
    expect(results.filter((r) => r.status === 201)).toHaveLength(3);
    const refused = results.filter((r) => r.status !== 201);
    expect(refused.map((r) => r.status)).toEqual(Array(7).fill(409));
    for (const r of refused) expect(r.body.message).toMatch(/[\u4e00-\u9fff]/);
  });
});
