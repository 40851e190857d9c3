import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, Min } from 'class-validator';

import { Field } from '../common/field.decorator';
import { IsCalendarDate, IsCountyCode, IsUscc } from '../common/validators';
import { APPEAL_CATEGORIES } from './servicedesk.departments';
import type { AppealCategory } from './servicedesk.departments';

/** Fields of every appeal event. */
export class AppealEventBase {
  @Field({ zh: '诉求ID' })
  @IsUUID()
  appealId!: string;

  @Field({ zh: '诉求编号' })
  @IsString()
  number!: string;

  @Field({ zh: '统一社会信用代码' })
  @IsUscc()
  uscc!: string;

  @Field({ zh: '所属县（市、区）' })
  @IsCountyCode()
  countyCode!: string;

  @Field({ zh: '诉求类别' })
  @IsIn(APPEAL_CATEGORIES)
  category!: AppealCategory;
}

/** servicedesk.appeal.raised */
export class AppealRaisedEvent extends AppealEventBase {
  @Field({ zh: '来源', en: 'direct | visit | meeting | overdue (a late procurement payment)' })
  @IsIn(['direct', 'visit', 'meeting', 'overdue'])
  origin!: 'direct' | 'visit' | 'meeting' | 'overdue';

  @Field({ zh: '收到日期' })
  @IsCalendarDate()
  receivedOn!: string;
}

/** servicedesk.appeal.routed — to a department (triage, transfer or reopening); the clocks (re)start. */
export class AppealRoutedEvent extends AppealEventBase {
  @Field({ zh: '责任单位' })
  @IsString()
  departmentCode!: string;

  @Field({ zh: '原责任单位', en: 'Set on a transfer' })
  @IsOptional()
  @IsString()
  fromDepartmentCode?: string;

  @Field({ zh: '原因', en: 'routed | transferred | reopened' })
  @IsIn(['routed', 'transferred', 'reopened'])
  reason!: 'routed' | 'transferred' | 'reopened';

  @Field({ zh: '时限轮次' })
  @IsInt()
  @Min(1)
  cycle!: number;

  @Field({ zh: '起算日期' })
  @IsCalendarDate()
  startedOn!: string;
}

/** servicedesk.appeal.resolved */
export class AppealResolvedEvent extends AppealEventBase {
  @Field({ zh: '责任单位' })
  @IsString()
  departmentCode!: string;

  @Field({ zh: '办结日期' })
  @IsCalendarDate()
  resolvedOn!: string;

  @Field({ zh: '是否按时办结' })
  @IsIn([true, false])
  onTime!: boolean;
}

/** servicedesk.appeal.rated — the enterprise's satisfaction (1–2 reopens the appeal). */
export class AppealRatedEvent extends AppealEventBase {
  @Field({ zh: '责任单位' })
  @IsString()
  departmentCode!: string;

  @Field({ zh: '满意度' })
  @IsInt()
  @Min(1)
  @Max(5)
  score!: number;

  @Field({ zh: '是否重新办理' })
  @IsIn([true, false])
  reopened!: boolean;
}

/** Fields of the SLA events: once per appeal, clock cycle and deadline. */
export class AppealSlaEventBase extends AppealEventBase {
  @Field({ zh: '责任单位' })
  @IsString()
  departmentCode!: string;

  @Field({ zh: '时限类别', en: 'acknowledge | answer | resolve' })
  @IsIn(['acknowledge', 'answer', 'resolve'])
  kind!: 'acknowledge' | 'answer' | 'resolve';

  @Field({ zh: '时限轮次' })
  @IsInt()
  @Min(1)
  cycle!: number;

  @Field({ zh: '截止日期' })
  @IsCalendarDate()
  dueOn!: string;

  @Field({ zh: '通知对象', en: 'The department\'s leader and 市工信局' })
  @IsString({ each: true })
  notify!: string[];

  @Field({ zh: '暂定计算', en: 'The deadline was counted Monday–Friday for a year whose holiday notice is not loaded' })
  @IsIn([true, false])
  provisional!: boolean;
}

/** servicedesk.appeal.warned — a deadline is due (the warning lead of the SLA version; 0: on the day). */
export class AppealWarnedEvent extends AppealSlaEventBase {
  @Field({ zh: '预警日期' })
  @IsCalendarDate()
  warnedOn!: string;
}

/** servicedesk.appeal.escalated — a deadline passed without the step: to the department leader and 市工信局. */
export class AppealEscalatedEvent extends AppealSlaEventBase {
  @Field({ zh: '超期工作日' })
  @IsInt()
  @Min(1)
  workingDaysLate!: number;
}
