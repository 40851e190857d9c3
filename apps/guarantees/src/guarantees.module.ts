import { DynamicModule, Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { Clock } from '@ladder/platform-config';
import { MessagingModule, createHealthController } from '@ladder/platform-messaging';

import { GuaranteeQueries } from './applications/guarantee.queries';
import { GuaranteeService } from './applications/guarantee.service';
import { GuaranteePolicy } from './compute/guarantee-policy.service';
import { GuaranteesEnv } from './config/guarantees.env';
import { ExposureLedger } from './exposure/exposure.ledger';
import { FinancingService } from './financing/financing.service';
import { FundInvestmentService } from './funds/fund-investment.service';
import { GuaranteesMessageController } from './guarantees.message-controller';
import { GUARANTEES_ENV } from './guarantees.tokens';
import { GuaranteesInfoService } from './info/info.service';
import { GUARANTEES_SERVICE, createGuaranteesOrmConfig } from './mikro-orm.config';
import { OrganisationService } from './organisations/organisation.service';
import { TitleEventsConsumer } from './whitelist/title-events.consumer';
import { WhiteListService } from './whitelist/white-list.service';

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
      providers: [
        { provide: GUARANTEES_ENV, useValue: env },
        // Today for application dates and approval years: Asia/Shanghai, or GUARANTEES_DATE (backdated records, demos).
        { provide: Clock, useValue: new Clock(env.GUARANTEES_DATE) },
        GuaranteesInfoService,
        GuaranteePolicy,
        WhiteListService,
        OrganisationService,
        ExposureLedger,
        GuaranteeService,
        GuaranteeQueries,
        FundInvestmentService,
        FinancingService,
        TitleEventsConsumer,
      ],
    };
  }
}
