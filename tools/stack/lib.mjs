// Helpers shared by the two entry commands (`npm start`, `npm test`): plain Node, no dependencies, so
// they run before `npm ci`.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The service list as the Node tools read it (generated from libs/contracts by `npm run services:generate`). */
export function readServiceList() {
  return JSON.parse(readFileSync(join(root, 'tools/stack/services.json'), 'utf8')).services;
}

/** What the embedded stack builds, migrates and runs, in order: all of it from the service list. */
export function stackPlan(services = readServiceList()) {
  return {
    build: [...services.map((s) => s.name), 'ops', 'console'],
    migrate: services.map((s) => s.migrate),
    firstRun: services.flatMap((s) => s.firstRun),
    processes: services.map((s) => ({ name: s.name, main: s.main })),
  };
}

export function log(message) {
  process.stdout.write(`\x1b[36m[ladder]\x1b[0m ${message}\n`);
}

export function fail(message) {
  process.stderr.write(`\x1b[31m[ladder] ${message}\x1b[0m\n`);
  process.exit(1);
}

/** Node ≥ 20.19 (or ≥ 22.12), as package.json `engines` says. */
export function checkNode() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  const ok = (major === 20 && minor >= 19) || (major === 22 && minor >= 12) || major > 22;
  if (!ok) fail(`需要 Node.js ≥ 20.19（当前 ${process.version}）。Node.js >= 20.19 is required.`);
}

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options });
  if (result.status !== 0) fail(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
}

