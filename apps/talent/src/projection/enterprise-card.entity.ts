import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { Tier } from '@ladder/shared-domain';

/** One step in a title's life as tiering announced it. */
export interface CardTitleStep {
  event: 'certified' | 'renewed' | 'revoked' | 'expired';
  on: string;
  validUntil: string;
}

/** A title with its history: recognised on `certifiedOn`, valid through `validUntil`, maybe revoked. */
export interface CardTitle {
  certificationId: string;
  tier: Tier;
  certifiedOn: string;
  validUntil: string;
  revokedOn: string | null;
  history: CardTitleStep[];
}

/** What talent knows of an enterprise from the registry's and tiering's events. */
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

  @Property({ type: 'datetime', length: 3, onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
