/**
 * The services under test as separate processes built from dist/ (as `npm start` runs them), on a private
 * nats-server and a temporary data directory.
 */
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

import { freePort, waitFor, withinMs } from '@ladder/platform-testing';

/** The checkout whose dist/ runs: this one, or BENCH_DIST_ROOT (another checkout, for before/after comparisons). */
export const root = process.env['BENCH_DIST_ROOT'] ?? path.resolve(__dirname, '../..');
export const DEMO_PASSWORD = 'Ladder@2026';

export function built(file: string): string {
  const full = path.join(root, file);
  if (!fs.existsSync(full)) throw new Error(`${file} is missing: build first (npx nx run-many -t build)`);
  return full;
}

/** Run a deploy step (migrate.js, seed-accounts.js) to completion. */
export function runStep(file: string, env: NodeJS.ProcessEnv): void {
  const r = spawnSync(process.execPath, [built(file)], { env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${file} failed: ${r.stdout}\n${r.stderr}`);
}

export interface BenchServices {
  readonly env: NodeJS.ProcessEnv;
  readonly baseUrl: string;
  start(name: string): ChildProcess;
  stop(): Promise<void>;
}

/**
 * Environment for the registry and the gateway (health reporting only the services started), migrated, with
 * the demo accounts.
 */
export async function prepareServices(
  natsUrl: string,
  dataDir: string,
  services: readonly string[],
): Promise<BenchServices> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    PATH: process.env['PATH'],
    HOME: process.env['HOME'],
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    NATS_URL: natsUrl,
    DATA_DIR: dataDir,
    JWT_SECRET: randomBytes(32).toString('hex'),
    PORT: String(port),
    HOST: '127.0.0.1',
    CONSOLE_DIR: path.join(root, 'dist/none'),
    DEMO_PASSWORD,
    BCRYPT_ROUNDS: '4',
    GATEWAY_SERVICES: services.filter((s) => s !== 'gateway').join(','),
    // Node flags for the services under test only (e.g. `--max-semi-space-size=32` for a probe): not the bench's own.
    ...(process.env['BENCH_SERVICE_NODE_OPTIONS'] ? { NODE_OPTIONS: process.env['BENCH_SERVICE_NODE_OPTIONS'] } : {}),
  };
  for (const s of services) runStep(`dist/apps/${s}/migrate.js`, env);
  if (services.includes('gateway')) runStep('dist/apps/gateway/seed-accounts.js', env);
  const procs: ChildProcess[] = [];
  return {
    env,
    baseUrl: `http://127.0.0.1:${port}`,
    start(name: string): ChildProcess {
      const profile = process.env['BENCH_PROFILE']
        ? ['--cpu-prof', `--cpu-prof-dir=${process.env['BENCH_PROFILE']}`]
        : [];
      // BENCH_PROBE=<dir>: each process records its GCs, event-loop stalls and slow SQLite calls (pause-probe.cjs).
      const probeDir = process.env['BENCH_PROBE'];
      const probe = probeDir ? ['--require', path.join(__dirname, 'pause-probe.cjs')] : [];
      const child = spawn(process.execPath, [...profile, ...probe, built(`dist/apps/${name}/main.js`)], {
        env: probeDir
          ? {
              ...env,
              BENCH_PROBE_FILE: path.join(probeDir, `${name}.json`),
              BENCH_PROBE_TRACE_GC: process.env['BENCH_PROBE_TRACE_GC'],
              BENCH_PROBE_FULL_GC: process.env['BENCH_PROBE_FULL_GC'],
              BENCH_PROBE_V8_FLAGS: process.env['BENCH_PROBE_V8_FLAGS'],
            }
          : env,
        stdio: ['ignore', 'inherit', 'inherit'],
      });
      procs.push(child);
      return child;
    },
    async stop(): Promise<void> {
      for (const child of procs.reverse()) {
        if (child.exitCode !== null || child.signalCode !== null) continue;
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await withinMs(exited, 10_000);
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      }
    },
  };
}

/** CPU seconds (user + system) a process has used so far, from /proc (Linux). */
export function cpuSeconds(pid: number | undefined): number {
  if (pid === undefined) return 0;
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** Wait until the gateway reports every configured service up. */
export async function waitHealthy(baseUrl: string, timeoutMs = 60_000): Promise<void> {
  await waitFor(
    async () => (await fetch(`${baseUrl}/api/health`).catch(() => undefined))?.status === 200,
    timeoutMs,
    200,
  );
}

/** A bearer token for a demo account. */
export async function login(baseUrl: string, username: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

/** Write a result file next to the others (bench/results/<name>.json, or BENCH_RESULTS_DIR: the runner's smoke test). */
export function writeResult(name: string, result: object): void {
  // Always this checkout's results, even when BENCH_DIST_ROOT runs another checkout's build.
  const dir = process.env['BENCH_RESULTS_DIR'] ?? path.resolve(__dirname, '../results');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `${name}.json`), `${JSON.stringify(result, null, 2)}\n`);
}
