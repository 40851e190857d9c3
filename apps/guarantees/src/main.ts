import 'reflect-metadata';

import { Logger } from '@nestjs/common';
import { bootstrapService } from '@ladder/platform-messaging';
import { describeDatabaseTarget, resolveDatabaseTarget } from '@ladder/platform-persistence';

import { loadGuaranteesEnv } from './config/guarantees.env';
import { GUARANTEES_SERVICE } from './mikro-orm.config';
import { GuaranteesModule } from './guarantees.module';

async function main(): Promise<void> {
  const env = loadGuaranteesEnv();
  new Logger(GUARANTEES_SERVICE).log(`database ${describeDatabaseTarget(resolveDatabaseTarget(GUARANTEES_SERVICE, env))}`);
  await bootstrapService(GuaranteesModule.forRoot(env), { service: GUARANTEES_SERVICE, natsUrl: env.NATS_URL, logLevel: env.LOG_LEVEL });
}

main().catch((error: unknown) => {
  console.error(String((error as Error)?.stack ?? error));
  process.exit(1);
});
