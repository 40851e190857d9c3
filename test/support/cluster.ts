import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import { SERVICE_LIST } from '@ladder/contracts';
import { buildJetStreamDeclarations, buildNatsAccountsConf, buildNatsPermissions } from '@ladder/contracts/catalogue';
import { provisionJetStream } from '@ladder/platform-messaging';
import type { JetStreamDeclarations } from '@ladder/platform-messaging';
import { freePort, startPostgresServer, waitFor, waitForPort, withinMs } from '@ladder/platform-testing';
import type { PostgresServerHandle } from '@ladder/platform-testing';
import { connect } from 'nats';
import type { NatsConnection } from 'nats';
import { Client } from 'pg';

import { DEMO_PASSWORD, ROOT, STACK_PLAN, runScript } from './stack';

/** One nats-server node of the cluster: restarted on the same ports and store. */
interface NatsNode {
  readonly name: string;
  readonly port: number;
  readonly routePort: number;
  readonly conf: string;
  child?: ChildProcess;
}

/** One running copy of a process of the service list. */
export interface Replica {
  readonly service: string;
  readonly index: number;
  child?: ChildProcess;
  restarts: number;
}

export interface ClusterOptions {
  /** Copies of each NATS service (the gateway runs once). */
  readonly replicas?: number;
  /** Extra environment per service (e.g. SUBSIDIES_DATE for subsidies). */
  readonly env?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/**
 * The production shape as the tests run it (what `npm run cluster` starts, from dist/): three nats-server nodes
 * clustered on loopback with JetStream R3 and the users of deploy/nats/accounts.conf, a private PostgreSQL server
 * with one database per service, `replicas` copies of each service and one gateway. A replica that dies is started
 * again after `restartDelayMs` (as the launcher's supervisor does), so a test may kill -9 at will.
 */
export class ClusterStack {
  readonly replicas: Replica[] = [];
  port!: number;
  pg!: PostgresServerHandle;
  private readonly nodes: NatsNode[] = [];
  private readonly passwords: Record<string, string> = {};
  private readonly databaseUrls: Record<string, string> = {};
  readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ladder-cluster-'));
  private stopping = false;
  private baseEnv: NodeJS.ProcessEnv = {};
  private readonly logs = new Map<string, string[]>();
  restartDelayMs = 1_000;

  constructor(private readonly options: ClusterOptions = {}) {}

  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** A NATS_URL listing the three nodes with one user's credentials. */
  natsUrl(user = 'ops'): string {
    return this.nodes.map((n) => `nats://${user}:${this.passwords[user]}@127.0.0.1:${n.port}`).join(',');
  }

  /** The ops user's connection to the cluster (provisioning, stream checks). */
  async connect(): Promise<NatsConnection> {
    return connect({ servers: this.nodes.map((n) => `127.0.0.1:${n.port}`), user: 'ops', pass: this.passwords['ops'], maxReconnectAttempts: -1 });
  }

  databaseUrl(service: string): string {
    return this.databaseUrls[service]!;
  }

  async start(): Promise<this> {
    this.pg = await startPostgresServer();
    await this.startNats();
    const admin = new Client({ connectionString: this.pg.url });
    await admin.connect();
    for (const s of SERVICE_LIST) {
      await admin.query(`create database ladder_${s.name}`);
      const url = new URL(this.pg.url);
      url.pathname = `/ladder_${s.name}`;
      this.databaseUrls[s.name] = url.toString();
    }
    await admin.end();
    this.port = await freePort();
    this.baseEnv = {
      PATH: process.env['PATH'],
      HOME: process.env['HOME'],
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      DATA_DIR: this.dir,
      ...Object.fromEntries(SERVICE_LIST.map((s) => [`${s.envPrefix}_DATABASE_URL`, this.databaseUrls[s.name]!])),
      JWT_SECRET: randomBytes(32).toString('hex'),
      PORT: String(this.port),
      HOST: '127.0.0.1',
      CONSOLE_DIR: path.join(ROOT, 'dist/none'),
      DEMO_PASSWORD,
      BCRYPT_ROUNDS: '4',
      AUTH_CACHE_SECONDS: '1',
      // A request that finds no replica of a service fails fast (the client retries).
      RPC_TIMEOUT_MS: '8000',
    };
    // JetStream needs a meta leader first: retry until the nodes have elected one.
    await waitFor(async () => this.provisionR3().then(() => true).catch(() => false), 30_000, 500);
    // Migrations side by side, then the first-run bundles (as the test stack does).
    for (const step of STACK_PLAN.setup) await Promise.all(step.map((script) => runScript(script, { ...this.baseEnv, NATS_URL: this.natsUrl() })));
    const copies = this.options.replicas ?? 2;
    for (const s of SERVICE_LIST) {
      for (let i = 1; i <= (s.kind === 'gateway' ? 1 : copies); i++) {
        const replica: Replica = { service: s.name, index: i, restarts: 0 };
        this.replicas.push(replica);
        this.launch(replica);
      }
    }
    // Fifteen processes booting on two cores beside other work: allow them time (the boot is not what is tested).
    await this.waitHealthy(180_000);
    return this;
  }

  /** The declared streams and consumers, three copies each. */
  private async provisionR3(): Promise<void> {
    const nc = await this.connect();
    try {
      await provisionJetStream(nc, buildJetStreamDeclarations() as unknown as JetStreamDeclarations, { replicas: 3 });
    } finally {
      await nc.close();
    }
  }

