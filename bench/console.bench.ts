/**
 * Benchmark: the console's first load in headless Chromium (playwright-core driving /usr/bin/chromium, or
 * CHROMIUM_PATH), served by the gateway from dist/apps/console with the registry behind it.
 *   - first-load JS and CSS: every script and stylesheet the login page loads until its form is usable, gzipped
 *     (level 9, as a static server or proxy would send them) — target ≤ 350 KB of JS; and, for information, the JS
 *     loaded through sign-in and the dashboard;
 *   - time to usable: navigation → the login form accepts input, and sign-in → the dashboard shows its total;
 *   - the raw substrate: the same page's HTML and scripts fetched over the same connection with plain `fetch`
 *     (what the network and server cost without parsing, running and rendering).
 *   npm run bench -- console        (BENCH_CONSOLE_RUNS=5: median of that many cold loads)
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';

import { provisionDeclared } from '@ladder/platform-messaging';
import { startNatsServer } from '@ladder/platform-testing';
import { chromium } from 'playwright-core';

import { DEMO_PASSWORD, built, prepareServices, root, waitHealthy, writeResult } from './lib/services';
import { machine } from './lib/substrates';

const RUNS = Number(process.env['BENCH_CONSOLE_RUNS'] ?? 5);
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

async function main(): Promise<void> {
  built('dist/apps/console/index.html');
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing (apt-get install chromium, or set CHROMIUM_PATH)`);
  const nats = await startNatsServer();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ladder-console-bench-'));
  const services = await prepareServices(nats.url, dir, ['registry', 'gateway']);
  services.env['CONSOLE_DIR'] = path.join(root, 'dist/apps/console');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    await provisionDeclared(nats.url);
    services.start('registry');
    services.start('gateway');
    await waitHealthy(services.baseUrl);

    const loads: { formMs: number; dashboardMs: number; assets: string[]; throughDashboard: string[] }[] = [];
    for (let i = 0; i < RUNS; i++) {
      // A fresh context each time: a cold load, nothing cached.
      const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      page.setDefaultTimeout(30_000);
      const assets: string[] = [];
      page.on('response', (r) => {
        const url = new URL(r.url());
        if (url.origin === services.baseUrl && /\.(js|css)$/.test(url.pathname)) assets.push(url.pathname);
      });
      const t0 = Date.now();
      await page.goto(`${services.baseUrl}/`);
      const username = page.locator('[data-testid="login-username"] input, input[data-testid="login-username"]').first();
      await username.waitFor({ state: 'visible' });
      await username.fill('gxj');
      const formMs = Date.now() - t0;
      const beforeSignIn = [...new Set(assets)].sort();
      await page.locator('[data-testid="login-password"] input, input[data-testid="login-password"]').first().fill(DEMO_PASSWORD);
      const t1 = Date.now();
      await page.getByTestId('login-submit').click();
      await page.getByTestId('dashboard-total').waitFor();
      const dashboardMs = Date.now() - t1;
      loads.push({ formMs, dashboardMs, assets: beforeSignIn, throughDashboard: [...new Set(assets)].sort() });
      await context.close();
    }

    // First load: the scripts and stylesheets the login page fetched before it was usable (the first run's list).
    const firstLoad = loads[0]!.assets;
    const sizeOf = (asset: string): { asset: string; bytes: number; gzipBytes: number } => {
      const body = fs.readFileSync(path.join(root, 'dist/apps/console', asset));
      return { asset, bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length };
    };
    const sizes = firstLoad.map(sizeOf);
    const dashboardJs = loads[0]!.throughDashboard.filter((a) => a.endsWith('.js')).map(sizeOf);
    const js = sizes.filter((s) => s.asset.endsWith('.js'));
    const css = sizes.filter((s) => s.asset.endsWith('.css'));
    const sum = (list: typeof sizes, key: 'bytes' | 'gzipBytes'): number => list.reduce((n, s) => n + s[key], 0);

    // Raw substrate: the HTML and the same files fetched without a browser.
    const rawTimes: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = Date.now();
      await (await fetch(`${services.baseUrl}/`)).text();
      await Promise.all(firstLoad.map(async (a) => (await fetch(`${services.baseUrl}${a}`)).arrayBuffer()));
      rawTimes.push(Date.now() - t0);
    }

    const result = {
      at: new Date().toISOString(),
      runs: RUNS,
      machine: machine(os.cpus().length, os.totalmem()),
      chromium: browser.version(),
      firstLoadJsFiles: js.length,
      firstLoadJsBytes: sum(js, 'bytes'),
      firstLoadJsGzipBytes: sum(js, 'gzipBytes'),
      firstLoadCssGzipBytes: sum(css, 'gzipBytes'),
      // Login page, then sign-in and the dashboard: what a user's first visit loads in all.
      throughDashboardJsFiles: dashboardJs.length,
      throughDashboardJsGzipBytes: sum(dashboardJs, 'gzipBytes'),
      largestJs: [...js].sort((a, b) => b.gzipBytes - a.gzipBytes).slice(0, 5),
      rawFetchFirstLoadMs: median(rawTimes),
      timeToLoginFormMs: median(loads.map((l) => l.formMs)),
      timeSignInToDashboardMs: median(loads.map((l) => l.dashboardMs)),
      timeToLoginFormMsRuns: loads.map((l) => l.formMs),
    };
    console.log('\nConsole first load (headless Chromium, cold cache, median of runs)');
    console.table({
      'first-load JS (gzip -9)': `${(result.firstLoadJsGzipBytes / 1024).toFixed(1)} KB in ${result.firstLoadJsFiles} files (${(result.firstLoadJsBytes / 1024).toFixed(0)} KB raw)`,
      'JS through sign-in and the dashboard (gzip -9)': `${(result.throughDashboardJsGzipBytes / 1024).toFixed(1)} KB in ${result.throughDashboardJsFiles} files`,
      'first-load CSS (gzip -9)': `${(result.firstLoadCssGzipBytes / 1024).toFixed(1)} KB`,
      'raw fetch of the same files': `${result.rawFetchFirstLoadMs} ms`,
      'navigation → login form usable': `${result.timeToLoginFormMs} ms`,
      'sign-in → dashboard total shown': `${result.timeSignInToDashboardMs} ms`,
    });
    writeResult('console', result);
  } finally {
    await browser.close();
    await services.stop();
    await nats.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
