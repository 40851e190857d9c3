import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateIf, ValidateNested } from 'class-validator';

import { Actor, OptionalActorRequest } from '../common/actor';
import { Field } from '../common/field.decorator';
import { PageQuery } from '../common/pagination';
import { IsUscc, Trim } from '../common/validators';

// 投诉 about late payment (工信部企业〔2021〕224号): intake, the 10-working-day review, accept-and-forward or reject
// with a reason, the handling outcome and the complainant informed: procurement.complaint.*.

export const COMPLAINT_STATUSES = ['received', 'accepted', 'rejected', 'concluded'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

export class FileComplaintBody {
  @Field({ zh: '投诉人统一社会信用代码' })
  @IsUscc()
  complainantUscc!: string;

  @Field({ zh: '投诉人名称' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请填写投诉人名称' })
  @MaxLength(100)
  complainantName!: string;

  @Field({ zh: '被投诉人（付款方）名称' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请填写被投诉人名称' })
  @MaxLength(100)
  respondentName!: string;

  @Field({ zh: '所涉合同ID' })
  @IsOptional()
  @IsUUID()
  contractId?: string;

  @Field({ zh: '投诉金额', unit: 'fen' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  amountFen?: number;

  @Field({ zh: '投诉事项' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请填写投诉事项' })
  @MaxLength(4000)
  summary!: string;

  @Field({ zh: '提出方式', en: 'enterprise (企业本身，经办人代录) | liaison (挂包联系干部)' })
  @IsIn(['enterprise', 'liaison'])
  filedVia!: 'enterprise' | 'liaison';
}

/** procurement.complaint.file */
export class FileComplaintRequest extends FileComplaintBody {
  @Field({ zh: '操作人', en: 'Acting user' })
  @IsDefined()
  @ValidateNested()
  @Type(() => Actor)
  actor!: Actor;
}

export class ComplaintRef extends OptionalActorRequest {
  @Field({ zh: '投诉ID' })
  @IsUUID()
  complaintId!: string;
}

export class ComplaintQuery extends PageQuery {
  @Field({ zh: '操作人' })
  @IsOptional()
  @ValidateNested()
  @Type(() => Actor)
  actor?: Actor;

  @Field({ zh: '状态' })
  @IsOptional()
  @IsIn(COMPLAINT_STATUSES)
  status?: ComplaintStatus;
}

export class ReviewComplaintBody {
  @Field({ zh: '审查结论', en: 'accept (受理并转交处理) | reject (不予受理)' })
  @IsIn(['accept', 'reject'])
  decision!: 'accept' | 'reject';

  @Field({ zh: '理由', en: 'Required on a rejection' })
  @ValidateIf((o: ReviewComplaintBody) => o.decision === 'reject' || o.reason !== undefined)
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '不予受理须说明理由' })
  @MaxLength(2000)
  reason?: string;

  @Field({ zh: '转交处理部门', en: 'Required on acceptance' })
  @ValidateIf((o: ReviewComplaintBody) => o.decision === 'accept' || o.forwardTo !== undefined)
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '受理须写明转交的处理部门' })
  @MaxLength(100)
  forwardTo?: string;
}

/** procurement.complaint.review */
export class ReviewComplaintRequest extends ReviewComplaintBody {
  @Field({ zh: '操作人', en: 'Acting user' })
  @IsDefined()
  @ValidateNested()
  @Type(() => Actor)
  actor!: Actor;

  @Field({ zh: '投诉ID' })
  @IsUUID()
  complaintId!: string;
}

export class ConcludeComplaintBody {
  @Field({ zh: '处理结果' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请填写处理结果' })
  @MaxLength(4000)
  outcome!: string;
}

/** procurement.complaint.conclude — the handling department's outcome; the complainant is informed. */
export class ConcludeComplaintRequest extends ConcludeComplaintBody {
  @Field({ zh: '操作人', en: 'Acting user' })
  @IsDefined()
  @ValidateNested()
  @Type(() => Actor)
  actor!: Actor;

  @Field({ zh: '投诉ID' })
  @IsUUID()
  complaintId!: string;
}
