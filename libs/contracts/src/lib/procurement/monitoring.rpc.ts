import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';

import { OptionalActorRequest } from '../common/actor';
import { Field } from '../common/field.decorator';

// Monitoring queries beyond a single buyer: procurement.sme-share.groups, procurement.repeat-offender.list.

export const SME_SHARE_GROUP_VALUES = ['department', 'county'] as const;
export type SmeShareGroupValue = (typeof SME_SHARE_GROUP_VALUES)[number];

/** procurement.sme-share.groups — the SME share of contract amounts signed in `year`, by department or county. */
export class SmeShareGroupQuery extends OptionalActorRequest {
  @Field({ zh: '年度', en: 'Contracts signed in this year' })
  @Type(() => Number)
  @IsInt()
  @Min(2020)
  @Max(2100)
  year!: number;

  @Field({ zh: '分组', en: 'department (主管预算单位) | county (县（市、区）); default department' })
  @IsOptional()
  @IsIn(SME_SHARE_GROUP_VALUES)
  by?: SmeShareGroupValue;
}

/** procurement.repeat-offender.list — buyers overdue-unpaid in several years' disclosure lists, or on many contracts. */
export class RepeatOffenderQuery extends OptionalActorRequest {
  @Field({ zh: '截至年度', en: 'Disclosure years from the payment regulation (2020) through this one' })
  @Type(() => Number)
  @IsInt()
  @Min(2020)
  @Max(2100)
  year!: number;
}
