import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

import { SERVICE_LIST } from '@ladder/contracts';
import type { DeployableName } from '@ladder/contracts';
import { provisionDeclared } from '@ladder/platform-messaging';
import { createTestDatabase, freePort, startNatsServer, waitFor, withinMs } from '@ladder/platform-testing';
import type { DatabaseKind, NatsServerHandle, TestDatabase } from '@ladder/platform-testing';

import { STACK_TEMPLATES_VAR, TEMPLATE_DATABASE_FILE, dropDatabase, readTemplateDatabase, recreateFrom, saveAsTemplate } from './stack-templates';

export const ROOT = path.resolve(__dirname, '../..');
export const DEMO_PASSWORD = 'Ladder@2026';

/** A process of the stack: every entry of the service list (libs/contracts/src/lib/system/services.ts). */
export type ServiceName = DeployableName;

/**
 * What the stack migrates and runs, from the service list: every service's migration (each its own database or
 * schema, so they run side by side), then the first-run steps (side by side too), then the processes.
 */
export const STACK_PLAN = {
  setup: [
    SERVICE_LIST.map((s) => `dist/apps/${s.name}/migrate.js`),
    SERVICE_LIST.flatMap((s) => s.firstRun.map((b) => `dist/apps/${s.name}/${b}.js`)),
  ],
  processes: SERVICE_LIST.map((s): ServiceName => s.name),
} as const;

/** Run a built script to its end; rejects with its output when it fails. */
export function runScript(file: string, env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [requireBuilt(file)], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.once('error', reject);
    child.once('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`${file} failed (${code ?? signal}): ${output}`))));
  });
}

function requireBuilt(file: string): string {
  const full = path.join(ROOT, file);
  if (!fs.existsSync(full)) throw new Error(`${file} is missing: build first (npx nx run-many -t build)`);
  return full;
}

export interface StackOptions {
  readonly database?: DatabaseKind;
  /** Serve the built console (browser tests). */
  readonly console?: boolean;
  /** How long the services may take to boot and answer health checks (default 90 s: a ceiling; a quiet machine takes ≈ 5 s, one at load 30 over 60 s). */
  readonly bootTimeoutMs?: number;
  /** Extra environment for every process (e.g. a smaller REGISTRY_IMPORT_BATCH_ROWS). */
  readonly env?: Readonly<Record<string, string>>;
}

/**
 * The embedded stack as separate processes built from dist/: a private nats-server, provisioned streams,
 * migrated databases, demo accounts, every process of the service list (the gateway on a free port).
 */
export class TestStack {
  nats!: NatsServerHandle;
  db!: TestDatabase;
  port!: number;
  env!: NodeJS.ProcessEnv;
  private readonly procs = new Map<string, ChildProcess>();
  private readonly logs = new Map<string, string[]>();

  constructor(private readonly options: StackOptions = {}) {}

  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<this> {
    this.nats = await startNatsServer();
    this.db = await createTestDatabase(this.options.database ?? 'sqlite');
    this.port = await freePort();
    this.env = {
      PATH: process.env['PATH'],
      HOME: process.env['HOME'],
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      NATS_URL: this.nats.url,
      ...this.db.env,
      JWT_SECRET: randomBytes(32).toString('hex'),
      PORT: String(this.port),
      HOST: '127.0.0.1',
      CONSOLE_DIR: this.options.console ? path.join(ROOT, 'dist/apps/console') : path.join(ROOT, 'dist/none'),
      DEMO_PASSWORD,
      BCRYPT_ROUNDS: '4',
      // Tests that edit the gateway's tables behind its back see the change within a second.
      AUTH_CACHE_SECONDS: '1',
      ...this.options.env,
    };
    await provisionDeclared(this.nats.url);
    await this.setUp();
    for (const name of STACK_PLAN.processes) this.startService(name);
    await this.waitHealthy(this.options.bootTimeoutMs);
    return this;
  }

