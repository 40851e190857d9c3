import type { Options } from '@mikro-orm/core';
import { createOrmConfig, resolveDatabaseTarget } from '@ladder/platform-persistence';

import type { GatewayEnv } from './config/gateway.env';
import { GATEWAY_ENTITIES } from './entities';
import { POSTGRESQL_MIGRATIONS } from './migrations/postgresql';
import { SQLITE_MIGRATIONS } from './migrations/sqlite';

export const GATEWAY_SERVICE = 'gateway';

export function createGatewayOrmConfig(
  env: Pick<GatewayEnv, 'DATA_DIR' | 'DATABASE_URL' | 'GATEWAY_DATABASE_URL'>,
  migrationsSourceDir?: string,
): Options {
  return createOrmConfig({
    service: GATEWAY_SERVICE,
    target: resolveDatabaseTarget(GATEWAY_SERVICE, env),
    entities: GATEWAY_ENTITIES,
    migrations: { sqlite: SQLITE_MIGRATIONS, postgresql: POSTGRESQL_MIGRATIONS },
    migrationsSourceDir,
  });
}
