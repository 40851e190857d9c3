import 'reflect-metadata';

import { runMigrations } from '@ladder/platform-persistence';

import { loadProcurementEnv } from './config/procurement.env';
import { createProcurementOrmConfig } from './mikro-orm.config';

async function main(): Promise<void> {
  const env = loadProcurementEnv();
  const result = await runMigrations(createProcurementOrmConfig(env));
  console.log(`procurement: ${result.applied.length} migration(s) applied${result.applied.length ? `: ${result.applied.join(', ')}` : ''}`);
}

main().catch((error: unknown) => {
  console.error(String((error as Error)?.stack ?? error));
  process.exit(1);
});
