import 'reflect-metadata';

import { Logger } from '@nestjs/common';
import { bootstrapService } from '@ladder/platform-messaging';
import { describeDatabaseTarget, resolveDatabaseTarget } from '@ladder/platform-persistence';

import { loadServicedeskEnv } from './config/servicedesk.env';
import { SERVICEDESK_SERVICE } from './mikro-orm.config';
import { ServicedeskModule } from './servicedesk.module';

async function main(): Promise<void> {
  const env = loadServicedeskEnv();
  new Logger(SERVICEDESK_SERVICE).log(`database ${describeDatabaseTarget(resolveDatabaseTarget(SERVICEDESK_SERVICE, env))}`);
  await bootstrapService(ServicedeskModule.forRoot(env), { service: SERVICEDESK_SERVICE, natsUrl: env.NATS_URL, logLevel: env.LOG_LEVEL });
}

main().catch((error: unknown) => {
  console.error(String((error as Error)?.stack ?? error));
  process.exit(1);
});
