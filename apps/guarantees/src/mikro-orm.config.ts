import type { Options } from '@mikro-orm/core';
import { createOrmConfig, resolveDatabaseTarget } from '@ladder/platform-persistence';

import type { GuaranteesEnv } from './config/guarantees.env';
import { GUARANTEES_ENTITIES } from './entities';
import { POSTGRESQL_MIGRATIONS } from './migrations/postgresql';
import { SQLITE_MIGRATIONS } from './migrations/sqlite';

export const GUARANTEES_SERVICE = 'guarantees';

export function createGuaranteesOrmConfig(
  env: Pick<GuaranteesEnv, 'DATA_DIR' | 'DATABASE_URL' | 'GUARANTEES_DATABASE_URL'>,
  migrationsSourceDir?: string,
): Options {
  return createOrmConfig({
    service: GUARANTEES_SERVICE,
    target: resolveDatabaseTarget(GUARANTEES_SERVICE, env),
    entities: GUARANTEES_ENTITIES,
    migrations: { sqlite: SQLITE_MIGRATIONS, postgresql: POSTGRESQL_MIGRATIONS },
    migrationsSourceDir,
  });
}
