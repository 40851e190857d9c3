#!/usr/bin/env node
// `npm start`: install what is missing, build, and run the whole stack on embedded defaults with demo data.
//   PORT (8080) · DATA_DIR (.data) · NATS_URL (unset → own nats-server on a free port, store in DATA_DIR/nats)
//   DATABASE_URL (unset → SQLite files in DATA_DIR) · DEMO_PASSWORD (Ladder@2026) · JWT_SECRET (generated) · TALENT_DATA_KEY (generated)
// `npm run cluster` (= `--cluster`): the production shape on this machine — three nats-server nodes clustered on
// loopback (JetStream, streams R3, the users and permissions of deploy/nats/accounts.conf), one PostgreSQL database
// per service on CLUSTER_DATABASE_URL (postgres://postgres@127.0.0.1:5432/postgres), REPLICAS (2) replicas of every
// service in their NATS queue groups, one gateway with the console. DATA_DIR defaults to .data-cluster.
// A process that crashes (a service, nats-server) is started again with backoff while the others keep running.
// SIGINT, SIGTERM, SIGHUP — or the end of the npm/shell that started it — stop the whole tree; every child ends
// by itself when the launcher is gone (tools/stack/parent-guard.cjs). Logs in DATA_DIR/logs, without colours.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

import {
  checkNode,
  clusterNatsUrl,
  natsNodeConfig,
  natsPasswordVariable,
  natsUsers,
  readServiceList,
  ensureAptPackages,
  ensureDependencies,
  fail,
  freePort,
  isPortFree,
  log,
  root,
  run,
  runStep,
  Supervisor,
  stackPlan,
  startProcess,
  stopProcess,
  waitForHttp,
  waitForPort,
  watchParent,
} from './lib.mjs';

// Every service this launcher builds, migrates and runs comes from the service list.
const plan = stackPlan();
const cluster = process.argv.includes('--cluster');
const replicas = cluster ? Number(process.env.REPLICAS ?? 2) : 1;
if (process.argv.includes('--plan')) {
  process.stdout.write(`${JSON.stringify(plan, null, 2)}\n`);
  process.exit(0);
}

checkNode();
const port = Number(process.env.PORT ?? 8080);
if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`PORT=${process.env.PORT} 不是有效端口`);
if (!(await isPortFree(port))) {
  fail(`端口 ${port} 已被其他程序占用，请用 PORT=其他端口 npm start。Port ${port} is in use; set PORT.`);
}
ensureDependencies();
if (cluster && process.env.NATS_URL) fail('npm run cluster 自带 NATS 集群，请勿设置 NATS_URL。The cluster runs its own NATS nodes: unset NATS_URL.');
if (!Number.isInteger(replicas) || replicas < 1) fail(`REPLICAS=${process.env.REPLICAS} 不是正整数`);
if (!process.env.NATS_URL) ensureAptPackages([{ command: 'nats-server', package: 'nats-server' }], '运行消息服务 NATS');

log('构建 Building services and console (nx, cached)…');
run('npx', ['nx', 'run-many', '-t', 'build', `--projects=${plan.build.join(',')}`, '--parallel=2', '--output-style=static'], {
  env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' },
});

const dataDir = resolve(process.env.DATA_DIR ?? join(root, cluster ? '.data-cluster' : '.data'));
const logDir = join(dataDir, 'logs');
mkdirSync(logDir, { recursive: true });

let jwtSecret = process.env.JWT_SECRET;
if (!jwtSecret) {
  const file = join(dataDir, 'jwt-secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
  jwtSecret = readFileSync(file, 'utf8').trim();
}
// Key of the personal data at rest (ID and phone numbers, TALENT_DATA_KEY), generated once like the JWT secret.
let talentDataKey = process.env.TALENT_DATA_KEY;
if (!talentDataKey) {
  const file = join(dataDir, 'talent-data-key');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  talentDataKey = readFileSync(file, 'utf8').trim();
}

const supervisor = new Supervisor({
  onExit: ({ name, code, signal, delayMs }) =>
    process.stderr.write(
      `[ladder] ${name} 意外退出 exited unexpectedly (${code ?? signal}); ${Math.round(delayMs / 100) / 10} s 后重启 restarting; see ${join(logDir, `${name}.log`)}\n`,
    ),
});
let step = null;
let stopping = false;
async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  log('正在停止 Stopping…');
  if (step) await stopProcess(step);
  await supervisor.stop();
  log('已停止 Stopped.');
  process.exit(code);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => void shutdown(0));
// `kill -TERM <npm pid>` ends npm and its shell, not this process: stop when they are gone.
watchParent(() => void shutdown(0));