  /**
   * Migrations and first-run steps (side by side within a step). In the system suite (its global setup sets
   * STACK_TEMPLATES_VAR) they run once per database kind: the first stack's migrated databases become a
   * template (a copy of the SQLite files; a PostgreSQL `CREATE DATABASE … TEMPLATE`) that later stacks start from,
   * instead of 9 more processes each (the suite starts 17 stacks). The steps read only the database variables and
   * DEMO_PASSWORD, which are the same for every stack.
   */
  private async setUp(): Promise<void> {
    const runSteps = async (): Promise<void> => {
      for (const step of STACK_PLAN.setup) await Promise.all(step.map((script) => runScript(script, this.env)));
    };
    const templates = process.env[STACK_TEMPLATES_VAR];
    if (!templates) return runSteps();
    const template = path.join(templates, this.db.kind);
    if (fs.existsSync(template)) {
      const pgTemplate = readTemplateDatabase(template);
      if (pgTemplate) await recreateFrom(this.db, pgTemplate);
      fs.cpSync(path.join(template, 'data'), this.db.env.DATA_DIR, { recursive: true });
      return;
    }
    await runSteps();
    // Build the template beside, then rename it into place (a concurrent stack never sees half of one).
    const building = `${template}.${process.pid}.${randomBytes(4).toString('hex')}`;
    fs.mkdirSync(building, { recursive: true });
    fs.cpSync(this.db.env.DATA_DIR, path.join(building, 'data'), { recursive: true });
    const pgTemplate = await saveAsTemplate(this.db);
    if (pgTemplate) fs.writeFileSync(path.join(building, TEMPLATE_DATABASE_FILE), pgTemplate);
    try {
      fs.renameSync(building, template);
    } catch {
      // Another stack made one first: keep that.
      fs.rmSync(building, { recursive: true, force: true });
      if (pgTemplate) await dropDatabase(pgTemplate);
    }
  }

  startService(name: ServiceName, extraEnv: NodeJS.ProcessEnv = {}): ChildProcess {
    const child = spawn(process.execPath, [requireBuilt(`dist/apps/${name}/main.js`)], {
      env: { ...this.env, ...extraEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines = this.logs.get(name) ?? [];
    this.logs.set(name, lines);
    const collect = (d: Buffer): void => {
      lines.push(...d.toString().split('\n').filter(Boolean));
      if (lines.length > 500) lines.splice(0, lines.length - 500);
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    this.procs.set(name, child);
    return child;
  }

  /** Stop a service and start it again with extra environment (e.g. a later SUBSIDIES_DATE), then wait for health. */
  async restartService(name: ServiceName, extraEnv: NodeJS.ProcessEnv = {}): Promise<void> {
    await this.stopService(name);
    this.startService(name, extraEnv);
    await this.waitHealthy();
  }

  /** SIGKILL a service: no shutdown hooks, no chance to finish what it was doing. */
  async kill(name: ServiceName): Promise<void> {
    const child = this.procs.get(name);
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;
  }

  async stopService(name: ServiceName): Promise<void> {
    const child = this.procs.get(name);
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await withinMs(exited, 10_000);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }

  async waitHealthy(timeoutMs = 90_000): Promise<void> {
    await waitFor(async () => {
      const res = await fetch(`${this.baseUrl}/api/health`);
      return res.status === 200;
    }, timeoutMs, 200).catch((error: unknown) => {
      throw new Error(`stack not healthy: ${String(error)}\n${this.dumpLogs()}`);
    });
  }

  dumpLogs(): string {
    return [...this.logs.entries()].map(([n, l]) => `--- ${n}\n${l.slice(-40).join('\n')}`).join('\n');
  }

  async stop(): Promise<void> {
    for (const name of [...STACK_PLAN.processes].reverse()) await this.stopService(name);
    await this.nats?.stop();
    await this.db?.drop();
  }
}

/** Today in Asia/Shanghai (the services' default clock), plus `days`, as YYYY-MM-DD. */
export function shanghaiDate(days = 0): string {
  return new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

/** A small HTTP client for the gateway API. */
export class ApiClient {
  token?: string;

  constructor(private readonly baseUrl: string) {}

  async login(username: string, password = DEMO_PASSWORD): Promise<this> {
    const res = await this.call('POST', '/api/auth/login', { username, password });
    if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
    this.token = (res.body as { accessToken: string }).accessToken;
    return this;
  }

  async call<T = unknown>(
    method: string,
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; body: T; headers: Headers }> {
    const isBuffer = Buffer.isBuffer(body);
    const res = await fetch(`${this.baseUrl}${url}`, {
      method,
      headers: {
        ...(body !== undefined && !isBuffer ? { 'content-type': 'application/json' } : {}),
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : isBuffer ? new Uint8Array(body) : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const type = res.headers.get('content-type') ?? '';
    const parsed = type.includes('json') ? ((await res.json()) as T) : ((Buffer.from(await res.arrayBuffer()) as unknown) as T);
    return { status: res.status, body: parsed, headers: res.headers };
  }
}
