import type { EntityClass, EntityData, EntityManager, EntityProperty } from '@mikro-orm/core';
import type { Knex } from '@mikro-orm/knex';

/** Rows per statement: well under SQLite's 32,766 bound parameters for the widest table written in bulk. */
export const BULK_ROWS = 500;

interface Statement {
  readonly sql: string;
  readonly bindings: unknown[];
}

/**
 * Multi-row INSERT statements with bound parameters (the driver binds them: no SQL text to build out of the
 * values, no quoting of large JSON documents, one statement per `BULK_ROWS` rows). Values are converted as the
 * ORM converts them (JSON columns serialised; dates and booleans bound for the dialect by the driver).
 */
function insertStatements<T extends object>(em: EntityManager, entity: EntityClass<T>, rows: readonly EntityData<T>[], suffix = ''): Statement[] {
  const meta = em.getMetadata().get<T>(entity.name);
  const platform = em.getPlatform();
  const q = (name: string): string => platform.quoteIdentifier(name);
  const schema = meta.schema ?? em.config.get('schema');
  const table = schema ? `${q(schema)}.${q(meta.tableName)}` : q(meta.tableName);
  const names = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const props: EntityProperty<T>[] = names.map((name) => {
    const prop = meta.props.find((p) => p.name === name);
    if (!prop) throw new Error(`${entity.name} has no property ${name}`);
    return prop;
  });
  const columns = props.map((p) => q(p.fieldNames[0] ?? p.name)).join(', ');
  const placeholders = `(${props.map(() => '?').join(', ')})`;
  const statements: Statement[] = [];
  for (let i = 0; i < rows.length; i += BULK_ROWS) {
    const chunk = rows.slice(i, i + BULK_ROWS);
    const bindings: unknown[] = [];
    for (const row of chunk) {
      for (const prop of props) {
        const value: unknown = (row as Record<string, unknown>)[prop.name] ?? null;
        bindings.push(value !== null && prop.customType ? prop.customType.convertToDatabaseValue(value, platform, { mode: 'query-data' }) : value);
      }
    }
    statements.push({ sql: `insert into ${table} (${columns}) values ${chunk.map(() => placeholders).join(', ')}${suffix}`, bindings });
  }
  return statements;
}

async function run(em: EntityManager, statement: Statement): Promise<{ id?: unknown }[]> {
  const trx = em.getTransactionContext<Knex.Transaction>();
  if (!trx) throw new Error('bulk writes run inside a transaction (em.transactional)');
  const result: unknown = await trx.raw(statement.sql, statement.bindings as Knex.RawBinding[]);
  // PostgreSQL: { rows }; better-sqlite3: the rows of a RETURNING statement, or run info.
  if (Array.isArray(result)) return result as { id?: unknown }[];
  return ((result as { rows?: { id?: unknown }[] }).rows ?? []);
}

/**
 * Insert rows with multi-row `INSERT … VALUES … RETURNING id` statements inside the caller's transaction (no
 * entities: nothing to hydrate, snapshot or diff) and return the generated ids in the order of the rows (the
 * order `RETURNING` gives for a multi-row VALUES list, which MikroORM's own batch inserts rely on too).
 */
export async function insertRows<T extends object>(em: EntityManager, entity: EntityClass<T>, rows: readonly EntityData<T>[]): Promise<unknown[]> {
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
  rows: readonly EntityData<T>[],
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
