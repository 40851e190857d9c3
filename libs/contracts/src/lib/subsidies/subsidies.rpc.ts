import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

import { Actor, ActorRequest } from '../common/actor';
import { Field } from '../common/field.decorator';
import { PageQuery } from '../common/pagination';
import { IsCalendarDate, IsCountyCode, IsUscc, Trim } from '../common/validators';
import { PAYERS } from './subsidies.events';
import type { Payer } from './subsidies.events';

const AWARD_ID = /^(S-\d{2}[a-z]?|FJ-[A-Z0-9-]+)$/;
const MAX_FEN = Number.MAX_SAFE_INTEGER;

class OptionalActor {
  @Field({ zh: '操作人' })
  @IsOptional()
  @ValidateNested()
  @Type(() => Actor)
  actor?: Actor;
}

export class SubsidiesActorQuery extends OptionalActor {}

/** subsidies.award.compute — compute one award from its facts, as `npm run -s policy -- award` does. */
export class ComputeAwardRequest extends OptionalActor {
  @Field({ zh: '奖补项目', en: 'Catalogue id, e.g. S-36' })
  @Matches(AWARD_ID, { message: '奖补项目编号格式不正确（如 S-36）' })
  awardId!: string;

  @Field({ zh: '事项日期' })
  @IsCalendarDate()
  date!: string;

  @Field({ zh: '计算依据', en: 'Facts of the award (amounts in fen), as docs/awards.md lists them' })
  @IsObject()
  facts!: Record<string, unknown>;
}

/** subsidies.version.propose — a successor version of an award (amounts, dates, source); needs a second person. */
export class ProposeVersionRequest extends ActorRequest {
  @Field({ zh: '奖补项目', en: 'Catalogue id, e.g. S-17' })
  @Matches(AWARD_ID, { message: '奖补项目编号格式不正确（如 S-17）' })
  awardId!: string;

  @Field({ zh: '施行日期' })
  @IsCalendarDate()
  effectiveFrom!: string;

  @Field({ zh: '截止日期' })
  @IsOptional()
  @IsCalendarDate()
  effectiveTo?: string;

