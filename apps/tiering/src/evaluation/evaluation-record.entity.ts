import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { PoolCategory, Tier } from '@ladder/shared-domain';

/** One evaluation (compact: decisions, version, inputs hash). The full result is kept for the latest one. */
@Entity({ tableName: 'evaluation_record' })
@Index({ name: 'evaluation_record_uscc_idx', properties: ['uscc', 'id'] })
export class EvaluationRecord {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 18 })
  uscc!: string;

  @Property({ type: 'string', length: 10 })
  asOf!: string;

  @Property({ type: 'string', length: 10 })
  type!: 'new' | 'review';

  @Property({ type: 'string', length: 10 })
  trigger!: 'event' | 'job' | 'manual';

  @Property({ type: 'string', length: 40 })
  ruleVersion!: string;

  @Property({ type: 'integer' })
  dataYear!: number;

  @Property({ type: 'string', length: 64 })
  inputsHash!: string;

  @Property({ type: 'json' })
  decisions!: Record<Tier, 'eligible' | 'not-eligible' | 'unknown'>;

  @Property({ type: 'string', length: 16, nullable: true })
  category?: PoolCategory | null = null;

  @Property({ type: 'datetime', length: 3 })
  createdAt: Date = new Date();
}
