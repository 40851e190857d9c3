import { BigIntType, Check, Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { Payer } from '@ladder/contracts';

/**
 * A payer's budget for a year. reserved + consumed never exceeds amount and neither goes negative: every change
 * is one conditional UPDATE (the database refuses the overdraft, also under concurrent approvals), and CHECK
 * constraints in the migrations guard the invariant.
 */
@Entity({ tableName: 'budget_line' })
@Unique({ name: 'budget_line_unique', properties: ['payer', 'countyCode', 'year'] })
@Check({ name: 'budget_line_amounts', expression: 'amount_fen >= 0 and reserved_fen >= 0 and consumed_fen >= 0 and reserved_fen + consumed_fen <= amount_fen' })
export class BudgetLine {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 4 })
  payer!: Payer;

  /** '' for PROV and CITY (a unique key needs a value). */
  @Property({ type: 'string', length: 6 })
  countyCode = '';

  @Property({ type: 'integer' })
  year!: number;

  @Property({ type: new BigIntType('number') })
  amountFen = 0;

  @Property({ type: new BigIntType('number') })
  reservedFen = 0;

  @Property({ type: new BigIntType('number') })
  consumedFen = 0;

  @Property({ type: 'integer', version: true })
  version!: number;
}
