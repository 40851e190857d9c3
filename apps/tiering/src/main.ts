import 'reflect-metadata';

import { Logger } from '@nestjs/common';
import { bootstrapService } from '@ladder/platform-messaging';
import { describeDatabaseTarget, resolveDatabaseTarget } from '@ladder/platform-persistence';

import { loadTieringEnv } from './config/tiering.env';
import { TIERING_SERVICE } from './mikro-orm.config';
import { TieringModule } from './tiering.module';

async function main(): Promise<void> {
  const env = loadTieringEnv();
  new Logger(TIERING_SERVICE).log(`database ${describeDatabaseTarget(resolveDatabaseTarget(TIERING_SERVICE, env))}`);
  await bootstrapService(TieringModule.forRoot(env), { service: TIERING_SERVICE, natsUrl: env.NATS_URL, logLevel: env.LOG_LEVEL });
}

main().catch((error: unknown) => {
  console.error(String((error as Error)?.stack ?? error));
  process.exit(1);
});
