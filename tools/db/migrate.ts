/**
 * Apply the migrations of every service of the service list (or of the ones named) to the database the
 * environment selects (SQLite in DATA_DIR, or `DATABASE_URL` / `<SERVICE>_DATABASE_URL`):
 *   npm run db:migrate [-- <service> …]
 * The launcher and the deploy jobs run the same migrations from the built `dist/apps/<service>/migrate.js`.
 */
import { runMigrations } from '@ladder/platform-persistence';

import { SERVICE_DATABASES } from './services';

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !SERVICE_DATABASES.some((s) => s.name === name));
  if (unknown.length > 0) {
    console.error(`unknown service ${unknown.join(', ')}; one of ${SERVICE_DATABASES.map((s) => s.name).join(', ')}`);
    process.exit(2);
  }
  const env = { ...process.env, DATA_DIR: process.env['DATA_DIR'] ?? '.data' };
  for (const service of SERVICE_DATABASES.filter((s) => wanted.length === 0 || wanted.includes(s.name))) {
    const result = await runMigrations(service.config(env));
    console.log(`${service.name}: ${result.applied.length} migration(s) applied${result.applied.length ? `: ${result.applied.join(', ')}` : ''}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
