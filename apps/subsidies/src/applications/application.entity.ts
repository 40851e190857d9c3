import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { AwardComputationDto } from '@ladder/contracts';

/** An award applied for with its documents: submitted → reviewed (approved / rejected). */
@Entity({ tableName: 'award_application' })
@Index({ name: 'award_application_created_idx', properties: ['createdAt', 'id'] })
@Index({ name: 'award_application_status_idx', properties: ['status', 'createdAt', 'id'] })
@Index({ name: 'award_application_county_idx', properties: ['countyCode', 'createdAt', 'id'] })
@Index({ name: 'award_application_county_status_idx', properties: ['countyCode', 'status', 'createdAt', 'id'] })
export class AwardApplication {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 18 })
  uscc!: string;

  @Property({ type: 'string', length: 6 })
  countyCode!: string;

  @Property({ type: 'string', length: 20 })
  awardId!: string;

  @Property({ type: 'string', length: 10 })
  date!: string;

  /** What triggers the award (认定文号, project number); with uscc and awardId it names the award once. */
  @Property({ type: 'string', length: 100 })
  reference!: string;

  @Property({ type: 'string', length: 36, nullable: true })
  parkId?: string | null = null;

  @Property({ type: 'json' })
  facts: Record<string, unknown> = {};

  @Property({ type: 'json' })
  documents: { name: string; reference: string | null }[] = [];

  @Property({ type: 'json' })
  preview!: AwardComputationDto;

  @Property({ type: 'string', length: 10 })
  status: 'submitted' | 'approved' | 'rejected' = 'submitted';

  @Property({ type: 'string', length: 36, nullable: true })
  entitlementId?: string | null = null;

  @Property({ type: 'string', length: 36 })
  submittedById!: string;

  @Property({ type: 'string', length: 64 })
  submittedBy!: string;

  @Property({ type: 'string', length: 64, nullable: true })
  reviewedBy?: string | null = null;

  @Property({ type: 'text', nullable: true })
  comment?: string | null = null;

  @Property({ type: 'datetime', length: 3 })
  createdAt: Date = new Date();
}
