import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { SizeClass, Tier } from '@ladder/shared-domain';

export interface TitleState {
  tier: Tier;
  certificationId: string;
  kind: 'new' | 'renewal';
  status: 'valid' | 'expired' | 'revoked';
  certifiedOn: string;
  validUntil: string;
  /** 认定文号 and issuing body (absent in cards projected before they were kept). */
  docNo?: string;
  issuer?: string;
}

export interface LiaisonState {
  cadreName: string;
  cadreRank: string;
  cadreUnit: string;
}

/** What subsidies knows of an enterprise from others' events: name, county, titles, last evaluation. */
@Entity({ tableName: 'enterprise_card' })
export class EnterpriseCard {
  @PrimaryKey({ type: 'string', length: 18 })
  uscc!: string;

  @Property({ type: 'string', length: 100 })
  name = '';

  @Property({ type: 'string', length: 6 })
  countyCode = '';

  @Property({ type: 'integer' })
  registryVersion = 0;

  @Property({ type: 'json' })
  titles: TitleState[] = [];

  @Property({ type: 'string', length: 12, nullable: true })
  sizeClass?: SizeClass | null = null;

  @Property({ type: 'string', length: 10 })
  status: 'active' | 'removed' = 'active';

  /** The liaison cadre (S-57) from tiering.enterprise.liaison-assigned: policy-match notices are addressed to them. */
  @Property({ type: 'json', nullable: true })
  liaison?: LiaisonState | null = null;

  @Property({ type: 'datetime', length: 3, onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
