import { DynamicModule, Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { Clock } from '@ladder/platform-config';
import { MessagingModule, createHealthController } from '@ladder/platform-messaging';

import { CertificationService } from './certification/certification.service';
import { TieringEnv } from './config/tiering.env';
import { EvaluationService } from './evaluation/evaluation.service';
import { PoolService } from './evaluation/pool.service';
import { JobService } from './jobs/job.service';
import { LiaisonService } from './liaison/liaison.service';
import { createTieringOrmConfig } from './mikro-orm.config';
import { RegistryEventsConsumer } from './projection/registry-events.consumer';
import { RecommendationService } from './recommendation/recommendation.service';
import { TargetsService } from './targets/targets.service';
import { TieringMessageController } from './tiering.message-controller';
import { TIERING_ENV, TIERING_SOURCE } from './tiering.tokens';

@Module({})
export class TieringModule {
  static forRoot(env: TieringEnv): DynamicModule {
    return {
      module: TieringModule,
      imports: [
        MikroOrmModule.forRoot({ ...createTieringOrmConfig(env), registerRequestContext: false }),
        MessagingModule.forService({ service: TIERING_SOURCE, natsUrl: env.NATS_URL, rpcTimeoutMs: env.RPC_TIMEOUT_MS, relay: true }),
      ],
      controllers: [TieringMessageController, createHealthController('tiering')],
      providers: [
        { provide: TIERING_ENV, useValue: env },
        // Today for evaluations and validity: Asia/Shanghai, or EVALUATION_DATE (backdated batches, demos).
        { provide: Clock, useValue: new Clock(env.EVALUATION_DATE) },
        EvaluationService,
        PoolService,
        CertificationService,
        RecommendationService,
        JobService,
        TargetsService,
        LiaisonService,
        RegistryEventsConsumer,
      ],
    };
  }
}
