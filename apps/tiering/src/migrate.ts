import 'reflect-metadata';

import { runMigrations } from '@ladder/platform-persistence';

import { loadTieringEnv } from './config/tiering.env';
import { createTieringOrmConfig } from './mikro-orm.config';

async function main(): Promise<void> {
  const env = loadTieringEnv();
  const result = await runMigrations(createTieringOrmConfig(env));
  console.log(`tiering: ${result.applied.length} migration(s) applied${result.applied.length ? `: ${result.applied.join(', ')}` : ''}`);
}

main().catch((error: unknown) => {
  console.error(String((error as Error)?.stack ?? error));
  process.exit(1);
});
