import { Inject, Injectable } from '@nestjs/common';
import { SERVICE_LIST } from '@ladder/contracts';
import type { RpcResponse } from '@ladder/contracts';
import { SERVICE_VERSION } from '@ladder/platform-config';
import { resolveDatabaseTarget } from '@ladder/platform-persistence';

import { ProcurementEnv } from '../config/procurement.env';
import { PROCUREMENT_SERVICE } from '../mikro-orm.config';
import { PROCUREMENT_ENV } from '../procurement.tokens';

/** What this service is (its entry in the service list) and since when it runs. */
@Injectable()
export class ProcurementInfoService {
  private readonly startedAt = new Date().toISOString();

  constructor(@Inject(PROCUREMENT_ENV) private readonly env: ProcurementEnv) {}

  async get(): Promise<RpcResponse<'procurement.info.get'>> {
    const declared = SERVICE_LIST.find((s) => s.name === PROCUREMENT_SERVICE);
    return {
      service: PROCUREMENT_SERVICE,
      title: declared?.title ?? PROCUREMENT_SERVICE,
      version: SERVICE_VERSION,
      startedAt: this.startedAt,
      database: resolveDatabaseTarget(PROCUREMENT_SERVICE, this.env).kind,
    };
  }
}
