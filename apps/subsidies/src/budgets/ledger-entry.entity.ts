import { BigIntType, Check, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { Payer } from '@ladder/contracts';

/** Every money movement on a budget line (reserve, consume, release). Append-only. */
@Entity({ tableName: 'ledger_entry' })
@Index({ name: 'ledger_entry_line_idx', properties: ['budgetLineId'] })
@Index({ name: 'ledger_entry_county_idx', properties: ['countyCode', 'id'] })
@Index({ name: 'ledger_entry_payer_year_idx', properties: ['payer', 'year', 'id'] })
@Check({ name: 'ledger_entry_amount', expression: 'amount_fen > 0' })
export class LedgerEntry {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'datetime', length: 3 })
  at: Date = new Date();

  /** null: provincial money tracked without a provincial line. */
  @Property({ type: 'string', length: 36, nullable: true })
  budgetLineId?: string | null = null;

  @Property({ type: 'string', length: 36 })
  entitlementId!: string;

  @Property({ type: 'string', length: 20 })
  awardId!: string;

  @Property({ type: 'string', length: 18 })
  uscc!: string;

  @Property({ type: 'string', length: 4 })
  payer!: Payer;

  @Property({ type: 'string', length: 6, nullable: true })
  countyCode?: string | null = null;

  @Property({ type: 'integer' })
  year!: number;

  @Property({ type: 'string', length: 8 })
  kind!: 'reserve' | 'consume' | 'release';

  @Property({ type: new BigIntType('number') })
  amountFen!: number;

  @Property({ type: 'string', length: 100, nullable: true })
  voucherNo?: string | null = null;

  @Property({ type: 'string', length: 64 })
  actor!: string;
}
