/**
 * 人才支持 in real Chromium against the whole stack (issue 12): 人才办 looks up a 小巨人 and sees the 2+3+N measure
 * apply from its recognition date, as the API (and so the policy command) says; the coverage dashboard shows a
 * county's rate equal to covered ÷ quality SMEs counted directly, with exactly the other enterprise uncovered; a
 * 职称 green-channel application is reviewed in the queue. ID numbers are masked in the list and shown in full only
 * after the audited "显示完整"; 市工信局 (talent:read) sees neither that action nor the review action.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

import type { CertificationDto, CoverageDto, PersonDto, ProgrammeDto, SessionDto, TalentCaseDto, TalentEntitlementsDto } from '@ladder/contracts';
import { makeEnterprise, waitFor } from '@ladder/platform-testing';
import { computeResidentIdCheckCharacter } from '@ladder/shared-domain';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';

import { ApiClient, DEMO_PASSWORD, ROOT, TestStack } from '../support/stack';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const ARTIFACTS = path.join(ROOT, 'test-output');
const COUNTY = '350404';

function residentId(seq: number): string {
  const first17 = `35040219880${seq}12${String(100 + seq).slice(-3)}`.slice(0, 17);
  return first17 + computeResidentIdCheckCharacter(first17);
}

describe('talent support in Chromium', () => {
  const stack = new TestStack({ console: true, bootTimeoutMs: 120_000 });
  let browser: Browser;
  let page: Page;
  let rcb: ApiClient;
  /** The 小巨人 (covered: its general manager attended management training in 2025). */
  let giant = '';
  /** A 专精特新 of the same county nobody of which was trained. */
  let other = '';
  let giantPerson: PersonDto;
  let caseId = '';

  beforeAll(async () => {
    if (!fs.existsSync(path.join(ROOT, 'dist/apps/console/index.html'))) throw new Error('build the console first');
    await stack.start();
    const gxj = await new ApiClient(stack.baseUrl).login('gxj');
    rcb = await new ApiClient(stack.baseUrl).login('rcb');

    const titles = [
      { tier: 'little-giant', issuer: '工业和信息化部', docNo: '工信部企业函〔2025〕66号', certifiedOn: '2025-03-01' },
      { tier: 'specialized', issuer: '福建省工业和信息化厅', docNo: '闽工信函企业〔2025〕21号', certifiedOn: '2025-02-01' },
    ];
    const usccs: string[] = [];
    for (const t of titles) {
      const e = makeEnterprise({ countyCode: COUNTY });
      expect((await gxj.call('POST', '/api/enterprises', { ...e, industryGroup: 'industry' })).status).toBe(201);
      await waitFor(async () => (await gxj.call('GET', `/api/tiering/enterprises/${e.uscc}/evaluation`)).status === 200 || undefined);
      expect((await gxj.call<CertificationDto>('POST', '/api/tiering/certifications', { uscc: e.uscc, ...t })).status).toBe(201);
      usccs.push(e.uscc);
    }
    [giant = '', other = ''] = usccs;
    // Talent has the titles once the 2025 scope answers from them.
    for (const u of usccs) {
      await waitFor(async () => {
        const r = await rcb.call<TalentEntitlementsDto>('GET', `/api/talent/enterprises/${u}/scope?date=2025-06-30`);
        return r.status === 200 && r.body.applies.includes('S-54') ? r : undefined;
      });
    }

    const person = await rcb.call<PersonDto>('POST', '/api/talent/people', { name: '林建华', residentId: residentId(1), phone: '13905981234', uscc: giant, position: '总经理' });
    expect(person.status).toBe(201);
    giantPerson = person.body;
    expect((await rcb.call('POST', '/api/talent/people', { name: '陈晓梅', residentId: residentId(2), uscc: other })).status).toBe(201);

    const programme = await rcb.call<ProgrammeDto>('POST', '/api/talent/programmes', {
      title: '2025年优质中小企业经营管理人才研修班',
      topic: '战略管理与数字化转型',
      organiser: '市工信局',
      management: true,
      startsOn: '2025-05-12',
      endsOn: '2025-05-16',
      capacity: 60,
    });
    expect(programme.status).toBe(201);
    const session = await rcb.call<SessionDto>('POST', `/api/talent/programmes/${programme.body.id}/sessions`, { heldOn: '2025-05-12', place: '三明学院' });
    expect((await rcb.call('POST', `/api/talent/programmes/${programme.body.id}/enrolments`, { personId: giantPerson.id })).status).toBe(201);
    expect((await rcb.call('POST', `/api/talent/sessions/${session.body.id}/attendance`, { personId: giantPerson.id })).status).toBe(200);

    const application = await rcb.call<TalentCaseDto>('POST', '/api/talent/cases', { kind: 'title', personId: giantPerson.id, appliedOn: '2025-06-30', specialty: '机械工程', level: '副高级' });
    expect(application.status).toBe(201);
    caseId = application.body.id;

    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 240_000);

  afterAll(async () => {
    if (page) {
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: path.join(ARTIFACTS, 'talent-last.png'), fullPage: true }).catch(() => undefined);
    }
    await browser?.close();
    await stack.stop();
  });

  async function open(username: string): Promise<Page> {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(`${stack.baseUrl}/login`);
    await input(page, 'login-username').fill(username);
    await input(page, 'login-password').fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.waitForURL((u) => !u.pathname.endsWith('/login'));
    return page;
  }

  async function menu(p: Page, group: string, item: string): Promise<void> {
    const entry = p.locator('.layout-menu .el-menu-item', { hasText: item });
    if (!(await entry.isVisible())) await p.locator('.layout-menu .el-sub-menu__title', { hasText: group }).click();
    await entry.click();
  }

  /** The status of each measure row as the console shows it. */
  async function shownStatuses(p: Page): Promise<Record<string, string>> {
    return p.evaluate(() =>
      Object.fromEntries(
        Array.from(document.querySelectorAll('[data-testid="tscope-measure"]')).map((row) => [
          row.getAttribute('data-id') ?? '',
          row.querySelector('[data-testid="tscope-status"]')?.getAttribute('data-status') ?? '',
        ]),
      ),
    );
  }

  async function lookUp(p: Page, uscc: string, date: string): Promise<void> {
    await input(p, 'tscope-uscc').fill(uscc);
    const day = input(p, 'tscope-date');
    await day.fill(date);
    await day.press('Enter');
    await p.getByTestId('tscope-search').click();
    await p.waitForFunction(
      ([d]) => (document.querySelector('[data-testid="tscope-result"]')?.textContent ?? '').includes(d!),
      [date],
    );
  }

  it('should show a 小巨人 in the 2+3+N scope from its recognition date, as the API answers', async () => {
    const p = await open('rcb');
    await menu(p, '人才支持', '企业适用措施');
    await p.getByTestId('tscope-page').waitFor();

    await lookUp(p, giant, '2025-06-30');
    const inScope = await rcb.call<TalentEntitlementsDto>('GET', `/api/talent/enterprises/${giant}/scope?date=2025-06-30`);
    await p.locator('[data-testid="tscope-measure"][data-id="S-53"] [data-status="applies"]').waitFor();
    expect(await shownStatuses(p)).toEqual(Object.fromEntries(inScope.body.measures.map((m) => [m.id, m.status])));
    await expectText(p, '[data-testid="tscope-measure"][data-id="S-53"]', '2025-03-01 至 2028-02-29');
    await expectText(p, '[data-testid="tscope-titles"]', '2025-03-01 认定');

    await lookUp(p, giant, '2025-02-28');
    await p.locator('[data-testid="tscope-measure"][data-id="S-53"] [data-status="does-not-apply"]').waitFor();
    const before = await rcb.call<TalentEntitlementsDto>('GET', `/api/talent/enterprises/${giant}/scope?date=2025-02-28`);
    expect(await shownStatuses(p)).toEqual(Object.fromEntries(before.body.measures.map((m) => [m.id, m.status])));
    await p.context().close();
  });

  it('should show a county’s coverage as covered ÷ quality SMEs with exactly the others uncovered', async () => {
    const p = await open('rcb');
    await menu(p, '人才支持', '培训覆盖率');
    await p.getByTestId('tcov-page').waitFor();
    const row = p.locator(`[data-testid="tcov-county-row"][data-id="${COUNTY}"]`);
    await row.waitFor();

    const api = await rcb.call<CoverageDto>('GET', '/api/talent/coverage?year=2025');
    const county = api.body.counties.find((c) => c.countyCode === COUNTY);
    // Counted directly: the two titled enterprises of the county are its quality SMEs, the 小巨人 alone is covered.
    expect(county).toMatchObject({ qualitySmes: 2, covered: 1, rate: 0.5 });
    expect((await row.locator('[data-testid="tcov-county-rate"]').textContent())?.trim()).toBe('50.00%');
    const uncovered = await p.locator('[data-testid="tcov-uncovered-row"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id')));
    expect(uncovered).toEqual([other]);
    expect(api.body.uncovered.map((u) => u.uscc)).toEqual([other]);

    const file = await rcb.call<Buffer>('GET', '/api/talent/coverage.xlsx?year=2025');
    expect(file.status).toBe(200);
    expect(file.body.subarray(0, 2).toString('latin1')).toBe('PK');
    await p.context().close();
  });

  it('should let 人才办 review a green-channel application in the queue and see an ID number in full only on request', async () => {
    const p = await open('rcb');
    await menu(p, '人才支持', '职称与住房');
    await p.getByTestId('tcase-page').waitFor();
    const row = p.locator(`[data-testid="tcase-row"][data-id="${caseId}"]`);
    await row.locator('[data-testid="tcase-status-tag"][data-status="routed"]').waitFor();
    await expectText(p, `[data-testid="tcase-row"][data-id="${caseId}"]`, '市人社局');
    await row.getByTestId('tcase-decide').click();
    await p.locator('[data-testid="tcase-note"] textarea').or(p.locator('textarea[data-testid="tcase-note"]')).first().fill('符合绿色通道条件，评审通过');
    await p.getByTestId('tcase-decide-confirm').click();
    // The queue opens on cases awaiting review: show them all to see the outcome.
    await p.locator('[data-testid="tcase-status"]').click();
    await p.locator('.el-select-dropdown__item').getByText('通过', { exact: true }).click();
    await p.locator(`[data-testid="tcase-row"][data-id="${caseId}"] [data-testid="tcase-status-tag"][data-status="approved"]`).waitFor();
    const decided = await rcb.call<{ items: TalentCaseDto[] }>('GET', '/api/talent/cases?kind=title&status=approved');
    expect(decided.body.items.find((c) => c.id === caseId)).toMatchObject({ status: 'approved', outcomeNote: '符合绿色通道条件，评审通过', department: '市人社局' });

    await menu(p, '人才支持', '人员信息');
    const person = p.locator(`[data-testid="tpeople-row"][data-id="${giantPerson.id}"]`);
    await person.waitFor();
    expect((await person.getByTestId('tpeople-id').textContent())?.trim()).toBe(giantPerson.residentId);
    expect(giantPerson.residentId).not.toBe(residentId(1));
    await person.getByTestId('tpeople-reveal').click();
    await input(p, 'tpeople-reveal-reason').fill('核对职称申报材料');
    await p.getByTestId('tpeople-reveal-confirm').click();
    await p.getByTestId('tpeople-full-id').waitFor();
    expect((await p.getByTestId('tpeople-full-id').textContent())?.trim()).toBe(residentId(1));
    await p.context().close();

    const gxj = await open('gxj');
    await menu(gxj, '人才支持', '人员信息');
    await gxj.locator(`[data-testid="tpeople-row"][data-id="${giantPerson.id}"]`).waitFor();
    expect(await gxj.getByTestId('tpeople-reveal').count()).toBe(0);
    await menu(gxj, '人才支持', '职称与住房');
    await gxj.getByTestId('tcase-page').waitFor();
    await gxj.locator('[data-testid="tcase-table"]').waitFor();
    expect(await gxj.getByTestId('tcase-decide').count()).toBe(0);
    await gxj.context().close();
  });
});

function input(page: Page, testId: string): ReturnType<Page['locator']> {
  return page.locator(`input[data-testid="${testId}"]`).or(page.getByTestId(testId).locator('input')).first();
}

async function expectText(page: Page, selector: string, text: string): Promise<void> {
  await page.waitForFunction(
    ([sel, t]) => Array.from(document.querySelectorAll(sel!)).some((el) => (el.textContent ?? '').includes(t!)),
    [selector, text],
    { timeout: 15_000 },
  );
}
