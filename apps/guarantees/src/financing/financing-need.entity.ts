import { BigIntType, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** An enterprise's financing need as a liaison or an official recorded it (S-49a). */
@Entity({ tableName: 'financing_need' })
@Index({ name: 'financing_need_uscc_idx', properties: ['uscc', 'createdAt'] })
export class FinancingNeed {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 18 })
  uscc!: string;

  @Property({ type: 'string', length: 6 })
  countyCode!: string;

  @Property({ type: new BigIntType('number') })
  amountFen!: number;

  @Property({ type: 'integer' })
  termMonths!: number;

  @Property({ type: 'string', length: 200 })
  purpose!: string;

  @Property({ type: 'string', length: 64 })
  recordedBy!: string;

  @Property({ type: 'datetime', length: 3 })
  createdAt: Date = new Date();
}
