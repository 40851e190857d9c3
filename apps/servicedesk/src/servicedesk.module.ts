import { DynamicModule, Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { MessagingModule, createHealthController } from '@ladder/platform-messaging';

import { ServicedeskEnv } from './config/servicedesk.env';
import { ServicedeskInfoService } from './info/info.service';
import { createServicedeskOrmConfig, SERVICEDESK_SERVICE } from './mikro-orm.config';
import { ServicedeskMessageController } from './servicedesk.message-controller';
import { SERVICEDESK_ENV } from './servicedesk.tokens';

@Module({})
export class ServicedeskModule {
  static forRoot(env: ServicedeskEnv): DynamicModule {
    return {
      module: ServicedeskModule,
      imports: [
        MikroOrmModule.forRoot({ ...createServicedeskOrmConfig(env), registerRequestContext: false }),
        MessagingModule.forService({ service: SERVICEDESK_SERVICE, natsUrl: env.NATS_URL, rpcTimeoutMs: env.RPC_TIMEOUT_MS, relay: true }),
      ],
      controllers: [ServicedeskMessageController, createHealthController('servicedesk')],
      providers: [{ provide: SERVICEDESK_ENV, useValue: env }, ServicedeskInfoService],
    };
  }
}
