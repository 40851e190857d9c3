import { Entity, EntityRepositoryType, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { Contact, EnterpriseStatus } from '@ladder/contracts';
import { TimestampedEntity } from '@ladder/platform-persistence';
import type { IndustryGroup, PoolCategory, SizeClass, Tier } from '@ladder/shared-domain';

import { EnterpriseRepository } from './enterprise.repository';

/**
 * An enterprise of the cultivation pool (企业培育库), keyed by its normalised USCC.
 *
 * Indexes serve the list (`registry.enterprise.list`): every sort of the city-wide list within a status, every
 * sort within a county (county operators always list one county), and every sort over all statuses; the other
 * filters (industry, size, tier, category, chain, keyword) are checked along the index order, so a page stops
 * after pageSize hits. `test/list-query-plans.int-spec.ts` proves each plan on SQLite and PostgreSQL.
 */
@Entity({ tableName: 'enterprise', repository: () => EnterpriseRepository })
@Index({ name: 'enterprise_status_updated_idx', properties: ['status', 'updatedAt', 'uscc'] })
@Index({ name: 'enterprise_status_name_idx', properties: ['status', 'name', 'uscc'] })
@Index({ name: 'enterprise_status_county_idx', properties: ['status', 'countyCode', 'uscc'] })
@Index({ name: 'enterprise_status_uscc_idx', properties: ['status', 'uscc'] })
@Index({ name: 'enterprise_county_status_updated_idx', properties: ['countyCode', 'status', 'updatedAt', 'uscc'] })
@Index({ name: 'enterprise_county_status_name_idx', properties: ['countyCode', 'status', 'name', 'uscc'] })
@Index({ name: 'enterprise_county_uscc_idx', properties: ['countyCode', 'uscc', 'status'] })
@Index({ name: 'enterprise_updated_idx', properties: ['updatedAt', 'uscc'] })
@Index({ name: 'enterprise_name_idx', properties: ['name', 'uscc'] })
export class Enterprise extends TimestampedEntity {
  [EntityRepositoryType]?: EnterpriseRepository;

  @PrimaryKey({ type: 'string', length: 18 })
  uscc!: string;

  @Property({ type: 'string', length: 100 })
  name!: string;

  @Property({ type: 'string', length: 6 })
  countyCode!: string;

  @Property({ type: 'string', length: 32 })
  industryGroup!: IndustryGroup;

  /** Chain codes as `,a,b,` so that one portable LIKE finds a tag on SQLite and PostgreSQL. */
  @Property({ type: 'string', length: 300 })
  chainTags = ',';

  @Property({ type: 'json' })
  contacts: Contact[] = [];

  @Property({ type: 'string', length: 200, nullable: true })
  address?: string | null = null;

  @Property({ type: 'string', length: 50, nullable: true })
  legalRepresentative?: string | null = null;

  @Property({ type: 'string', length: 10, nullable: true })
  establishedOn?: string | null = null;

  @Property({ type: 'boolean', nullable: true })
  independentLegalPerson?: boolean | null = null;

  @Property({ type: 'string', length: 200, nullable: true })
  mainProduct?: string | null = null;

  @Property({ type: 'string', length: 10 })
  status: EnterpriseStatus = 'active';

  @Property({ type: 'string', length: 16, nullable: true })
  category?: PoolCategory | null = null;

  @Property({ type: 'string', length: 16, nullable: true })
  tier?: Tier | null = null;

  @Property({ type: 'string', length: 10, nullable: true })
  sizeClass?: SizeClass | null = null;

  @Property({ type: 'integer', nullable: true })
  sizeClassYear?: number | null = null;

  @Property({ type: 'integer', nullable: true })
  latestDataYear?: number | null = null;

  @Property({ type: 'datetime', length: 3 })
  admittedAt: Date = new Date();

  @Property({ type: 'datetime', length: 3, nullable: true })
  removedAt?: Date | null = null;

  @Property({ type: 'string', length: 500, nullable: true })
  removalReason?: string | null = null;

  @Property({ type: 'string', length: 64 })
  createdBy!: string;

  @Property({ type: 'string', length: 64 })
  updatedBy!: string;

  /** Optimistic lock: incremented by every flush that changes the row. */
  @Property({ type: 'integer', version: true })
  version!: number;

  get chains(): string[] {
    return this.chainTags.split(',').filter(Boolean);
  }

  set chains(codes: readonly string[]) {
    this.chainTags = `,${[...new Set(codes)].join(',')}${codes.length ? ',' : ''}`;
  }
}
