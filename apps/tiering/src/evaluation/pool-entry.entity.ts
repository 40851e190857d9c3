import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { EvaluationResult, TierDistance } from '@ladder/policy';
import type { PoolCategory, Tier } from '@ladder/shared-domain';

import { CompressedResultType } from './compressed-result.type';

/** The current standing of an enterprise: latest full evaluation, distance to the next tier, pool category. */
@Entity({ tableName: 'pool_entry' })
@Index({ name: 'pool_entry_category_idx', properties: ['category', 'uscc'] })
@Index({ name: 'pool_entry_county_category_idx', properties: ['countyCode', 'category', 'uscc'] })
@Index({ name: 'pool_entry_next_tier_idx', properties: ['nextTier', 'category', 'uscc'] })
export class PoolEntry {
  @PrimaryKey({ type: 'string', length: 18 })
  uscc!: string;

  @Property({ type: 'string', length: 6 })
  countyCode!: string;

  @Property({ type: 'string', length: 100 })
  name!: string;

  @Property({ type: 'string', length: 16, nullable: true })
  category?: PoolCategory | null = null;

  @Property({ type: 'string', length: 16, nullable: true })
  currentTier?: Tier | null = null;

  @Property({ type: 'string', length: 16, nullable: true })
  nextTier?: Tier | null = null;

  @Property({ type: 'integer' })
  evaluationId!: number;

  @Property({ type: 'string', length: 64 })
  inputsHash!: string;

  /** The explanation, stored compressed (ADR 0014). */
  @Property({ type: CompressedResultType })
  result!: EvaluationResult;

  @Property({ type: 'json' })
  distance!: TierDistance;

  @Property({ type: 'datetime', length: 3 })
  evaluatedAt: Date = new Date();
}