  @Field({ zh: '文件名称' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请填写政策文件名称' })
  @MaxLength(200)
  title!: string;

  @Field({ zh: '文号' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请填写政策文件文号' })
  @MaxLength(100)
  docNo!: string;

  @Field({ zh: '条款' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  article?: string;

  @Field({
    zh: '金额与比例',
    en: 'The terms of the new version, of the same kind as the award (docs/awards.md): e.g. { "kind": "fixed", "amountFen": 5000000 } or { "kind": "unit-price-rate", "rate": { "num": 60, "den": 100 }, "capFen": 200000000 }',
  })
  @IsObject()
  terms!: Record<string, unknown>;

  @Field({ zh: '说明' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(1000)
  note?: string;
}

/** subsidies.version.decide — the second person approves or rejects a proposed version. */
export class DecideVersionRequest extends ActorRequest {
  @Field({ zh: '版本ID' })
  @IsUUID()
  versionId!: string;

  @Field({ zh: '结论' })
  @IsIn(['approve', 'reject'])
  decision!: 'approve' | 'reject';

  @Field({ zh: '意见' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(1000)
  comment?: string;
}

export const ENTITLEMENT_STATUSES = [
  'pending-publicity',
  'in-publicity',
  'objected',
  'pending-approval',
  'business-approved',
  'approved',
  'disbursed',
  'rejected',
  'cancelled',
] as const;
export type EntitlementStatus = (typeof ENTITLEMENT_STATUSES)[number];
export const ENTITLEMENT_STATUS_LABELS: Readonly<Record<EntitlementStatus, string>> = {
  'pending-publicity': '待公示',
  'in-publicity': '公示中',
  objected: '异议待处理',
  'pending-approval': '待业务审核',
  'business-approved': '待财政审核',
  approved: '已批准待拨付',
  disbursed: '已拨付',
  rejected: '已驳回',
  cancelled: '已撤销',
};

/** subsidies.entitlement.list */
export class EntitlementQuery extends PageQuery {
  @Field({ zh: '状态' })
  @IsOptional()
  @IsIn(ENTITLEMENT_STATUSES)
  status?: EntitlementStatus;

  @Field({ zh: '奖补项目' })
  @IsOptional()
  @Matches(AWARD_ID)
  awardId?: string;

  @Field({ zh: '所属县（市、区）' })
  @IsOptional()
  @IsCountyCode()
  county?: string;

  @Field({ zh: '统一社会信用代码' })
  @IsOptional()
  @IsUscc()
  uscc?: string;

  @Field({ zh: '出资层级' })
  @IsOptional()
  @IsIn(PAYERS)
  payer?: Payer;

  @Field({ zh: '操作人' })
  @IsOptional()
  @ValidateNested()
  @Type(() => Actor)
  actor?: Actor;
}

export class EntitlementRef extends OptionalActor {
  @Field({ zh: '奖补记录ID' })
  @IsUUID()
  entitlementId!: string;
}

/** subsidies.entitlement.approve — one approval step: business (市工信局) then finance (市财政局). */
export class ApproveEntitlementRequest extends ActorRequest {
  @Field({ zh: '奖补记录ID' })
  @IsUUID()
  entitlementId!: string;

  @Field({ zh: '审批环节', en: 'business (业务审核) | finance (财政审核)' })
  @IsIn(['business', 'finance'])
  step!: 'business' | 'finance';

  @Field({ zh: '结论' })
  @IsIn(['approve', 'reject'])
  decision!: 'approve' | 'reject';

  @Field({ zh: '意见' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(1000)
  comment?: string;

  @Field({ zh: '期望版本', en: 'Optimistic lock: the version the official saw' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}

/** subsidies.entitlement.disburse */
export class DisburseEntitlementRequest extends ActorRequest {
  @Field({ zh: '奖补记录ID' })
  @IsUUID()
  entitlementId!: string;

  @Field({ zh: '拨付凭证号' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请填写拨付凭证号' })
  @MaxLength(100)
  voucherNo!: string;

  @Field({ zh: '拨付日期' })
  @IsCalendarDate()
  paidOn!: string;

  @Field({ zh: '期望版本' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}

/** subsidies.entitlement.cancel */
export class CancelEntitlementRequest extends ActorRequest {
  @Field({ zh: '奖补记录ID' })
  @IsUUID()
  entitlementId!: string;

  @Field({ zh: '撤销原因' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请填写原因' })
  @MaxLength(500)
  reason!: string;
}

/** subsidies.publicity.create — a 公示 list of pending entitlements with an objection window. */
export class CreatePublicityRequest extends ActorRequest {
  @Field({ zh: '公示标题' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请填写公示标题' })
  @MaxLength(200)
  title!: string;

  @Field({ zh: '公示的奖补记录' })
  @IsArray()
  @ArrayMinSize(1, { message: '请至少选择一条奖补记录' })
  @ArrayMaxSize(1000)
  @ArrayUnique()
  @IsUUID(undefined, { each: true })
  entitlementIds!: string[];

  @Field({ zh: '公示开始日期' })
  @IsCalendarDate()
  startsOn!: string;

  @Field({ zh: '公示天数', en: 'Objection window in calendar days (default 7, pending confirmation)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  days?: number;

  @Field({
    zh: '补录原因',
    en: 'Required when startsOn is before the service\'s today (a 公示 already published elsewhere, entered late); needs approvedBy',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请填写补录原因' })
  @MaxLength(500)
  backdateReason?: string;

  @Field({
    zh: '批准人',
    en: 'The second person (with subsidies:review) who approved a backdated 公示; set by the gateway after checking their credentials, never by a client',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => Actor)
  approvedBy?: Actor;
}

export class PublicityRef extends OptionalActor {
  @Field({ zh: '公示批次' })
  @IsUUID()
  publicityId!: string;
}

export class PublicityQuery extends PageQuery {
  @Field({ zh: '操作人' })
  @IsOptional()
  @ValidateNested()
  @Type(() => Actor)
  actor?: Actor;
}

/** subsidies.publicity.close — after the window: items without an open objection go to approval. */
export class ClosePublicityRequest extends ActorRequest {
  @Field({ zh: '公示批次' })
  @IsUUID()
  publicityId!: string;
}

/** subsidies.objection.raise — an objection during 公示 holds the item. */
export class RaiseObjectionRequest extends ActorRequest {
  @Field({ zh: '奖补记录ID' })
  @IsUUID()
  entitlementId!: string;

  @Field({ zh: '异议人' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请填写异议人' })
  @MaxLength(100)
  raisedBy!: string;

  @Field({ zh: '异议内容' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请填写异议内容' })
  @MaxLength(2000)
  reason!: string;
}

/** subsidies.objection.resolve */
export class ResolveObjectionRequest extends ActorRequest {
  @Field({ zh: '异议ID' })
  @IsUUID()
  objectionId!: string;

  @Field({ zh: '处理结论', en: 'upheld (异议成立: the item is rejected) | dismissed (不成立: the item continues)' })
  @IsIn(['upheld', 'dismissed'])
  decision!: 'upheld' | 'dismissed';

  @Field({ zh: '处理说明' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请填写处理说明' })
  @MaxLength(2000)
  note!: string;
}

export class ApplicationDocument {
  @Field({ zh: '材料名称' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @Field({ zh: '材料编号或存放位置' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(300)
  reference?: string;
}

/** subsidies.application.submit — an award applied for with its documents. */
export class SubmitApplicationRequest extends ActorRequest {
  @Field({ zh: '统一社会信用代码' })
  @IsUscc()
  uscc!: string;

  @Field({ zh: '奖补项目' })
  @Matches(AWARD_ID, { message: '奖补项目编号格式不正确（如 S-36）' })
  awardId!: string;

  @Field({ zh: '事项日期', en: 'The date of the triggering fact (recognition, completion, payment…)' })
  @IsCalendarDate()
  date!: string;

  @Field({
    zh: '事项文号或编号',
    en: 'What triggers the award (认定文号, project number…): one award per enterprise, award and reference',
  })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请填写认定文号或项目编号' })
  @MaxLength(100)
  reference!: string;

  @Field({ zh: '园区ID', en: 'S-22: the park whose operator brought the enterprise in' })
  @IsOptional()
  @IsUUID()
  parkId?: string;

  @Field({ zh: '计算依据', en: 'Facts of the award (amounts in fen), as docs/awards.md lists them' })
  @IsObject()
  facts!: Record<string, unknown>;

  @Field({ zh: '申报材料' })
  @IsArray()
  @ArrayMinSize(1, { message: '请至少提交一份申报材料' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ApplicationDocument)
  documents!: ApplicationDocument[];
}

/** subsidies.application.review */
export class ReviewApplicationRequest extends ActorRequest {
  @Field({ zh: '申请ID' })
  @IsUUID()
  applicationId!: string;

  @Field({ zh: '结论' })
  @IsIn(['approve', 'reject'])
  decision!: 'approve' | 'reject';

  @Field({ zh: '意见' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(1000)
  comment?: string;
}

export class ApplicationQuery extends PageQuery {
  @Field({ zh: '状态' })
  @IsOptional()
  @IsIn(['submitted', 'approved', 'rejected'])
  status?: 'submitted' | 'approved' | 'rejected';

  @Field({ zh: '操作人' })
  @IsOptional()
  @ValidateNested()
  @Type(() => Actor)
  actor?: Actor;
}

/** subsidies.budget.set — allocate (or raise) a budget line of a payer for a year. */
export class SetBudgetRequest extends ActorRequest {
  @Field({ zh: '出资层级' })
  @IsIn(PAYERS)
  payer!: Payer;

  @Field({ zh: '县（市、区）', en: 'Required for CNTY and BEN lines' })
  @IsOptional()
  @IsCountyCode()
  countyCode?: string;

  @Field({ zh: '预算年度' })
  @IsInt()
  @Min(2022)
  @Max(2100)
  year!: number;

  @Field({ zh: '预算额度', unit: 'fen' })
  @IsInt()
  @Min(0)
  @Max(MAX_FEN)
  amountFen!: number;
}

export class BudgetQuery extends OptionalActor {
  @Field({ zh: '预算年度' })
  @IsOptional()
  @IsInt()
  year?: number;
}

export class LedgerQuery extends PageQuery {
  @Field({ zh: '出资层级' })
  @IsOptional()
  @IsIn(PAYERS)
  payer?: Payer;

  @Field({ zh: '预算年度' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  year?: number;

  @Field({ zh: '所属县（市、区）' })
  @IsOptional()
  @IsCountyCode()
  county?: string;

  @Field({ zh: '操作人' })
  @IsOptional()
  @ValidateNested()
  @Type(() => Actor)
  actor?: Actor;
}

export class MatchingQuery extends OptionalActor {
  @Field({ zh: '统一社会信用代码' })
  @IsUscc()
  uscc!: string;
}

export class NoticeQuery extends PageQuery {
  @Field({ zh: '仅未读' })
  @IsOptional()
  @IsBoolean()
  unread?: boolean;

  @Field({ zh: '操作人' })
  @IsOptional()
  @ValidateNested()
  @Type(() => Actor)
  actor?: Actor;
}

export class NoticeReadRequest extends ActorRequest {
  @Field({ zh: '通知ID' })
  @IsInt()
  @Min(1)
  noticeId!: number;
}

export class ParkEnterpriseInput {
  @Field({ zh: '统一社会信用代码' })
  @IsUscc()
  uscc!: string;
}

/** subsidies.park.upsert — a park (产业园区) and the enterprises in it (S-22, S-23). */
export class UpsertParkRequest extends ActorRequest {
  @Field({ zh: '园区ID' })
  @IsOptional()
  @IsUUID()
  id?: string;

  @Field({ zh: '园区名称' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请填写园区名称' })
  @MaxLength(100)
  name!: string;

  @Field({ zh: '所在县（市、区）' })
  @IsCountyCode()
  countyCode!: string;

  @Field({ zh: '运营主体' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请填写园区运营主体' })
  @MaxLength(100)
  operator!: string;

  @Field({ zh: '入园企业' })
  @IsArray()
  @ArrayMaxSize(2000)
  @ArrayUnique((e: ParkEnterpriseInput) => e.uscc)
  @ValidateNested({ each: true })
  @Type(() => ParkEnterpriseInput)
  enterprises!: ParkEnterpriseInput[];
}
