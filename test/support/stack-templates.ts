// Database templates of the system suite's stacks: migrated once per database kind, copied for every later stack
// (see TestStack.setUp). Only Node and pg here: the global setup and teardown load this file outside the test
// environment.
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

import { Client } from 'pg';

/** What a template is made from and copied into. */
interface TemplateSource {
  readonly kind: 'sqlite' | 'postgresql';
  readonly env: { readonly DATABASE_URL?: string };
}

/** Set by the system suite's global setup: a directory for the stacks' database templates (see TestStack). */
export const STACK_TEMPLATES_VAR = 'LADDER_STACK_TEMPLATES';
/** In a PostgreSQL template's directory: the name of its template database. */
export const TEMPLATE_DATABASE_FILE = 'database';

export function readTemplateDatabase(template: string): string | undefined {
  const file = path.join(template, TEMPLATE_DATABASE_FILE);
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
}

async function onAdmin(sql: string): Promise<void> {
  const admin = new Client({ connectionString: process.env['TEST_DATABASE_URL'] });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

function databaseName(db: TemplateSource): string {
  const url = db.env.DATABASE_URL;
  if (!url) throw new Error('not a PostgreSQL test database');
  return new URL(url).pathname.slice(1);
}

/** A copy of a (just migrated, unused) PostgreSQL test database as a template; its name. SQLite: undefined. */
export async function saveAsTemplate(db: TemplateSource): Promise<string | undefined> {
  if (db.kind !== 'postgresql') return undefined;
  const name = `ladder_template_${process.pid}_${randomBytes(4).toString('hex')}`;
  // PostgreSQL waits (up to 5 s) for the sessions of the finished setup steps to end.
  await onAdmin(`CREATE DATABASE ${name} TEMPLATE ${databaseName(db)}`);
  return name;
}

/** The empty test database replaced by a copy of the template (nothing is connected to it yet). */
export async function recreateFrom(db: TemplateSource, template: string): Promise<void> {
  const name = databaseName(db);
  await onAdmin(`DROP DATABASE ${name}`);
  await onAdmin(`CREATE DATABASE ${name} TEMPLATE ${template}`);
}

export async function dropDatabase(name: string): Promise<void> {
  await onAdmin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}

/** Drops the templates' PostgreSQL databases and removes their directory (the suite's global teardown). */
export async function removeStackTemplates(dir: string): Promise<void> {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir)) {
    const database = readTemplateDatabase(path.join(dir, entry));
    if (database) await dropDatabase(database);
  }
  fs.rmSync(dir, { recursive: true, force: true });
}
