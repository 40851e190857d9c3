import { DriverException } from '@mikro-orm/core';
import type { EntityClass, EntityData, EntityManager, EntityProperty } from '@mikro-orm/core';
import type { Knex } from '@mikro-orm/knex';

/** Rows per statement: well under SQLite's 32,766 bound parameters for the widest table written in bulk. */
export const BULK_ROWS = 500;

/**
 * A column's value already in its database form (for example the bytes a custom type would write, or a JSON
 * column's text, produced by a worker thread): bound as it is, without the property's type conversion.
 */
export class DatabaseValue {
  constructor(readonly value: unknown) {}
}

/** A row for the bulk writers: the entity's data, a column possibly as its database value. */
export type BulkRow<T> = { [K in keyof EntityData<T>]?: EntityData<T>[K] | DatabaseValue };

interface Statement {
  readonly sql: string;
  readonly bindings: unknown[];
}

/** An entity's table as SQL: quoted, with the schema (PostgreSQL) when the entity or the configuration names one. */
export function tableName(em: EntityManager, entity: EntityClass<object>): string {
  const meta = em.getMetadata().get(entity.name);
  const q = (name: string): string => em.getPlatform().quoteIdentifier(name);
  const schema = meta.schema ?? em.config.get('schema');
  return schema ? `${q(schema)}.${q(meta.tableName)}` : q(meta.tableName);
}

/**
 * Multi-row INSERT statements with bound parameters (the driver binds them: no SQL text to build out of the
 * values, no quoting of large JSON documents, one statement per `BULK_ROWS` rows). Values are converted as the
 * ORM converts them (JSON columns serialised; dates and booleans bound for the dialect by the driver).
 */
function insertStatements<T extends object>(em: EntityManager, entity: EntityClass<T>, rows: readonly BulkRow<T>[], suffix = ''): Statement[] {
  const platform = em.getPlatform();
  const names = columnNames(rows);
  const shape = insertShape(em, entity, names, suffix);
  const statements: Statement[] = [];
  for (let i = 0; i < rows.length; i += BULK_ROWS) {
    const end = Math.min(i + BULK_ROWS, rows.length);
    const bindings: unknown[] = [];
    for (let r = i; r < end; r++) {
      const row = rows[r] as Record<string, unknown>;
      for (const prop of shape.props) {
        const value: unknown = row[prop.name] ?? null;
        bindings.push(
          value instanceof DatabaseValue
            ? value.value
            : value !== null && prop.customType
              ? prop.customType.convertToDatabaseValue(value, platform, { mode: 'query-data' })
              : value,
        );
      }
    }
    statements.push({ sql: shape.sql(end - i), bindings });
  }
  return statements;
}

/** The columns of a bulk write: every property some row sets, in first-seen order. */
function columnNames(rows: readonly object[]): string[] {
  const first = rows[0];
  if (rows.length === 1 && first) return Object.keys(first);
  const names = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) names.add(key);
  return [...names];
}

interface InsertShape {
  readonly props: readonly EntityProperty<object>[];
  /** The statement text for a number of rows (kept: the hot writes ask for the same few shapes again and again). */
  readonly sql: (rows: number) => string;
}

/** Insert shapes per metadata storage (one per ORM, so per dialect), entity, column list and suffix. */
const shapes = new WeakMap<object, Map<string, InsertShape>>();

function insertShape<T extends object>(em: EntityManager, entity: EntityClass<T>, names: readonly string[], suffix: string): InsertShape {
  const metadata = em.getMetadata();
  let perOrm = shapes.get(metadata);
  if (!perOrm) shapes.set(metadata, (perOrm = new Map<string, InsertShape>()));
  const key = `${entity.name}\u0000${suffix}\u0000${names.join('\u0000')}`;
  const known = perOrm.get(key);
  if (known) return known;
  const meta = metadata.get<T>(entity.name);
  const q = (name: string): string => em.getPlatform().quoteIdentifier(name);
  const props = names.map((name) => {
    const prop = meta.props.find((p) => p.name === name);
    if (!prop) throw new Error(`${entity.name} has no property ${name}`);
    return prop as unknown as EntityProperty<object>;
  });
  const head = `insert into ${tableName(em, entity)} (${props.map((p) => q(p.fieldNames[0] ?? p.name)).join(', ')}) values `;
  const placeholders = `(${props.map(() => '?').join(', ')})`;
  const texts = new Map<number, string>();
  const shape: InsertShape = {
    props,
    sql: (rows) => {
      let text = texts.get(rows);
      if (text === undefined) {
        text = `${head}${Array.from({ length: rows }, () => placeholders).join(', ')}${suffix}`;
        if (texts.size < 64) texts.set(rows, text);
      }
      return text;
    },
  };
  if (perOrm.size < 256) perOrm.set(key, shape);
  return shape;
}

async function run(em: EntityManager, statement: Statement): Promise<{ id?: unknown }[]> {
  if (!em.getTransactionContext()) throw new Error('bulk writes run inside a transaction (em.transactional)');
  return (await executeSql(em, statement.sql, statement.bindings)).rows;
}

/** What a statement run by `executeSql` gave: its rows (SELECT or RETURNING) and how many rows it changed. */
export interface SqlResult<R> {
  readonly rows: R[];
  readonly changes: number;
}

