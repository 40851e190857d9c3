import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';

import type { SqliteReadReply, SqliteReadRequest } from './sqlite-read.worker';

/** The bundle's entry name for the worker (a service that uses `SqliteReadThread` adds it to its webpack entries). */
export const SQLITE_READ_WORKER_ENTRY = 'sqlite-read-worker';

/** What a read resolves with: the query's result, or undefined when the thread could not answer. */
type Outcome = { readonly rows: unknown } | undefined;

interface Pending {
  readonly resolve: (outcome: Outcome) => void;
}

/**
 * Reads of a SQLite file on a worker thread with its own connection. better-sqlite3 is synchronous: a read on
 * the service's own connections holds its event loop for as long as the query runs (counting the 97,000 active
 * enterprises of the list bench: 3–20 ms, every 10 s), and every message that arrives meanwhile waits. Here
 * the query runs on the thread and the event loop goes on; with WAL the thread's connection reads the last
 * commit, as the service's read connections do.
 *
 * Each call resolves with the rows, or with `undefined` when the thread could not answer (it failed to start, it
 * exited, the query failed there): the caller then runs the query as it would without the thread, so errors are
 * thrown where and as they were.
 */
export class SqliteReadThread {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private alive = true;

  constructor(file: string) {
    const entry = workerEntry();
    this.worker = new Worker(entry.file, { execArgv: entry.execArgv, env: entry.env, workerData: { file } });
    this.worker.unref();
    const fail = (): void => {
      this.alive = false;
      for (const p of this.pending.values()) p.resolve(undefined);
      this.pending.clear();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', fail);
    this.worker.on('message', ({ id, rows, error }: SqliteReadReply) => {
      const p = this.pending.get(id);
      if (!p) return;
      this.pending.delete(id);
      if (this.pending.size === 0) this.worker.unref();
      p.resolve(error === undefined ? { rows } : undefined);
    });
  }

  /** The rows of `sql` (a complete statement, values inlined), or undefined: read them in-process. */
  async all<T>(sql: string): Promise<T[] | undefined> {
    const outcome = await this.request(sql, 'all');
    return outcome && (outcome.rows as T[]);
  }

  /** The first row of `sql` (null when there is none), or undefined: read it in-process. */
  async get<T>(sql: string): Promise<T | null | undefined> {
    const outcome = await this.request(sql, 'get');
    return outcome && ((outcome.rows ?? null) as T | null);
  }

  private request(sql: string, method: SqliteReadRequest['method']): Promise<Outcome> {
    if (!this.alive) return Promise.resolve(undefined);
    const id = this.nextId++;
    // Referenced while a read is out: the process waits for the answer.
    this.worker.ref();
    return new Promise((resolve) => {
      this.pending.set(id, { resolve });
      this.worker.postMessage({ id, sql, method } satisfies SqliteReadRequest);
    });
  }

  async close(): Promise<void> {
    if (!this.alive) return;
    this.alive = false;
    await this.worker.terminate();
  }

  /** Nest calls this on shutdown when the thread is a provider. */
  async onApplicationShutdown(): Promise<void> {
    await this.close();
  }
}

/**
 * The worker entry: the bundle's `sqlite-read-worker.js` next to the service's `main.js`, or, when the service
 * runs from source (tests), the TypeScript file through @swc-node/register.
 */
function workerEntry(): { file: string; execArgv: string[]; env: NodeJS.ProcessEnv } {
  const built = path.join(__dirname, `${SQLITE_READ_WORKER_ENTRY}.js`);
  if (existsSync(built)) return { file: built, execArgv: [], env: process.env };
  const root = path.resolve(__dirname, '../../../../..');
  return {
    file: path.join(__dirname, 'sqlite-read.worker.ts'),
    execArgv: ['--require', '@swc-node/register'],
    env: { ...process.env, SWC_NODE_PROJECT: process.env['SWC_NODE_PROJECT'] ?? path.join(root, 'tsconfig.tools.json') },
  };
}
