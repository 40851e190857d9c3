import { POOL_CATEGORIES, TIERS } from '@ladder/shared-domain';
import type { PoolCategory, Tier } from '@ladder/shared-domain';
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

import { Actor, ActorRequest } from '../common/actor';
import { Field } from '../common/field.decorator';
import { PageQuery } from '../common/pagination';
import { IsCalendarDate, IsCountyCode, IsUscc, Trim } from '../common/validators';
import { EnterpriseProfile } from '../registry/enterprise-profile';

export const EVALUATION_TYPES = ['new', 'review'] as const;
export type EvaluationTypeValue = (typeof EVALUATION_TYPES)[number];

class OptionalActor {
  @Field({ zh: '操作人' })
  @IsOptional()
  @ValidateNested()
  @Type(() => Actor)
  actor?: Actor;
}

/** tiering.evaluation.latest / tiering.evaluation.history / tiering.certification.history */
export class UsccQuery extends OptionalActor {
  @Field({ zh: '统一社会信用代码' })
  @IsUscc()
  uscc!: string;
}

/** tiering.evaluation.run — evaluate one enterprise now and store the result. */
export class RunEvaluationRequest extends ActorRequest {
  @Field({ zh: '统一社会信用代码' })
  @IsUscc()
  uscc!: string;

  @Field({ zh: '评价基准日', en: 'Default: today (Asia/Shanghai)' })
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;

  @Field({ zh: '申报类型' })
  @IsOptional()
  @IsIn(EVALUATION_TYPES)
  type?: EvaluationTypeValue;
}

/** tiering.evaluation.what-if — evaluate an edited profile without storing anything. */
export class WhatIfRequest extends ActorRequest {
  @Field({ zh: '企业画像', en: 'Titles: taken from the profile when given, else the titles on record' })
  @IsDefined()
  @ValidateNested()
  @Type(() => EnterpriseProfile)
  profile!: EnterpriseProfile;

  @Field({ zh: '评价基准日' })
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;

  @Field({ zh: '申报类型' })
  @IsOptional()
  @IsIn(EVALUATION_TYPES)
  type?: EvaluationTypeValue;
}

/** tiering.pool.list */
export class PoolQuery extends PageQuery {
  @Field({ zh: '培育类别', en: 'recommend | upgrade | watch | none' })
  @IsOptional()
  @IsIn([...POOL_CATEGORIES, 'none'])
  category?: PoolCategory | 'none';

  @Field({ zh: '所属县（市、区）' })
  @IsOptional()
  @IsCountyCode()
  county?: string;

  @Field({ zh: '下一层级' })
  @IsOptional()
  @IsIn(TIERS)
  nextTier?: Tier;

  @Field({ zh: '关键词' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100)
  q?: string;

  @Field({ zh: '操作人' })
  @IsOptional()
  @ValidateNested()
  @Type(() => Actor)
  actor?: Actor;
}

/** tiering.recommendation.create — the county recommends an enterprise for a tier. */
export class CreateRecommendationRequest extends ActorRequest {
  @Field({ zh: '统一社会信用代码' })
  @IsUscc()
  uscc!: string;

  @Field({ zh: '推荐层级' })
  @IsIn(TIERS)
  tier!: Tier;

  @Field({ zh: '申报类型', en: 'new (新申报) | review (复核)' })
  @IsIn(EVALUATION_TYPES)
  type!: EvaluationTypeValue;

  @Field({ zh: '批次年度', unit: 'year' })
  @IsInt()
  @Min(2022)
  @Max(2100)
  batchYear!: number;