function has(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** `npm ci` when node_modules is missing or was installed from another package-lock.json. */
export function ensureDependencies() {
  const lock = join(root, 'package-lock.json');
  const marker = join(root, 'node_modules', '.ladder-lock-hash');
  const hash = createHash('sha256').update(readFileSync(lock)).digest('hex');
  if (existsSync(marker) && readFileSync(marker, 'utf8') === hash) return;
  log('安装依赖 Installing dependencies (npm ci)…');
  run('npm', ['ci', '--no-audit', '--no-fund']);
  writeFileSync(marker, hash);
}

let aptUpdated = false;

/** Install a Debian package when its command is missing (root, or sudo without a password). */
export function ensureAptPackages(packages, why) {
  const missing = packages.filter((p) => !has(p.command));
  if (missing.length === 0) return;
  const names = missing.map((p) => p.package);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const sudo = !isRoot && has('sudo') && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
  if (!has('apt-get') || (!isRoot && !sudo)) {
    fail(
      `缺少 ${names.join(', ')}（${why}）。请先安装：Debian/Ubuntu 用 \`sudo apt-get install -y ${names.join(' ')}\`；` +
        `其他系统请从各自官网安装。Missing ${names.join(', ')}: install them with your package manager.`,
    );
  }
  const prefix = isRoot ? [] : ['sudo'];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  log(`安装 Installing ${names.join(', ')} (apt-get)…`);
  if (!aptUpdated) {
    run(prefix[0] ?? 'apt-get', [...(prefix.length ? ['apt-get'] : []), 'update', '-qq'], { env });
    aptUpdated = true;
  }
  run(prefix[0] ?? 'apt-get', [...(prefix.length ? ['apt-get'] : []), 'install', '-y', '-qq', ...names], { env });
}

export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/** True when nothing listens on the port (we never take over a port someone else uses). */
export function isPortFree(port, host = '0.0.0.0') {
  return new Promise((resolveFree) => {
    const server = createServer();
    server.once('error', () => resolveFree(false));
    server.listen(port, host, () => server.close(() => resolveFree(true)));
  });
}

export async function waitForPort(port, host = '127.0.0.1', timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await new Promise((res) => {
      const socket = connect(port, host);
      socket.once('connect', () => {
        socket.destroy();
        res(true);
      });
      socket.once('error', () => res(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`nothing listening on ${host}:${port} after ${timeoutMs} ms`);
}

export async function waitForHttp(url, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
      last = `${res.status} ${await res.text()}`;
    } catch (error) {
      last = String(error);
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} not healthy after ${timeoutMs} ms: ${last}`);
}

// eslint-disable-next-line no-control-regex -- colour codes are what it removes
const ANSI = /\x1b\[[0-9;]*[A-Za-z]/g;
const GUARD = join(root, 'tools/stack/parent-guard.cjs');

/** Environment of every child: plain output, so that log files carry no colour codes. */
export function childEnv(env) {
  return { ...env, NO_COLOR: '1', FORCE_COLOR: '0' };
}

/** A guarded child's environment: plain output, and this launcher's pid for its parent guard to watch. */
function guardedEnv(env) {
  return { ...childEnv(env), LADDER_GUARD_PARENT: String(process.pid) };
}

/**
 * Spawn a long-running child in its own process group, guarded so that it ends when the launcher is gone
 * (tools/stack/parent-guard.cjs); plain output to a log file, warnings echoed.
 */
export function startProcess(name, command, args, { env, logFile, echo = /\b(WARN|ERROR|error|FATAL)\b/ }) {
  const guarded = command === process.execPath ? [command, ['--require', GUARD, ...args]] : [process.execPath, [GUARD, command, ...args]];
  const child = spawn(guarded[0], guarded[1], { cwd: root, env: guardedEnv(env), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const stream = logFile ? createWriteStream(logFile, { flags: 'a' }) : null;
  const forward = (chunk) => {
    const text = chunk.toString().replace(ANSI, '');
    stream?.write(text);
    for (const line of text.split('\n')) {
      if (line.trim() && echo.test(line)) process.stdout.write(`[${name}] ${line}\n`);
    }
  };
  child.stdout.on('data', forward);
  child.stderr.on('data', forward);
  child.once('exit', () => stream?.end());
  return child;
}

/** Run a one-off step (migration, provisioning, demo data) without blocking signals and restarts; resolves its exit code. */
export function runStep(command, args, { env, onStart } = {}) {
  return new Promise((resolveStep) => {
    const guarded = command === process.execPath ? ['--require', GUARD, ...args] : [GUARD, command, ...args];
    const child = spawn(process.execPath, guarded, { cwd: root, env: guardedEnv(env ?? process.env), stdio: 'inherit' });
    onStart?.(child);
    child.once('error', () => resolveStep(127));
    child.once('exit', (code, signal) => resolveStep(code ?? (signal ? 1 : 0)));
  });
}

/** Restart delays: 1 s, 2 s, 4 s … at most 30 s. */
export function backoffMs(attempt, baseMs = 1_000, maxMs = 30_000) {
  return Math.min(maxMs, baseMs * 2 ** attempt);
}

/**
 * Keeps the stack's long-running processes up: a process that exits while the stack is not stopping is started
 * again after a backoff (reset once it has stayed up for `stableMs`); the others keep running.
 */
export class Supervisor {
  constructor({ baseDelayMs = 1_000, maxDelayMs = 30_000, stableMs = 60_000, onExit = () => undefined } = {}) {
    this.options = { baseDelayMs, maxDelayMs, stableMs, onExit };
    this.entries = [];
    this.stopping = false;
  }

  /** `spawnFn()` starts the process (again); returns the ChildProcess. */
  add(name, spawnFn) {
    const entry = { name, spawnFn, child: null, attempt: 0, startedAt: 0, timer: null, restarts: 0 };
    this.entries.push(entry);
    this.launch(entry);
    return entry;
  }

  launch(entry) {
    entry.child = entry.spawnFn();
    entry.startedAt = Date.now();
    const child = entry.child;
    child.once('exit', (code, signal) => {
      if (this.stopping || entry.child !== child) return;
      if (Date.now() - entry.startedAt >= this.options.stableMs) entry.attempt = 0;
      const delayMs = backoffMs(entry.attempt++, this.options.baseDelayMs, this.options.maxDelayMs);
      this.options.onExit({ name: entry.name, code, signal, delayMs });
      entry.timer = setTimeout(() => {
        entry.timer = null;
        if (this.stopping) return;
        entry.restarts++;
        this.launch(entry);
      }, delayMs);
    });
  }

  /** Stop every process, last started first; no restarts from here on. */
  async stop(graceMs) {
    this.stopping = true;
    for (const entry of [...this.entries].reverse()) {
      if (entry.timer) clearTimeout(entry.timer);
      if (entry.child) await stopProcess(entry.child, graceMs);
    }
  }
}

/** Call `onGone` once the process that started the launcher (npm, a shell) has exited. */
export function watchParent(onGone, pollMs = 500) {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid !== parent) {
      clearInterval(timer);
      onGone();
    }
  }, pollMs);
  timer.unref();
}

/** SIGTERM the process group, then SIGKILL after the grace period. */
export function stopProcess(child, graceMs = 10_000) {
  return new Promise((resolveStop) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolveStop();
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }, graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolveStop();
    });
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      clearTimeout(timer);
      resolveStop();
    }
  });
}

/** The names of the NATS users of a stack: every process of the service list and `ops` (deploy/nats/accounts.conf). */
export function natsUsers(services = readServiceList()) {
  return [...services.map((s) => s.name), 'ops'];
}

/** `NATS_PASSWORD_REGISTRY` for `registry` (the variable deploy/nats/accounts.conf reads). */
export function natsPasswordVariable(user) {
  return `NATS_PASSWORD_${user.toUpperCase().replace(/-/g, '_')}`;
}

/** A NATS_URL listing every node of a cluster with one user's credentials (`nats://user:pass@a,nats://user:pass@b`). */
export function clusterNatsUrl(ports, user, password) {
  return ports.map((p) => `nats://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${p}`).join(',');
}

/**
 * The configuration of one node of a NATS cluster on loopback: client port, route port, routes to the others,
 * JetStream store, and the accounts of deploy/nats/accounts.conf (copied next to it: nats-server resolves `include`
 * relative to the configuration file; passwords from the environment).
 * `sync_interval: always` is not in nats-server 2.9: the store syncs every 2 min by default, and R3 keeps a committed
 * message on two other nodes — the loss window is three nodes failing together within it.
 */
export function natsNodeConfig({ name, port, routePort, routePorts, storeDir }) {
  return [
    `server_name: ${name}`,
    `listen: 127.0.0.1:${port}`,
    `jetstream { store_dir: ${JSON.stringify(storeDir)} }`,
    'cluster {',
    '  name: sme-ladder',
    `  listen: 127.0.0.1:${routePort}`,
    `  routes: [${routePorts.filter((p) => p !== routePort).map((p) => `"nats-route://127.0.0.1:${p}"`).join(', ')}]`,
    '}',
    'include accounts.conf',
    '',
  ].join('\n');
}
