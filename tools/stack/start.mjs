#!/usr/bin/env node
// `npm start`: install what is missing, build, and run the whole stack on embedded defaults with demo data.
//   PORT (8080) · DATA_DIR (.data) · NATS_URL (unset → own nats-server on a free port, store in DATA_DIR/nats)
//   DATABASE_URL (unset → SQLite files in DATA_DIR) · DEMO_PASSWORD (Ladder@2026) · JWT_SECRET (generated) · TALENT_DATA_KEY (generated)
// A process that crashes (a service, nats-server) is started again with backoff while the others keep running.
// SIGINT, SIGTERM, SIGHUP — or the end of the npm/shell that started it — stop the whole tree; every child ends
// by itself when the launcher is gone (tools/stack/parent-guard.cjs). Logs in DATA_DIR/logs, without colours.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

import {
  checkNode,
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
if (!process.env.NATS_URL) ensureAptPackages([{ command: 'nats-server', package: 'nats-server' }], '运行消息服务 NATS');

log('构建 Building services and console (nx, cached)…');
run('npx', ['nx', 'run-many', '-t', 'build', `--projects=${plan.build.join(',')}`, '--parallel=2', '--output-style=static'], {
  env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' },
});

const dataDir = resolve(process.env.DATA_DIR ?? join(root, '.data'));
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
if (!natsUrl) {
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
  supervisor.add(name, () => startProcess(name, node, [join(root, main)], { env, logFile: join(logDir, `${name}.log`) }));
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
  控制台 Console:  http://localhost:${port}/
  接口文档 OpenAPI: http://localhost:${port}/api/docs
  数据目录 Data:    ${dataDir}    日志 Logs: ${logDir}

  演示账号 Demo accounts (密码 password: ${password})
${accounts.stdout}
  崩溃的服务会自动重启 A crashed service is restarted; the others keep running.
  按 Ctrl-C 停止 Press Ctrl-C to stop.
`);
