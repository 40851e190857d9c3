import { Inject, Injectable } from '@nestjs/common';
import type { GuaranteeComputationDto, WhiteListMembershipDto } from '@ladder/contracts';
import { DomainException } from '@ladder/platform-messaging';
import {
  GuaranteeRequestError,
  MeasureCatalogueError,
  buildGuaranteeVersions,
  computeGuarantee,
  validateGuaranteeRequest,
  whiteListMembership,
} from '@ladder/policy';
import type { GuaranteeOptions, GuaranteeVersion, HeldTitle } from '@ladder/policy';

import { GuaranteesEnv } from '../config/guarantees.env';
import { GUARANTEES_ENV } from '../guarantees.tokens';

/**
 * libs/policy's guarantee rules with this deployment's readings and approved successor versions — the one place the
 * service asks them (no rule is repeated here). Successors are checked once at start: a bad file stops the service.
 */
@Injectable()
export class GuaranteePolicy {
  private readonly options: GuaranteeOptions;

  constructor(@Inject(GUARANTEES_ENV) env: GuaranteesEnv) {
    let versions: readonly GuaranteeVersion[];
    try {
      versions = buildGuaranteeVersions(env.guaranteeSuccessors ?? []);
    } catch (error) {
      if (error instanceof MeasureCatalogueError) throw new Error(`GUARANTEE_SUCCESSORS_FILE: ${error.problems.join('; ')}`);
      throw error;
    }
    this.options = { versions, ...(env.guaranteeParameters ? { params: env.guaranteeParameters } : {}) };
  }

  /** The command's computation (`npm run -s policy -- guarantee`) for a plain request; invalid → VALIDATION_FAILED. */
  compute(plain: unknown): GuaranteeComputationDto {
    const validation = validateGuaranteeRequest(plain);
    if (!validation.ok) {
      throw new DomainException('VALIDATION_FAILED', `融资担保测算请求不符合格式：${validation.problems.join('；')}`);
    }
    try {
      return computeGuarantee(validation.value, this.options);
    } catch (error) {
      if (error instanceof GuaranteeRequestError) throw new DomainException('VALIDATION_FAILED', error.problems.join('；'));
      throw error;
    }
  }

  /** S-48 membership on a date. */
  membership(date: string, titles: readonly HeldTitle[]): WhiteListMembershipDto {
    return whiteListMembership({ date, titles }, this.options);
  }
}
