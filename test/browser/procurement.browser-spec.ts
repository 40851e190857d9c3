/**
 * Procurement monitoring in real Chromium against the whole stack (issue 11), the procurement service's "today"
 * being 2024-09-27: the finance officer registers a contract of a 机关 buyer through the console form (no agreed
 * term), records the delivery on 2024-09-01 and sees the due date 2024-10-08 (the 30th day falls in 国庆); a second
 * registration of the same number is refused with the server's Chinese message; a payment entered through the form
 * shows in the contract; a complaint received today shows its review deadline 2024-10-16 (10 working days with the
 * 调休 Sunday 9-29 and Saturday 10-12) and is accepted and forwarded; the disclosure list downloads as Excel; the
 * SME share page draws its charts; payments imported from Excel show their progress and the refused row. Every page
 * and dialog is checked in Chinese at 1366 px.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

import type { ContractDto, Page as ApiPage, ComplaintDto } from '@ladder/contracts';
import { makeEnterprise } from '@ladder/platform-testing';
import ExcelJS from 'exceljs';
import { chromium } from 'playwright-core';
import type { Browser, Locator, Page } from 'playwright-core';

import { auditPage } from '../support/console-audit';
import { ApiClient, DEMO_PASSWORD, ROOT, TestStack } from '../support/stack';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const ARTIFACTS = path.join(ROOT, 'test-output');
const TODAY = '2024-09-27';
const CONTRACT_NUMBER = '三采〔2024〕88号';
/** Latin text that is not English to translate: the file type, the locale switch (named in its own language), the account. */
const ALLOWED_WORDS = ['Excel', 'English', 'czj'];

