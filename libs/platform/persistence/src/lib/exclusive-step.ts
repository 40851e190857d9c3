import type { EntityManager, MikroORM } from '@mikro-orm/core';
import type { Knex } from '@mikro-orm/knex';

/**
 * Run a background step (a `WorkLoop` round) in one replica at a time. PostgreSQL: a transaction holding
 * `pg_try_advisory_xact_lock(hashtext(key))` stays open around the step; another replica that finds the lock taken
 * skips the round (`false`: nothing done, it sleeps its idle time). A replica killed mid-step loses its connection
 * and with it the lock; the step resumes from what committed, as after a restart. SQLite: one process per file,
 * the step runs as is.
 */
export async function exclusiveStep(orm: MikroORM, key: string, step: () => Promise<boolean>): Promise<boolean> {
  const em = orm.em.fork();
  if (!usesPostgres(em)) return step();
  const knex = (em.getConnection('write') as unknown as { getKnex(): Knex }).getKnex();
  const schema = String(em.config.get('schema') ?? '');
  return knex.transaction(async (trx) => {
    const result = await trx.raw<{ rows: { locked: boolean }[] }>('select pg_try_advisory_xact_lock(hashtext(?)) as locked', [`${schema}:${key}`]);
    if (!result.rows[0]?.locked) return false;
    return step();
  });
}

/** True on PostgreSQL (the dialect with schemas and advisory locks), false on SQLite. */
export function usesPostgres(em: EntityManager): boolean {
  return (em.getPlatform() as unknown as { supportsSchemas?(): boolean }).supportsSchemas?.() === true;
}
