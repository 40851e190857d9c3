import { DynamicModule, Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { Clock } from '@ladder/platform-config';
import { MessagingModule, createHealthController } from '@ladder/platform-messaging';

import { AppealCommands } from './appeals/appeal-commands.service';
import { AppealQueries } from './appeals/appeal-queries.service';
import { ServicedeskEnv } from './config/servicedesk.env';
import { ServicedeskInfoService } from './info/info.service';
import { createServicedeskOrmConfig, SERVICEDESK_SERVICE } from './mikro-orm.config';
import { EventsConsumer } from './projection/events.consumer';
import { ServicedeskMessageController } from './servicedesk.message-controller';
import { SERVICEDESK_ENV } from './servicedesk.tokens';
import { AppealClocks } from './sla/appeal-clocks';
import { SlaScanService } from './sla/sla-scan.service';
import { StatisticsService } from './statistics/statistics.service';
import { VisitService } from './visits/visit.service';

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
      providers: [
        { provide: SERVICEDESK_ENV, useValue: env },
        // Today for receipts, clocks and scans: Asia/Shanghai, or SERVICEDESK_DATE (demos, tests).
        { provide: Clock, useValue: new Clock(env.SERVICEDESK_DATE) },
        ServicedeskInfoService,
        AppealClocks,
        AppealQueries,
        AppealCommands,
        SlaScanService,
        VisitService,
        StatisticsService,
        EventsConsumer,
      ],
    };
  }
}