const node = process.execPath;
async function runBundle(script, ...args) {
  const code = await runStep(node, [join(root, script), ...args], { env, onStart: (child) => (step = child) });
  step = null;
  if (stopping) return;
  if (code !== 0) {
    process.stderr.write(`[ladder] ${script} failed (exit ${code})\n`);
    await shutdown(1);
  }
}

let natsUrl = process.env.NATS_URL;
/** Per process name: its NATS_URL (the cluster gives each service its own user). */
const natsUrlOf = {};
/** The cluster's NATS nodes (client and route ports), filled by startNatsCluster. */
let natsNodes = [];
/** Per service: its PostgreSQL database (the cluster), by `<PREFIX>_DATABASE_URL`. */
const databaseEnv = {};
if (cluster) {
  natsUrl = await startNatsCluster();
  Object.assign(databaseEnv, await preparePostgres());
} else if (!natsUrl) {
  const natsPort = await freePort();
  const store = join(dataDir, 'nats');
  mkdirSync(store, { recursive: true });
  // Restarted on the same port and store: the services reconnect and the streams are still there.
  supervisor.add('nats', () =>
    startProcess('nats', 'nats-server', ['-a', '127.0.0.1', '-p', String(natsPort), '-js', '-sd', store, '-n', 'sme-ladder'], {
      env: process.env,
      logFile: join(logDir, 'nats.log'),
      echo: /\[(ERR|FTL)\]/,
    }),
  );
  await waitForPort(natsPort);
  natsUrl = `nats://127.0.0.1:${natsPort}`;
  log(`NATS (JetStream) ${natsUrl}, store ${store}`);
}

const env = {
  ...process.env,
  ...databaseEnv,
  ...(cluster ? { JETSTREAM_REPLICAS: '3' } : {}),
  NODE_ENV: process.env.NODE_ENV ?? 'production',
  NATS_URL: natsUrl,
  DATA_DIR: dataDir,
  JWT_SECRET: jwtSecret,
  TALENT_DATA_KEY: talentDataKey,
  PORT: String(port),
  CONSOLE_DIR: join(root, 'dist/apps/console'),
};

log('JetStream 流与消费者 Provisioning streams and consumers…');
await runBundle('dist/tools/ops/provision.js', ...(existsSync(join(root, 'deploy/nats/bureaus.json')) ? [join(root, 'deploy/nats/bureaus.json')] : []));
log('数据库迁移 Applying migrations…');
for (const bundle of [...plan.migrate, ...plan.firstRun]) await runBundle(bundle);

for (const { name, main } of plan.processes) {
  // One gateway in front; every NATS service in `replicas` copies sharing its queue group, durables and database.
  const copies = name === 'gateway' ? 1 : replicas;
  for (let i = 1; i <= copies; i++) {
    const label = copies > 1 ? `${name}-${i}` : name;
    const own = { ...env, ...(natsUrlOf[name] ? { NATS_URL: natsUrlOf[name] } : {}) };
    supervisor.add(label, () => startProcess(label, node, [join(root, main)], { env: own, logFile: join(logDir, `${label}.log`) }));
  }
}
try {
  await waitForHttp(`http://127.0.0.1:${port}/api/health`, 90_000);
} catch (error) {
  process.stderr.write(`[ladder] ${String(error)}\n`);
  await shutdown(1);
}
await runBundle('dist/tools/ops/seed-demo.js');

const accounts = spawnSync(node, [join(root, 'dist/apps/gateway/seed-accounts.js'), '--list'], { env, encoding: 'utf8' });
const password = process.env.DEMO_PASSWORD || 'Ladder@2026';
process.stdout.write(`
  三明市优质中小企业梯度培育平台 SME Ladder 已启动
${cluster ? `  集群 Cluster:    NATS ${natsNodes.map((n) => `127.0.0.1:${n.port}`).join(', ')} (JetStream R3) · 每个服务 ${replicas} 个副本 replicas · PostgreSQL ${describeDatabase()}\n` : ''}  控制台 Console:  http://localhost:${port}/
  接口文档 OpenAPI: http://localhost:${port}/api/docs
  数据目录 Data:    ${dataDir}    日志 Logs: ${logDir}

  演示账号 Demo accounts (密码 password: ${password})
${accounts.stdout}
  崩溃的服务会自动重启 A crashed service is restarted; the others keep running.
  按 Ctrl-C 停止 Press Ctrl-C to stop.
`);


/**
 * Three nats-server nodes clustered on loopback with JetStream and the accounts of deploy/nats/accounts.conf; each
 * restarted on its ports and store when it dies. Passwords are generated once (DATA_DIR/nats-passwords.json).
 * Returns the `ops` user's NATS_URL (provisioning, demo data); each process gets its own in `natsUrlOf`.
 */
