import 'reflect-metadata';

import { runMigrations } from '@ladder/platform-persistence';

import { loadGatewayEnv } from './config/gateway.env';
import { createGatewayOrmConfig } from './mikro-orm.config';

async function main(): Promise<void> {
  const env = loadGatewayEnv({ ...process.env, JWT_SECRET: process.env['JWT_SECRET'] ?? 'x'.repeat(32) });
  const result = await runMigrations(createGatewayOrmConfig(env));
  console.log(`gateway: ${result.applied.length} migration(s) applied${result.applied.length ? `: ${result.applied.join(', ')}` : ''}`);
}

main().catch((error: unknown) => {
  console.error(String((error as Error)?.stack ?? error));
  process.exit(1);
});
