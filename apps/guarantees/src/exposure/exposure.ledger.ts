import { Injectable } from '@nestjs/common';
import { raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { DomainException } from '@ladder/platform-messaging';
import { formatWanYuan } from '@ladder/shared-domain';

import { EnterpriseExposure } from './enterprise-exposure.entity';

function affected(result: unknown): boolean {
  const r = result as { affectedRows?: number; rowCount?: number } | number | undefined;
  if (typeof r === 'number') return r > 0;
  return (r?.affectedRows ?? r?.rowCount ?? 0) > 0;
}

/**
 * The per-enterprise exposure row: read for the computation, reserved with a conditional UPDATE the database
 * refuses beyond the ceiling (so parallel applications cannot together exceed it), released on rejection,
 * repayment or compensation. Always inside the caller's transaction.
 */
@Injectable()
export class ExposureLedger {
  /** The committed principal (creates the row once; a concurrent creation is ignored). */
  async committed(em: EntityManager, uscc: string): Promise<number> {
    await em.createQueryBuilder(EnterpriseExposure).insert({ uscc, committedFen: 0, version: 1 }).onConflict('uscc').ignore().execute('run');
    const row = await em.findOneOrFail(EnterpriseExposure, { uscc }, { refresh: true });
    return row.committedFen;
  }

  /** Add `principalFen`, only while the total stays within `ceilingFen` (null: no cumulative ceiling, per loan). */
  async reserve(em: EntityManager, uscc: string, principalFen: number, ceilingFen: number | null, tierZh: string): Promise<void> {
    const qb = em
      .createQueryBuilder(EnterpriseExposure)
      .update({ committedFen: raw('committed_fen + ?', [principalFen]), version: raw('version + 1') })
      .where({ uscc });
    if (ceilingFen !== null) qb.andWhere('committed_fen + ? <= ?', [principalFen, ceilingFen]);
    if (affected(await qb.execute('run'))) return;
    const fresh = await em.findOneOrFail(EnterpriseExposure, { uscc }, { refresh: true });
    const headroom = Math.max(0, (ceilingFen ?? 0) - fresh.committedFen);
    throw new DomainException(
      'GUARANTEES_CEILING_EXCEEDED',
      `超出担保额度：${tierZh}担保额度${formatWanYuan(ceilingFen ?? 0)}万元（含本数），在审及在保本金${formatWanYuan(fresh.committedFen)}万元，剩余额度${formatWanYuan(headroom)}万元，本次申请${formatWanYuan(principalFen)}万元`,
    );
  }

  async release(em: EntityManager, uscc: string, principalFen: number): Promise<void> {
    const changed: unknown = await em
      .createQueryBuilder(EnterpriseExposure)
      .update({ committedFen: raw('committed_fen - ?', [principalFen]), version: raw('version + 1') })
      .where({ uscc })
      .andWhere('committed_fen >= ?', [principalFen])
      .execute('run');
    if (!affected(changed)) throw new DomainException('GUARANTEES_APPLICATION_STATE', '该企业的在保余额与担保记录不一致，不能释放');
  }
}
