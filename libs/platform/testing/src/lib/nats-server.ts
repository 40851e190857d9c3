import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import { freePort, waitForPort, withinMs } from './net';

export interface NatsServerHandle {
  readonly url: string;
  readonly port: number;
  readonly storeDir: string;
  /** The server's process id (benchmarks read its CPU time). */
  readonly pid: number | undefined;
  stop(): Promise<void>;
}

export interface NatsServerOptions {
  /** Extra configuration (e.g. `include` of deploy/nats/accounts.conf), written to a file next to the store. */
  readonly config?: string;
  /** Environment of the server (the passwords `$NATS_PASSWORD_<USER>` the accounts read). */
  readonly env?: Readonly<Record<string, string>>;
}

/** A private nats-server with JetStream on a free port and a temporary store; never the machine's own. */
export async function startNatsServer(options: NatsServerOptions = {}): Promise<NatsServerHandle> {
  const port = await freePort();
  const storeDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ladder-nats-'));
  const configArgs: string[] = [];
  if (options.config) {
    const file = path.join(storeDir, 'server.conf');
    fs.writeFileSync(file, options.config);
    configArgs.push('-c', file);
  }
  const child: ChildProcess = spawn('nats-server', [...configArgs, '-a', '127.0.0.1', '-p', String(port), '-js', '-sd', storeDir], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, ...options.env },
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  try {
    await waitForPort(port, 15_000);
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`nats-server did not start: ${String(error)}\n${stderr}`);
  }
  return {
    url: `nats://127.0.0.1:${port}`,
    port,
    storeDir,
    pid: child.pid,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await withinMs(exited, 5000);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      fs.rmSync(storeDir, { recursive: true, force: true });
    },
  };
}
