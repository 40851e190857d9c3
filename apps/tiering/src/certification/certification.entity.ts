import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { CertificationStatus } from '@ladder/contracts';
import type { Tier } from '@ladder/shared-domain';

export interface Renewal {
  docNo: string;
  renewedOn: string;
  validUntil: string;
}

/** A title (认定) and its lifecycle: valid → renewed (复核) / expired / revoked. */
@Entity({ tableName: 'certification' })
@Index({ name: 'certification_uscc_idx', properties: ['uscc', 'tier'] })
@Index({ name: 'certification_status_idx', properties: ['status', 'validUntil', 'uscc'] })
@Index({ name: 'certification_county_status_idx', properties: ['countyCode', 'status', 'validUntil', 'uscc'] })
@Index({ name: 'certification_certified_idx', properties: ['certifiedOn', 'uscc'] })
@Index({ name: 'certification_status_certified_idx', properties: ['status', 'certifiedOn', 'uscc'] })
@Index({ name: 'certification_county_certified_idx', properties: ['countyCode', 'certifiedOn', 'uscc'] })
export class Certification {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 18 })
  uscc!: string;

  @Property({ type: 'string', length: 6 })
  countyCode!: string;

  @Property({ type: 'string', length: 16 })
  tier!: Tier;

  @Property({ type: 'string', length: 10 })
  status: CertificationStatus = 'valid';

  @Property({ type: 'string', length: 100 })
  issuer!: string;

  @Property({ type: 'string', length: 100 })
  docNo!: string;

  @Property({ type: 'string', length: 10 })
  certifiedOn!: string;

  @Property({ type: 'string', length: 10 })
  validUntil!: string;

  @Property({ type: 'json' })
  renewals: Renewal[] = [];

  @Property({ type: 'string', length: 10, nullable: true })
  revokedOn?: string | null = null;

  @Property({ type: 'string', length: 500, nullable: true })
  revocationReason?: string | null = null;

  @Property({ type: 'boolean' })
  fraud = false;

  @Property({ type: 'string', length: 10, nullable: true })
  barredUntil?: string | null = null;

  @Property({ type: 'string', length: 36, nullable: true })
  recommendationId?: string | null = null;

  @Property({ type: 'string', length: 64 })
  createdBy!: string;

  @Property({ type: 'datetime', length: 3 })
  createdAt: Date = new Date();

  @Property({ type: 'integer', version: true })
  version!: number;
}
