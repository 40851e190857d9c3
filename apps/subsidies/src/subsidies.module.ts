import { DynamicModule, Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { Clock } from '@ladder/platform-config';
import { MessagingModule, createHealthController } from '@ladder/platform-messaging';

import { ApplicationService } from './applications/application.service';
import { BudgetService } from './budgets/budget.service';
import { CatalogueService } from './catalogue/catalogue.service';
import { SubsidiesEnv } from './config/subsidies.env';
import { EntitlementService } from './entitlements/entitlement.service';
import { MatchingService } from './matching/matching.service';
import { createSubsidiesOrmConfig } from './mikro-orm.config';
import { ParkService } from './parks/park.service';
import { EventsConsumer } from './projection/events.consumer';
import { PublicityService } from './publicity/publicity.service';
import { ReportService } from './reports/report.service';
import { SubsidiesMessageController } from './subsidies.message-controller';
import { SUBSIDIES_ENV, SUBSIDIES_SOURCE } from './subsidies.tokens';

@Module({})
export class SubsidiesModule {
  static forRoot(env: SubsidiesEnv): DynamicModule {
    return {
      module: SubsidiesModule,
      imports: [
        MikroOrmModule.forRoot({ ...createSubsidiesOrmConfig(env), registerRequestContext: false }),
        MessagingModule.forService({ service: SUBSIDIES_SOURCE, natsUrl: env.NATS_URL, rpcTimeoutMs: env.RPC_TIMEOUT_MS, relay: true }),
      ],
      controllers: [SubsidiesMessageController, createHealthController('subsidies')],
      providers: [
        { provide: SUBSIDIES_ENV, useValue: env },
        // Today for 公示 windows, budget years and matching: Asia/Shanghai, or SUBSIDIES_DATE (backdated batches, demos).
        { provide: Clock, useValue: new Clock(env.SUBSIDIES_DATE) },
        CatalogueService,
        BudgetService,
        EntitlementService,
        PublicityService,
        ApplicationService,
        ReportService,
        MatchingService,
        ParkService,
        EventsConsumer,
      ],
    };
  }
}
