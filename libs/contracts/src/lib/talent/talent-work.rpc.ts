import { Type } from 'class-transformer';
import {
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

import { Actor, OptionalActorRequest } from '../common/actor';
import { Field } from '../common/field.decorator';
import { PageQuery } from '../common/pagination';
import { IsCalendarDate, IsCountyCode, Trim } from '../common/validators';
import type { TalentCaseKind, TalentCaseStatus } from './talent.dto';

// Request/reply payloads of training (S-54) and of the green channel, housing and nominations (S-55).

export const TALENT_CASE_KINDS = [
  'title',
  'housing',
  'model-worker',
  'bamin-talent',
] as const satisfies readonly TalentCaseKind[];
export const TALENT_CASE_STATUSES = [
  'routed',
  'approved',
  'rejected',
] as const satisfies readonly TalentCaseStatus[];
export const TITLE_LEVELS = ['初级', '中级', '副高级', '正高级'] as const;
export const NOMINATION_KINDS = ['model-worker', 'bamin-talent'] as const;

// --- training ---------------------------------------------------------------------------------------------------

export class CreateProgrammeBody {
  @Field({ zh: '项目名称' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请填写项目名称' })
  @MaxLength(200)
  title!: string;

  @Field({ zh: '培训主题' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请填写培训主题' })
  @MaxLength(200)
  topic!: string;

  @Field({ zh: '主办部门' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请填写主办部门' })
  @MaxLength(100)
  organiser!: string;

  @Field({ zh: '是否经营管理人才培训', en: 'Counts for S-54 coverage' })
  @IsBoolean()
  management!: boolean;

  @Field({ zh: '开始日期' })
  @IsCalendarDate()
  startsOn!: string;

  @Field({ zh: '结束日期' })
  @IsCalendarDate()
  endsOn!: string;

  @Field({ zh: '名额' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10000)
  capacity!: number;
}

/** talent.programme.create */
export class CreateProgrammeRequest extends CreateProgrammeBody {
  @Field({ zh: '操作人', en: 'Acting user' })
  @IsDefined()
  @ValidateNested()
  @Type(() => Actor)
  actor!: Actor;
}

export class ProgrammeQuery extends PageQuery {
  @Field({ zh: '年度' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
}

export class ProgrammeListRequest extends ProgrammeQuery {
  @Field({ zh: '操作人' })
  @IsOptional()
  @ValidateNested()
  @Type(() => Actor)
  actor?: Actor;
}

export class ProgrammeRef extends OptionalActorRequest {
  @Field({ zh: '培训项目ID' })
  @IsUUID()
  programmeId!: string;
}

export class AddSessionBody {
  @Field({ zh: '举办日期' })
  @IsCalendarDate()
  heldOn!: string;

  @Field({ zh: '地点' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请填写地点' })
  @MaxLength(200)
  place!: string;
}

/** talent.session.add */
export class AddSessionRequest extends AddSessionBody {
  @Field({ zh: '培训项目ID' })
  @IsUUID()
  programmeId!: string;

  @Field({ zh: '操作人', en: 'Acting user' })
  @IsDefined()
  @ValidateNested()
  @Type(() => Actor)
  actor!: Actor;
}

export class EnrolBody {
  @Field({ zh: '人员ID' })
  @IsUUID()
  personId!: string;
}

/** talent.enrolment.add: a person of an enterprise enrols (the enterprise is the person's). */
export class EnrolRequest extends EnrolBody {
  @Field({ zh: '培训项目ID' })
  @IsUUID()
  programmeId!: string;

  @Field({ zh: '操作人', en: 'Acting user' })
  @IsDefined()
  @ValidateNested()
  @Type(() => Actor)
  actor!: Actor;
}

export class AttendanceBody {
  @Field({ zh: '人员ID' })
  @IsUUID()
  personId!: string;

  @Field({ zh: '是否出勤' })
  @IsOptional()
  @IsBoolean()
  attended?: boolean;
}

/** talent.attendance.record: attendance of an enrolled person at a session (idempotent). */
export class AttendanceRequest extends AttendanceBody {
  @Field({ zh: '培训场次ID' })
  @IsUUID()
  sessionId!: string;

  @Field({ zh: '操作人', en: 'Acting user' })
  @IsDefined()
  @ValidateNested()
  @Type(() => Actor)
  actor!: Actor;
}

export class AttendanceImportRow {
  @Field({ zh: '行号' })
  @IsInt()
  row!: number;

  @Field({ zh: '姓名' })
  @IsString()
  @MaxLength(100)
  name!: string;

  @Field({ zh: '居民身份证号' })
  @IsString()
  @MaxLength(40)
  residentId!: string;
}

/** talent.attendance.import: rows of an Excel sheet (姓名, 居民身份证号) for one session; each row enrols and attends. */
export class AttendanceImportRequest {
  @Field({ zh: '培训场次ID' })
  @IsUUID()
  sessionId!: string;

  @Field({ zh: '行' })
  @ValidateNested({ each: true })
  @Type(() => AttendanceImportRow)
  rows!: AttendanceImportRow[];

  @Field({ zh: '操作人', en: 'Acting user' })
  @IsDefined()
  @ValidateNested()
  @Type(() => Actor)
  actor!: Actor;
}

export class CoverageQuery {
  @Field({ zh: '年度' })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @Field({ zh: '县（市、区）' })
  @IsOptional()
  @IsCountyCode()
  county?: string;
}

/** talent.coverage.get: S-54 coverage by county for a year, with the uncovered list. */
export class CoverageRequest extends CoverageQuery {
  @Field({ zh: '操作人' })
  @IsOptional()
  @ValidateNested()
  @Type(() => Actor)
  actor?: Actor;
}

// --- green channel, housing, nominations ------------------------------------------------------------------------

export class SubmitCaseBody {
  @Field({
    zh: '类别',
    en: 'title (职称绿色通道) | housing (保障性住房) | model-worker (劳模等荣誉) | bamin-talent (八闽英才)',
  })
  @IsIn(TALENT_CASE_KINDS)
  kind!: TalentCaseKind;

  @Field({ zh: '人员ID' })
  @IsUUID()
  personId!: string;

  @Field({ zh: '申请日期', en: 'Default today; the enterprise title is checked on this day' })
  @IsOptional()
  @IsCalendarDate()
  appliedOn?: string;

  @Field({ zh: '专业（职称申请）' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100)
  specialty?: string;

  @Field({ zh: '级别（职称申请）', en: '初级 | 中级 | 副高级 | 正高级' })
  @IsOptional()
  @IsIn(TITLE_LEVELS)
  level?: (typeof TITLE_LEVELS)[number];

  @Field({ zh: '评选批次ID（劳模、八闽英才）' })
  @IsOptional()
  @IsUUID()
  roundId?: string;
}

/** talent.case.submit */
export class SubmitCaseRequest extends SubmitCaseBody {
  @Field({ zh: '操作人', en: 'Acting user' })
  @IsDefined()
  @ValidateNested()
  @Type(() => Actor)
  actor!: Actor;
}

export class DecideCaseBody {
  @Field({ zh: '结果', en: 'approved | rejected (评审通过 / 入选 / 符合 — 或否)' })
  @IsIn(['approved', 'rejected'])
  outcome!: 'approved' | 'rejected';

  @Field({ zh: '说明' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(500)
  note?: string;
}

/** talent.case.decide: the reviewing department records the outcome. */
export class DecideCaseRequest extends DecideCaseBody {
  @Field({ zh: '申请ID' })
  @IsUUID()
  caseId!: string;

  @Field({ zh: '操作人', en: 'Acting user' })
  @IsDefined()
  @ValidateNested()
  @Type(() => Actor)
  actor!: Actor;
}

export class CaseQuery extends PageQuery {
  @Field({ zh: '类别' })
  @IsOptional()
  @IsIn(TALENT_CASE_KINDS)
  kind?: TalentCaseKind;

  @Field({ zh: '状态' })
  @IsOptional()
  @IsIn(TALENT_CASE_STATUSES)
  status?: TalentCaseStatus;

  @Field({ zh: '评选批次ID' })
  @IsOptional()
  @IsUUID()
  roundId?: string;
}

export class CaseListRequest extends CaseQuery {
  @Field({ zh: '操作人' })
  @IsOptional()
  @ValidateNested()
  @Type(() => Actor)
  actor?: Actor;
}

export class CreateRoundBody {
  @Field({ zh: '类别', en: 'model-worker (市级劳模等荣誉) | bamin-talent (八闽英才)' })
  @IsIn(NOMINATION_KINDS)
  kind!: (typeof NOMINATION_KINDS)[number];

  @Field({ zh: '年度' })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @Field({ zh: '批次名称' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请填写批次名称' })
  @MaxLength(200)
  title!: string;

  @Field({ zh: '申报开始日' })
  @IsCalendarDate()
  opensOn!: string;

  @Field({ zh: '申报截止日' })
  @IsCalendarDate()
  closesOn!: string;
}

/** talent.round.create */
export class CreateRoundRequest extends CreateRoundBody {
  @Field({ zh: '操作人', en: 'Acting user' })
  @IsDefined()
  @ValidateNested()
  @Type(() => Actor)
  actor!: Actor;
}

export class RoundListRequest extends OptionalActorRequest {}
