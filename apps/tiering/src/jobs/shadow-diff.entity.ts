import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { Tier } from '@ladder/shared-domain';

/** One enterprise × tier of a shadow comparison. */
@Entity({ tableName: 'shadow_diff' })
@Index({ name: 'shadow_diff_job_idx', properties: ['jobId', 'changed', 'id'] })
@Index({ name: 'shadow_diff_job_all_idx', properties: ['jobId', 'id'] })
export class ShadowDiff {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 36 })
  jobId!: string;

  @Property({ type: 'string', length: 18 })
  uscc!: string;

  @Property({ type: 'string', length: 100 })
  name!: string;

  @Property({ type: 'string', length: 6 })
  countyCode!: string;

  @Property({ type: 'string', length: 16 })
  tier!: Tier;

  @Property({ type: 'string', length: 16 })
  decisionA!: string;

  @Property({ type: 'string', length: 16 })
  decisionB!: string;

  @Property({ type: 'boolean' })
  changed!: boolean;

  @Property({ type: 'text' })
  explanation!: string;
}
