import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import { Client } from 'pg';

export type DatabaseKind = 'sqlite' | 'postgresql';

export interface TestDatabase {
  readonly kind: DatabaseKind;
  /** Environment for a service: DATA_DIR always, DATABASE_URL for PostgreSQL. */
  readonly env: { DATA_DIR: string; DATABASE_URL?: string };
  drop(): Promise<void>;
}

/** The database kinds to run a suite against: SQLite always, PostgreSQL when TEST_DATABASE_URL is set. */
export function databaseKinds(): DatabaseKind[] {
  return process.env['TEST_DATABASE_URL'] ? ['sqlite', 'postgresql'] : ['sqlite'];
}

/**
 * A fresh database for one test suite: a temporary directory for SQLite files, or a new PostgreSQL database
 * created on TEST_DATABASE_URL's server and dropped afterwards.
 */
export async function createTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ladder-data-'));
  if (kind === 'sqlite') {
    return { kind, env: { DATA_DIR: dataDir }, drop: async () => fs.rmSync(dataDir, { recursive: true, force: true }) };
  }
  const adminUrl = process.env['TEST_DATABASE_URL'];
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `ladder_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    kind,
    env: { DATA_DIR: dataDir, DATABASE_URL: url.toString() },
    drop: async () => {
      const c = new Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
