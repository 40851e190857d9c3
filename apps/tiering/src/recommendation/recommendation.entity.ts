import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { RecommendationStatus } from '@ladder/contracts';
import type { Tier } from '@ladder/shared-domain';

export interface RecommendationStep {
  at: string;
  actor: string;
  actorId: string;
  action: string;
  comment: string | null;
}

/** County recommends → city reviews → submitted upward → outcome (认定 or not). */
@Entity({ tableName: 'recommendation' })
@Unique({ name: 'recommendation_batch_unique', properties: ['uscc', 'tier', 'type', 'batchYear'] })
@Index({ name: 'recommendation_updated_idx', properties: ['updatedAt', 'id'] })
@Index({ name: 'recommendation_status_idx', properties: ['status', 'updatedAt', 'id'] })
@Index({ name: 'recommendation_county_idx', properties: ['countyCode', 'updatedAt', 'id'] })
@Index({ name: 'recommendation_county_status_idx', properties: ['countyCode', 'status', 'updatedAt', 'id'] })
export class Recommendation {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 18 })
  uscc!: string;

  @Property({ type: 'string', length: 6 })
  countyCode!: string;

  @Property({ type: 'string', length: 16 })
  tier!: Tier;

  @Property({ type: 'string', length: 10 })
  type!: 'new' | 'review';

  @Property({ type: 'integer' })
  batchYear!: number;

  @Property({ type: 'string', length: 20 })
  status: RecommendationStatus = 'county-recommended';

  @Property({ type: 'integer', nullable: true })
  evaluationId?: number | null = null;

  @Property({ type: 'string', length: 16, nullable: true })
  evaluationDecision?: string | null = null;

  @Property({ type: 'json' })
  history: RecommendationStep[] = [];

  @Property({ type: 'string', length: 36 })
  createdById!: string;

  @Property({ type: 'string', length: 36, nullable: true })
  certificationId?: string | null = null;

  @Property({ type: 'datetime', length: 3 })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', length: 3, onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Property({ type: 'integer', version: true })
  version!: number;
}