async function startNatsCluster() {
  const file = join(dataDir, 'nats-passwords.json');
  if (!existsSync(file)) {
    // nats-server reads `$NATS_PASSWORD_…` as a configuration value: letters and digits, starting with a letter.
    const generated = Object.fromEntries(natsUsers().map((u) => [u, `p${randomBytes(18).toString('hex')}`]));
    writeFileSync(file, JSON.stringify(generated, null, 2), { mode: 0o600 });
  }
  const passwords = JSON.parse(readFileSync(file, 'utf8'));
  const serverEnv = { ...process.env, ...Object.fromEntries(natsUsers().map((u) => [natsPasswordVariable(u), passwords[u]])) };
  const ports = [];
  for (let i = 0; i < 6; i++) ports.push(await freePort());
  natsNodes = [0, 1, 2].map((i) => ({ name: `nats-${i + 1}`, port: ports[i], routePort: ports[i + 3] }));
  const confDir = join(dataDir, 'nats');
  mkdirSync(confDir, { recursive: true });
  writeFileSync(join(confDir, 'accounts.conf'), readFileSync(join(root, 'deploy/nats/accounts.conf')));
  for (const n of natsNodes) {
    const storeDir = join(confDir, n.name);
    mkdirSync(storeDir, { recursive: true });
    const conf = join(confDir, `${n.name}.conf`);
    writeFileSync(conf, natsNodeConfig({ ...n, routePorts: natsNodes.map((x) => x.routePort), storeDir }));
    supervisor.add(n.name, () =>
      startProcess(n.name, 'nats-server', ['-c', conf], { env: serverEnv, logFile: join(logDir, `${n.name}.log`), echo: /\[(ERR|FTL)\](?!.*\broute\b)/ }),
    );
  }
  for (const n of natsNodes) await waitForPort(n.port);
  const nodePorts = natsNodes.map((n) => n.port);
  for (const { name } of plan.processes) natsUrlOf[name] = clusterNatsUrl(nodePorts, name, passwords[name]);
  log(`NATS 集群 cluster: ${natsNodes.map((n) => `${n.name} 127.0.0.1:${n.port}`).join(', ')}; store ${confDir}`);
  // JetStream needs a meta leader before streams can be created: wait for the nodes to elect one.
  await waitForJetStream(clusterNatsUrl(nodePorts, 'ops', passwords.ops));
  return clusterNatsUrl(nodePorts, 'ops', passwords.ops);
}

async function waitForJetStream(url) {
  const { connect } = await import('nats');
  const [first] = url.split(',');
  const u = new URL(first);
  const nc = await connect({ servers: url.split(',').map((s) => new URL(s).host), user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) });
  try {
    const deadline = Date.now() + 30_000;
    for (;;) {
      try {
        const jsm = await nc.jetstreamManager();
        await jsm.getAccountInfo();
        return;
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await new Promise((r) => setTimeout(r, 500));
      }
    }
  } finally {
    await nc.close();
  }
}

function describeDatabase() {
  const u = new URL(process.env.CLUSTER_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  return `${u.host} (ladder_<service>)`;
}

/**
 * One database per service (`ladder_<service>`) on CLUSTER_DATABASE_URL's server, created when missing; returns the
 * `<PREFIX>_DATABASE_URL` of each. Fails with what is missing when the server cannot be reached.
 */
async function preparePostgres() {
  const adminUrl = process.env.CLUSTER_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const { default: pg } = await import('pg');
  const admin = new pg.Client({ connectionString: adminUrl });
  try {
    await admin.connect();
  } catch (error) {
    fail(
      `无法连接 PostgreSQL ${new URL(adminUrl).host}（${String(error?.message ?? error)}）。集群模式需要 PostgreSQL：请安装并启动（Debian: sudo apt-get install -y postgresql），` +
        `或用 CLUSTER_DATABASE_URL=postgres://用户:密码@主机:端口/postgres 指向一个可建库的账号。PostgreSQL is required for the cluster: start it or set CLUSTER_DATABASE_URL.`,
    );
  }
  const out = {};
  try {
    for (const s of readServiceList()) {
      const name = `ladder_${s.name.replace(/-/g, '_')}`;
      const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [name]);
      if (rowCount === 0) await admin.query(`create database ${name}`);
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      out[s.databaseUrlVariable] = url.toString();
    }
  } finally {
    await admin.end();
  }
  log(`PostgreSQL ${new URL(adminUrl).host}: ${readServiceList().map((s) => `ladder_${s.name.replace(/-/g, '_')}`).join(', ')}`);
  return out;
}
