import { Inject, Injectable } from '@nestjs/common';
import { SERVICE_LIST } from '@ladder/contracts';
import type { RpcResponse } from '@ladder/contracts';
import { SERVICE_VERSION } from '@ladder/platform-config';
import { resolveDatabaseTarget } from '@ladder/platform-persistence';

import { GuaranteesEnv } from '../config/guarantees.env';
import { GUARANTEES_SERVICE } from '../mikro-orm.config';
import { GUARANTEES_ENV } from '../guarantees.tokens';

/** What this service is (its entry in the service list) and since when it runs. */
@Injectable()
export class GuaranteesInfoService {
  private readonly startedAt = new Date().toISOString();

  constructor(@Inject(GUARANTEES_ENV) private readonly env: GuaranteesEnv) {}

  async get(): Promise<RpcResponse<'guarantees.info.get'>> {
    const declared = SERVICE_LIST.find((s) => s.name === GUARANTEES_SERVICE);
    return {
      service: GUARANTEES_SERVICE,
      title: declared?.title ?? GUARANTEES_SERVICE,
      version: SERVICE_VERSION,
      startedAt: this.startedAt,
      database: resolveDatabaseTarget(GUARANTEES_SERVICE, this.env).kind,
    };
  }
}
