import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

import { Actor } from '../common/actor';
import { Field } from '../common/field.decorator';
import { PageQuery } from '../common/pagination';
import { IsCalendarDate, IsCountyCode, IsUscc, Trim } from '../common/validators';
import { GUARANTEE_STATUSES, ORGANISATION_KINDS } from './guarantees.dto';
import type { GuaranteeStatus, OrganisationKind } from './guarantees.dto';

// Request/reply payloads of the guarantee workflow: guarantees.guarantee.*, guarantees.organisation.*,
// guarantees.exposure.*, guarantees.policy-cost.*. Each HTTP body is a `…Body` class; the request adds the acting
// user (set by the gateway from the session) and the ids of the path.

/** One title of a computation request (docs/examples/guarantees/guarantee-request.schema.json). */
export class HeldTitleBody {
  @Field({ zh: '称号层级', en: 'innovative | specialized | little-giant' })
  @IsIn(['innovative', 'specialized', 'little-giant'])
  tier!: 'innovative' | 'specialized' | 'little-giant';

  @Field({ zh: '认定日期' })
  @IsCalendarDate()
  certifiedOn!: string;

  @Field({ zh: '有效期至' })
  @IsOptional()
  @IsCalendarDate()
  validUntil?: string | null;

  @Field({ zh: '撤销日期' })
  @IsOptional()
  @IsCalendarDate()
  revokedOn?: string | null;
}

/** HTTP body of guarantees.guarantee.compute: the command's request (`npm run -s policy -- guarantee`). */
export class ComputeGuaranteeBody {
  @Field({ zh: '申请日期' })
  @IsCalendarDate()
  date!: string;

  @Field({ zh: '持有称号', en: '[] = none held; null or absent = not reported' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => HeldTitleBody)
  titles?: HeldTitleBody[] | null;

  @Field({ zh: '在保本金（本次申请前）', unit: 'fen' })
  @IsOptional()
  @IsInt()
  @Min(0)
  outstandingGuaranteedFen?: number | null;

  @Field({ zh: '本次申请担保本金', unit: 'fen' })
  @IsOptional()
  @IsInt()
  @Min(0)
  requestedPrincipalFen?: number | null;

  @Field({ zh: '期限（月）' })
  @IsOptional()
  @IsInt()
  @Min(0)
  termMonths?: number | null;

  @Field({ zh: '期限（天）' })
  @IsOptional()
  @IsInt()
  @Min(0)
  termDays?: number | null;
}

export class ComputeGuaranteeRequest extends ComputeGuaranteeBody {
  @Field({ zh: '操作人' })
  @IsOptional()
  @ValidateNested()
  @Type(() => Actor)
  actor?: Actor;
}

/** HTTP body of guarantees.guarantee.submit: an application received by the guarantor (受理). */
export class SubmitGuaranteeBody {
  @Field({ zh: '统一社会信用代码' })
  @IsUscc()
  uscc!: string;

  @Field({ zh: '担保机构ID' })
  @IsUUID()
  guarantorId!: string;

  @Field({ zh: '合作银行ID' })
  @IsUUID()
  bankId!: string;

  @Field({ zh: '担保本金', unit: 'fen' })
  @IsInt()
  @Min(1, { message: '担保本金应大于0' })
  @Max(100_000_000_000)
  principalFen!: number;

  @Field({ zh: '期限（月）' })
  @IsInt()
  @Min(1)
  @Max(120)
  termMonths!: number;

