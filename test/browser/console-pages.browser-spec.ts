/**
 * Every console page as every demo account (README), in zh-CN at 1366 px, with demo data: each page reachable
 * from the menu plus one detail page per kind (enterprise, evaluation, what-if, entitlement, 公示, guarantee, procurement contract
 * and project, an enterprise's talent measures). `PAGE_WALK_ACCOUNTS=a,b` walks only those accounts. A page fails
 * on English words, raw rule or field ids, `undefined`/`null`/`NaN`, error messages, horizontal overflow and
 * table cells or tags whose content is cut (issue 15). One browser; a fresh context per account.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

import { waitFor } from '@ladder/platform-testing';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';

import { auditPage, settle, trackRequests } from '../support/console-audit';
import { ApiClient, DEMO_PASSWORD, ROOT, TestStack, shanghaiDate } from '../support/stack';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const ARTIFACTS = path.join(ROOT, 'test-output', 'console-pages');
const WIDTH = 1366;

/** The demo accounts of README, one per role. */
const ACCOUNTS = [
  'gxj',
  'gxjsh',
  'sanyuan',
  'sanyuansh',
  'yongan',
  'czj',
  'czjsh',
  'jrj',
  'dbjg',
  'dbsp',
  'yh',
  'rcb',
  'swj',
  'sysadmin',
  'secadmin',
  'auditor',
  // 政企直通车承办人 (dept-handler): 市金融监管局, 市自然资源局, 市人社局, 三元区人民政府
  'jrjcb',
  'zrzyjcb',
  'rsjcb',
  'sanyuanzf',
];

/** `PAGE_WALK_ACCOUNTS=rcb,gxj` walks only those accounts (a quick check of a few pages); default all. */
const CHOSEN = (process.env['PAGE_WALK_ACCOUNTS'] ?? '')
  .split(',')
  .map((a) => a.trim())
  .filter((a) => ACCOUNTS.includes(a));
const WALKED = CHOSEN.length > 0 ? CHOSEN : ACCOUNTS;

/**
 * Latin text that is not English to translate: units, brands and file types, the locale switch (named in its own
 * language), and account names, which are data.
 */
const ALLOWED_WORDS = ['KB', 'MB', 'NATS', 'Excel', 'API', 'JSON', 'xlsx', 'IP', 'English', ...ACCOUNTS];

/** The detail pages of one county (or of the city, for city-wide accounts). */
interface Details {
  readonly uscc: string;
  readonly entitlementId: string;
}

