import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDefined, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';

import { Actor } from '../common/actor';
import { Field } from '../common/field.decorator';
import { PageQuery } from '../common/pagination';
import { IsCalendarDate, IsCountyCode, IsUscc, Trim } from '../common/validators';
import { AppealIssueBody } from './appeal.rpc';

// Liaison visits (实地走访) and 面对面 coordination meetings: servicedesk.visit.*, servicedesk.meeting.*

export class LogVisitBody {
  @Field({ zh: '统一社会信用代码' })
  @IsUscc()
  uscc!: string;

  @Field({ zh: '走访日期' })
  @IsCalendarDate()
  visitedOn!: string;

  @Field({ zh: '走访干部' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请填写走访干部' })
  @MaxLength(100)
  cadreName!: string;

  @Field({ zh: '干部所在单位' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100)
  cadreUnit?: string;

  @Field({ zh: '走访情况' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请填写走访情况' })
  @MaxLength(4000)
  summary!: string;

  @Field({ zh: '企业提出的困难诉求', en: 'Each becomes an appeal (awaiting triage) linked to the visit' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => AppealIssueBody)
  issues?: AppealIssueBody[];
}

/** servicedesk.visit.log */
export class LogVisitRequest extends LogVisitBody {
  @Field({ zh: '操作人', en: 'Acting user' })
  @IsDefined()
  @ValidateNested()
  @Type(() => Actor)
  actor!: Actor;
}

export class VisitQuery extends PageQuery {
  @Field({ zh: '操作人' })
  @IsOptional()
  @ValidateNested()
  @Type(() => Actor)
  actor?: Actor;

  @Field({ zh: '统一社会信用代码' })
  @IsOptional()
  @IsUscc()
  uscc?: string;

  @Field({ zh: '所属县（市、区）' })
  @IsOptional()
  @IsCountyCode()
  countyCode?: string;

  @Field({ zh: '年度' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2022)
  @Max(2100)
  year?: number;
}

export class UnvisitedQuery extends PageQuery {
  @Field({ zh: '操作人' })
  @IsOptional()
  @ValidateNested()
  @Type(() => Actor)
  actor?: Actor;

  @Field({ zh: '年度', en: 'Default: this year' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2022)
  @Max(2100)
  year?: number;

  @Field({ zh: '所属县（市、区）' })
  @IsOptional()
  @IsCountyCode()
  countyCode?: string;
}

/** A follow-up of a meeting: an appeal for one of the enterprises. */
export class MeetingFollowUpBody extends AppealIssueBody {
  @Field({ zh: '统一社会信用代码' })
  @IsUscc()
  uscc!: string;
}

export class HoldMeetingBody {
  @Field({ zh: '会议名称' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请填写会议名称' })
  @MaxLength(200)
  title!: string;

  @Field({ zh: '召开日期' })
  @IsCalendarDate()
  heldOn!: string;

  @Field({ zh: '所属县（市、区）', en: 'Absent: a city-level meeting' })
  @IsOptional()
  @IsCountyCode()
  countyCode?: string;

  @Field({ zh: '参会人员（单位及姓名）' })
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  participants!: string[];

  @Field({ zh: '参会企业' })
  @IsArray()
  @ArrayMaxSize(100)
  @IsUscc({ each: true })
  enterprises!: string[];

  @Field({ zh: '会议议定事项' })
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(2000, { each: true })
  decisions!: string[];

  @Field({ zh: '需跟踪办理的诉求', en: 'Each becomes an appeal (awaiting triage) linked to the meeting' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => MeetingFollowUpBody)
  followUps?: MeetingFollowUpBody[];
}

/** servicedesk.meeting.hold */
export class HoldMeetingRequest extends HoldMeetingBody {
  @Field({ zh: '操作人', en: 'Acting user' })
  @IsDefined()
  @ValidateNested()
  @Type(() => Actor)
  actor!: Actor;
}

export class MeetingQuery extends PageQuery {
  @Field({ zh: '操作人' })
  @IsOptional()
  @ValidateNested()
  @Type(() => Actor)
  actor?: Actor;

  @Field({ zh: '年度' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2022)
  @Max(2100)
  year?: number;
}

export class MeetingRef {
  @Field({ zh: '操作人' })
  @IsOptional()
  @ValidateNested()
  @Type(() => Actor)
  actor?: Actor;

  @Field({ zh: '会议ID' })
  @IsUUID()
  meetingId!: string;
}
