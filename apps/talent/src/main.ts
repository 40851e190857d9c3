import 'reflect-metadata';

import { Logger } from '@nestjs/common';
import { bootstrapService } from '@ladder/platform-messaging';
import { describeDatabaseTarget, resolveDatabaseTarget } from '@ladder/platform-persistence';

import { loadTalentEnv } from './config/talent.env';
import { TALENT_SERVICE } from './mikro-orm.config';
import { TalentModule } from './talent.module';

async function main(): Promise<void> {
  const env = loadTalentEnv();
  new Logger(TALENT_SERVICE).log(`database ${describeDatabaseTarget(resolveDatabaseTarget(TALENT_SERVICE, env))}`);
  await bootstrapService(TalentModule.forRoot(env), { service: TALENT_SERVICE, natsUrl: env.NATS_URL, logLevel: env.LOG_LEVEL });
}

main().catch((error: unknown) => {
  console.error(String((error as Error)?.stack ?? error));
  process.exit(1);
});
