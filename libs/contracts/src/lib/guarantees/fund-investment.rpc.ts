import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';

import { Actor } from '../common/actor';
import { Field } from '../common/field.decorator';
import { PageQuery } from '../common/pagination';
import { IsCalendarDate, IsCountyCode, IsUscc, Trim } from '../common/validators';
import type { FundKindValue } from '../subsidies/award-computation.dto';

// S-47 (国家级基金股权投资到资奖励): 市金融监管局 records national-fund investments paid in; the service hands each one
// to subsidies as an S-47 application over `guarantees.fund-investment.recorded` (the award is computed there).

export const FUND_KIND_VALUES: readonly FundKindValue[] = ['manufacturing-upgrade', 'manufacturing-upgrade-sub-fund', 'sme-development', 'sme-development-sub-fund'];

export interface FundInvestmentDto {
  readonly id: string;
  readonly uscc: string;
  readonly countyCode: string;
  readonly fund: FundKindValue;
  readonly fundName: string;
  readonly paidInFen: number;
  readonly paidInOn: string;
  readonly recordedBy: string;
  readonly recordedAt: string;
}

/** HTTP body of guarantees.fund-investment.record. */
export class RecordFundInvestmentBody {
  @Field({ zh: '统一社会信用代码' })
  @IsUscc()
  uscc!: string;

  @Field({ zh: '所属县（市、区）' })
  @IsCountyCode()
  countyCode!: string;

  @Field({ zh: '基金类别', en: 'manufacturing-upgrade | manufacturing-upgrade-sub-fund | sme-development | sme-development-sub-fund' })
  @IsIn(FUND_KIND_VALUES)
  fund!: FundKindValue;

  @Field({ zh: '基金名称' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请填写基金名称' })
  @MaxLength(100)
  fundName!: string;

  @Field({ zh: '实际到资额', unit: 'fen' })
  @IsInt()
  @Min(1, { message: '实际到资额应大于0' })
  @Max(1_000_000_000_000)
  paidInFen!: number;

  @Field({ zh: '到资日期' })
  @IsCalendarDate()
  paidInOn!: string;
}

export class RecordFundInvestmentRequest extends RecordFundInvestmentBody {
  @Field({ zh: '操作人' })
  @IsDefined()
  @ValidateNested()
  @Type(() => Actor)
  actor!: Actor;
}

/** guarantees.fund-investment.list */
export class FundInvestmentQuery extends PageQuery {
  @Field({ zh: '统一社会信用代码' })
  @IsOptional()
  @IsUscc()
  uscc?: string;

  @Field({ zh: '操作人' })
  @IsOptional()
  @ValidateNested()
  @Type(() => Actor)
  actor?: Actor;
}
