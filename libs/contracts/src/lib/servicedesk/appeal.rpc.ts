import { Type } from 'class-transformer';
import { IsBoolean, IsDefined, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';

import { Actor, OptionalActorRequest } from '../common/actor';
import { Field } from '../common/field.decorator';
import { PageQuery } from '../common/pagination';
import { IsCalendarDate, IsCountyCode, IsUscc, QueryBoolean, Trim } from '../common/validators';
import { APPEAL_CATEGORIES, APPEAL_STATUSES, SERVICE_DEPARTMENT_CODES } from './servicedesk.departments';
import type { AppealCategory, AppealStatus } from './servicedesk.departments';

// Request/reply payloads of appeals (诉求): servicedesk.appeal.*. Each `…Body` is what HTTP sends; the `…Request`
// adds the acting user and the ids of the path (set by the gateway).


/** One issue raised: the fields of a new appeal (also the items of a visit's or a meeting's follow-ups). */
export class AppealIssueBody {
  @Field({ zh: '诉求类别', en: 'finance | land | talent | market | policy | payment-arrears | other' })
  @IsIn(APPEAL_CATEGORIES)
  category!: AppealCategory;

  @Field({ zh: '诉求标题' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请填写诉求标题' })
  @MaxLength(200)
  title!: string;

  @Field({ zh: '诉求内容' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请填写诉求内容' })
  @MaxLength(4000)
  description!: string;
}

export class RaiseAppealBody extends AppealIssueBody {
  @Field({ zh: '统一社会信用代码' })
  @IsUscc()
  uscc!: string;

  @Field({ zh: '提出人', en: 'The liaison cadre or the enterprise contact the appeal is recorded for' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请填写提出人' })
  @MaxLength(100)
  raisedBy!: string;

  @Field({ zh: '提出人身份', en: 'liaison (挂包联系干部) | enterprise-contact (企业联系人，由经办人代录)' })
  @IsIn(['liaison', 'enterprise-contact'])
  raisedByRole!: 'liaison' | 'enterprise-contact';

  @Field({ zh: '联系电话' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(30)
  contactPhone?: string;
}

/** servicedesk.appeal.raise */
export class RaiseAppealRequest extends RaiseAppealBody {
  @Field({ zh: '操作人', en: 'Acting user' })
  @IsDefined()
  @ValidateNested()
  @Type(() => Actor)
  actor!: Actor;
}

/** An appeal by id, with the acting user (reads: optional). */
export class AppealRef extends OptionalActorRequest {
  @Field({ zh: '诉求ID' })
  @IsUUID()
  appealId!: string;
}

export class RouteAppealBody {
  @Field({ zh: '责任单位', en: 'Code of SERVICE_DEPARTMENTS (city department or county government)' })
  @IsIn(SERVICE_DEPARTMENT_CODES, { message: '未知的责任单位' })
  departmentCode!: string;

  @Field({ zh: '分拨意见' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(1000)
  note?: string;
}

abstract class AppealCommand {
  @Field({ zh: '诉求ID' })
  @IsUUID()
  appealId!: string;

  @Field({ zh: '操作人', en: 'Acting user' })
  @IsDefined()
  @ValidateNested()
  @Type(() => Actor)
  actor!: Actor;
}

/** servicedesk.appeal.route — 工信局 triage: to the responsible department; the clocks start. */
export class RouteAppealRequest extends RouteAppealBody {
  @Field({ zh: '诉求ID' })
  @IsUUID()
  appealId!: string;

  @Field({ zh: '操作人', en: 'Acting user' })
  @IsDefined()
  @ValidateNested()
  @Type(() => Actor)
  actor!: Actor;
}

export class TransferAppealBody extends RouteAppealBody {
  @Field({ zh: '转办原因' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请填写转办原因' })
  @MaxLength(1000)
  reason!: string;
}

/** servicedesk.appeal.transfer — to another department, with the reason; the clocks restart there. */
export class TransferAppealRequest extends TransferAppealBody {
  @Field({ zh: '诉求ID' })
  @IsUUID()
  appealId!: string;

  @Field({ zh: '操作人', en: 'Acting user' })
  @IsDefined()
  @ValidateNested()
  @Type(() => Actor)
  actor!: Actor;
}

export class AppealNoteBody {
  @Field({ zh: '说明' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(4000)
  note?: string;
}

/** servicedesk.appeal.acknowledge | resume — the department signs for it / the enterprise has answered. */
export class AppealNoteRequest extends AppealCommand {
  @Field({ zh: '说明' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(4000)
  note?: string;
}

export class AppealTextBody {
  @Field({ zh: '内容' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请填写内容' })
  @MaxLength(4000)
  text!: string;
}

/** servicedesk.appeal.answer | resolve | wait — the department's answer, its result, or what it waits for. */
export class AppealTextRequest extends AppealCommand {
  @Field({ zh: '内容' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请填写内容' })
  @MaxLength(4000)
  text!: string;
}

export class RequestCommitmentBody {
  @Field({ zh: '承诺办结日', en: 'A later resolve date for a complex case; needs the 工信局 approver' })
  @IsCalendarDate()
  committedDate!: string;

  @Field({ zh: '复杂情形说明' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请说明为何需要延长办结时限' })
  @MaxLength(2000)
  reason!: string;
}

/** servicedesk.commitment.request — the department asks for a committed date (maker). */
export class RequestCommitmentRequest extends AppealCommand {
  @Field({ zh: '承诺办结日' })
  @IsCalendarDate()
  committedDate!: string;

  @Field({ zh: '复杂情形说明' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请说明为何需要延长办结时限' })
  @MaxLength(2000)
  reason!: string;
}

export class DecideCommitmentBody {
  @Field({ zh: '审批结论' })
  @IsIn(['approve', 'reject'])
  decision!: 'approve' | 'reject';

  @Field({ zh: '审批意见' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(1000)
  note?: string;
}

/** servicedesk.commitment.decide — the 工信局 approver (checker ≠ maker). */
export class DecideCommitmentRequest extends AppealCommand {
  @Field({ zh: '审批结论' })
  @IsIn(['approve', 'reject'])
  decision!: 'approve' | 'reject';

  @Field({ zh: '审批意见' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(1000)
  note?: string;
}

export class RateAppealBody {
  @Field({ zh: '满意度', en: '1 很不满意 … 5 很满意; 1–2 reopens the appeal' })
  @IsInt()
  @Min(1)
  @Max(5)
  score!: number;

  @Field({ zh: '评价意见' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  comment?: string;
}

/** servicedesk.appeal.rate — the enterprise's rating (recorded for it); dissatisfied (1–2) reopens. */
export class RateAppealRequest extends AppealCommand {
  @Field({ zh: '满意度' })
  @IsInt()
  @Min(1)
  @Max(5)
  score!: number;

  @Field({ zh: '评价意见' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  comment?: string;
}

export class AppealQuery extends PageQuery {
  @Field({ zh: '操作人' })
  @IsOptional()
  @ValidateNested()
  @Type(() => Actor)
  actor?: Actor;

  @Field({ zh: '状态' })
  @IsOptional()
  @IsIn(APPEAL_STATUSES)
  status?: AppealStatus;

  @Field({ zh: '责任单位' })
  @IsOptional()
  @IsIn(SERVICE_DEPARTMENT_CODES)
  departmentCode?: string;

  @Field({ zh: '所属县（市、区）' })
  @IsOptional()
  @IsCountyCode()
  countyCode?: string;

  @Field({ zh: '统一社会信用代码' })
  @IsOptional()
  @IsUscc()
  uscc?: string;

  @Field({ zh: '诉求类别' })
  @IsOptional()
  @IsIn(APPEAL_CATEGORIES)
  category?: AppealCategory;

  @Field({ zh: '仅超期', en: 'Only appeals with an overdue clock' })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  overdue?: boolean;
}

/** servicedesk.sla.scan — warnings and escalations due today (the periodic job; also callable). */
export class SlaScanRequest {
  @Field({ zh: '调用方' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  from?: string;
}

export class StatisticsQuery {
  @Field({ zh: '操作人' })
  @IsOptional()
  @ValidateNested()
  @Type(() => Actor)
  actor?: Actor;

  @Field({ zh: '起始日期', en: 'Appeals received from this day' })
  @IsCalendarDate()
  from!: string;

  @Field({ zh: '截止日期', en: 'Appeals received up to this day; resolved counts up to it too' })
  @IsCalendarDate()
  to!: string;

  @Field({ zh: '统计维度', en: 'department | county | month' })
  @IsIn(['department', 'county', 'month'])
  groupBy!: 'department' | 'county' | 'month';
}

export class ServiceNoticeQuery extends PageQuery {
  @Field({ zh: '操作人' })
  @IsOptional()
  @ValidateNested()
  @Type(() => Actor)
  actor?: Actor;
}

