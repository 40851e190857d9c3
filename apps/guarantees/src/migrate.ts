import 'reflect-metadata';

import { runMigrations } from '@ladder/platform-persistence';

import { loadGuaranteesEnv } from './config/guarantees.env';
import { createGuaranteesOrmConfig } from './mikro-orm.config';

async function main(): Promise<void> {
  const env = loadGuaranteesEnv();
  const result = await runMigrations(createGuaranteesOrmConfig(env));
  console.log(`guarantees: ${result.applied.length} migration(s) applied${result.applied.length ? `: ${result.applied.join(', ')}` : ''}`);
}

main().catch((error: unknown) => {
  console.error(String((error as Error)?.stack ?? error));
  process.exit(1);
});
