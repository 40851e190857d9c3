import { Inject, Injectable } from '@nestjs/common';
import { SERVICE_LIST } from '@ladder/contracts';
import type { RpcResponse } from '@ladder/contracts';
import { SERVICE_VERSION } from '@ladder/platform-config';
import { resolveDatabaseTarget } from '@ladder/platform-persistence';

import { TalentEnv } from '../config/talent.env';
import { TALENT_SERVICE } from '../mikro-orm.config';
import { TALENT_ENV } from '../talent.tokens';

/** What this service is (its entry in the service list) and since when it runs. */
@Injectable()
export class TalentInfoService {
  private readonly startedAt = new Date().toISOString();

  constructor(@Inject(TALENT_ENV) private readonly env: TalentEnv) {}

  async get(): Promise<RpcResponse<'talent.info.get'>> {
    const declared = SERVICE_LIST.find((s) => s.name === TALENT_SERVICE);
    return {
      service: TALENT_SERVICE,
      title: declared?.title ?? TALENT_SERVICE,
      version: SERVICE_VERSION,
      startedAt: this.startedAt,
      database: resolveDatabaseTarget(TALENT_SERVICE, this.env).kind,
    };
  }
}
