import type { EntityClass, EntityData, EntityManager } from '@mikro-orm/core';

/** Rows per statement: well under SQLite's 32,766 bound parameters for the widest table written in bulk. */
export const BULK_ROWS = 500;

/**
 * Insert rows with multi-row `INSERT … VALUES` statements inside the caller's transaction (no entities: nothing
 * to hydrate, snapshot or diff), returning the generated primary keys in the order of the rows (the order
 * `RETURNING` gives, which MikroORM's own batch inserts rely on). Columns are converted as the ORM does (JSON,
 * dates, booleans per dialect).
 */
export async function insertRows<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  rows: readonly EntityData<T>[],
): Promise<unknown[]> {
  const ids: unknown[] = [];
  const meta = em.getMetadata().get<T>(entity.name);
  const pk = meta.primaryKeys[0];
  for (let i = 0; i < rows.length; i += BULK_ROWS) {
    const chunk = rows.slice(i, i + BULK_ROWS);
    const ctx: unknown = em.getTransactionContext();
    const res = await em.getDriver().nativeInsertMany<T>(entity.name, [...chunk] as EntityData<T>[], { ctx });
    const returned = res.rows ?? [];
    chunk.forEach((row, k) =>
      ids.push(
        pk !== undefined && pk in row ? (row as Record<string, unknown>)[pk] : returned[k]?.[pk ?? 'id'],
      ),
    );
  }
  return ids;
}

/**
 * Insert-or-update rows keyed by `conflict` (`INSERT … VALUES … ON CONFLICT (key) DO UPDATE SET col = excluded.col`,
 * the same text on SQLite and PostgreSQL) inside the caller's transaction, in statements of `BULK_ROWS` rows.
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
  const column = (property: string): string => {
    const prop = meta.props.find((p) => p.name === property);
    if (!prop) throw new Error(`${entity.name} has no property ${property}`);
    return prop.fieldNames[0] ?? property;
  };
  const updated = [...new Set(rows.flatMap((r) => Object.keys(r)))].filter((k) => k !== conflict).map(column);
  const onConflict = ` on conflict (${q(column(conflict))}) do update set ${updated.map((c) => `${q(c)} = excluded.${q(c)}`).join(', ')}`;
  for (let i = 0; i < rows.length; i += BULK_ROWS) {
    const ctx: unknown = em.getTransactionContext();
    await em
      .getDriver()
      .nativeInsertMany<T>(
        entity.name,
        rows.slice(i, i + BULK_ROWS),
        { ctx },
        (sql) => `${sql}${onConflict}`,
      );
  }
}
