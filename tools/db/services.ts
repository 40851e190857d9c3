import * as path from 'node:path';

import type { Options } from '@mikro-orm/core';
import { SERVICE_LIST } from '@ladder/contracts';
import type { DatabaseSelection } from '@ladder/platform-persistence';

type DatabaseEnvironment = DatabaseSelection & Record<string, string | undefined>;
type OrmConfigFactory = (env: DatabaseEnvironment, sourceDir?: string) => Options;

export interface ServiceDatabase {
  readonly name: string;
  readonly migrationsDir: string;
  readonly config: OrmConfigFactory;
}

const root = path.resolve(__dirname, '../..');
const pascal = (name: string): string => name.replace(/(^|-)([a-z])/g, (_m, _d: string, c: string) => c.toUpperCase());

/**
 * The ORM config factory of a process, by convention `create<Name>OrmConfig` in `apps/<name>/src/mikro-orm.config.ts`
 * (loaded when first used, so listing the services costs nothing).
 */
function ormConfigFactory(name: string): OrmConfigFactory {
  const file = path.join(root, 'apps', name, 'src', 'mikro-orm.config');
  const exportName = `create${pascal(name)}OrmConfig`;
  return (env, sourceDir) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const factory = (require(file) as Record<string, unknown>)[exportName];
    if (typeof factory !== 'function') throw new Error(`${file}.ts does not export ${exportName}`);
    return (factory as OrmConfigFactory)(env, sourceDir);
  };
}

/** Every process of the service list has a database (libs/contracts/src/lib/system/services.ts). */
export const SERVICE_DATABASES: readonly ServiceDatabase[] = SERVICE_LIST.map((s) => ({
  name: s.name,
  migrationsDir: path.join(root, 'apps', s.name, 'src', 'migrations'),
  config: ormConfigFactory(s.name),
}));
