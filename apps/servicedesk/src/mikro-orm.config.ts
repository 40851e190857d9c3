import type { Options } from '@mikro-orm/core';
import { createOrmConfig, resolveDatabaseTarget } from '@ladder/platform-persistence';

import type { ServicedeskEnv } from './config/servicedesk.env';
import { SERVICEDESK_ENTITIES } from './entities';
import { POSTGRESQL_MIGRATIONS } from './migrations/postgresql';
import { SQLITE_MIGRATIONS } from './migrations/sqlite';

export const SERVICEDESK_SERVICE = 'servicedesk';

export function createServicedeskOrmConfig(
  env: Pick<ServicedeskEnv, 'DATA_DIR' | 'DATABASE_URL' | 'SERVICEDESK_DATABASE_URL'>,
  migrationsSourceDir?: string,
): Options {
  return createOrmConfig({
    service: SERVICEDESK_SERVICE,
    target: resolveDatabaseTarget(SERVICEDESK_SERVICE, env),
    entities: SERVICEDESK_ENTITIES,
    migrations: { sqlite: SQLITE_MIGRATIONS, postgresql: POSTGRESQL_MIGRATIONS },
    migrationsSourceDir,
  });
}
