import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { Tier } from '@ladder/shared-domain';

/** A title as tiering's events describe it (what `whiteListMembership` and `computeGuarantee` read). */
export interface ProjectedTitle {
  readonly certificationId: string;
  readonly tier: Tier;
  readonly certifiedOn: string;
  readonly validUntil: string;
  readonly revokedOn: string | null;
  /** Revoked for fraud (a 3-year bar). */
  readonly fraud: boolean;
  readonly docNo: string;
}

/**
 * What guarantees knows of an enterprise: its titles from tiering's events, its name and county from the registry's
 * (projection; never edited by hand).
 */
@Entity({ tableName: 'title_card' })
export class TitleCard {
  @PrimaryKey({ type: 'string', length: 18 })
  uscc!: string;

  @Property({ type: 'string', length: 6 })
  countyCode!: string;

  @Property({ type: 'string', length: 100 })
  name = '';

  /** The registry snapshot's version: a redelivered or reordered older snapshot never wins. */
  @Property({ type: 'integer' })
  registryVersion = 0;

  @Property({ type: 'json' })
  titles: ProjectedTitle[] = [];

  @Property({ type: 'datetime', length: 3, onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
