import { BigIntType, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { Tier } from '@ladder/shared-domain';

/** A partner bank's credit product for quality SMEs (S-49a). */
@Entity({ tableName: 'credit_product' })
@Index({ name: 'credit_product_bank_idx', properties: ['bankId', 'active'] })
export class CreditProduct {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 36 })
  bankId!: string;

  @Property({ type: 'string', length: 100 })
  name!: string;

  @Property({ type: 'integer' })
  rateMinBp!: number;

  @Property({ type: 'integer' })
  rateMaxBp!: number;

  @Property({ type: new BigIntType('number') })
  amountMinFen!: number;

  @Property({ type: new BigIntType('number') })
  amountMaxFen!: number;

  @Property({ type: 'json' })
  tiers: Tier[] = [];

  /** Counties served; empty = the whole city. */
  @Property({ type: 'json' })
  counties: string[] = [];

  @Property({ type: 'boolean' })
  active = true;

  @Property({ type: 'datetime', length: 3, onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
