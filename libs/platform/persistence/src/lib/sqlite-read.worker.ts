/**
 * The thread of a `SqliteReadThread`: its own connection to the service's SQLite file (WAL: it reads the last
 * commit while the service's writer works), answering each `{ id, sql, method }` with the rows of that query or
 * with its error. The SQL is MikroORM's formatted query (values inlined, as MikroORM runs it); the prepared
 * statements are kept per text.
 */
import { parentPort, workerData } from 'node:worker_threads';

import Database from 'better-sqlite3';

export interface SqliteReadRequest {
  readonly id: number;
  readonly sql: string;
  readonly method: 'all' | 'get';
}

export interface SqliteReadReply {
  readonly id: number;
  readonly rows?: unknown;
  readonly error?: string;
}

/** Prepared statements kept (all forgotten when full: the texts are the list's filters and pages). */
const STATEMENTS = 500;

const { file } = workerData as { file: string };
// The same settings as the service's read connections (orm-config.ts): a write here fails at once.
const db = new Database(file, { fileMustExist: true });
db.pragma('busy_timeout = 5000');
db.pragma('query_only = ON');
const statements = new Map<string, Database.Statement>();

parentPort?.on('message', ({ id, sql, method }: SqliteReadRequest) => {
  try {
    let statement = statements.get(sql);
    if (!statement) {
      if (statements.size >= STATEMENTS) statements.clear();
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    const rows: unknown = method === 'get' ? statement.get() : statement.all();
    parentPort?.postMessage({ id, rows } satisfies SqliteReadReply);
  } catch (error) {
    parentPort?.postMessage({ id, error: String((error as Error)?.message ?? error) } satisfies SqliteReadReply);
  }
});
