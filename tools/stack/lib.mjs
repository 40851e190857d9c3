// Helpers shared by the two entry commands (`npm start`, `npm test`): plain Node, no dependencies, so
// they run before `npm ci`.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
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

/** Spawn a long-running child in its own process group; output to a log file, warnings echoed. */
export function startProcess(name, command, args, { env, logFile, echo = /\b(WARN|ERROR|error|FATAL)\b/ }) {
  const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const stream = logFile ? import('node:fs').then((fs) => fs.createWriteStream(logFile, { flags: 'a' })) : null;
  const forward = (chunk) => {
    void stream?.then((s) => s.write(chunk));
    for (const line of chunk.toString().split('\n')) {
      if (line.trim() && echo.test(line)) process.stdout.write(`[${name}] ${line}\n`);
    }
  };
  child.stdout.on('data', forward);
  child.stderr.on('data', forward);
  return child;
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
