#!/usr/bin/env node
// `npm start`: install what is missing, build, and run the whole stack on embedded defaults with demo data.
//   PORT (8080) · DATA_DIR (.data) · NATS_URL (unset → own nats-server on a free port, store in DATA_DIR/nats)
//   DATABASE_URL (unset → SQLite files in DATA_DIR) · DEMO_PASSWORD (Ladder@2026) · JWT_SECRET (generated)
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
  stackPlan,
  startProcess,
  stopProcess,
  waitForHttp,
  waitForPort,
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

const children = [];
let stopping = false;
async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  log('正在停止 Stopping…');
  for (const { child } of [...children].reverse()) await stopProcess(child);
  log('已停止 Stopped.');
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

function track(name, child) {
  children.push({ name, child });
  child.once('exit', (code, signal) => {
    if (!stopping) {
      process.stderr.write(`[ladder] ${name} exited unexpectedly (${code ?? signal}); see ${join(logDir, `${name}.log`)}\n`);
      void shutdown(1);
    }
  });
  return child;
}

let natsUrl = process.env.NATS_URL;
if (!natsUrl) {
  const natsPort = await freePort();
  const store = join(dataDir, 'nats');
  mkdirSync(store, { recursive: true });
  track(
    'nats',
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
  PORT: String(port),
  CONSOLE_DIR: join(root, 'dist/apps/console'),
};
const node = process.execPath;
const step = (script, ...args) => run(node, [join(root, script), ...args], { env });

log('JetStream 流与消费者 Provisioning streams and consumers…');
step('dist/tools/ops/provision.js', ...(existsSync(join(root, 'deploy/nats/bureaus.json')) ? [join(root, 'deploy/nats/bureaus.json')] : []));
log('数据库迁移 Applying migrations…');
for (const bundle of [...plan.migrate, ...plan.firstRun]) step(bundle);

for (const { name, main } of plan.processes) {
  track(name, startProcess(name, node, [join(root, main)], { env, logFile: join(logDir, `${name}.log`) }));
}
try {
  await waitForHttp(`http://127.0.0.1:${port}/api/health`, 90_000);
} catch (error) {
  process.stderr.write(`[ladder] ${String(error)}\n`);
  await shutdown(1);
}
step('dist/tools/ops/seed-demo.js');

const accounts = spawnSync(node, [join(root, 'dist/apps/gateway/seed-accounts.js'), '--list'], { env, encoding: 'utf8' });
const password = process.env.DEMO_PASSWORD || 'Ladder@2026';
process.stdout.write(`
  三明市优质中小企业梯度培育平台 SME Ladder 已启动
  控制台 Console:  http://localhost:${port}/
  接口文档 OpenAPI: http://localhost:${port}/api/docs
  数据目录 Data:    ${dataDir}    日志 Logs: ${logDir}

  演示账号 Demo accounts (密码 password: ${password})
${accounts.stdout}
  按 Ctrl-C 停止 Press Ctrl-C to stop.
`);
