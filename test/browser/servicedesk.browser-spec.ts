/**
 * 政企直通车 in real Chromium against the whole stack: 市工信局 routes a new appeal from the triage board to
 * 市金融监管局; that department's handler (jrjcb) finds it in 我的待办, signs for it and answers it on the appeal's
 * page; the page then shows 已答复, the acknowledge and answer clocks met, and the answer in the timeline — and the
 * API agrees. A liaison's appeal is also raised with the console's form (a mistyped check character refused first).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import type { AppealDto, StatisticsDto } from '@ladder/contracts';
import { makeEnterprise, waitFor } from '@ladder/platform-testing';
import ExcelJS from 'exceljs';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';

import { ApiClient, DEMO_PASSWORD, ROOT, TestStack, shanghaiDate } from '../support/stack';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const ARTIFACTS = path.join(ROOT, 'test-output');

describe('政企直通车 in Chromium', () => {
  const stack = new TestStack({ console: true });
  let context: BrowserContext;
  let page: Page;
  let profile: string;
  let gxj: ApiClient;
  let appeal: AppealDto;
  let enterpriseUscc = '';

  beforeAll(async () => {
    if (!fs.existsSync(path.join(ROOT, 'dist/apps/console/index.html')))
      throw new Error('build the console first');
    await stack.start();
    gxj = await new ApiClient(stack.baseUrl).login('gxj');
    const e = makeEnterprise({
      countyCode: '350404',
      name: `浏览器诉求测试企业${Date.now() % 100000}有限公司`,
    });
    expect((await gxj.call('POST', '/api/enterprises', { ...e, industryGroup: 'industry' })).status).toBe(
      201,
    );
    enterpriseUscc = e.uscc;
    // Servicedesk knows the enterprise once the registry's event reached it.
    appeal = await waitFor(async () => {
      const res = await gxj.call<AppealDto>('POST', '/api/servicedesk/appeals', {
        uscc: e.uscc,
        category: 'finance',
        title: '技改设备购置贷款',
        description: '企业技改需设备贷款600万元，希望对接政府性融资担保。',
        raisedBy: '挂包联系干部',
        raisedByRole: 'liaison',
      });
      return res.status === 201 ? res.body : undefined;
    }, 60_000);
    profile = fs.mkdtempSync(path.join(os.tmpdir(), 'ladder-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      locale: 'zh-CN',
      viewport: { width: 1366, height: 900 },
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(15_000);
  }, 240_000);

  afterAll(async () => {
    if (page) {
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      await page
        .screenshot({ path: path.join(ARTIFACTS, 'servicedesk-last.png'), fullPage: true })
        .catch(() => undefined);
    }
    await context?.close();
    await stack.stop();
    if (profile) fs.rmSync(profile, { recursive: true, force: true });
  });

  it('should route a new appeal from the 工信局 triage board to 市金融监管局', async () => {
    // Arrange
    await login(page, 'gxj');
    await page.goto(`${stack.baseUrl}/servicedesk/triage`);
    const row = page.locator(`[data-testid="sd-triage-row"][data-id="${appeal.id}"]`);
    await row.waitFor();
    // Act
    await row.getByTestId('sd-route-department').click();
    await page.locator('.el-select-dropdown__item:visible', { hasText: '市金融监管局' }).first().click();
    await row.getByTestId('sd-route-submit').click();
    // Assert
    await row.waitFor({ state: 'detached' });
    const routed = await gxj.call<AppealDto>('GET', `/api/servicedesk/appeals/${appeal.id}`);
    expect(routed.body.status).toBe('routed');
    expect(routed.body.departmentCode).toBe('jrj');
  });

  it('should raise an appeal with the 诉求台账 form, refusing a wrong check character in Chinese', async () => {
    // Arrange: still 工信局's operator
    await page.goto(`${stack.baseUrl}/servicedesk/appeals`);
    await page.getByTestId('sd-raise-open').click();
    const field = (id: string, tag = 'input') =>
      page.locator(`${tag}[data-testid="${id}"]`).or(page.getByTestId(id).locator(tag)).first();
    const wrong = `${enterpriseUscc.slice(0, 17)}${enterpriseUscc.endsWith('0') ? '1' : '0'}`;
    await field('sd-raise-uscc').fill(wrong);
    await field('sd-raise-title').fill('厂房扩建用地指标');
    await page.getByTestId('sd-raise-category').click();
    await page.locator('.el-select-dropdown__item:visible', { hasText: '用地' }).first().click();
    await field('sd-raise-description', 'textarea').fill('扩建二期厂房需新增用地约20亩。');
    await field('sd-raise-by').fill('挂包干部林某');
    // Act: the mistyped code is refused before sending; the right one is recorded
    await page.getByTestId('sd-raise-submit').click();
    await expectText(page, '[data-testid="sd-raise-error"]', '校验码错误');
    await field('sd-raise-uscc').fill(enterpriseUscc);
    await field('sd-raise-title').click();
    await page.getByTestId('sd-raise-submit').click();
    await page.getByTestId('sd-raise-dialog').waitFor({ state: 'hidden' });
    // Assert: the list is refreshed and the API has it, awaiting triage
    await expectText(page, '[data-testid="sd-appeal-table"]', '厂房扩建用地指标');
    const list = await gxj.call<{ items: AppealDto[] }>('GET', `/api/servicedesk/appeals?uscc=${enterpriseUscc}`);
    const raised = list.body.items.find((a) => a.title === '厂房扩建用地指标');
    expect(raised).toMatchObject({ category: 'land', status: 'submitted', raisedBy: '挂包干部林某' });
  });

  it('should let the department handler sign for and answer the appeal from 我的待办', async () => {
    // Arrange: the handler's first page is its queue
    await page.context().clearCookies();
    await page.evaluate(() => window.sessionStorage.clear());
    await login(page, 'jrjcb');
    await page.waitForURL(/\/servicedesk\/queue/);
    const row = page.locator(`[data-testid="sd-appeal-row"][data-id="${appeal.id}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain('待签收');
    // Act: open it, sign for it, answer it
    await row.click();
    await page.waitForURL(new RegExp(`/servicedesk/appeals/${appeal.id}$`));
    await page.getByTestId('sd-action-acknowledge').click();
    await page.getByTestId('sd-action-submit').click();
    await expectText(page, '[data-testid="sd-detail-status"]', '办理中');
    await page.getByTestId('sd-action-answer').click();
    await page
      .locator('textarea[data-testid="sd-action-text"]')
      .or(page.locator('[data-testid="sd-action-text"] textarea'))
      .first()
      .fill('已对接市融资担保公司，拟于三个工作日内完成担保审批。');
    await page.getByTestId('sd-action-submit').click();
    // Assert: the page
    await expectText(page, '[data-testid="sd-detail-status"]', '已答复');
    await expectText(page, '[data-testid="sd-detail-answer"]', '已对接市融资担保公司');
    await expectText(page, '[data-testid="sd-timeline"]', '拟于三个工作日内完成担保审批');
    const states = await page.getByTestId('sd-clock-state').allTextContents();
    expect(states.slice(0, 2)).toEqual(['按时完成', '按时完成']);
    const body = (await page.locator('body').textContent()) ?? '';
    expect(body).not.toMatch(/undefined|null|NaN/);
    // Assert: the API
    const answered = await gxj.call<AppealDto>('GET', `/api/servicedesk/appeals/${appeal.id}`);
    expect(answered.body.status).toBe('answered');
    expect(answered.body.answer).toBe('已对接市融资担保公司，拟于三个工作日内完成担保审批。');
    expect(answered.body.timeline.map((s) => s.action)).toEqual([
      'raised',
      'routed',
      'acknowledged',
      'answered',
    ]);
  });

  it('should show on the statistics page the 办结率 of the API and of its Excel', async () => {
    // Arrange: the page's default period is 1 January to today
    await page.evaluate(() => window.sessionStorage.clear());
    await login(page, 'gxj');
    const today = shanghaiDate();
    const q = `from=${today.slice(0, 4)}-01-01&to=${today}&groupBy=department`;
    const json = await gxj.call<StatisticsDto>('GET', `/api/servicedesk/statistics?${q}`);
    const xlsx = await gxj.call<Buffer>('GET', `/api/servicedesk/statistics.xlsx?${q}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.body as never);
    const sheet = wb.worksheets[0]!;
    const excelRow = (label: string) =>
      [...Array(sheet.rowCount).keys()]
        .map((i) => sheet.getRow(i + 1))
        .find((r) => r.getCell(1).value === label);
    // Act
    await page.goto(`${stack.baseUrl}/servicedesk/statistics`);
    await expectText(page, '[data-testid="sd-stats-table"]', '市金融监管局');
    const rates = await page.getByTestId('sd-stats-rate').allTextContents();
    // Assert: the 市金融监管局 row and the total, page = API = Excel
    const jrj = json.body.rows.findIndex((r) => r.key === 'jrj');
    expect(jrj).toBeGreaterThanOrEqual(0);
    const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(2)}%`);
    expect(rates[jrj]).toBe(pct(json.body.rows[jrj]!.resolutionRate));
    expect(excelRow('市金融监管局')?.getCell(4).value).toBe(rates[jrj]);
    expect(rates[rates.length - 1]).toBe(pct(json.body.total.resolutionRate));
    expect(excelRow('合计')?.getCell(4).value).toBe(rates[rates.length - 1]);
  });

  async function login(p: Page, username: string): Promise<void> {
    await p.goto(`${stack.baseUrl}/login`);
    await p
      .locator('input[data-testid="login-username"]')
      .or(p.getByTestId('login-username').locator('input'))
      .first()
      .fill(username);
    await p
      .locator('input[data-testid="login-password"]')
      .or(p.getByTestId('login-password').locator('input'))
      .first()
      .fill(DEMO_PASSWORD);
    await p.getByTestId('login-submit').click();
    await p.waitForURL((u) => !u.pathname.endsWith('/login'));
  }
});

async function expectText(page: Page, selector: string, text: string): Promise<void> {
  await page.waitForFunction(
    ([sel, t]) =>
      Array.from(document.querySelectorAll(sel!)).some((el) => (el.textContent ?? '').includes(t!)),
    [selector, text],
    { timeout: 15_000 },
  );
}