  @Field({ zh: '借款用途' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请填写借款用途' })
  @MaxLength(200)
  purpose!: string;

  @Field({ zh: '申请日期', en: 'Default: today; an earlier date records an application received before (补录)' })
  @IsOptional()
  @IsCalendarDate()
  applicationDate?: string;
}

export class SubmitGuaranteeRequest extends SubmitGuaranteeBody {
  @Field({ zh: '操作人' })
  @IsDefined()
  @ValidateNested()
  @Type(() => Actor)
  actor!: Actor;
}

/** guarantees.guarantee.list */
export class GuaranteeQuery extends PageQuery {
  @Field({ zh: '状态' })
  @IsOptional()
  @IsIn(GUARANTEE_STATUSES)
  status?: GuaranteeStatus;

  @Field({ zh: '统一社会信用代码' })
  @IsOptional()
  @IsUscc()
  uscc?: string;

  @Field({ zh: '所属县（市、区）' })
  @IsOptional()
  @IsCountyCode()
  county?: string;

  @Field({ zh: '担保机构ID' })
  @IsOptional()
  @IsUUID()
  guarantorId?: string;

  @Field({ zh: '合作银行ID' })
  @IsOptional()
  @IsUUID()
  bankId?: string;

  @Field({ zh: '操作人' })
  @IsOptional()
  @ValidateNested()
  @Type(() => Actor)
  actor?: Actor;
}

/** guarantees.guarantee.get */
export class GuaranteeRef {
  @Field({ zh: '担保申请ID' })
  @IsUUID()
  applicationId!: string;

  @Field({ zh: '操作人' })
  @IsOptional()
  @ValidateNested()
  @Type(() => Actor)
  actor?: Actor;
}

/** HTTP body of guarantees.guarantee.review (担保机构初审) and guarantees.guarantee.decide (审批). */
export class GuaranteeStepBody {
  @Field({ zh: '是否通过' })
  @IsBoolean()
  approve!: boolean;

  @Field({ zh: '意见' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(500)
  note?: string;
}

export class GuaranteeStepRequest extends GuaranteeStepBody {
  @Field({ zh: '担保申请ID' })
  @IsUUID()
  applicationId!: string;

  @Field({ zh: '操作人' })
  @IsDefined()
  @ValidateNested()
  @Type(() => Actor)
  actor!: Actor;
}

/** HTTP body of guarantees.loan.issue: the partner bank confirms the loan. */
export class IssueLoanBody {
  @Field({ zh: '借款合同号' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请填写借款合同号' })
  @MaxLength(64)
  loanNo!: string;

  @Field({ zh: '放款日期' })
  @IsCalendarDate()
  issuedOn!: string;
}

export class IssueLoanRequest extends IssueLoanBody {
  @Field({ zh: '担保申请ID' })
  @IsUUID()
  applicationId!: string;

  @Field({ zh: '操作人' })
  @IsDefined()
  @ValidateNested()
  @Type(() => Actor)
  actor!: Actor;
}

/** HTTP body of guarantees.loan.close: repaid (结清, bank) or compensated (代偿, guarantor) — or a recovery (追偿). */
export class CloseGuaranteeBody {
  @Field({ zh: '结果', en: 'repaid | compensated | recovered (a recovery after compensation)' })
  @IsIn(['repaid', 'compensated', 'recovered'])
  outcome!: 'repaid' | 'compensated' | 'recovered';

  @Field({ zh: '日期' })
  @IsCalendarDate()
  on!: string;

  @Field({ zh: '金额（代偿或追回）', unit: 'fen' })
  @IsOptional()
  @IsInt()
  @Min(1)
  amountFen?: number;

  @Field({ zh: '追偿完毕' })
  @IsOptional()
  @IsBoolean()
  finished?: boolean;
}

export class CloseGuaranteeRequest extends CloseGuaranteeBody {
  @Field({ zh: '担保申请ID' })
  @IsUUID()
  applicationId!: string;

  @Field({ zh: '操作人' })
  @IsDefined()
  @ValidateNested()
  @Type(() => Actor)
  actor!: Actor;
}

/** HTTP body of guarantees.organisation.upsert (市金融监管局): a guarantor or a partner bank, and its accounts. */
export class UpsertOrganisationBody {
  @Field({ zh: '机构ID', en: 'Absent: a new organisation' })
  @IsOptional()
  @IsUUID()
  id?: string;

  @Field({ zh: '机构类型', en: 'guarantor (政府性融资担保机构) | bank (合作银行)' })
  @IsIn(ORGANISATION_KINDS)
  kind!: OrganisationKind;

  @Field({ zh: '机构名称' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请填写机构名称' })
  @MaxLength(100)
  name!: string;

  @Field({ zh: '机构账号（用户名）' })
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  members!: string[];
}

export class UpsertOrganisationRequest extends UpsertOrganisationBody {
  @Field({ zh: '操作人' })
  @IsDefined()
  @ValidateNested()
  @Type(() => Actor)
  actor!: Actor;
}

/** guarantees.organisation.list / guarantees.exposure.summary / guarantees.policy-cost.by-year */
export class GuaranteesActorQuery {
  @Field({ zh: '年度' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;

  @Field({ zh: '操作人' })
  @IsOptional()
  @ValidateNested()
  @Type(() => Actor)
  actor?: Actor;
}
