import 'reflect-metadata';

import { Logger } from '@nestjs/common';
import { bootstrapService } from '@ladder/platform-messaging';
import { describeDatabaseTarget, resolveDatabaseTarget } from '@ladder/platform-persistence';

import { loadProcurementEnv } from './config/procurement.env';
import { PROCUREMENT_SERVICE } from './mikro-orm.config';
import { ProcurementModule } from './procurement.module';

async function main(): Promise<void> {
  const env = loadProcurementEnv();
  new Logger(PROCUREMENT_SERVICE).log(`database ${describeDatabaseTarget(resolveDatabaseTarget(PROCUREMENT_SERVICE, env))}`);
  await bootstrapService(ProcurementModule.forRoot(env), { service: PROCUREMENT_SERVICE, natsUrl: env.NATS_URL, logLevel: env.LOG_LEVEL });
}

main().catch((error: unknown) => {
  console.error(String((error as Error)?.stack ?? error));
  process.exit(1);
});
