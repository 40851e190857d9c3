import type { Options } from '@mikro-orm/core';
import { createOrmConfig, resolveDatabaseTarget } from '@ladder/platform-persistence';

import type { TalentEnv } from './config/talent.env';
import { TALENT_ENTITIES } from './entities';
import { POSTGRESQL_MIGRATIONS } from './migrations/postgresql';
import { SQLITE_MIGRATIONS } from './migrations/sqlite';

export const TALENT_SERVICE = 'talent';

export function createTalentOrmConfig(
  env: Pick<TalentEnv, 'DATA_DIR' | 'DATABASE_URL' | 'TALENT_DATABASE_URL'>,
  migrationsSourceDir?: string,
): Options {
  return createOrmConfig({
    service: TALENT_SERVICE,
    target: resolveDatabaseTarget(TALENT_SERVICE, env),
    entities: TALENT_ENTITIES,
    migrations: { sqlite: SQLITE_MIGRATIONS, postgresql: POSTGRESQL_MIGRATIONS },
    migrationsSourceDir,
  });
}
