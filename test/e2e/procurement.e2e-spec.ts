/**
 * 政府采购监测 through the gateway, on the processes the launcher runs (real NATS, real databases): every example of
 * docs/examples/procurement and docs/examples/payments gives through the API exactly the JSON the policy command
 * prints; a contract with an SME of the pool is delivered, its due date passes, the overdue scan runs twice and
 * raises one event, the SME complains and 财政局 reviews the complaint on its 10-working-day clock.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

import type { ComplaintDto, ContractDto, EventEnvelope, OverdueScanResultDto, SmeShareDto } from '@ladder/contracts';
import { EventCollector, makeEnterprise, waitFor } from '@ladder/platform-testing';

import { ApiClient, ROOT, TestStack } from '../support/stack';

const EXAMPLES = path.join(ROOT, 'docs/examples');

/** What `npm run -s policy -- <command> <file> [--params <file>]` prints, parsed. */
function commandOutput(command: 'procurement' | 'payment', file: string, paramsFile?: string): unknown {
  const args = [path.join(ROOT, 'tools/run-ts.mjs'), 'tools/policy/cli.ts', command, file, ...(paramsFile ? ['--params', paramsFile] : [])];
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`policy ${command} ${file}: ${r.stderr}`);
  return JSON.parse(r.stdout) as unknown;
}

const requests = (dir: string): string[] =>
  fs
    .readdirSync(path.join(EXAMPLES, dir))
    .filter((f) => f.endsWith('.request.json'))
    .sort()
    .map((f) => path.join(EXAMPLES, dir, f));
const readJson = (file: string): Record<string, unknown> => JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;

