import { DynamicModule, Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { MessagingModule, createHealthController } from '@ladder/platform-messaging';

import { TieringEventsConsumer } from './classification/tiering-events.consumer';
import { RegistryEnv } from './config/registry.env';
import { EnterpriseMessageController } from './enterprise/enterprise.message-controller';
import { EnterpriseCommandService } from './enterprise/enterprise-command.service';
import { EnterpriseQueryService } from './enterprise/enterprise-query.service';
import { REGISTRY_ENV, REGISTRY_SOURCE } from './enterprise/registry.tokens';
import { ImportMessageController } from './import/import.message-controller';
import { ImportService } from './import/import.service';
import { ImportWorker } from './import/import.worker';
import { createRegistryOrmConfig } from './mikro-orm.config';

@Module({})
export class RegistryModule {
  static forRoot(env: RegistryEnv): DynamicModule {
    return {
      module: RegistryModule,
      imports: [
        MikroOrmModule.forRoot({ ...createRegistryOrmConfig(env), registerRequestContext: false }),
        MessagingModule.forService({
          service: REGISTRY_SOURCE,
          natsUrl: env.NATS_URL,
          rpcTimeoutMs: env.RPC_TIMEOUT_MS,
          relay: true,
        }),
      ],
      controllers: [EnterpriseMessageController, ImportMessageController, createHealthController('registry')],
      providers: [
        { provide: REGISTRY_ENV, useValue: env },
        EnterpriseCommandService,
        EnterpriseQueryService,
        ImportService,
        ImportWorker,
        TieringEventsConsumer,
      ],
    };
  }
}
