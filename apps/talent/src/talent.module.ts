import { DynamicModule, Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { Clock } from '@ladder/platform-config';
import { MessagingModule, createHealthController } from '@ladder/platform-messaging';

import { CasesService } from './cases/cases.service';
import { TalentEnv } from './config/talent.env';
import { TalentInfoService } from './info/info.service';
import { createTalentOrmConfig, TALENT_SERVICE } from './mikro-orm.config';
import { PeopleService } from './people/people.service';
import { resolveDataKey } from './personal-data/data-key';
import { PersonalDataCipher } from './personal-data/personal-data.cipher';
import { EventsConsumer } from './projection/events.consumer';
import { ScopeService } from './scope/scope.service';
import { TalentMessageController } from './talent.message-controller';
import { TALENT_ENV } from './talent.tokens';
import { CoverageService } from './training/coverage.service';
import { TrainingService } from './training/training.service';

@Module({})
export class TalentModule {
  static forRoot(env: TalentEnv): DynamicModule {
    return {
      module: TalentModule,
      imports: [
        MikroOrmModule.forRoot({ ...createTalentOrmConfig(env), registerRequestContext: false }),
        MessagingModule.forService({
          service: TALENT_SERVICE,
          natsUrl: env.NATS_URL,
          rpcTimeoutMs: env.RPC_TIMEOUT_MS,
          relay: true,
        }),
      ],
      controllers: [TalentMessageController, createHealthController('talent')],
      providers: [
        { provide: TALENT_ENV, useValue: env },
        // Today for scope and applications: Asia/Shanghai, or TALENT_DATE (demos, tests).
        { provide: Clock, useValue: new Clock(env.TALENT_DATE) },
        // The key is resolved once, at boot; it lives only in this process's memory.
        { provide: PersonalDataCipher, useFactory: () => new PersonalDataCipher(resolveDataKey(env)) },
        TalentInfoService,
        ScopeService,
        PeopleService,
        TrainingService,
        CoverageService,
        CasesService,
        EventsConsumer,
      ],
    };
  }
}
