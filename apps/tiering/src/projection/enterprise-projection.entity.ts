import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { AnnualFacts } from '@ladder/contracts';
import type { IndustryGroup } from '@ladder/shared-domain';

export interface ProjectedYear {
  facts: AnnualFacts;
  revision: number;
  submittedAt: string;
}

/**
 * What tiering knows of an enterprise, kept from the registry's events (no read of the registry's database):
 * enough to evaluate it when the registry is down.
 */
@Entity({ tableName: 'enterprise_projection' })
@Index({ name: 'enterprise_projection_county_idx', properties: ['countyCode', 'status'] })
export class EnterpriseProjection {
  @PrimaryKey({ type: 'string', length: 18 })
  uscc!: string;

  @Property({ type: 'string', length: 100 })
  name!: string;

  @Property({ type: 'string', length: 6 })
  countyCode!: string;

  @Property({ type: 'string', length: 32 })
  industryGroup!: IndustryGroup;

  @Property({ type: 'string', length: 10 })
  status: 'active' | 'removed' = 'active';

  @Property({ type: 'boolean', nullable: true })
  independentLegalPerson?: boolean | null = null;

  /** The registry's version of the enterprise last applied (older snapshots are ignored). */
  @Property({ type: 'integer' })
  registryVersion = 0;

  /** Annual facts by year ("2025" → facts), as the registry last published them. */
  @Property({ type: 'json' })
  years: Record<string, ProjectedYear> = {};

  @Property({ type: 'datetime', length: 3, onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
