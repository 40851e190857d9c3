import * as fs from 'node:fs';
import * as path from 'node:path';

import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import { UnderscoreNamingStrategy } from '@mikro-orm/core';
import type { AnyEntity, EntityClass, MigrationObject, Options } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';

import type { DatabaseTarget } from './database-target';

export interface ServiceMigrations {
  readonly sqlite: readonly MigrationObject[];
  readonly postgresql: readonly MigrationObject[];
}

export interface ServiceOrmOptions {
  readonly service: string;
  readonly target: DatabaseTarget;
  readonly entities: readonly EntityClass<AnyEntity>[];
  readonly migrations: ServiceMigrations;
  /** Folder of the service's migration sources (used only when creating migrations). */
  readonly migrationsSourceDir?: string;
  readonly debug?: boolean;
}

/**
 * The one MikroORM configuration factory. Entities and migrations are explicit lists (no globs, no
 * reflection of .ts sources), so the same config works from a webpack bundle and from Jest.
 */
export function createOrmConfig(options: ServiceOrmOptions): Options {
  const { target } = options;
  const dialect = target.kind;
  const common = {
    entities: [...options.entities],
    discovery: { warnWhenNoEntities: true, requireEntitiesArray: true },
    namingStrategy: UnderscoreNamingStrategy,
    forceUtcTimezone: true,
    allowGlobalContext: false,
    debug: options.debug ?? false,
    extensions: [Migrator],
    migrations: {
      tableName: 'mikro_orm_migrations',
      migrationsList: [...options.migrations[dialect]],
      path: options.migrationsSourceDir ? path.join(options.migrationsSourceDir, dialect) : undefined,
      pathTs: options.migrationsSourceDir ? path.join(options.migrationsSourceDir, dialect) : undefined,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts' as const,
      disableForeignKeys: false,
      silent: true,
    },
  } satisfies Partial<Options>;

  if (target.kind === 'sqlite') {
    fs.mkdirSync(path.dirname(target.file), { recursive: true });
    return {
      ...common,
      driver: BetterSqliteDriver,
      dbName: target.file,
      // One writer connection per service: SQLite has one writer at a time, and a second writing connection in the
      // same process would wait on a lock its own event loop holds. With WAL, synchronous=NORMAL is still durable
      // across a process crash (only an OS crash can lose the last commits).
      pool: { min: 1, max: 1, afterCreate: sqlitePragmas(['journal_mode = WAL', 'synchronous = NORMAL', 'busy_timeout = 5000']) },
      // Reads outside a transaction go to their own connections (MikroORM read replicas on the same file): WAL lets
      // them read the last commit while a transaction holds the writer, so a list never queues behind an import.
      // Queries inside `em.transactional()` and every write stay on the writer. query_only makes a stray write
      // on a read connection fail at once instead of waiting for the lock.
      replicas: [{ name: 'read', dbName: target.file, pool: { min: 1, max: 2, afterCreate: sqlitePragmas(['busy_timeout = 5000', 'query_only = ON']) } }],
      preferReadReplicas: true,
    };
  }
  return {
    ...common,
    driver: PostgreSqlDriver,
    clientUrl: target.url,
    schema: target.schema,
    // A real pool: reads and transactions of concurrent requests run side by side (PostgreSQL has row locks).
    pool: { min: 0, max: 10 },
  };
}

type PoolCallback = (conn: { pragma(sql: string): unknown }, done: (error: Error | null, conn: unknown) => void) => void;

/** A knex pool `afterCreate` hook that applies SQLite pragmas to each new connection. */
function sqlitePragmas(pragmas: readonly string[]): PoolCallback {
  return (conn, done) => {
    try {
      for (const pragma of pragmas) conn.pragma(pragma);
      done(null, conn);
    } catch (error) {
      done(error as Error, conn);
    }
  };
}
