/**
 * The console in real Chromium (playwright-core driving Debian's /usr/bin/chromium) against the whole stack:
 * log in, create an enterprise with USCC validation as you type, find it in the list, import a file with
 * one bad row and see its error report; open an enterprise's score breakdown; approve a subsidy entitlement.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import { importRow, makeEnterprise, makeImportWorkbook, makeUscc, waitFor } from '@ladder/platform-testing';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';

import { ApiClient, DEMO_PASSWORD, ROOT, TestStack, shanghaiDate } from '../support/stack';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const ARTIFACTS = path.join(ROOT, 'test-output');

describe('console in Chromium', () => {
  const stack = new TestStack({ console: true });
  let context: BrowserContext;
  let page: Page;
  let profile: string;

  beforeAll(async () => {
    if (!fs.existsSync(path.join(ROOT, 'dist/apps/console/index.html')))
      throw new Error('build the console first');
    await stack.start();
    profile = fs.mkdtempSync(path.join(os.tmpdir(), 'ladder-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      locale: 'zh-CN',
      viewport: { width: 1440, height: 900 },
      acceptDownloads: true,
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
  });

  afterAll(async () => {
    if (page) {
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      await page
        .screenshot({ path: path.join(ARTIFACTS, 'console-last.png'), fullPage: true })
        .catch(() => undefined);
    }
    await context?.close();
    await stack.stop();
    if (profile) fs.rmSync(profile, { recursive: true, force: true });
  });

  it('should log in and show the dashboard in Chinese', async () => {
    await page.goto(`${stack.baseUrl}/`);
    await page
      .getByTestId('login-username')
      .locator('input')
      .or(page.locator('input[data-testid="login-username"]'))
      .first()
      .fill('gxj');
    await page
      .getByTestId('login-password')
      .locator('input')
      .or(page.locator('input[data-testid="login-password"]'))
      .first()
      .fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.waitForURL(/\/dashboard$/);
    await page.getByTestId('dashboard-total').waitFor();
    await expectText(page, 'body', '企业培育库');
    expect(await page.locator('html').getAttribute('lang')).toMatch(/zh/);
  });

  it('should validate the USCC as it is typed, create the enterprise and find it in the list', async () => {
    const e = makeEnterprise({ name: `浏览器测试企业${Date.now() % 100000}有限公司` });
    await page.goto(`${stack.baseUrl}/enterprises/new`);
    const uscc = page.locator('input[data-testid="form-uscc"]');
    await uscc.fill(`${e.uscc.slice(0, 17)}${e.uscc.endsWith('1') ? '2' : '1'}`);
    await expectText(page, '[data-testid="uscc-hint"]', '校验码');
    await uscc.fill(e.uscc.toLowerCase());
    await page.waitForFunction(
      () => document.querySelector('[data-testid="uscc-hint"]')?.getAttribute('data-state') === 'available',
      undefined,
      { timeout: 10_000 },
    );
    await page.locator('input[data-testid="form-name"]').fill(e.name);
    await pick(page, 'form-county', '三元区');
    await pick(page, 'form-industry', '工业');
    await page.getByTestId('form-submit').click();
    await page.waitForURL(new RegExp(`/enterprises/${e.uscc}$`));
    await expectText(page, 'body', e.name);

    await page.goto(`${stack.baseUrl}/enterprises`);
    const q = page
      .locator('input[data-testid="enterprise-search-q"]')
      .or(page.getByTestId('enterprise-search-q').locator('input'))
      .first();
    await q.fill(e.uscc);
    await page.getByTestId('enterprise-search-submit').click();
    const row = page.getByTestId('enterprise-row').filter({ hasText: e.uscc });
    await row.waitFor();
    expect(await page.getByTestId('enterprise-row').count()).toBe(1);
    await expectText(page, '[data-testid="enterprise-row"]', e.name);
  });

  it('should open an enterprise and show its score breakdown with clauses and the rule version', async () => {
    const api = await new ApiClient(stack.baseUrl).login('gxj');
    const e = makeEnterprise({ countyCode: '350404' });
    const profile = JSON.parse(
      fs.readFileSync(path.join(ROOT, 'docs/examples/profile-innovative-by-score.json'), 'utf8'),
    ) as Record<string, unknown>;
    expect(
      (
        await api.call('POST', '/api/enterprises/profiles', {
          ...profile,
          uscc: e.uscc,
          name: e.name,
          countyCode: '350404',
          titles: undefined,
        })
      ).status,
    ).toBe(200);
    await waitFor(
      async () => (await api.call('GET', `/api/tiering/enterprises/${e.uscc}/evaluation`)).status === 200,
    );
    // Evaluate as of the example's year, so that its data is the 上年度 (stored as the latest evaluation).
    expect(
      (
        await api.call('POST', `/api/tiering/enterprises/${e.uscc}/evaluation`, {
          asOf: '2025-06-01',
          type: 'new',
        })
      ).status,
    ).toBe(200);

    await page.goto(`${stack.baseUrl}/enterprises/${e.uscc}`);
    await page.getByTestId('enterprise-evaluation').click();
    await page.getByTestId('evaluation-page').waitFor();
    const innovative = page.getByTestId('evaluation-tier-innovative');
    await innovative.waitFor();
    expect(await innovative.getAttribute('data-decision')).toBe('eligible');
    await expectText(page, '[data-testid="evaluation-tier-innovative"]', '符合');
    await expectText(page, '[data-testid="evaluation-score-total"]', '分');
    expect(await page.getByTestId('evaluation-indicator-row').count()).toBeGreaterThan(3);
    await expectText(page, '[data-testid="evaluation-rule-version"]', '工信部企业〔2022〕63号');
    // The tiers it does not meet say what is lacking.
    expect(await page.getByTestId('evaluation-tier-specialized').getAttribute('data-decision')).not.toBe(
      'eligible',
    );
  });

  it('should import a file with one bad row and show its error report', async () => {
    const rows = [importRow(makeEnterprise(), 2025, 1200), importRow(makeEnterprise(), 2025, 800)];
    rows.push({ ...importRow(makeEnterprise(), 2025), 统一社会信用代码: `${makeUscc().slice(0, 17)}S` });
    const file = path.join(os.tmpdir(), `ladder-import-${Date.now()}.xlsx`);
    fs.writeFileSync(file, await makeImportWorkbook(rows));
    await page.goto(`${stack.baseUrl}/enterprises/import`);
    await page.locator('[data-testid="import-file-input"]').setInputFiles(file);
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="import-status"]')?.getAttribute('data-status') === 'completed',
      undefined,
      {
        timeout: 30_000,
      },
    );
    await expectText(page, '[data-testid="import-status"]', '已完成');
    const table = page.getByTestId('import-error-table');
    await table.waitFor();
    await expectText(page, '[data-testid="import-error-table"]', '4');
    await expectText(page, '[data-testid="import-error-table"]', 'S');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('import-error-download').click(),
    ]);
    const saved = path.join(os.tmpdir(), `ladder-errors-${Date.now()}.xlsx`);
    await download.saveAs(saved);
    expect(fs.statSync(saved).size).toBeGreaterThan(1000);
    fs.rmSync(file);
    fs.rmSync(saved);
  });

  it('should approve an entitlement as the business approver, and see it wait for the finance step', async () => {
    // A 2024 专精特新 recognition creates its city 5万 by itself; 公示 is run and closed through the API.
    const gxj = await new ApiClient(stack.baseUrl).login('gxj');
    const e = makeEnterprise({ countyCode: '350404' });
    expect((await gxj.call('POST', '/api/enterprises', { ...e, industryGroup: 'industry' })).status).toBe(
      201,
    );
    await waitFor(
      async () => (await gxj.call('GET', `/api/tiering/enterprises/${e.uscc}/evaluation`)).status === 200,
    );
    const cert = await gxj.call('POST', '/api/tiering/certifications', {
      uscc: e.uscc,
      tier: 'specialized',
      issuer: '福建省工业和信息化厅',
      docNo: '闽工信函企业〔2024〕77号',
      certifiedOn: '2024-05-10',
    });
    expect(cert.status).toBe(201);
    const id = await waitFor(async () => {
      const r = await gxj.call<{ items: { id: string }[] }>(
        'GET',
        `/api/subsidies/entitlements?uscc=${e.uscc}`,
      );
      return r.body.items[0]?.id;
    });
    const publicity = await gxj.call<{ id: string }>('POST', '/api/subsidies/publicity', {
      title: '专精特新中小企业奖励公示',
      entitlementIds: [id],
      startsOn: shanghaiDate(),
    });
    expect(publicity.status).toBe(201);
    // The objection window is served in full by the service's clock: close it eight days later.
    await stack.restartService('subsidies', { SUBSIDIES_DATE: shanghaiDate(8) });
    expect((await gxj.call('POST', `/api/subsidies/publicity/${publicity.body.id}/close`)).status).toBe(200);

    await loginAs(page, stack.baseUrl, 'gxjsh');
    await page.goto(`${stack.baseUrl}/subsidies/entitlements?uscc=${e.uscc}`);
    await page.getByTestId('entitlements-page').waitFor();
    await page.locator(`[data-testid="entitlement-row"][data-id="${id}"]`).click();
    await page.getByTestId('entitlement-detail').waitFor();
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="entitlement-status"]')?.getAttribute('data-status') ===
        'pending-approval',
    );
    await page.getByTestId('approve-business').click();
    await page
      .locator('[data-testid="approve-comment"] textarea')
      .or(page.locator('textarea[data-testid="approve-comment"]'))
      .first()
      .fill('同意，材料齐全');
    await page.getByTestId('approve-confirm').click();
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="entitlement-status"]')?.getAttribute('data-status') ===
        'business-approved',
    );
    await expectText(page, '[data-testid="entitlement-status"]', '待财政审核');
    await expectText(page, '[data-testid="entitlement-steps"]', '同意，材料齐全');
    // The same person cannot make the finance step; the server agrees.
    expect(await page.getByTestId('approve-finance').count()).toBe(0);
  });
});

/** Log out whoever is logged in and log in as another demo account. */
async function loginAs(page: Page, baseUrl: string, username: string): Promise<void> {
  await page.evaluate(() => sessionStorage.clear());
  await page.goto(`${baseUrl}/login`);
  await page
    .locator('input[data-testid="login-username"]')
    .or(page.getByTestId('login-username').locator('input'))
    .first()
    .fill(username);
  await page
    .locator('input[data-testid="login-password"]')
    .or(page.getByTestId('login-password').locator('input'))
    .first()
    .fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.waitForURL(/\/dashboard$/);
}

async function expectText(page: Page, selector: string, text: string): Promise<void> {
  await page.waitForFunction(
    ([sel, t]) =>
      Array.from(document.querySelectorAll(sel!)).some((el) => (el.textContent ?? '').includes(t!)),
    [selector, text],
    { timeout: 15_000 },
  );
}

/** Choose an option of an Element Plus select by its visible label. */
async function pick(page: Page, testId: string, label: string): Promise<void> {
  await page.getByTestId(testId).first().click();
  await page.locator('.el-select-dropdown__item:visible', { hasText: label }).first().click();
}
