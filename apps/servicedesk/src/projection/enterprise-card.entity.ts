import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { Tier } from '@ladder/shared-domain';

export interface CardTitle {
  tier: Tier;
  certificationId: string;
  status: 'valid' | 'expired' | 'revoked';
  validUntil: string;
}

/** What servicedesk knows of an enterprise from the registry's and tiering's events. */
@Entity({ tableName: 'enterprise_card' })
@Index({ name: 'enterprise_card_county_idx', properties: ['countyCode'] })
export class EnterpriseCard {
  @PrimaryKey({ type: 'string', length: 18 })
  uscc!: string;

  @Property({ type: 'string', length: 100 })
  name = '';

  @Property({ type: 'string', length: 6 })
  countyCode = '';

  @Property({ type: 'integer' })
  registryVersion = 0;

  @Property({ type: 'string', length: 10 })
  status: 'active' | 'removed' = 'active';

  @Property({ type: 'json' })
  titles: CardTitle[] = [];

  /** The liaison cadre (S-57), e.g. “张处长（处级，三明市工信局）”. */
  @Property({ type: 'string', length: 200, nullable: true })
  liaison: string | null = null;

  @Property({ type: 'datetime', length: 3, onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
