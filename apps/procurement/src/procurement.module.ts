import { DynamicModule, Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { Clock } from '@ladder/platform-config';
import { MessagingModule, createHealthController } from '@ladder/platform-messaging';

import { ComplaintService } from './complaints/complaint.service';
import { ComputeService } from './compute/compute.service';
import { ProcurementEnv } from './config/procurement.env';
import { ContractCommands } from './contracts/contract-commands.service';
import { ContractQueries } from './contracts/contract-queries.service';
import { ProcurementImportService } from './import/procurement-import.service';
import { ProcurementInfoService } from './info/info.service';
import { createProcurementOrmConfig, PROCUREMENT_SERVICE } from './mikro-orm.config';
import { ProcurementMessageController } from './procurement.message-controller';
import { PROCUREMENT_ENV } from './procurement.tokens';
import { ProjectService } from './projects/project.service';
import { RegistryEventsConsumer } from './projection/registry-events.consumer';
import { OverdueScanService } from './scan/overdue-scan.service';

@Module({})
export class ProcurementModule {
  static forRoot(env: ProcurementEnv): DynamicModule {
    return {
      module: ProcurementModule,
      imports: [
        MikroOrmModule.forRoot({ ...createProcurementOrmConfig(env), registerRequestContext: false }),
        MessagingModule.forService({ service: PROCUREMENT_SERVICE, natsUrl: env.NATS_URL, rpcTimeoutMs: env.RPC_TIMEOUT_MS, relay: true }),
      ],
      controllers: [ProcurementMessageController, createHealthController('procurement')],
      providers: [
        { provide: PROCUREMENT_ENV, useValue: env },
        // Today for contracts, complaints and scans: Asia/Shanghai, or PROCUREMENT_DATE (demos, tests).
        { provide: Clock, useValue: new Clock(env.PROCUREMENT_DATE) },
        ProcurementInfoService,
        ComputeService,
        ContractCommands,
        ContractQueries,
        ComplaintService,
        OverdueScanService,
        RegistryEventsConsumer,
        ProjectService,
        ProcurementImportService,
      ],
    };
  }
}