  @Field({ zh: '推荐意见' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(1000)
  comment?: string;
}

/** tiering.recommendation.review — the city approves or returns a county recommendation. */
export class ReviewRecommendationRequest extends ActorRequest {
  @Field({ zh: '推荐ID' })
  @IsUUID()
  recommendationId!: string;

  @Field({ zh: '审核结论', en: 'approve | return' })
  @IsIn(['approve', 'return'])
  decision!: 'approve' | 'return';

  @Field({ zh: '审核意见' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(1000)
  comment?: string;

  @Field({ zh: '期望版本' })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number;
}

/** tiering.recommendation.submit — the city submits an approved recommendation upward. */
export class SubmitRecommendationRequest extends ActorRequest {
  @Field({ zh: '推荐ID' })
  @IsUUID()
  recommendationId!: string;
}

/** tiering.recommendation.outcome — the official outcome (认定 or not) of a submitted recommendation. */
export class RecordOutcomeRequest extends ActorRequest {
  @Field({ zh: '推荐ID' })
  @IsUUID()
  recommendationId!: string;

  @Field({ zh: '结果', en: 'certified | rejected' })
  @IsIn(['certified', 'rejected'])
  outcome!: 'certified' | 'rejected';

  @Field({ zh: '认定机关' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100)
  issuer?: string;

  @Field({ zh: '认定文号' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100)
  docNo?: string;

  @Field({ zh: '认定日期' })
  @IsOptional()
  @IsCalendarDate()
  certifiedOn?: string;

  @Field({ zh: '有效期至', en: 'Default: 3 years after the recognition, minus one day' })
  @IsOptional()
  @IsCalendarDate()
  validUntil?: string;

  @Field({ zh: '说明' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(1000)
  comment?: string;
}

/** tiering.recommendation.list */
export class RecommendationQuery extends PageQuery {
  @Field({ zh: '状态' })
  @IsOptional()
  @IsIn(['county-recommended', 'city-approved', 'returned', 'submitted', 'certified', 'rejected'])
  status?: RecommendationStatus;

  @Field({ zh: '层级' })
  @IsOptional()
  @IsIn(TIERS)
  tier?: Tier;

  @Field({ zh: '所属县（市、区）' })
  @IsOptional()
  @IsCountyCode()
  county?: string;

  @Field({ zh: '批次年度' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  batchYear?: number;

  @Field({ zh: '操作人' })
  @IsOptional()
  @ValidateNested()
  @Type(() => Actor)
  actor?: Actor;
}

export type RecommendationStatus = 'county-recommended' | 'city-approved' | 'returned' | 'submitted' | 'certified' | 'rejected';

/** tiering.certification.record — enter a recognition that happened outside the workflow (e.g. before the system). */
export class RecordCertificationRequest extends ActorRequest {
  @Field({ zh: '统一社会信用代码' })
  @IsUscc()
  uscc!: string;

  @Field({ zh: '层级' })
  @IsIn(TIERS)
  tier!: Tier;

  @Field({ zh: '认定机关' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请填写认定机关' })
  @MaxLength(100)
  issuer!: string;

  @Field({ zh: '认定文号' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请填写认定文号' })
  @MaxLength(100)
  docNo!: string;

  @Field({ zh: '认定日期' })
  @IsCalendarDate()
  certifiedOn!: string;

  @Field({ zh: '有效期至' })
  @IsOptional()
  @IsCalendarDate()
  validUntil?: string;
}

/** tiering.certification.renew — 复核通过: extend validity. */
export class RenewCertificationRequest extends ActorRequest {
  @Field({ zh: '认定记录ID' })
  @IsUUID()
  certificationId!: string;

  @Field({ zh: '复核文号' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请填写复核文号' })
  @MaxLength(100)
  docNo!: string;

  @Field({ zh: '复核日期' })
  @IsCalendarDate()
  renewedOn!: string;

  @Field({ zh: '有效期至' })
  @IsOptional()
  @IsCalendarDate()
  validUntil?: string;
}

/** tiering.certification.revoke */
export class RevokeCertificationRequest extends ActorRequest {
  @Field({ zh: '认定记录ID' })
  @IsUUID()
  certificationId!: string;

  @Field({ zh: '撤销原因' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请填写撤销原因' })
  @MaxLength(500)
  reason!: string;

  @Field({ zh: '因数据造假撤销', en: 'Bars re-application for 3 years' })
  @IsBoolean()
  fraud!: boolean;

  @Field({ zh: '撤销日期' })
  @IsCalendarDate()
  revokedOn!: string;
}

/** tiering.certification.list */
export class CertificationQuery extends PageQuery {
  @Field({ zh: '统一社会信用代码' })
  @IsOptional()
  @IsUscc()
  uscc?: string;

  @Field({ zh: '层级' })
  @IsOptional()
  @IsIn(TIERS)
  tier?: Tier;

  @Field({ zh: '状态' })
  @IsOptional()
  @IsIn(['valid', 'expired', 'revoked', 'superseded'])
  status?: CertificationStatus;

  @Field({ zh: '所属县（市、区）' })
  @IsOptional()
  @IsCountyCode()
  county?: string;

  @Field({ zh: '有效期截止早于', en: 'Valid titles expiring on or before this date' })
  @IsOptional()
  @IsCalendarDate()
  expiringBy?: string;

  @Field({ zh: '操作人' })
  @IsOptional()
  @ValidateNested()
  @Type(() => Actor)
  actor?: Actor;
}

export type CertificationStatus = 'valid' | 'expired' | 'revoked' | 'superseded';

/** tiering.job.start — whole-pool re-evaluation, or a shadow comparison of two rule versions. */
export class StartJobRequest extends ActorRequest {
  @Field({ zh: '任务类型', en: 'reevaluate | shadow' })
  @IsIn(['reevaluate', 'shadow'])
  kind!: 'reevaluate' | 'shadow';

  @Field({ zh: '评价基准日' })
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;

  @Field({ zh: '申报类型' })
  @IsOptional()
  @IsIn(EVALUATION_TYPES)
  type?: EvaluationTypeValue;

  @Field({ zh: '对比规则版本A', en: 'shadow: rule version id, e.g. tiers-2022' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  versionA?: string;

  @Field({ zh: '对比规则版本B', en: 'shadow: rule version id, e.g. tiers-2026' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  versionB?: string;
}

/** tiering.job.get / tiering.job.diffs */
export class JobQuery extends PageQuery {
  @Field({ zh: '任务ID' })
  @IsUUID()
  jobId!: string;

  @Field({ zh: '仅看有差异' })
  @IsOptional()
  @IsBoolean()
  changedOnly?: boolean;

  @Field({ zh: '操作人' })
  @IsOptional()
  @ValidateNested()
  @Type(() => Actor)
  actor?: Actor;
}

export class ActorOnlyRequest extends OptionalActor {}

/** tiering.assessment.report — the mid-year / annual assessment per county (S-59). */
export class AssessmentRequest extends OptionalActor {
  @Field({ zh: '年度' })
  @IsInt()
  @Min(2022)
  @Max(2100)
  year!: number;

  @Field({ zh: '考核期', en: 'mid-year (1 Jan – 30 Jun) | annual' })
  @IsIn(['mid-year', 'annual'])
  period!: 'mid-year' | 'annual';
}

/** tiering.liaison.assign — S-57 挂包服务: one cadre of the tier's rank per titled enterprise. */
export class AssignLiaisonRequest extends ActorRequest {
  @Field({ zh: '统一社会信用代码' })
  @IsUscc()
  uscc!: string;

  @Field({ zh: '挂包干部' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请填写挂包干部姓名' })
  @MaxLength(50)
  cadreName!: string;

  @Field({ zh: '职级', en: '厅级 | 处级 | 科级' })
  @IsIn(['厅级', '处级', '科级'])
  cadreRank!: '厅级' | '处级' | '科级';

  @Field({ zh: '单位' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请填写挂包干部所在单位' })
  @MaxLength(100)
  cadreUnit!: string;

  @Field({ zh: '联系电话' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(20)
  phone?: string;
}

/** tiering.liaison.list */
export class LiaisonQuery extends PageQuery {
  @Field({ zh: '所属县（市、区）' })
  @IsOptional()
  @IsCountyCode()
  county?: string;

  @Field({ zh: '仅看未配备或职级不符', en: 'Titled enterprises without a liaison of the matching rank' })
  @IsOptional()
  @IsBoolean()
  missingOnly?: boolean;

  @Field({ zh: '操作人' })
  @IsOptional()
  @ValidateNested()
  @Type(() => Actor)
  actor?: Actor;
}
