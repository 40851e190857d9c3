import 'reflect-metadata';

import { runMigrations } from '@ladder/platform-persistence';

import { loadSubsidiesEnv } from './config/subsidies.env';
import { createSubsidiesOrmConfig } from './mikro-orm.config';

async function main(): Promise<void> {
  const env = loadSubsidiesEnv();
  const result = await runMigrations(createSubsidiesOrmConfig(env));
  console.log(`subsidies: ${result.applied.length} migration(s) applied${result.applied.length ? `: ${result.applied.join(', ')}` : ''}`);
}

main().catch((error: unknown) => {
  console.error(String((error as Error)?.stack ?? error));
  process.exit(1);
});
