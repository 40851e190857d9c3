import { IsIn, IsInt, IsOptional, IsString, IsUUID, Min } from 'class-validator';

import { Field } from '../common/field.decorator';
import { IsCalendarDate, IsCountyCode, IsUscc } from '../common/validators';

const TIERS = ['specialized', 'little-giant'] as const;

/** Fields of both white-list events. */
export class WhiteListEventBase {
  @Field({ zh: '统一社会信用代码' })
  @IsUscc()
  uscc!: string;

  @Field({ zh: '所属县（市、区）' })
  @IsCountyCode()
  countyCode!: string;

  @Field({ zh: '生效日期', en: 'First day on the list (added) or first day off it (removed)' })
  @IsCalendarDate()
  effectiveOn!: string;

  @Field({ zh: '来源', en: 'title (tiering events) | manual (市金融监管局)' })
  @IsIn(['title', 'manual'])
  source!: 'title' | 'manual';

  @Field({ zh: '称号层级', en: 'specialized | little-giant; absent for manual entries' })
  @IsOptional()
  @IsIn(TIERS)
  tier?: 'specialized' | 'little-giant';

  @Field({ zh: '认定记录ID', en: 'The title that put the enterprise on the list or took it off' })
  @IsOptional()
  @IsString()
  certificationId?: string;

  @Field({ zh: '原因' })
  @IsString()
  reason!: string;
}

/** guarantees.whitelist.added — an enterprise is on the city's financing-guarantee white list (S-48). */
export class WhiteListAddedEvent extends WhiteListEventBase {
  @Field({ zh: '计至', en: 'Last day the title counts; absent for manual entries' })
  @IsOptional()
  @IsCalendarDate()
  until?: string;
}

/** guarantees.whitelist.removed — an enterprise left the white list (expiry, revocation, fraud ban, manual). */
export class WhiteListRemovedEvent extends WhiteListEventBase {
  @Field({ zh: '移出原因类别', en: 'expired | revoked | fraud (revoked for fraud: barred) | manual' })
  @IsIn(['expired', 'revoked', 'fraud', 'manual'])
  cause!: 'expired' | 'revoked' | 'fraud' | 'manual';
}

/** Fields of every guarantee event. */
export class GuaranteeEventBase {
  @Field({ zh: '担保申请ID' })
  @IsUUID()
  applicationId!: string;

  @Field({ zh: '统一社会信用代码' })
  @IsUscc()
  uscc!: string;

  @Field({ zh: '所属县（市、区）' })
  @IsCountyCode()
  countyCode!: string;

  @Field({ zh: '担保机构ID' })
  @IsUUID()
  guarantorId!: string;

  @Field({ zh: '合作银行ID' })
  @IsUUID()
  bankId!: string;

  @Field({ zh: '担保本金', unit: 'fen' })
  @IsInt()
  @Min(1)
  principalFen!: number;
}

/** guarantees.guarantee.approved — the guarantor approved (maker ≠ checker); fee and policy cost fixed. */
export class GuaranteeApprovedEvent extends GuaranteeEventBase {
  @Field({ zh: '期限（月）' })
  @IsInt()
  @Min(1)
  termMonths!: number;

  @Field({ zh: '应收担保费', unit: 'fen' })
  @IsInt()
  @Min(0)
  chargedFeeFen!: number;

  @Field({ zh: '政策让利（减免的担保费）', unit: 'fen' })
  @IsInt()
  @Min(0)
  policyCostFen!: number;

  @Field({ zh: '担保费减免方式', en: 'waived | reduced | standard' })
  @IsIn(['waived', 'reduced', 'standard'])
  feeTreatment!: 'waived' | 'reduced' | 'standard';
}

/** guarantees.loan.issued — the partner bank confirmed the loan; the guarantee is in force. */
export class LoanIssuedEvent extends GuaranteeEventBase {
  @Field({ zh: '借款合同号' })
  @IsString()
  loanNo!: string;

  @Field({ zh: '放款日期' })
  @IsCalendarDate()
  issuedOn!: string;
}

/** guarantees.guarantee.closed — the loan was repaid, or the guarantor paid the bank (代偿). */
export class GuaranteeClosedEvent extends GuaranteeEventBase {
  @Field({ zh: '结果', en: 'repaid | compensated' })
  @IsIn(['repaid', 'compensated'])
  outcome!: 'repaid' | 'compensated';

  @Field({ zh: '日期' })
  @IsCalendarDate()
  closedOn!: string;

  @Field({ zh: '代偿金额', unit: 'fen' })
  @IsInt()
  @Min(0)
  compensatedFen!: number;
}

/** guarantees.fund-investment.recorded — a national fund's investment paid in (S-47); subsidies opens the application. */
export class FundInvestmentRecordedEvent {
  @Field({ zh: '到资记录ID' })
  @IsUUID()
  investmentId!: string;

  @Field({ zh: '统一社会信用代码' })
  @IsUscc()
  uscc!: string;

  @Field({ zh: '所属县（市、区）' })
  @IsCountyCode()
  countyCode!: string;

  @Field({ zh: '基金类别' })
  @IsIn(['manufacturing-upgrade', 'manufacturing-upgrade-sub-fund', 'sme-development', 'sme-development-sub-fund'])
  fund!: 'manufacturing-upgrade' | 'manufacturing-upgrade-sub-fund' | 'sme-development' | 'sme-development-sub-fund';

  @Field({ zh: '基金名称' })
  @IsString()
  fundName!: string;

  @Field({ zh: '实际到资额', unit: 'fen' })
  @IsInt()
  @Min(1)
  paidInFen!: number;

  @Field({ zh: '到资日期' })
  @IsCalendarDate()
  paidInOn!: string;

  @Field({ zh: '登记人' })
  @IsString()
  recordedBy!: string;
}
