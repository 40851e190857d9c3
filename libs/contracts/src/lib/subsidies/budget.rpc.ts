import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';

import { Actor, OptionalActorRequest } from '../common/actor';
import { Field } from '../common/field.decorator';
import { PageQuery } from '../common/pagination';
import { IsCountyCode } from '../common/validators';
import { PAYERS } from './subsidies.events';
import type { Payer } from './subsidies.events';

// Request/reply payloads of budgets, the ledger and the report: subsidies.budget.*, subsidies.ledger.*,
// subsidies.report.*

const MAX_FEN = Number.MAX_SAFE_INTEGER;

/** HTTP body of subsidies.budget.allocate. */
export class SetBudgetBody {
  @Field({ zh: '出资层级' })
  @IsIn(PAYERS)
  payer!: Payer;

  @Field({ zh: '县（市、区）', en: 'Required for CNTY and BEN lines' })
  @IsOptional()
  @IsCountyCode()
  countyCode?: string;

  @Field({ zh: '预算年度' })
  @IsInt()
  @Min(2022)
  @Max(2100)
  year!: number;

  @Field({ zh: '预算额度', unit: 'fen' })
  @IsInt()
  @Min(0)
  @Max(MAX_FEN)
  amountFen!: number;
}

/** subsidies.budget.set — allocate (or raise) a budget line of a payer for a year. */
export class SetBudgetRequest extends SetBudgetBody {
  @Field({ zh: '操作人', en: 'Acting user' })
  @IsDefined()
  @ValidateNested()
  @Type(() => Actor)
  actor!: Actor;
}

export class BudgetQuery extends OptionalActorRequest {
  @Field({ zh: '预算年度' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  year?: number;
}

export class LedgerQuery extends PageQuery {
  @Field({ zh: '出资层级' })
  @IsOptional()
  @IsIn(PAYERS)
  payer?: Payer;

  @Field({ zh: '预算年度' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  year?: number;

  @Field({ zh: '所属县（市、区）' })
  @IsOptional()
  @IsCountyCode()
  county?: string;

  @Field({ zh: '操作人' })
  @IsOptional()
  @ValidateNested()
  @Type(() => Actor)
  actor?: Actor;
}
