/**
 * A financing-guarantee approval in real Chromium against the whole stack (issue 10): a 专精特新 title puts the
 * enterprise on the white list; the guarantor's officer receives and reviews two applications; in the console the
 * approver approves one, and is refused — with the server's Chinese message — on the one they received themselves
 * (maker ≠ checker); the partner bank, whose menu shows only the white list and its loans, confirms the loan; the
 * guarantor's officer receives a third application with the console's form, its ceiling check shown first.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

import type { GuaranteeApplicationDto, OrganisationDto, Page as ApiPage, WhiteListEntryDto } from '@ladder/contracts';
import { makeEnterprise, waitFor } from '@ladder/platform-testing';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';

import { ApiClient, DEMO_PASSWORD, ROOT, TestStack } from '../support/stack';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const ARTIFACTS = path.join(ROOT, 'test-output');
const WAN = 1_000_000;

describe('a guarantee approval in Chromium', () => {
  const stack = new TestStack({ console: true });
  let browser: Browser;
  let page: Page;
  let uscc = '';
  let reviewedByOfficer = '';
  let receivedByApprover = '';
  let regulator: ApiClient;

  beforeAll(async () => {
    if (!fs.existsSync(path.join(ROOT, 'dist/apps/console/index.html'))) throw new Error('build the console first');
    await stack.start();
    const gxj = await new ApiClient(stack.baseUrl).login('gxj');
    const jrj = await new ApiClient(stack.baseUrl).login('jrj');
    regulator = jrj;
    const dbjg = await new ApiClient(stack.baseUrl).login('dbjg');
    const secadmin = await new ApiClient(stack.baseUrl).login('secadmin');

    // The approver also receives applications here, so that one of them is theirs to be refused on.
    const accounts = await secadmin.call<{ id: string; username: string }[]>('GET', '/api/accounts');
    const dbspId = accounts.body.find((a) => a.username === 'dbsp')?.id;
    const assigned = await secadmin.call('PUT', `/api/accounts/${dbspId}/roles`, { roles: ['guarantor-officer', 'guarantor-approver'] });
    expect(assigned.status).toBe(200);
    const dbsp = await new ApiClient(stack.baseUrl).login('dbsp');

    const guarantor = (await jrj.call<OrganisationDto>('POST', '/api/guarantees/organisations', { kind: 'guarantor', name: '三明市融资担保有限公司（测试）', members: ['dbjg', 'dbsp'] })).body;
    const bank = (await jrj.call<OrganisationDto>('POST', '/api/guarantees/organisations', { kind: 'bank', name: '三明农商银行（测试）', members: ['yh'] })).body;

    const e = makeEnterprise({ countyCode: '350404' });
    uscc = e.uscc;
    expect((await gxj.call('POST', '/api/enterprises', { ...e, industryGroup: 'industry' })).status).toBe(201);
    await waitFor(async () => (await gxj.call('GET', `/api/tiering/enterprises/${e.uscc}/evaluation`)).status === 200);
    const cert = await gxj.call('POST', '/api/tiering/certifications', { uscc: e.uscc, tier: 'specialized', issuer: '福建省工业和信息化厅', docNo: '闽工信函企业〔2025〕21号', certifiedOn: '2025-03-01' });
    expect(cert.status).toBe(201);
    await waitFor(async () => (await jrj.call<ApiPage<WhiteListEntryDto>>('GET', `/api/guarantees/whitelist?uscc=${e.uscc}`)).body.total === 1);

    // Recorded after the fact (the plan's measures run through 2025).
    const body = { uscc: e.uscc, guarantorId: guarantor.id, bankId: bank.id, termMonths: 12, purpose: '购置生产设备', applicationDate: '2025-06-20' };
    const a = await dbjg.call<GuaranteeApplicationDto>('POST', '/api/guarantees/applications', { ...body, principalFen: 200 * WAN });
    expect(a.status).toBe(201);
    expect((await dbjg.call('POST', `/api/guarantees/applications/${a.body.id}/review`, { approve: true, note: '资料齐全' })).status).toBe(200);
    reviewedByOfficer = a.body.id;
    const b = await dbsp.call<GuaranteeApplicationDto>('POST', '/api/guarantees/applications', { ...body, principalFen: 100 * WAN });
    expect(b.status).toBe(201);
    expect((await dbsp.call('POST', `/api/guarantees/applications/${b.body.id}/review`, { approve: true })).status).toBe(200);
    receivedByApprover = b.body.id;

    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 240_000);

  afterAll(async () => {
    if (page) {
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: path.join(ARTIFACTS, 'guarantees-last.png'), fullPage: true }).catch(() => undefined);
    }
    await browser?.close();
    await stack.stop();
  });

  async function open(username: string): Promise<Page> {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(`${stack.baseUrl}/login`);
    await page.locator('input[data-testid="login-username"]').or(page.getByTestId('login-username').locator('input')).first().fill(username);
    await page.locator('input[data-testid="login-password"]').or(page.getByTestId('login-password').locator('input')).first().fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.waitForURL((u) => !u.pathname.endsWith('/login'));
    return page;
  }

  async function status(p: Page, expected: string): Promise<void> {
    await p.waitForFunction((s) => document.querySelector('[data-testid="gdetail-status"]')?.getAttribute('data-status') === s, expected);
  }

  it('should let the approver approve from the list, and refuse their own application in Chinese', async () => {
    const p = await open('dbsp');
    await p.locator('.layout-menu .el-menu-item', { hasText: '担保申请与审批' }).click();
    await p.getByTestId('gapp-page').waitFor();
    await p.locator(`[data-testid="gapp-row"][data-id="${reviewedByOfficer}"] [data-testid="gapp-view"]`).click();
    await status(p, 'reviewed');
    await expectText(p, '[data-testid="gdetail-descriptions"]', '200万元');
    await expectText(p, '[data-testid="gdetail-descriptions"]', '三明农商银行（测试）');
    await p.getByTestId('gdetail-decide').click();
    await p.locator('[data-testid="gact-note"] textarea').or(p.locator('textarea[data-testid="gact-note"]')).first().fill('同意担保');
    await p.getByTestId('gact-confirm').click();
    await status(p, 'approved');
    await expectText(p, '[data-testid="gdetail-timeline"]', '担保机构审批 · 同意');
    await expectText(p, '[data-testid="gdetail-timeline"]', '同意担保');

    await p.goto(`${stack.baseUrl}/guarantees/applications/${receivedByApprover}`);
    await status(p, 'reviewed');
    await p.getByTestId('gdetail-decide').click();
    await p.getByTestId('gact-confirm').click();
    await expectText(p, '[data-testid="gact-error"]', '审批须由受理、初审以外的另一人进行');
    await status(p, 'reviewed');
    await p.context().close();
  });

  it('should export the white list as an Excel file with the list filter', async () => {
    const file = await regulator.call<Buffer>('GET', `/api/guarantees/whitelist.xlsx?uscc=${uscc}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toContain('spreadsheetml');
    expect(file.body.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('should show the bank only the white list and its loans, and let it confirm the loan', async () => {
    const p = await open('yh');
    const menu = (await p.locator('.layout-menu .el-menu-item').allTextContents()).map((t) => t.trim());
    expect(menu).toEqual(['担保白名单', '担保申请与审批']);
    await p.goto(`${stack.baseUrl}/guarantees/whitelist`);
    await p.locator(`[data-testid="gwl-row"][data-id="${uscc}"]`).waitFor();
    await p.goto(`${stack.baseUrl}/guarantees/applications/${reviewedByOfficer}`);
    await status(p, 'approved');
    await p.getByTestId('gdetail-issue').click();
    await p.locator('input[data-testid="gact-loan-no"]').or(p.getByTestId('gact-loan-no').locator('input')).first().fill('SMNS-2025-0625-01');
    await p.getByTestId('gact-confirm').click();
    await status(p, 'issued');
    await expectText(p, '[data-testid="gdetail-timeline"]', 'SMNS-2025-0625-01');
    await p.context().close();
  });

  it('should check the ceiling before receiving an application with the form, 1分 over refused', async () => {
    // Arrange: 300万 committed (在审 200万 + 100万) of the 专精特新 ceiling 500万
    const p = await open('dbjg');
    await p.goto(`${stack.baseUrl}/guarantees/applications`);
    await p.getByTestId('gsub-open').click();
    const input = (id: string) => p.locator(`input[data-testid="${id}"]`).or(p.getByTestId(id).locator('input')).first();
    await input('gsub-uscc').fill(uscc);
    await p.getByTestId('gsub-guarantor').click();
    await p.locator('.el-select-dropdown__item:visible', { hasText: '三明市融资担保有限公司（测试）' }).first().click();
    await p.getByTestId('gsub-bank').click();
    await p.locator('.el-select-dropdown__item:visible', { hasText: '三明农商银行（测试）' }).first().click();
    await input('gsub-purpose').fill('补充流动资金');
    await input('gsub-date').fill('2025-06-20');
    await input('gsub-date').press('Enter');
    // Act: 200万元 + 1分 → checked: not eligible; 200万元 → eligible, then received
    await input('gsub-principal').fill('2000000.01');
    await p.getByTestId('gsub-check-run').click();
    await expectText(p, '[data-testid="gsub-check"]', '不符合条件');
    expect(await p.getByTestId('gsub-submit').isDisabled()).toBe(true);
    await input('gsub-principal').fill('2000000');
    expect(await p.getByTestId('gsub-submit').isDisabled()).toBe(true);
    await p.getByTestId('gsub-check-run').click();
    await expectText(p, '[data-testid="gsub-check"]', '符合条件');
    await expectText(p, '[data-testid="gsub-entry"]', '在“白名单”内');
    await p.getByTestId('gsub-submit').click();
    await p.getByTestId('gsub-dialog').waitFor({ state: 'hidden' });
    // Assert: the API has it, 200万 in 分 exactly, dated as typed, and the list shows it
    const list = await regulator.call<ApiPage<GuaranteeApplicationDto>>('GET', `/api/guarantees/applications?uscc=${uscc}&pageSize=50`);
    const received = list.body.items.find((a) => a.purpose === '补充流动资金');
    expect(received).toMatchObject({ principalFen: 200 * WAN, applicationDate: '2025-06-20', status: 'submitted' });
    await p.locator(`[data-testid="gapp-row"][data-id="${received!.id}"]`).waitFor();
    await p.context().close();
  });
});

async function expectText(page: Page, selector: string, text: string): Promise<void> {
  await page.waitForFunction(
    ([sel, t]) => Array.from(document.querySelectorAll(sel!)).some((el) => (el.textContent ?? '').includes(t!)),
    [selector, text],
    { timeout: 15_000 },
  );
}
