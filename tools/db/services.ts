import * as path from 'node:path';

import type { Options } from '@mikro-orm/core';
import type { DatabaseSelection } from '@ladder/platform-persistence';

import { createGatewayOrmConfig } from '../../apps/gateway/src/mikro-orm.config';
import { createRegistryOrmConfig } from '../../apps/registry/src/mikro-orm.config';
import { createSubsidiesOrmConfig } from '../../apps/subsidies/src/mikro-orm.config';
import { createTieringOrmConfig } from '../../apps/tiering/src/mikro-orm.config';

export interface ServiceDatabase {
  readonly name: string;
  readonly migrationsDir: string;
  readonly config: (env: DatabaseSelection & Record<string, string | undefined>, sourceDir?: string) => Options;
}

const root = path.resolve(__dirname, '../..');

/** Every service with a database. */
export const SERVICE_DATABASES: readonly ServiceDatabase[] = [
  {
    name: 'registry',
    migrationsDir: path.join(root, 'apps/registry/src/migrations'),
    config: (env, dir) => createRegistryOrmConfig(env, dir),
  },
  {
    name: 'tiering',
    migrationsDir: path.join(root, 'apps/tiering/src/migrations'),
    config: (env, dir) => createTieringOrmConfig(env, dir),
  },
  {
    name: 'subsidies',
    migrationsDir: path.join(root, 'apps/subsidies/src/migrations'),
    config: (env, dir) => createSubsidiesOrmConfig(env, dir),
  },
  {
    name: 'gateway',
    migrationsDir: path.join(root, 'apps/gateway/src/migrations'),
    config: (env, dir) => createGatewayOrmConfig(env, dir),
  },
];