/**
 * Run one SQL statement with bound parameters (`?` placeholders, the same text on SQLite and PostgreSQL) —
 * inside the caller's transaction when there is one, else on the write connection — without the ORM: no entity
 * to hydrate, no SQL text with the values inlined. For hot paths (outbox relay, inbox, bulk writes, the
 * registry's create). On SQLite the statement is prepared once per connection and reused (`sqliteStatement`);
 * on PostgreSQL it goes through knex. Driver errors become MikroORM's exceptions
 * (`UniqueConstraintViolationException`, …), as they would from a flush.
 */
export async function executeSql<R = Record<string, unknown>>(em: EntityManager, sql: string, bindings: readonly unknown[] = []): Promise<SqlResult<R>> {
  const trx = em.getTransactionContext<Knex.Transaction>();
  const knex = trx ?? (em.getConnection('write') as unknown as { getKnex(): Knex }).getKnex();
  try {
    if ((knex.client as { driverName?: string }).driverName === 'better-sqlite3') return await runOnSqlite<R>(knex, trx, sql, bindings);
    const result: unknown = await knex.raw(sql, bindings as Knex.RawBinding[]);
    // PostgreSQL: { rows, rowCount }.
    const r = result as { rows?: R[]; rowCount?: number | null; changes?: number };
    if (Array.isArray(result)) return { rows: result as R[], changes: result.length };
    return { rows: r.rows ?? [], changes: r.changes ?? r.rowCount ?? 0 };
  } catch (error) {
    throw error instanceof Error && !(error instanceof DriverException) ? em.getDriver().convertException(error) : error;
  }
}

/** The part of a better-sqlite3 connection and statement used here. */
interface SqliteConnection {
  prepare(sql: string): SqliteStatement;
}
interface SqliteStatement {
  readonly reader: boolean;
  all(bindings: unknown[]): unknown[];
  run(bindings: unknown[]): { changes: number };
}

/** Prepared statements per better-sqlite3 connection, by SQL text (the hot statements are a few fixed texts). */
const statements = new WeakMap<SqliteConnection, Map<string, SqliteStatement>>();
const MAX_STATEMENTS = 500;

/**
 * A statement on the connection knex gives (the transaction's, or one taken from the pool and given back), with
 * the bindings converted as knex's better-sqlite3 client converts them (dates as epoch milliseconds, booleans as
 * 0/1), so rows read or written here are the rows the ORM reads and writes.
 */
async function runOnSqlite<R>(knex: Knex, trx: Knex.Transaction | undefined, sql: string, bindings: readonly unknown[]): Promise<SqlResult<R>> {
  if (trx?.isCompleted()) throw new Error('Transaction query already complete');
  const client = knex.client as { acquireConnection(): Promise<SqliteConnection>; releaseConnection(c: SqliteConnection): Promise<unknown> };
  const connection = await client.acquireConnection();
  try {
    let cache = statements.get(connection);
    if (!cache) statements.set(connection, (cache = new Map<string, SqliteStatement>()));
    let statement = cache.get(sql);
    if (!statement) {
      if (cache.size >= MAX_STATEMENTS) cache.clear();
      statement = connection.prepare(sql);
      cache.set(sql, statement);
    }
    const values = bindings.map((b, i) => {
      if (b === undefined) throw new Error(`Undefined binding detected at index ${i} in: ${sql}`);
      return b instanceof Date ? b.valueOf() : typeof b === 'boolean' ? Number(b) : b;
    });
    if (statement.reader) {
      const rows = statement.all(values) as R[];
      return { rows, changes: rows.length };
    }
    return { rows: [], changes: statement.run(values).changes };
  } finally {
    if (!trx) await client.releaseConnection(connection);
  }
}

/**
 * Insert rows with multi-row `INSERT … VALUES … RETURNING id` statements inside the caller's transaction (no
 * entities: nothing to hydrate, snapshot or diff) and return the generated ids in the order of the rows (the
 * order `RETURNING` gives for a multi-row VALUES list, which MikroORM's own batch inserts rely on too).
 */
export async function insertRows<T extends object>(em: EntityManager, entity: EntityClass<T>, rows: readonly BulkRow<T>[]): Promise<unknown[]> {
  const ids: unknown[] = [];
  const pk = em.getMetadata().get<T>(entity.name).primaryKeys[0] ?? 'id';
  for (const statement of insertStatements(em, entity, rows, ` returning ${em.getPlatform().quoteIdentifier(pk)}`)) {
    for (const row of await run(em, statement)) ids.push((row as Record<string, unknown>)[pk]);
  }
  if (ids.length !== rows.length) throw new Error(`${entity.name}: ${rows.length} rows inserted, ${ids.length} ids returned`);
  return ids;
}

/**
 * Insert-or-update rows keyed by `conflict` (`INSERT … VALUES … ON CONFLICT (key) DO UPDATE SET col = excluded.col`,
 * the same text on SQLite and PostgreSQL) inside the caller's transaction.
 */
export async function upsertRows<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  rows: readonly BulkRow<T>[],
  conflict: keyof T & string,
): Promise<void> {
  if (rows.length === 0) return;
  const meta = em.getMetadata().get<T>(entity.name);
  const q = (name: string): string => em.getPlatform().quoteIdentifier(name);
  const column = (name: string): string => meta.props.find((p) => p.name === name)?.fieldNames[0] ?? name;
  const updated = [...new Set(rows.flatMap((r) => Object.keys(r)))].filter((k) => k !== conflict).map(column);
  const onConflict = ` on conflict (${q(column(conflict))}) do update set ${updated.map((c) => `${q(c)} = excluded.${q(c)}`).join(', ')}`;
  for (const statement of insertStatements(em, entity, rows, onConflict)) await run(em, statement);
}
