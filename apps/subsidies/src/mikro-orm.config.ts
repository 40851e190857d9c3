import type { Options } from '@mikro-orm/core';
import { createOrmConfig, resolveDatabaseTarget } from '@ladder/platform-persistence';

import type { SubsidiesEnv } from './config/subsidies.env';
import { SUBSIDIES_ENTITIES } from './entities';
import { POSTGRESQL_MIGRATIONS } from './migrations/postgresql';
import { SQLITE_MIGRATIONS } from './migrations/sqlite';

export const SUBSIDIES_SERVICE = 'subsidies';

export function createSubsidiesOrmConfig(
  env: Pick<SubsidiesEnv, 'DATA_DIR' | 'DATABASE_URL' | 'SUBSIDIES_DATABASE_URL'>,
  migrationsSourceDir?: string,
): Options {
  return createOrmConfig({
    service: SUBSIDIES_SERVICE,
    target: resolveDatabaseTarget(SUBSIDIES_SERVICE, env),
    entities: SUBSIDIES_ENTITIES,
    migrations: { sqlite: SQLITE_MIGRATIONS, postgresql: POSTGRESQL_MIGRATIONS },
    migrationsSourceDir,
  });
}
