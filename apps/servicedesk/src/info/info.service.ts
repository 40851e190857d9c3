import { Inject, Injectable } from '@nestjs/common';
import { SERVICE_LIST } from '@ladder/contracts';
import type { RpcResponse } from '@ladder/contracts';
import { SERVICE_VERSION } from '@ladder/platform-config';
import { resolveDatabaseTarget } from '@ladder/platform-persistence';

import { ServicedeskEnv } from '../config/servicedesk.env';
import { SERVICEDESK_SERVICE } from '../mikro-orm.config';
import { SERVICEDESK_ENV } from '../servicedesk.tokens';

/** What this service is (its entry in the service list) and since when it runs. */
@Injectable()
export class ServicedeskInfoService {
  private readonly startedAt = new Date().toISOString();

  constructor(@Inject(SERVICEDESK_ENV) private readonly env: ServicedeskEnv) {}

  async get(): Promise<RpcResponse<'servicedesk.info.get'>> {
    const declared = SERVICE_LIST.find((s) => s.name === SERVICEDESK_SERVICE);
    return {
      service: SERVICEDESK_SERVICE,
      title: declared?.title ?? SERVICEDESK_SERVICE,
      version: SERVICE_VERSION,
      startedAt: this.startedAt,
      database: resolveDatabaseTarget(SERVICEDESK_SERVICE, this.env).kind,
    };
  }
}
