/**
 * The launcher's process handling (tools/stack/lib.mjs, parent-guard.cjs) with real child processes: a crashed
 * process is restarted with backoff while the others keep running, children end by themselves when the launcher
 * is killed, and log files are plain text.
 */
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import { waitFor } from '@ladder/platform-testing';

jest.setTimeout(60_000);

const root = path.resolve(__dirname, '../../..');
const lib = path.join(root, 'tools/stack/lib.mjs');

/** Run an ES module snippet that imports the launcher library as `lib`; its last stdout line is JSON. */
function module<T>(body: string): T {
  const code = `import * as lib from ${JSON.stringify(lib)};\n${body}`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, encoding: 'utf8', timeout: 30_000 });
  if (result.status !== 0) throw new Error(`snippet failed (${result.status}): ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').pop()!) as T;
}

/** A process counts as alive while it exists and is not a zombie (an ended child its new parent has not reaped yet). */
const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
};

describe('launcher process handling', () => {
  let dir: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ladder-launcher-'));
  });

  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('should grow the restart delay from 1 s to at most 30 s', () => {
    // Act
    const delays = module<number[]>('console.log(JSON.stringify([0, 1, 2, 3, 4, 5, 6, 10].map((n) => lib.backoffMs(n))));');

    // Assert
    expect(delays).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
  });

  it('should restart a crashing process with backoff and keep the others running when one crashes', () => {
    // Act: one process exits after 100 ms each time, the other runs on
    const result = module<{ crash: number; steady: number; steadyPid: boolean; exits: number; delays: number[] }>(`
      const node = process.execPath;
      const exits = [];
      const supervisor = new lib.Supervisor({ baseDelayMs: 100, onExit: (e) => exits.push(e) });
      const crash = supervisor.add('crash', () => lib.startProcess('crash', node, ['-e', 'setTimeout(() => process.exit(3), 100)'], { env: process.env, echo: /^$/ }));
      const steady = supervisor.add('steady', () => lib.startProcess('steady', node, ['-e', 'setInterval(() => {}, 1000)'], { env: process.env, echo: /^$/ }));
      const firstPid = steady.child.pid;
      const deadline = Date.now() + 20000;
      while (crash.restarts < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      const out = { crash: crash.restarts, steady: steady.restarts, steadyPid: steady.child.pid === firstPid && steady.child.exitCode === null, exits: exits.length, delays: exits.map((e) => e.delayMs) };
      await supervisor.stop(2000);
      console.log(JSON.stringify(out));
    `);

    // Assert
    expect(result.crash).toBe(3);
    expect(result.delays.slice(0, 3)).toEqual([100, 200, 400]);
    expect(result.steady).toBe(0);
    expect(result.steadyPid).toBe(true);
  });

  it('should end Node and non-Node children by themselves when the launcher is killed', async () => {
    // Arrange: a launcher with a Node child and a wrapped shell child that writes its own pid
    const pidFile = path.join(dir, 'sleep.pid');
    const launcher = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import * as lib from ${JSON.stringify(lib)};
         const node = lib.startProcess('node-child', process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { env: process.env, echo: /^$/ });
         const other = lib.startProcess('other-child', 'sh', ['-c', 'echo $$ > ${pidFile}; exec sleep 300'], { env: process.env, echo: /^$/ });
         console.log(JSON.stringify({ node: node.pid, wrapper: other.pid }));
         setInterval(() => {}, 1000);`,
      ],
      { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const started = await new Promise<{ node: number; wrapper: number }>((resolve) => {
      launcher.stdout?.once('data', (d: Buffer) => resolve(JSON.parse(d.toString()) as { node: number; wrapper: number }));
    });
    const sleepPid = await waitFor(async () => (fs.existsSync(pidFile) ? Number(fs.readFileSync(pidFile, 'utf8').trim()) || undefined : undefined), 10_000, 50);
    expect([alive(started.node), alive(started.wrapper), alive(sleepPid)]).toEqual([true, true, true]);

    // Act
    launcher.kill('SIGKILL');

    // Assert: all three are gone within a few seconds
    const pids = { node: started.node, wrapper: started.wrapper, sleep: sleepPid };
    await waitFor(
      async () => {
        const left = Object.entries(pids).filter(([, pid]) => alive(pid));
        if (left.length > 0) throw new Error(`still running: ${left.map(([name, pid]) => `${name} ${pid}`).join(', ')}`);
        return true;
      },
      15_000,
      100,
    );
  });

  it('should end a guarded child whose launcher was already gone when the guard started', async () => {
    // Arrange: the launcher's pid as the launcher passes it, but a process that has ended (as when the launcher is
    // killed before a slow child has loaded its guard; reading the parent at that point would find the new parent)
    // (written without console.log: under nx, FORCE_COLOR colours a logged number)
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const child = spawn(process.execPath, ['--require', path.join(root, 'tools/stack/parent-guard.cjs'), '-e', 'setInterval(() => {}, 1000)'], {
      env: { ...process.env, LADDER_GUARD_PARENT: gone.stdout.trim() },
      stdio: 'ignore',
    });
    const ended = new Promise<string | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));

    // Act / Assert: it ends by itself, through its own SIGTERM handling
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise<string>((resolve) => (timer = setTimeout(() => resolve('still running'), 10_000)));
    try {
      await expect(Promise.race([ended, limit])).resolves.toBe('SIGTERM');
    } finally {
      clearTimeout(timer);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  });

  it('should write plain log files without colour codes and tell children not to colour', () => {
    // Act
    const logFile = path.join(dir, 'child.log');
    module<null>(`
      const child = lib.startProcess('colour', process.execPath, ['-e', 'console.log("\\\\x1b[31mred\\\\x1b[0m NO_COLOR=" + process.env.NO_COLOR + " FORCE_COLOR=" + process.env.FORCE_COLOR)'], { env: process.env, logFile: ${JSON.stringify(logFile)}, echo: /^$/ });
      await new Promise((r) => child.once('exit', r));
      await new Promise((r) => setTimeout(r, 100));
      console.log('null');
    `);

    // Assert
    const text = fs.readFileSync(logFile, 'utf8');
    expect(text).toBe('red NO_COLOR=1 FORCE_COLOR=0\n');
  });
});
