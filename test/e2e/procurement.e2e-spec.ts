/**
 * 政府采购监测 through the gateway, on the processes the launcher runs (real NATS, real databases): every example of
 * docs/examples/procurement and docs/examples/payments gives through the API exactly the JSON the policy command
 * prints; a contract with an SME of the pool is delivered, its due date passes, the overdue scan runs twice and
 * raises one event, the SME complains and 财政局 reviews the complaint on its 10-working-day clock; a project's
 * reserved share is checked, a bid's SME declaration is checked against the size class the registry published over
 * NATS, the award records the contract; contracts and deliveries come from the Excel templates with row errors, and
 * the SME share by department and the repeat offenders answer.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

import type {
  BidDto,
  ComplaintDto,
  ContractDto,
  EnterpriseDto,
  EventEnvelope,
  OverdueScanResultDto,
  Page,
  ProcurementImportDto,
  ProcurementImportRowErrorDto,
  ProjectDto,
  RepeatOffendersDto,
  SmeShareDto,
  SmeShareGroupsDto,
  SupplierCardDto,
} from '@ladder/contracts';
import ExcelJS from 'exceljs';
import { EventCollector, makeEnterprise, makeUscc, waitFor } from '@ladder/platform-testing';

import { ApiClient, ROOT, TestStack } from '../support/stack';

const EXAMPLES = path.join(ROOT, 'docs/examples');
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

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

  it('should check a project, flag a bid the registry contradicts, award it, and import contracts and deliveries from the templates', async () => {
    // Arrange: an enterprise of the pool with annual data: 50 people, 800万元 → a 小型 industrial enterprise
    const e = makeEnterprise({ countyCode: '350404' });
    expect((await gxj.call('POST', '/api/enterprises', { ...e, industryGroup: 'industry' })).status).toBe(201);
    expect((await gxj.call('PUT', `/api/enterprises/${e.uscc}/annual-data/2025`, { facts: { employees: 50, operatingRevenue: 800_000_000 } })).status).toBe(200);
    const registry = await waitFor(async () => {
      const r = await gxj.call<EnterpriseDto>('GET', `/api/enterprises/${e.uscc}`);
      return r.body.sizeClass ? r.body : undefined;
    });
    const expected = registry.sizeClass === 'not-sme' ? 'large' : registry.sizeClass;
    await waitFor(async () => ((await czj.call<SupplierCardDto>('GET', `/api/procurement/suppliers/${e.uscc}`)).body.sizeClass === expected ? true : undefined));
    const declared = expected === 'medium' ? 'small' : 'medium';
    // Act: goods 500万 on 2024-06-01, a reserved package of 150万; 小微 deduction 10 % in the tender documents
    const project = await czj.call<ProjectDto>('POST', '/api/procurement/projects', {
      projectNumber: 'E2E-XM-001', name: '实验室设备', buyerName: '三明市E2E采购局', buyerKind: 'institution', department: '三明市E2E主管局', countyCode: '350404',
      category: 'goods', budgetFen: 500_000_000, procurementDate: '2024-06-01', reservedForm: 'package', reservedFen: 150_000_000, reservedForSmallMicroFen: 90_000_000, smallMicroRateBp: 1000,
    });
    const bid = await czj.call<BidDto>('POST', `/api/procurement/projects/${project.body.id}/bids`, { supplierUscc: e.uscc, supplierName: e.name, declaredSize: declared, form: 'alone', bidFen: 200_000_000, goodsMadeBySmallMicro: true });
    const awarded = await czj.call<ProjectDto>('POST', `/api/procurement/projects/${project.body.id}/award`, { bidId: bid.body.id, contractNumber: 'E2E-HT-XM-001', signedOn: '2024-07-01' });
    const contract = await czj.call<ContractDto>('GET', `/api/procurement/contracts/${awarded.body.contractId ?? ''}`);
    // Assert
    expect(project.status).toBe(201);
    expect(project.body).toMatchObject({ reserveDecision: 'share-reserved', reserveCompliant: true, reserve: { minimumReservedFen: 150_000_000 } });
    expect(bid.status).toBe(201);
    expect(bid.body).toMatchObject({ declaredSize: declared, registrySize: expected, sizeUsed: expected, sizeMismatch: true });
    expect(bid.body.deductionDecision).toBe(expected === 'small' || expected === 'micro' ? 'accepted' : 'not-applicable');
    expect(awarded.status).toBe(200);
    expect(contract.body).toMatchObject({ projectId: project.body.id, department: '三明市E2E主管局', sizeAtSigning: expected, sizeSource: 'registry', sizeMismatch: true, amountFen: 200_000_000 });

    // Act: the contract template filled with one good and one bad row, then the deliveries
    const template = await czj.call<Buffer>('GET', '/api/procurement/imports/template?kind=contracts');
    const upload = async (kind: string, rows: (string | number)[][]): Promise<ProcurementImportDto> => {
      const t = kind === 'contracts' ? template.body : (await czj.call<Buffer>('GET', `/api/procurement/imports/template?kind=${kind}`)).body;
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(t as unknown as ArrayBuffer);
      for (const r of rows) wb.worksheets[0]?.addRow(r);
      const file = Buffer.from(await wb.xlsx.writeBuffer());
      const res = await czj.call<ProcurementImportDto>('POST', `/api/procurement/imports?kind=${kind}`, file, { 'content-type': XLSX, 'x-file-name': encodeURIComponent(`${kind}.xlsx`) });
      expect(res.status).toBe(202);
      return waitFor(async () => {
        const j = await czj.call<ProcurementImportDto>('GET', `/api/procurement/imports/${res.body.id}`);
        return j.body.status === 'completed' ? j.body : undefined;
      });
    };
    const row = ['E2E-IMP-001', '三明市E2E导入局', '机关', '三明市E2E主管局', '三元区', makeUscc('350404'), '三明E2E导入公司', '微型', '2024-03-01', '1000.00'];
    const contracts = await upload('contracts', [row, ['E2E-IMP-002', '三明市E2E导入局', '机关', '', '三元区', 'BAD', '三明E2E坏行公司', '微型', '2024-03-01', '1000.00']]);
    const errors = await czj.call<ProcurementImportRowErrorDto[]>('GET', `/api/procurement/imports/${contracts.id}/errors`);
    const deliveries = await upload('deliveries', [['E2E-IMP-001', '2024-03-01']]);
    const imported = await czj.call<Page<ContractDto>>('GET', `/api/procurement/contracts?buyerName=${encodeURIComponent('三明市E2E导入局')}`);
    const byDepartment = await czj.call<SmeShareGroupsDto>('GET', '/api/procurement/sme-share/groups?year=2024&by=department');
    const offenders = await czj.call<RepeatOffendersDto>('GET', '/api/procurement/repeat-offenders?year=2024');
    // Assert
    expect(template.status).toBe(200);
    expect(template.headers.get('content-type')).toContain('spreadsheetml');
    expect(contracts).toMatchObject({ kind: 'contracts', totalRows: 2, appliedRows: 1, failedRows: 1 });
    expect(errors.body).toEqual([{ rowNumber: 3, contractNumber: 'E2E-IMP-002', messages: [expect.stringContaining('统一社会信用代码')] }]);
    expect(deliveries).toMatchObject({ appliedRows: 1, failedRows: 0 });
    expect(imported.body.items).toHaveLength(1);
    expect(imported.body.items[0]).toMatchObject({ contractNumber: 'E2E-IMP-001', amountFen: 100_000, deliveredOn: '2024-03-01', dueDate: '2024-04-01' });
    const department = byDepartment.body.rows.find((r) => r.key === '三明市E2E主管局');
    const smeAward = expected === 'large' ? 0 : 200_000_000;
    expect(department).toMatchObject({ contracts: 2, totalFen: 200_100_000, smeFen: smeAward + 100_000 });
    expect(department?.formula).toContain('÷');
    expect(offenders.status).toBe(200);
    expect(offenders.body.rule).toMatchObject({ minYears: 2, minContracts: 3 });
  });
});