describe('procurement through the gateway', () => {
  const stack = new TestStack();
  let gxj: ApiClient;
  let czj: ApiClient;
  let swj: ApiClient;
  let events: EventCollector;

  beforeAll(async () => {
    await stack.start();
    gxj = await new ApiClient(stack.baseUrl).login('gxj');
    czj = await new ApiClient(stack.baseUrl).login('czj');
    swj = await new ApiClient(stack.baseUrl).login('swj');
    events = await new EventCollector(stack.nats.url, 'PROCUREMENT', 'e2e-procurement').start();
  });

  afterAll(async () => {
    await events?.stop();
    await stack.stop();
  });

  it('should answer every procurement example with the command output when posted to /api/procurement/compute', async () => {
    const files = requests('procurement');
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const file of files) {
      // Act
      const res = await swj.call('POST', '/api/procurement/compute', { request: readJson(file) });
      // Assert
      expect({ file: path.basename(file), status: res.status, body: res.body }).toEqual({ file: path.basename(file), status: 200, body: commandOutput('procurement', file) });
    }
  });

  it('should answer every payment example with the command output when posted to /api/procurement/payments/compute', async () => {
    const files = requests('payments');
    expect(files.length).toBeGreaterThanOrEqual(8);
    const paramsFile = path.join(EXAMPLES, 'payments/transition-period-start.params.json');
    const cases = [...files.map((f) => ({ f, p: undefined as string | undefined })), ...files.filter((f) => f.includes('signed-2025-05')).map((f) => ({ f, p: paramsFile }))];
    for (const { f, p } of cases) {
      // Act
      const res = await czj.call('POST', '/api/procurement/payments/compute', { request: readJson(f), ...(p ? { params: readJson(p) } : {}) });
      // Assert
      expect({ file: path.basename(f), params: p !== undefined, status: res.status, body: res.body }).toEqual({ file: path.basename(f), params: p !== undefined, status: 200, body: commandOutput('payment', f, p) });
    }
  });

  it('should refuse an invalid 测算 request with the problems in Chinese when a field is wrong', async () => {
    // Act
    const res = await czj.call<{ code: string; message: string }>('POST', '/api/procurement/payments/compute', { request: { buyerKind: 'x' } });
    // Assert
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('PROCUREMENT_INVALID_REQUEST');
    expect(res.body.message).toMatch(/付款方类型/);
  });

  it('should take a contract from delivery past its due date to one overdue event and a complaint reviewed in time', async () => {
    // Arrange: an enterprise of the pool; the contract is signed and delivered on 2024-09-01 (a 机关 buyer, no term)
    const e = makeEnterprise({ countyCode: '350404' });
    expect((await gxj.call('POST', '/api/enterprises', { ...e, industryGroup: 'industry' })).status).toBe(201);
    await stack.restartService('procurement', { PROCUREMENT_DATE: '2024-09-01', OVERDUE_SCAN_MINUTES: '0' });
    const contract = { contractNumber: 'E2E-HT-001', buyerName: '三明市E2E局', buyerKind: 'organ', countyCode: '350404', supplierUscc: e.uscc, supplierName: e.name, declaredSize: 'small', signedOn: '2024-08-20', amountFen: 10_000_000 };
    const forbidden = await gxj.call('POST', '/api/procurement/contracts', contract);
    const recorded = await czj.call<ContractDto>('POST', '/api/procurement/contracts', contract);
    const delivered = await czj.call<ContractDto>('POST', `/api/procurement/contracts/${recorded.body.id}/delivery`, { date: '2024-09-01' });
    // Act: the due date (2024-10-08) passes; the scan runs twice and the service restarts in between
    await stack.restartService('procurement', { PROCUREMENT_DATE: '2024-10-09', OVERDUE_SCAN_MINUTES: '0' });
    const first = await czj.call<OverdueScanResultDto>('POST', '/api/procurement/scan');
    const second = await czj.call<OverdueScanResultDto>('POST', '/api/procurement/scan');
    const judged = await swj.call<ContractDto>('GET', `/api/procurement/contracts/${recorded.body.id}`);
    const share = await czj.call<SmeShareDto>('GET', '/api/procurement/sme-share?year=2024');
    // Assert
    expect(forbidden.status).toBe(403);
    expect(recorded.status).toBe(201);
    expect(delivered.status).toBe(200);
    expect(first.body.overdue).toBe(1);
    expect(second.body).toMatchObject({ overdue: 0, alreadySent: 1 });
    expect(judged.body).toMatchObject({ dueDate: '2024-10-08', paymentStatus: 'overdue', daysOverdue: 1, outstandingFen: 10_000_000 });
    expect(share.body.rows.find((r) => r.buyerName === '三明市E2E局')).toMatchObject({ totalFen: 10_000_000, smeFen: judged.body.sizeAtSigning === 'large' ? 0 : 10_000_000 });
    await waitFor(async () => (events.of('procurement.payment.overdue-detected').length > 0 ? true : undefined));
    await new Promise((r) => setTimeout(r, 1000));
    const overdue: EventEnvelope<Record<string, unknown>>[] = events.of('procurement.payment.overdue-detected').filter((x) => x.data['contractId'] === recorded.body.id);
    expect(overdue).toHaveLength(1);
    expect(overdue[0]?.data).toMatchObject({ dueDate: '2024-10-08', daysOverdue: 1, scannedOn: '2024-10-09' });

    // Act: the SME complains on 2024-09-27 … (a complaint about an earlier delivery of the same buyer)
    await stack.restartService('procurement', { PROCUREMENT_DATE: '2024-09-27', OVERDUE_SCAN_MINUTES: '0' });
    const filed = await gxj.call<ComplaintDto>('POST', '/api/procurement/complaints', { complainantUscc: e.uscc, complainantName: e.name, respondentName: '三明市E2E局', contractId: recorded.body.id, summary: '货款逾期未付', filedVia: 'liaison' });
    await stack.restartService('procurement', { PROCUREMENT_DATE: '2024-10-16', OVERDUE_SCAN_MINUTES: '0' });
    const noneYet = await czj.call<OverdueScanResultDto>('POST', '/api/procurement/scan');
    const reviewed = await czj.call<ComplaintDto>('POST', `/api/procurement/complaints/${filed.body.id}/review`, { decision: 'accept', forwardTo: '三明市财政局' });
    // Assert
    expect(filed.status).toBe(201);
    expect(filed.body).toMatchObject({ receivedOn: '2024-09-27', reviewDueOn: '2024-10-16', reviewClock: 'running' });
    expect(noneYet.body.complaintsOverdue).toBe(0);
    expect(reviewed.body).toMatchObject({ status: 'accepted', reviewClock: 'met', informedOn: '2024-10-16' });
    await waitFor(async () => (events.of('procurement.complaint.reviewed').some((x) => x.data['complaintId'] === filed.body.id) ? true : undefined));
  });
});