  private async startNats(): Promise<void> {
    const users = buildNatsPermissions();
    // nats-server reads a `$VARIABLE` as a configuration value: a password must start with a letter (no quotes, no sign).
    for (const u of users) this.passwords[u.user] = `p${randomBytes(12).toString('hex')}`;
    fs.writeFileSync(path.join(this.dir, 'accounts.conf'), buildNatsAccountsConf());
    const ports: number[] = [];
    for (let i = 0; i < 6; i++) ports.push(await freePort());
    for (let i = 0; i < 3; i++) {
      const name = `nats-${i + 1}`;
      const conf = path.join(this.dir, `${name}.conf`);
      const routes = [3, 4, 5].filter((j) => j !== i + 3).map((j) => `"nats-route://127.0.0.1:${ports[j]}"`);
      fs.writeFileSync(
        conf,
        [
          `server_name: ${name}`,
          `listen: 127.0.0.1:${ports[i]}`,
          `jetstream { store_dir: ${JSON.stringify(path.join(this.dir, name))} }`,
          `cluster { name: ladder-test, listen: 127.0.0.1:${ports[i + 3]}, routes: [${routes.join(', ')}] }`,
          'include accounts.conf',
          '',
        ].join('\n'),
      );
      this.nodes.push({ name, port: ports[i]!, routePort: ports[i + 3]!, conf });
    }
    for (const n of this.nodes) this.startNode(n);
    // A clustered JetStream node opens its client port once its routes are up.
    for (const n of this.nodes) await waitForPort(n.port, 30_000);
  }

  private startNode(node: NatsNode): void {
    const env = { ...process.env, ...Object.fromEntries(buildNatsPermissions().map((u) => [u.passwordVariable, this.passwords[u.user]!])) };
    node.child = spawn('nats-server', ['-c', node.conf], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    // Only the server's errors reach the test output (route and JetStream chatter stays out).
    node.child.stderr?.on('data', (d: Buffer) => {
      for (const line of d.toString().split('\n')) if (/\[(FTL)\]|error parsing/.test(line)) process.stderr.write(`[${node.name}] ${line}\n`);
    });
  }

  /** SIGKILL one NATS node; `startNatsNode` brings it back on its ports and store. */
  async killNatsNode(index: number): Promise<void> {
    const node = this.nodes[index]!;
    if (!node.child || node.child.exitCode !== null) return;
    const exited = new Promise((r) => node.child!.once('exit', r));
    node.child.kill('SIGKILL');
    await exited;
  }

  async startNatsNode(index: number): Promise<void> {
    const node = this.nodes[index]!;
    this.startNode(node);
    await waitForPort(node.port, 15_000);
  }

  private launch(replica: Replica): void {
    const label = `${replica.service}-${replica.index}`;
    const env = { ...this.baseEnv, ...this.options.env?.[replica.service], NATS_URL: this.natsUrl(replica.service) };
    const child = spawn(process.execPath, [path.join(ROOT, `dist/apps/${replica.service}/main.js`)], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const lines = this.logs.get(label) ?? [];
    this.logs.set(label, lines);
    const collect = (d: Buffer): void => {
      lines.push(...d.toString().split('\n').filter(Boolean));
      if (lines.length > 300) lines.splice(0, lines.length - 300);
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    replica.child = child;
    child.once('exit', () => {
      if (this.stopping || replica.child !== child) return;
      setTimeout(() => {
        if (this.stopping || replica.child !== child) return;
        replica.restarts++;
        this.launch(replica);
      }, this.restartDelayMs).unref();
    });
  }

  /** kill -9 one replica; it is started again after `restartDelayMs`. */
  async killReplica(replica: Replica): Promise<void> {
    const child = replica.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;
  }

  /** Stop every replica of a service and start them with other environment (e.g. a later SUBSIDIES_DATE). */
  async restartService(service: string, env: Record<string, string>): Promise<void> {
    (this.options as { env?: Record<string, Record<string, string>> }).env = { ...this.options.env, [service]: { ...this.options.env?.[service], ...env } };
    for (const r of this.replicas.filter((x) => x.service === service)) {
      const child = r.child;
      r.child = undefined;
      if (child && child.exitCode === null) {
        const exited = new Promise((res) => child.once('exit', res));
        child.kill('SIGTERM');
        if (!(await withinMs(exited, 10_000))) child.kill('SIGKILL');
      }
      this.launch(r);
    }
    await this.waitHealthy(60_000);
  }

  async waitHealthy(timeoutMs = 30_000): Promise<void> {
    await waitFor(async () => (await fetch(`${this.baseUrl}/api/health`).catch(() => undefined))?.status === 200, timeoutMs, 300).catch((error: unknown) => {
      throw new Error(`cluster not healthy: ${String(error)}\n${this.dumpLogs()}`);
    });
  }

  /** Rows of one service's database (the checks read what the services wrote). */
  async query<R>(service: string, sql: string, params: unknown[] = []): Promise<R[]> {
    const c = new Client({ connectionString: this.databaseUrls[service] });
    await c.connect();
    try {
      return (await c.query(sql, params)).rows as R[];
    } finally {
      await c.end();
    }
  }

  dumpLogs(): string {
    return [...this.logs.entries()].map(([n, l]) => `--- ${n}\n${l.slice(-20).join('\n')}`).join('\n');
  }

  async stop(): Promise<void> {
    this.stopping = true;
    for (const r of [...this.replicas].reverse()) {
      const child = r.child;
      if (child && child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((res) => child.once('exit', res));
        child.kill('SIGTERM');
        if (!(await withinMs(exited, 5_000))) child.kill('SIGKILL');
      }
    }
    for (const n of this.nodes) if (n.child && n.child.exitCode === null) n.child.kill('SIGKILL');
    await this.pg?.stop();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
