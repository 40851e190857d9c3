import { BigIntType, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { FundKindValue } from '@ladder/contracts';

/** A national fund's equity investment paid in (S-47), recorded by 市金融监管局. Never updated. */
@Entity({ tableName: 'fund_investment' })
@Index({ name: 'fund_investment_uscc_idx', properties: ['uscc', 'paidInOn'] })
export class FundInvestment {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 18 })
  uscc!: string;

  @Property({ type: 'string', length: 6 })
  countyCode!: string;

  @Property({ type: 'string', length: 32 })
  fund!: FundKindValue;

  @Property({ type: 'string', length: 100 })
  fundName!: string;

  @Property({ type: new BigIntType('number') })
  paidInFen!: number;

  @Property({ type: 'string', length: 10 })
  paidInOn!: string;

  @Property({ type: 'string', length: 64 })
  recordedBy!: string;

  @Property({ type: 'datetime', length: 3 })
  recordedAt: Date = new Date();
}