describe('procurement monitoring in Chromium', () => {
  const stack = new TestStack({ console: true, bootTimeoutMs: 90_000, env: { PROCUREMENT_DATE: TODAY, OVERDUE_SCAN_MINUTES: '0' } });
  let browser: Browser;
  let page: Page;
  let czj: ApiClient;
  // A Chinese name: the generated one ends with the USCC's last six characters, letters that the page audit reads as English.
  const supplier = makeEnterprise({ countyCode: '350404', name: '三明采购测试供应商有限公司' });

  beforeAll(async () => {
    if (!fs.existsSync(path.join(ROOT, 'dist/apps/console/index.html'))) throw new Error('build the console first');
    await stack.start();
    czj = await new ApiClient(stack.baseUrl).login('czj');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await open('czj');
  }, 240_000);

  afterAll(async () => {
    if (page) {
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: path.join(ARTIFACTS, 'procurement-last.png'), fullPage: true }).catch(() => undefined);
    }
    await browser?.close();
    await stack.stop();
  });

  async function open(username: string): Promise<Page> {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 900 }, acceptDownloads: true });
    const p = await context.newPage();
    p.setDefaultTimeout(20_000);
    await p.goto(`${stack.baseUrl}/login`);
    await field(p, 'login-username').fill(username);
    await field(p, 'login-password').fill(DEMO_PASSWORD);
    await p.getByTestId('login-submit').click();
    await p.waitForURL((u) => !u.pathname.endsWith('/login'));
    return p;
  }

  async function contractByNumber(): Promise<ContractDto | undefined> {
    const list = await czj.call<ApiPage<ContractDto>>('GET', '/api/procurement/contracts?pageSize=100');
    return list.body.items.find((c) => c.contractNumber === CONTRACT_NUMBER);
  }

  it('should register a 机关 contract through the form and refuse the same number again in Chinese', async () => {
    // Arrange
    await menuItem(page, '合同与付款').click();
    await page.getByTestId('pc-contracts-page').waitFor();

    // Act: first the client-side check, then a complete contract
    await page.getByTestId('pc-contract-new').click();
    await page.getByTestId('pc-cf-save').click();
    await expectText(page, '[data-testid="pc-cf-error"]', '请填写合同编号');
    await expectClean(page);
    await fillContract(page);
    await page.getByTestId('pc-cf-save').click();
    await page.getByTestId('pc-contract-detail-page').waitFor();
    await expectText(page, '[data-testid="pc-contract-detail-page"]', CONTRACT_NUMBER);
    await expectText(page, '[data-testid="pc-detail-status"]', '待交付');

    await page.goto(`${stack.baseUrl}/procurement/contracts`);
    await page.getByTestId('pc-contract-new').click();
    await fillContract(page);
    await page.getByTestId('pc-cf-save').click();

    // Assert
    await expectText(page, '[data-testid="pc-cf-error"]', `合同编号${CONTRACT_NUMBER}已登记`);
    const c = await contractByNumber();
    expect(c).toMatchObject({ buyerKind: 'organ', amountFen: 10_000_000, agreedTermDays: null, sizeAtSigning: 'small', signedOn: '2024-08-01' });
  });

  it('should show the due date 2024-10-08 after the delivery on 2024-09-01, and record a payment through the form', async () => {
    // Arrange
    const c = await contractByNumber();
    await page.goto(`${stack.baseUrl}/procurement/contracts/${c?.id}`);
    await page.getByTestId('pc-contract-detail-page').waitFor();

    // Act: delivery
    await page.getByTestId('pc-detail-deliver').click();
    await pickDate(page, 'pc-act-date', '2024-09-01');
    await page.getByTestId('pc-act-confirm').click();

    // Assert
    await expectText(page, '[data-testid="pc-detail-due"]', '2024-10-08');
    await expectText(page, '[data-testid="pc-detail-status"]', '未到期');

    // Act: a payment larger than the contract is refused before sending, then 40,000.00元 on 2024-09-20
    await page.getByTestId('pc-detail-pay').click();
    await expectClean(page);
    await pickDate(page, 'pc-act-date', '2024-09-20');
    await field(page, 'pc-act-amount').fill('100000.01');
    await page.getByTestId('pc-act-confirm').click();
    await expectText(page, '[data-testid="pc-act-error"]', '付款金额超过尚未支付的合同金额');
    await field(page, 'pc-act-amount').fill('40000');
    await page.getByTestId('pc-act-confirm').click();

    // Assert
    await expectText(page, '[data-testid="pc-payment-table"]', '2024-09-20');
    await expectText(page, '[data-testid="pc-payment-table"]', '4万元');
    const after = await contractByNumber();
    expect(after).toMatchObject({ deliveredOn: '2024-09-01', dueDate: '2024-10-08', paidFen: 4_000_000, payments: [{ paidOn: '2024-09-20', amountFen: 4_000_000 }] });
    await expectClean(page);
  });

  it('should show a complaint received on 2024-09-27 due for review on 2024-10-16, and accept and forward it', async () => {
    // Arrange
    const c = await contractByNumber();
    await page.goto(`${stack.baseUrl}/procurement/contracts/${c?.id}`);
    await page.getByTestId('pc-contract-detail-page').waitFor();

    // Act: filed from the contract (complainant and respondent filled in)
    await page.getByTestId('pc-detail-complain').click();
    await field(page, 'pc-ctf-summary').fill('货款6万元逾期未付');
    await expectClean(page);
    await page.getByTestId('pc-ctf-save').click();
    await page.getByTestId('pc-complaints-page').waitFor();
    const row = page.locator('.el-table__row', { hasText: supplier.name });

    // Assert
    await row.waitFor();
    expect(await row.getByTestId('pc-complaint-due').textContent()).toBe('2024-10-16');
    await expectText(page, '[data-testid="pc-complaint-table"]', '2024-09-27');
    expect(await row.getByTestId('pc-complaint-clock').textContent()).toBe('审查中');
    await expectClean(page);

    // Act: reject without a reason is refused; accept and forward
    await row.getByTestId('pc-complaint-review').click();
    await page.getByTestId('pc-cact-decision').getByText('不予受理').click();
    await page.getByTestId('pc-cact-confirm').click();
    await expectText(page, '[data-testid="pc-cact-error"]', '请填写不予受理理由');
    await page.getByTestId('pc-cact-decision').getByText('受理并转交处理').click();
    await field(page, 'pc-cact-text').fill('三明市财政局');
    await page.getByTestId('pc-cact-confirm').click();

    // Assert
    await expectText(page, '[data-testid="pc-complaint-table"]', '已受理并转交');
    const list = await czj.call<ApiPage<ComplaintDto>>('GET', '/api/procurement/complaints');
    expect(list.body.items[0]).toMatchObject({ contractId: c?.id, receivedOn: TODAY, reviewDueOn: '2024-10-16', status: 'accepted', forwardTo: '三明市财政局', informedOn: TODAY });
  });

  it('should download the disclosure list as Excel and draw the SME share charts', async () => {
    // Act
    await page.goto(`${stack.baseUrl}/procurement/disclosure`);
    await page.getByTestId('pc-disclosure-page').waitFor();
    const disclosureYear = page.locator('[data-testid="pc-disclosure-page"] .el-input-number input');
    await disclosureYear.fill('2024');
    await disclosureYear.press('Enter');
    await expectText(page, '[data-testid="pc-disclosure-table"]', CONTRACT_NUMBER);
    await expectText(page, '[data-testid="pc-disclosure-total"]', '6万元');
    await expectClean(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('pc-disclosure-export').click()]);
    const file = await download.path();
    await page.goto(`${stack.baseUrl}/procurement/sme-share`);
    await page.getByTestId('pc-sme-share-page').waitFor();
    const year = page.locator('[data-testid="pc-sme-share-page"] .el-input-number input');
    await year.fill('2024');
    await year.press('Enter');
    await page.getByTestId('pc-sme-share-charts').locator('canvas').first().waitFor();

    // Assert
    expect(download.suggestedFilename()).toBe('逾期未支付中小企业款项合同清单-2024.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const sheet = wb.worksheets[0];
    expect(sheet?.name).toBe('2024年逾期未支付清单');
    expect(sheet?.getRow(2).getCell(2).value).toBe(CONTRACT_NUMBER);
    expect(sheet?.getRow(2).getCell(10).value).toBe(60_000);
    expect(await page.getByTestId('pc-sme-share-charts').locator('canvas').count()).toBe(2);
    await expectText(page, '[data-testid="pc-sme-share-table"]', '三明市某局（测试）');
    await expectText(page, '[data-testid="pc-sme-share-percent"]', '100.00%');
    await expectClean(page);
  });

  it('should import payments from Excel with progress and the refused row in Chinese, and show the monitoring pages', async () => {
    // Arrange: one payment of an existing contract, one of a contract that does not exist
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('付款导入');
    sheet.addRow(['合同编号', '付款日期', '付款金额（元）']);
    sheet.addRow([CONTRACT_NUMBER, '2024-09-25', '10000']);
    sheet.addRow(['三采〔2024〕不存在号', '2024-09-25', '100']);
    const file = path.join(ARTIFACTS, 'procurement-payments-import.xlsx') /* the name is data: shown with translate="no" */;
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await wb.xlsx.writeFile(file);
    await menuItem(page, '合同与付款导入').click();
    await page.getByTestId('pc-imports-page').waitFor();

    // Act
    await page.getByTestId('pc-import-kind').getByText('付款').click();
    await page.getByTestId('pc-import-file').setInputFiles(file);

    // Assert
    await expectText(page, '[data-testid="pc-import-status"]', '已完成');
    await expectText(page, '[data-testid="pc-import-counts"]', '2 / 2：已导入 1，未变化 0，失败 1');
    await expectText(page, '[data-testid="pc-import-errors"]', '三采〔2024〕不存在号');
    await expectClean(page);
    const after = await contractByNumber();
    expect(after?.paidFen).toBe(5_000_000);

    // Act: the other monitoring pages as the finance officer
    for (const [menu, testId] of [
      ['采购项目与预留份额', 'pc-projects-page'],
      ['屡次拖欠的付款方', 'pc-offenders-page'],
    ] as const) {
      await menuItem(page, menu).click();
      await page.getByTestId(testId).waitFor();
      // Assert
      await expectClean(page);
    }
  });

  async function fillContract(p: Page): Promise<void> {
    await field(p, 'pc-cf-number').fill(CONTRACT_NUMBER);
    await field(p, 'pc-cf-buyer').fill('三明市某局（测试）');
    await p.getByTestId('pc-cf-buyer-kind').getByText('机关').click();
    await p.getByTestId('pc-cf-county').click();
    await p.locator('.el-select-dropdown__item:visible', { hasText: '三元区' }).click();
    await field(p, 'pc-cf-uscc').fill(supplier.uscc);
    await field(p, 'pc-cf-supplier').fill(supplier.name);
    await p.getByTestId('pc-cf-size').getByText('小型企业').click();
    await pickDate(p, 'pc-cf-signed', '2024-08-01');
    await field(p, 'pc-cf-amount').fill('100000');
  }
});

