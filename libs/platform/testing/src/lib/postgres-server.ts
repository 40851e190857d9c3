import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import { freePort, waitForPort } from './net';

export interface PostgresServerHandle {
  /** Superuser URL of the `postgres` database (trust authentication on 127.0.0.1). */
  readonly url: string;
  readonly port: number;
  readonly dataDir: string;
  /** Fast shutdown then start again on the same port and data (a database restart under load). */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/** The Debian PostgreSQL binaries (`/usr/lib/postgresql/<version>/bin`), newest first; undefined when absent. */
export function postgresBinDir(): string | undefined {
  const base = '/usr/lib/postgresql';
  if (!fs.existsSync(base)) return undefined;
  const versions = fs
    .readdirSync(base)
    .filter((v) => fs.existsSync(path.join(base, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(base, versions[0], 'bin') : undefined;
}

/**
 * A private PostgreSQL server (initdb in a temporary directory, a free port, trust authentication on loopback):
 * never the machine's own, so a test may restart it. initdb refuses to run as root: as root it runs as the
 * `postgres` system user (present wherever the Debian packages are installed).
 */
export async function startPostgresServer(): Promise<PostgresServerHandle> {
  const bin = postgresBinDir();
  if (!bin) throw new Error('PostgreSQL binaries not found in /usr/lib/postgresql/*/bin (apt-get install postgresql)');
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ladder-pg-'));
  const dataDir = path.join(dir, 'data');
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (asRoot) fs.chownSync(dir, Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout.trim()), 0);
  const run = (tool: string, args: string[]): void => {
    const command = asRoot ? 'runuser' : path.join(bin, tool);
    const argv = asRoot ? ['-u', 'postgres', '--', path.join(bin, tool), ...args] : args;
    const r = spawnSync(command, argv, { encoding: 'utf8', cwd: dir });
    if (r.status !== 0) throw new Error(`${tool} ${args.join(' ')} failed: ${r.stdout}\n${r.stderr}`);
  };
  run('initdb', ['-D', dataDir, '-A', 'trust', '-U', 'ladder', '-E', 'UTF8', '--no-sync']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300 -c shared_buffers=32MB`;
  const start = async (): Promise<void> => {
    run('pg_ctl', ['-D', dataDir, '-l', path.join(dir, 'postgres.log'), '-o', options, '-w', 'start']);
    await waitForPort(port, 15_000);
  };
  await start();
  return {
    url: `postgres://ladder@127.0.0.1:${port}/postgres`,
    port,
    dataDir,
    restart: async () => {
      run('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', 'stop']);
      await start();
    },
    stop: async () => {
      try {
        run('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
      } catch {
        /* already stopped */
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
