import type { Options } from '@mikro-orm/core';
import { createOrmConfig, resolveDatabaseTarget } from '@ladder/platform-persistence';

import type { RegistryEnv } from './config/registry.env';
import { REGISTRY_ENTITIES } from './entities';
import { POSTGRESQL_MIGRATIONS } from './migrations/postgresql';
import { SQLITE_MIGRATIONS } from './migrations/sqlite';

export const REGISTRY_SERVICE = 'registry';

export function createRegistryOrmConfig(
  env: Pick<RegistryEnv, 'DATA_DIR' | 'DATABASE_URL' | 'REGISTRY_DATABASE_URL'>,
  migrationsSourceDir?: string,
): Options {
  return createOrmConfig({
    service: REGISTRY_SERVICE,
    target: resolveDatabaseTarget(REGISTRY_SERVICE, env),
    entities: REGISTRY_ENTITIES,
    migrations: { sqlite: SQLITE_MIGRATIONS, postgresql: POSTGRESQL_MIGRATIONS },
    migrationsSourceDir,
  });
}