/** A menu entry by its exact name ('合同与付款' is also the start of '合同与付款导入'). */
function menuItem(p: Page, name: string): Locator {
  return p.locator('.layout-menu .el-menu-item').filter({ hasText: new RegExp(`^\\s*${name}\\s*$`) });
}

/** The `<input>` (or textarea) of an Element Plus field, whichever element carries the test id. */
function field(p: Page, testId: string): Locator {
  return p
    .locator(`input[data-testid="${testId}"], textarea[data-testid="${testId}"]`)
    .or(p.getByTestId(testId).locator('input, textarea'))
    .first();
}

/** Types a date into an Element Plus date picker; Enter takes it and closes the panel (Escape would close the dialog). */
async function pickDate(p: Page, testId: string, date: string): Promise<void> {
  const input = field(p, testId);
  await input.click();
  await input.fill(date);
  await input.press('Enter');
  await p.waitForFunction(
    ([id, d]) => {
      const el = document.querySelector(`input[data-testid="${id}"]`) ?? document.querySelector(`[data-testid="${id}"] input`);
      return (el as HTMLInputElement | null)?.value === d;
    },
    [testId, date],
  );
}

async function expectClean(p: Page): Promise<void> {
  await p.waitForTimeout(200);
  expect(await auditPage(p, { allowedWords: ALLOWED_WORDS })).toEqual([]);
}

async function expectText(p: Page, selector: string, text: string): Promise<void> {
  await p.waitForFunction(
    ([sel, t]) => Array.from(document.querySelectorAll(sel!)).some((el) => (el.textContent ?? '').includes(t!)),
    [selector, text],
    { timeout: 15_000 },
  );
}
