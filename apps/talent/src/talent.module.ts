import { DynamicModule, Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { MessagingModule, createHealthController } from '@ladder/platform-messaging';

import { TalentEnv } from './config/talent.env';
import { TalentInfoService } from './info/info.service';
import { createTalentOrmConfig, TALENT_SERVICE } from './mikro-orm.config';
import { TalentMessageController } from './talent.message-controller';
import { TALENT_ENV } from './talent.tokens';

@Module({})
export class TalentModule {
  static forRoot(env: TalentEnv): DynamicModule {
    return {
      module: TalentModule,
      imports: [
        MikroOrmModule.forRoot({ ...createTalentOrmConfig(env), registerRequestContext: false }),
        MessagingModule.forService({ service: TALENT_SERVICE, natsUrl: env.NATS_URL, rpcTimeoutMs: env.RPC_TIMEOUT_MS, relay: true }),
      ],
      controllers: [TalentMessageController, createHealthController('talent')],
      providers: [{ provide: TALENT_ENV, useValue: env }, TalentInfoService],
    };
  }
}
