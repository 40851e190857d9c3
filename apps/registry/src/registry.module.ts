import { DynamicModule, Module } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import { BaseSqlitePlatform } from '@mikro-orm/knex';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { MessagingModule, createHealthController } from '@ladder/platform-messaging';
import { CountCache, QueryCache, SqliteReadThread } from '@ladder/platform-persistence';
import type { EnterpriseDto, Page } from '@ladder/contracts';

import { TieringEventsConsumer } from './classification/tiering-events.consumer';
import { RegistryEnv } from './config/registry.env';
import { EnterpriseMessageController } from './enterprise/enterprise.message-controller';
import { EnterpriseCommandService } from './enterprise/enterprise-command.service';
import { EnterpriseCreateResponder } from './enterprise/enterprise-create.responder';
import { EnterpriseListResponder } from './enterprise/enterprise-list.responder';
import { EnterpriseQueryService } from './enterprise/enterprise-query.service';
import {
  ENTERPRISE_PAGES,
  ENTERPRISE_READ_THREAD,
  ENTERPRISE_TOTALS,
  REGISTRY_ENV,
  REGISTRY_SOURCE,
} from './enterprise/registry.tokens';
import { ImportBatchWriter } from './import/import-batch.writer';
import { ImportMessageController } from './import/import.message-controller';
import { ImportService } from './import/import.service';
import { ImportWorker } from './import/import.worker';
import { ReceivedCells } from './import/received-cells.cache';
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
        {
          provide: ENTERPRISE_TOTALS,
          inject: [MikroORM],
          useFactory: (orm: MikroORM): CountCache => {
            const totals = new CountCache();
            orm.em.getEventManager().registerSubscriber(totals);
            return totals;
          },
        },
        {
          // Short: besides every commit of this process, it bounds how long a write it does not see (a raw
          // statement outside a transaction) stays invisible in a list.
          provide: ENTERPRISE_PAGES,
          inject: [MikroORM],
          useFactory: (orm: MikroORM): QueryCache<Page<EnterpriseDto>> => {
            const pages = new QueryCache<Page<EnterpriseDto>>({ ttlMs: 2_000, maxEntries: 500 });
            orm.em.getEventManager().registerSubscriber(pages);
            return pages;
          },
        },
        {
          // After the ORM (which creates the file): the list's cache misses read on this thread (SQLite only).
          provide: ENTERPRISE_READ_THREAD,
          inject: [MikroORM],
          useFactory: (orm: MikroORM): SqliteReadThread | null => {
            const file = orm.config.get('dbName');
            const sqlite = orm.em.getPlatform() instanceof BaseSqlitePlatform;
            return sqlite && file && file !== ':memory:' ? new SqliteReadThread(file) : null;
          },
        },
        EnterpriseCommandService,
        EnterpriseQueryService,
        EnterpriseListResponder,
        EnterpriseCreateResponder,
        ImportService,
        ImportBatchWriter,
        ImportWorker,
        ReceivedCells,
        TieringEventsConsumer,
      ],
    };
  }
}
