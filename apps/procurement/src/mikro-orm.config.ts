import type { Options } from '@mikro-orm/core';
import { createOrmConfig, resolveDatabaseTarget } from '@ladder/platform-persistence';

import type { ProcurementEnv } from './config/procurement.env';
import { PROCUREMENT_ENTITIES } from './entities';
import { POSTGRESQL_MIGRATIONS } from './migrations/postgresql';
import { SQLITE_MIGRATIONS } from './migrations/sqlite';

export const PROCUREMENT_SERVICE = 'procurement';

export function createProcurementOrmConfig(
  env: Pick<ProcurementEnv, 'DATA_DIR' | 'DATABASE_URL' | 'PROCUREMENT_DATABASE_URL'>,
  migrationsSourceDir?: string,
): Options {
  return createOrmConfig({
    service: PROCUREMENT_SERVICE,
    target: resolveDatabaseTarget(PROCUREMENT_SERVICE, env),
    entities: PROCUREMENT_ENTITIES,
    migrations: { sqlite: SQLITE_MIGRATIONS, postgresql: POSTGRESQL_MIGRATIONS },
    migrationsSourceDir,
  });
}
