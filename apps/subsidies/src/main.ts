import 'reflect-metadata';

import { Logger } from '@nestjs/common';
import { bootstrapService } from '@ladder/platform-messaging';
import { describeDatabaseTarget, resolveDatabaseTarget } from '@ladder/platform-persistence';

import { loadSubsidiesEnv } from './config/subsidies.env';
import { SUBSIDIES_SERVICE } from './mikro-orm.config';
import { SubsidiesModule } from './subsidies.module';

async function main(): Promise<void> {
  const env = loadSubsidiesEnv();
  new Logger(SUBSIDIES_SERVICE).log(`database ${describeDatabaseTarget(resolveDatabaseTarget(SUBSIDIES_SERVICE, env))}`);
  await bootstrapService(SubsidiesModule.forRoot(env), { service: SUBSIDIES_SERVICE, natsUrl: env.NATS_URL, logLevel: env.LOG_LEVEL });
}

main().catch((error: unknown) => {
  console.error(String((error as Error)?.stack ?? error));
  process.exit(1);
});
