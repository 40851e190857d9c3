import type { Options } from '@mikro-orm/core';
import { createOrmConfig, resolveDatabaseTarget } from '@ladder/platform-persistence';

import type { TieringEnv } from './config/tiering.env';
import { TIERING_ENTITIES } from './entities';
import { POSTGRESQL_MIGRATIONS } from './migrations/postgresql';
import { SQLITE_MIGRATIONS } from './migrations/sqlite';

export const TIERING_SERVICE = 'tiering';

export function createTieringOrmConfig(
  env: Pick<TieringEnv, 'DATA_DIR' | 'DATABASE_URL' | 'TIERING_DATABASE_URL'>,
  migrationsSourceDir?: string,
): Options {
  return createOrmConfig({
    service: TIERING_SERVICE,
    target: resolveDatabaseTarget(TIERING_SERVICE, env),
    entities: TIERING_ENTITIES,
    migrations: { sqlite: SQLITE_MIGRATIONS, postgresql: POSTGRESQL_MIGRATIONS },
    migrationsSourceDir,
  });
}
