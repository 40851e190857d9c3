import 'reflect-metadata';

import { runMigrations } from '@ladder/platform-persistence';

import { loadRegistryEnv } from './config/registry.env';
import { createRegistryOrmConfig } from './mikro-orm.config';

/** Deploy step: `node dist/apps/registry/migrate.js` applies pending migrations and exits. */
async function main(): Promise<void> {
  const env = loadRegistryEnv();
  const result = await runMigrations(createRegistryOrmConfig(env));
  console.log(`registry: ${result.applied.length} migration(s) applied${result.applied.length ? `: ${result.applied.join(', ')}` : ''}`);
}

main().catch((error: unknown) => {
  console.error(String((error as Error)?.stack ?? error));
  process.exit(1);
});
