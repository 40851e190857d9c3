import { DynamicModule, Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { MessagingModule, createHealthController } from '@ladder/platform-messaging';

import { GuaranteesEnv } from './config/guarantees.env';
import { GuaranteesInfoService } from './info/info.service';
import { createGuaranteesOrmConfig, GUARANTEES_SERVICE } from './mikro-orm.config';
import { GuaranteesMessageController } from './guarantees.message-controller';
import { GUARANTEES_ENV } from './guarantees.tokens';

@Module({})
export class GuaranteesModule {
  static forRoot(env: GuaranteesEnv): DynamicModule {
    return {
      module: GuaranteesModule,
      imports: [
        MikroOrmModule.forRoot({ ...createGuaranteesOrmConfig(env), registerRequestContext: false }),
        MessagingModule.forService({ service: GUARANTEES_SERVICE, natsUrl: env.NATS_URL, rpcTimeoutMs: env.RPC_TIMEOUT_MS, relay: true }),
      ],
      controllers: [GuaranteesMessageController, createHealthController('guarantees')],
      providers: [{ provide: GUARANTEES_ENV, useValue: env }, GuaranteesInfoService],
    };
  }
}
