import 'reflect-metadata';

import { Logger } from '@nestjs/common';
import { bootstrapService } from '@ladder/platform-messaging';
import { describeDatabaseTarget, resolveDatabaseTarget } from '@ladder/platform-persistence';

import { loadRegistryEnv } from './config/registry.env';
import { REGISTRY_SERVICE } from './mikro-orm.config';
import { RegistryModule } from './registry.module';

async function main(): Promise<void> {
  const env = loadRegistryEnv();
  const logger = new Logger(REGISTRY_SERVICE);
  logger.log(`database ${describeDatabaseTarget(resolveDatabaseTarget(REGISTRY_SERVICE, env))}`);
  await bootstrapService(RegistryModule.forRoot(env), {
    service: REGISTRY_SERVICE,
    natsUrl: env.NATS_URL,
    logLevel: env.LOG_LEVEL,
  });
}

main().catch((error: unknown) => {
  // Boot errors (invalid configuration, unreachable database or NATS) end the process with a clear message.
  console.error(String((error as Error)?.stack ?? error));
  process.exit(1);
});
