/**
 * `npm run new:service` makes a service that works: generated into a scratch copy of the repository (nothing is
 * left in this one), built with webpack, migrated on SQLite and started against a private nats-server, it answers
 * its health and info subjects; the launcher, the manifests and the streams pick it up from its one line.
 * NEW_SERVICE_FULL=1 also type-checks, lints and runs the generated service's own tests (slow; for template changes).
 */
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import { startNatsServer, waitFor } from '@ladder/platform-testing';
import type { NatsServerHandle } from '@ladder/platform-testing';
import { JSONCodec, connect } from 'nats';
import type { NatsConnection } from 'nats';

jest.setTimeout(240_000);

const root = path.resolve(__dirname, '../../..');
const NAME = 'fixture-desk';
const SKIP = new Set(['node_modules', 'dist', '.data', '.nx', '.git', 'tmp', 'coverage', 'test-output', '.vite']);

function run(cwd: string, command: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): string {
  const result = spawnSync(command, [...args], { cwd, env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** A request as Nest's NATS transport frames it; the reply's `response` or `err`. */
async function ask(nc: NatsConnection, subject: string, data: object): Promise<Record<string, unknown>> {
  const codec = JSONCodec<Record<string, unknown>>();
  const reply = await nc.request(subject, codec.encode({ pattern: subject, data, id: '1' }), { timeout: 5_000 });
  const packet = codec.decode(reply.data);
  if (packet['err']) throw new Error(JSON.stringify(packet['err']));
  return packet['response'] as Record<string, unknown>;
}

describe('npm run new:service', () => {
  let copy: string;
  let nats: NatsServerHandle | undefined;
  let service: ChildProcess | undefined;
  let nc: NatsConnection | undefined;
  let output = '';

  beforeAll(() => {
    copy = fs.mkdtempSync(path.join(os.tmpdir(), 'ladder-new-service-'));
    fs.cpSync(root, copy, { recursive: true, filter: (src) => !SKIP.has(path.basename(src)) || path.dirname(src) !== root });
    fs.symlinkSync(path.join(root, 'node_modules'), path.join(copy, 'node_modules'));
  });

  afterAll(async () => {
    await nc?.close();
    if (service && service.exitCode === null) {
      const exited = new Promise((r) => service!.once('exit', r));
      service.kill('SIGTERM');
      await exited;
    }
    await nats?.stop();
    if (copy) fs.rmSync(copy, { recursive: true, force: true });
  });

  it('should generate a service that builds, migrates, starts in the stack and answers health', async () => {
    // Arrange: generate, then build the way the launcher does
    run(copy, process.execPath, ['tools/run-ts.mjs', 'tools/services/src/new-service/new-service.ts', NAME, '--title', '测试服务']);
    run(copy, path.join(root, 'node_modules/.bin/webpack-cli'), ['build', '-c', `apps/${NAME}/webpack.config.cjs`]);
    nats = await startNatsServer();
    const env = { PATH: process.env['PATH'], NATS_URL: nats.url, DATA_DIR: path.join(copy, '.data'), LOG_LEVEL: 'log', NO_COLOR: '1' };

    // Act
    const migrated = run(copy, process.execPath, [`dist/apps/${NAME}/migrate.js`], env);
    service = spawn(process.execPath, [`dist/apps/${NAME}/main.js`], { cwd: copy, env, stdio: ['ignore', 'pipe', 'pipe'] });
    service.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    service.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    nc = await connect({ servers: nats.url });
    const health = await waitFor(() => ask(nc!, `${NAME}.health.ping`, { from: 'test' }).catch(() => undefined), 30_000, 200).catch((error: unknown) => {
      throw new Error(`${String(error)}\n${output}`);
    });
    const info = await ask(nc, `${NAME}.info.get`, {});

    // Assert
    expect(migrated).toContain('1 migration(s) applied');
    expect(health).toMatchObject({ service: NAME, status: 'ok', database: 'ok', outboxBacklog: 0 });
    expect(info).toMatchObject({ service: NAME, title: '测试服务', database: 'sqlite' });
    expect(fs.existsSync(path.join(copy, '.data', `${NAME}.sqlite`))).toBe(true);
  });

  it('should add the service to the launcher, the manifests, the event catalogue and the lock file from its one line', () => {
    // Act
    const plan = JSON.parse(run(copy, process.execPath, ['tools/stack/start.mjs', '--plan'])) as { build: string[]; processes: { name: string }[] };
    const list = fs.readFileSync(path.join(copy, 'libs/contracts/src/lib/system/services.ts'), 'utf8');
    const original = fs.readFileSync(path.join(root, 'libs/contracts/src/lib/system/services.ts'), 'utf8');
    const read = (file: string): string => fs.readFileSync(path.join(copy, file), 'utf8');

    // Assert: one line more in the list, and everything else follows from it
    expect(list.split('\n').length - original.split('\n').length).toBe(1);
    expect(plan.build).toContain(NAME);
    expect(plan.processes.map((p) => p.name).slice(-2)).toEqual([NAME, 'gateway']);
    expect(read('deploy/compose/docker-compose.yml')).toContain(`dist/apps/${NAME}/main.js`);
    expect(read('deploy/k8s/sme-ladder.yaml')).toContain(`name: ladder-${NAME}`);
    expect(read(`deploy/helm/sme-ladder/templates/${NAME}.yaml`)).toContain('name: ladder-fixture-desk-migrate');
    expect(read('tools/stack/services.json')).toContain(`"${NAME}.health.ping"`);
    expect(read('docs/events.md')).toContain(`${NAME}.info.get`);
    expect(JSON.parse(read('package-lock.json'))).toMatchObject({ packages: { [`apps/${NAME}`]: { name: `@ladder/${NAME}` } } });
    expect(read(`apps/${NAME}/src/config/${NAME}.env.ts`)).toContain('FIXTURE_DESK_DATABASE_URL?: string;');
    expect(fs.existsSync(path.join(root, 'apps', NAME))).toBe(false);
  });

  (process.env['NEW_SERVICE_FULL'] ? it : it.skip)('should type-check, lint and pass its own tests and the contract specs', () => {
    // Act / Assert: each throws with its output on failure
    run(copy, path.join(root, 'node_modules/.bin/tsc'), ['-p', `apps/${NAME}/tsconfig.json`]);
    run(copy, path.join(root, 'node_modules/.bin/eslint'), [`apps/${NAME}`, `libs/contracts/src/lib/${NAME}`]);
    run(copy, path.join(root, 'node_modules/.bin/jest'), ['-c', `apps/${NAME}/jest.config.cjs`]);
    run(copy, path.join(root, 'node_modules/.bin/jest'), ['-c', 'libs/contracts/jest.config.cjs']);
    run(copy, path.join(root, 'node_modules/.bin/jest'), ['-c', 'tools/services/jest.config.cjs', 'tools/services/src']);
  });
});