describe('every console page as every role', () => {
  const stack = new TestStack({ console: true, bootTimeoutMs: 90_000 });
  let browser: Browser;
  const details = new Map<string, Details>();
  let publicityId = '';
  /** A demo guarantee (every guarantor, bank and regulator account may open it). */
  let guaranteeId = '';

  beforeAll(async () => {
    if (!fs.existsSync(path.join(ROOT, 'dist/apps/console/index.html')))
      throw new Error('build the console first');
    await stack.start();
    const seed = spawnSync(process.execPath, [path.join(ROOT, 'dist/tools/ops/seed-demo.js')], {
      // 25 are enough for every county and for 永安市's 专精特新 title (the 25th); fewer means a quicker start.
      env: { ...stack.env, DEMO_ENTERPRISES: '25' },
      encoding: 'utf8',
    });
    if (seed.status !== 0) throw new Error(`demo data failed: ${seed.stdout}\n${seed.stderr}`);
    const gxj = await new ApiClient(stack.baseUrl).login('gxj');
    // One enterprise with a 免申即享 entitlement in each county that has a demo account.
    for (const county of ['350404', '350481']) details.set(county, await entitlementIn(gxj, county));
    const publicity = await gxj.call<{ id: string }>('POST', '/api/subsidies/publicity', {
      title: '专精特新企业奖励公示',
      entitlementIds: [...details.values()].map((d) => d.entitlementId),
      startsOn: shanghaiDate(),
    });
    expect(publicity.status).toBe(201);
    publicityId = publicity.body.id;
    const jrj = await new ApiClient(stack.baseUrl).login('jrj');
    const guarantees = await jrj.call<{ items: { id: string; status: string }[] }>('GET', '/api/guarantees/applications?pageSize=100');
    guaranteeId = (guarantees.body.items.find((g) => g.status === 'issued') ?? guarantees.body.items[0])?.id ?? '';
    expect(guaranteeId).not.toBe('');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await stack.stop();
  });

  // Two accounts at a time (one browser, a context each): the walk is mostly waiting for pages to render.
  const lane = lanes(2);

  it.concurrent.each(WALKED)(
    'should show every page to %s in Chinese without raw ids or overflow at 1366 px',
    (username) => lane(() => walk(username)),
    600_000,
  );

  async function walk(username: string): Promise<void> {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: WIDTH, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    const inFlight = trackRequests(page);
    const findings: string[] = [];
    try {
      const user = await login(page, username);
      const check = async (label: string): Promise<void> => {
        await settle(page, inFlight);
        const found = await auditPage(page, { allowedWords: ALLOWED_WORDS });
        if (found.length === 0) return;
        findings.push(...found.map((f) => `${label}: ${f}`));
        fs.mkdirSync(ARTIFACTS, { recursive: true });
        await page.screenshot({
          path: path.join(ARTIFACTS, `${username}${label.replace(/[/?=]/g, '_')}.png`),
        });
      };

      // Every page of the menu, opened from the menu.
      const entries = page.locator('.layout-menu .el-menu-item');
      const count = await entries.count();
      expect(count).toBeGreaterThan(0);
      for (let i = 0; i < count; i++) {
        const entry = entries.nth(i);
        const title = (await entry.textContent())?.trim() ?? '';
        await entry.click();
        await page.waitForFunction((t) => document.title.includes(t), title);
        const where = new URL(page.url()).pathname;
        expect(where).not.toMatch(/\/(403|404|login)$/);
        await check(where);
      }

      // One detail page of each kind the account may open.
      const own = details.get(user.countyCode ?? '350404');
      const granted = new Set(user.permissions);
      const pages: string[] = [];
      if (own && granted.has('enterprise:read')) pages.push(`/enterprises/${own.uscc}`);
      if (own && granted.has('enterprise:write')) pages.push(`/enterprises/${own.uscc}/edit`);
      if (own && granted.has('tiering:read')) pages.push(`/tiering/evaluation/${own.uscc}`);
      if (own && granted.has('tiering:evaluate')) pages.push(`/tiering/what-if/${own.uscc}`);
      if (own && granted.has('subsidies:read')) {
        pages.push(
          `/subsidies/entitlements/${own.entitlementId}`,
          `/subsidies/publicity/${publicityId}`,
          `/subsidies/matching/${own.uscc}`,
        );
      }
      if (granted.has('servicedesk:read')) {
        // An appeal the account may open (a handler sees only its department's; some have none).
        const api = await new ApiClient(stack.baseUrl).login(username);
        const appeals = await api.call<{ items: { id: string }[] }>('GET', '/api/servicedesk/appeals?pageSize=1');
        const first = appeals.body.items[0];
        if (first) pages.push(`/servicedesk/appeals/${first.id}`);
      }
      if (granted.has('guarantees:read')) pages.push(`/guarantees/applications/${guaranteeId}`);
      // The measures of the county's enterprise (the scope page opens on the enterprise of the link).
      if (own && granted.has('talent:read')) pages.push(`/talent/scope?uscc=${own.uscc}`);
      if (granted.has('procurement:read')) {
        // A demo contract (seed-demo records some when the procurement service runs).
        const api = await new ApiClient(stack.baseUrl).login(username);
        const contracts = await api.call<{ items: { id: string }[] }>('GET', '/api/procurement/contracts?pageSize=1');
        const first = contracts.body.items[0];
        if (first) pages.push(`/procurement/contracts/${first.id}`);
        // A procurement project with its reserved-share check and bids, when the demo data has one.
        const projects = await api.call<{ items: { id: string }[] }>('GET', '/api/procurement/projects?pageSize=1');
        const project = projects.body.items[0];
        if (project) pages.push(`/procurement/projects/${project.id}`);
      }
      for (const target of pages) {
        await navigate(page, target);
        await check(target);
      }
    } finally {
      await context.close();
    }
    expect(findings).toEqual([]);
  }

  /** An entitlement of the county (the demo titles make some; otherwise a 专精特新 recognition is recorded). */
  async function entitlementIn(api: ApiClient, county: string): Promise<Details> {
    type Page<T> = { items: T[] };
    const find = async (): Promise<Details | undefined> => {
      const r = await api.call<Page<{ id: string; uscc: string; countyCode: string }>>(
        'GET',
        '/api/subsidies/entitlements?pageSize=100',
      );
      const e = r.body.items.find((x) => x.countyCode === county);
      return e && { uscc: e.uscc, entitlementId: e.id };
    };
    const existing = await find();
    if (existing) return existing;
    const list = await api.call<Page<{ uscc: string }>>(
      'GET',
      `/api/enterprises?county=${county}&pageSize=1`,
    );
    const uscc = list.body.items[0]?.uscc;
    if (!uscc) throw new Error(`no demo enterprise in ${county}`);
    const cert = await api.call('POST', '/api/tiering/certifications', {
      uscc,
      tier: 'specialized',
      issuer: '福建省工业和信息化厅',
      docNo: `闽工信中小〔2025〕${county.slice(-2)}号`,
      certifiedOn: '2025-11-30',
    });
    expect(cert.status).toBe(201);
    return waitFor(find, 30_000);
  }

  async function login(
    page: Page,
    username: string,
  ): Promise<{ countyCode?: string; permissions: string[] }> {
    await page.goto(`${stack.baseUrl}/login`);
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
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/auth/login')),
      page.getByTestId('login-submit').click(),
    ]);
    const body = (await response.json()) as { user: { countyCode?: string | null; permissions: string[] } };
    await page.waitForURL((u) => !u.pathname.endsWith('/login'));
    return { countyCode: body.user.countyCode ?? undefined, permissions: body.user.permissions };
  }
});

/**
 * Opens a page inside the running console, as an in-app link would (vue-router follows a popstate without
 * history state by replacing the location), instead of reloading the whole application for each page.
 */
async function navigate(page: Page, to: string): Promise<void> {
  await page.evaluate((target) => {
    window.history.pushState(null, '', target);
    window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
  }, to);
  await page.waitForURL((u) => u.pathname === to.split('?')[0]);
}

/** Runs at most `n` of the given jobs at a time, in the order they ask. */
function lanes(n: number): <T>(job: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (job) => {
    if (running >= n) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await job();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}
