import 'reflect-metadata';

import { runMigrations } from '@ladder/platform-persistence';

import { loadServicedeskEnv } from './config/servicedesk.env';
import { createServicedeskOrmConfig } from './mikro-orm.config';

async function main(): Promise<void> {
  const env = loadServicedeskEnv();
  const result = await runMigrations(createServicedeskOrmConfig(env));
  console.log(`servicedesk: ${result.applied.length} migration(s) applied${result.applied.length ? `: ${result.applied.join(', ')}` : ''}`);
}

main().catch((error: unknown) => {
  console.error(String((error as Error)?.stack ?? error));
  process.exit(1);
});
