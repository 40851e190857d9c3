import { raw } from '@mikro-orm/core';
import type { FilterQuery } from '@mikro-orm/core';
import { EntityRepository } from '@mikro-orm/knex';
import type { Actor } from '@ladder/contracts';
import { DomainException, assertInScope } from '@ladder/platform-messaging';

import type { Enterprise } from './enterprise.entity';

/** The columns the dashboard counts by. */
export type EnterpriseDimension = 'status' | 'countyCode' | 'sizeClass' | 'industryGroup' | 'category' | 'tier' | 'chainTags';

/** One group of a `GROUP BY`: the column's value (`null` for an empty one) and how many rows have it. */
export interface GroupCount {
  readonly key: string | null;
  readonly count: number;
}

/**
 * Reads of the `enterprise` table that are more than a `find`: loading one enterprise within the actor's county
 * scope, and counting by a column in the database (one `GROUP BY`, so the dashboard never loads the pool).
 * Bound to the entity (`Enterprise[EntityRepositoryType]`): `em.getRepository(Enterprise)` answers it, on
 * whatever EntityManager (a use case's transaction or the message's context) it is asked from.
 */
export class EnterpriseRepository extends EntityRepository<Enterprise> {
  /** The enterprise with this USCC; REGISTRY_ENTERPRISE_NOT_FOUND, or OUT_OF_SCOPE for another county's. */
  async loadInScope(uscc: string, actor?: Actor): Promise<Enterprise> {
    const e = await this.findOne({ uscc });
    if (!e) throw new DomainException('REGISTRY_ENTERPRISE_NOT_FOUND', `未找到统一社会信用代码为 ${uscc} 的企业`);
    assertInScope(actor, e.countyCode);
    return e;
  }

  /** How many enterprises matching `where` have each value of `column`. */
  async countBy(column: EnterpriseDimension, where: FilterQuery<Enterprise>): Promise<GroupCount[]> {
    const rows = await this.createQueryBuilder('e')
      .select([column, raw('count(*) as n')])
      .where(where)
      .groupBy(column)
      .execute<Record<string, unknown>[]>('all');
    return rows.map((row) => {
      const key = row[column];
      // Every dimension is a text column; PostgreSQL answers count(*) as a bigint string, SQLite as a number.
      return { key: typeof key === 'string' ? key : null, count: Number(row['n']) };
    });
  }
}
