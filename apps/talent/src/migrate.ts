import 'reflect-metadata';

import { runMigrations } from '@ladder/platform-persistence';

import { loadTalentEnv } from './config/talent.env';
import { createTalentOrmConfig } from './mikro-orm.config';

async function main(): Promise<void> {
  const env = loadTalentEnv();
  const result = await runMigrations(createTalentOrmConfig(env));
  console.log(`talent: ${result.applied.length} migration(s) applied${result.applied.length ? `: ${result.applied.join(', ')}` : ''}`);
}

main().catch((error: unknown) => {
  console.error(String((error as Error)?.stack ?? error));
  process.exit(1);
});
