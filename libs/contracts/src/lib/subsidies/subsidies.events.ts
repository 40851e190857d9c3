import { IsIn, IsInt, IsOptional, IsString, IsUUID, Min } from 'class-validator';

import { Field } from '../common/field.decorator';
import { IsCalendarDate, IsCountyCode, IsUscc } from '../common/validators';

export const PAYERS = ['PROV', 'CITY', 'CNTY', 'BEN'] as const;
export type Payer = (typeof PAYERS)[number];
/** Who pays, as officials read it (budget line names, exports, messages). */
export const PAYER_LABELS: Readonly<Record<Payer, string>> = { PROV: '省级财政', CITY: '市级财政', CNTY: '县级财政', BEN: '受益地财政' };

/** Fields of every entitlement event. */
export class EntitlementEventBase {
  @Field({ zh: '奖补记录ID' })
  @IsUUID()
  entitlementId!: string;

  @Field({ zh: '奖补项目', en: 'Catalogue id of the plan (rules.md §8), e.g. S-17' })
  @IsString()
  awardId!: string;

  @Field({ zh: '统一社会信用代码' })
  @IsUscc()
  uscc!: string;

  @Field({ zh: '所属县（市、区）' })
  @IsCountyCode()
  countyCode!: string;

  @Field({ zh: '金额', unit: 'fen' })
  @IsInt()
  @Min(0)
  amountFen!: number;

  @Field({ zh: '出资层级', en: 'PROV | CITY | CNTY | BEN (受益地财政)' })
  @IsIn(PAYERS)
  payer!: Payer;
}

/** subsidies.entitlement.created — an entitlement exists (免申即享 from a new recognition, or an approved application). */
export class EntitlementCreatedEvent extends EntitlementEventBase {
  @Field({ zh: '来源', en: 'certification (免申即享) | application' })
  @IsIn(['certification', 'application'])
  origin!: 'certification' | 'application';

  @Field({ zh: '触发依据', en: 'The certification or application id the entitlement comes from' })
  @IsString()
  triggerKey!: string;

  @Field({ zh: '政策版本' })
  @IsString()
  versionId!: string;
}

/** subsidies.entitlement.published — the entitlement is in a 公示 list with an objection window. */
export class EntitlementPublishedEvent extends EntitlementEventBase {
  @Field({ zh: '公示批次' })
  @IsUUID()
  publicityId!: string;

  @Field({ zh: '公示开始' })
  @IsCalendarDate()
  startsOn!: string;

  @Field({ zh: '公示截止' })
  @IsCalendarDate()
  endsOn!: string;
}

/** subsidies.entitlement.approved — final approval; the budget line is reserved. */
export class EntitlementApprovedEvent extends EntitlementEventBase {
  @Field({ zh: '预算年度', unit: 'year' })
  @IsInt()
  budgetYear!: number;
}

/** subsidies.entitlement.disbursed — paid; the budget line is consumed and the ledger has the payment. */
export class EntitlementDisbursedEvent extends EntitlementEventBase {
  @Field({ zh: '拨付凭证号' })
  @IsString()
  voucherNo!: string;

  @Field({ zh: '拨付日期' })
  @IsCalendarDate()
  paidOn!: string;
}

/** subsidies.entitlement.rejected — rejected (objection upheld, approval refused) or cancelled, with the reason. */
export class EntitlementRejectedEvent extends EntitlementEventBase {
  @Field({ zh: '原因' })
  @IsString()
  reason!: string;

  @Field({ zh: '环节', en: 'publicity | business | finance | cancelled' })
  @IsOptional()
  @IsString()
  stage?: string;
}
