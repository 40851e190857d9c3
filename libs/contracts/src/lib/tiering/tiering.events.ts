import { POOL_CATEGORIES, TIERS } from '@ladder/shared-domain';
import type { PoolCategory, Tier } from '@ladder/shared-domain';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Min, ValidateIf } from 'class-validator';

import { Field } from '../common/field.decorator';
import { IsCalendarDate, IsCountyCode, IsUscc } from '../common/validators';

const DECISIONS = ['eligible', 'not-eligible', 'unknown'] as const;
export type TierDecisionValue = (typeof DECISIONS)[number];

/** tiering.enterprise.evaluated — an evaluation was stored (after new data, a rule change or on request). */
export class EnterpriseEvaluatedEvent {
  @Field({ zh: '统一社会信用代码' })
  @IsUscc()
  uscc!: string;

  @Field({ zh: '所属县（市、区）' })
  @IsCountyCode()
  countyCode!: string;

  @Field({ zh: '评价ID' })
  @IsInt()
  @Min(1)
  evaluationId!: number;

  @Field({ zh: '评价基准日' })
  @IsCalendarDate()
  asOf!: string;

  @Field({ zh: '申报类型', en: 'new | review (复核)' })
  @IsIn(['new', 'review'])
  type!: 'new' | 'review';

  @Field({ zh: '规则版本', en: 'e.g. tiers-2022, tiers-2026' })
  @IsString()
  ruleVersion!: string;

  @Field({ zh: '数据年度（上年度）', unit: 'year' })
  @IsInt()
  dataYear!: number;

  @Field({ zh: '创新型中小企业结论' })
  @IsIn(DECISIONS)
  innovative!: TierDecisionValue;

  @Field({ zh: '专精特新中小企业结论' })
  @IsIn(DECISIONS)
  specialized!: TierDecisionValue;

  @Field({ zh: '专精特新“小巨人”企业结论' })
  @IsIn(DECISIONS)
  littleGiant!: TierDecisionValue;

  @Field({ zh: '触发原因', en: 'event | job | manual' })
  @IsIn(['event', 'job', 'manual'])
  trigger!: 'event' | 'job' | 'manual';
}

/** tiering.enterprise.category-changed — the pool category (S-14) of an enterprise changed. */
export class CategoryChangedEvent {
  @Field({ zh: '统一社会信用代码' })
  @IsUscc()
  uscc!: string;

  @Field({ zh: '所属县（市、区）' })
  @IsCountyCode()
  countyCode!: string;

  @Field({ zh: '原类别' })
  @ValidateIf((o: CategoryChangedEvent) => o.before !== null)
  @IsIn(POOL_CATEGORIES)
  before!: PoolCategory | null;

  @Field({ zh: '新类别', en: 'recommend (重点推荐) | upgrade (重点提升) | watch (重点关注) | null (already 小巨人)' })
  @ValidateIf((o: CategoryChangedEvent) => o.after !== null)
  @IsIn(POOL_CATEGORIES)
  after!: PoolCategory | null;

  @Field({ zh: '下一层级' })
  @ValidateIf((o: CategoryChangedEvent) => o.nextTier !== null)
  @IsIn(TIERS)
  nextTier!: Tier | null;

  @Field({ zh: '评价ID' })
  @IsInt()
  evaluationId!: number;

  @Field({ zh: '理由' })
  @IsString()
  reason!: string;
}

/** tiering.enterprise.recommended — a recommendation advanced (county → city → submitted upward). */
export class EnterpriseRecommendedEvent {
  @Field({ zh: '推荐ID' })
  @IsUUID()
  recommendationId!: string;

  @Field({ zh: '统一社会信用代码' })
  @IsUscc()
  uscc!: string;

  @Field({ zh: '所属县（市、区）' })
  @IsCountyCode()
  countyCode!: string;

  @Field({ zh: '推荐层级' })
  @IsIn(TIERS)
  tier!: Tier;

  @Field({ zh: '申报类型' })
  @IsIn(['new', 'review'])
  type!: 'new' | 'review';

  @Field({ zh: '批次年度', unit: 'year' })
  @IsInt()
  batchYear!: number;

  @Field({ zh: '环节', en: 'county (县推荐) | city (市审核通过) | submitted (已上报)' })
  @IsIn(['county', 'city', 'submitted'])
  stage!: 'county' | 'city' | 'submitted';
}

/** Fields of every certification event. */
export class CertificationEventBase {
  @Field({ zh: '认定记录ID' })
  @IsUUID()
  certificationId!: string;

  @Field({ zh: '统一社会信用代码' })
  @IsUscc()
  uscc!: string;

  @Field({ zh: '所属县（市、区）' })
  @IsCountyCode()
  countyCode!: string;

  @Field({ zh: '层级' })
  @IsIn(TIERS)
  tier!: Tier;

  @Field({ zh: '当前最高有效层级', en: 'Highest tier the enterprise validly holds after this change, or null' })
  @ValidateIf((o: CertificationEventBase) => o.currentTier !== null)
  @IsIn(TIERS)
  currentTier!: Tier | null;
}

/**
 * tiering.enterprise.certified — an official recognition was recorded (认定, with issuing body, 文号 and dates).
 * `kind` says whether it is a new recognition or a renewal after 复核: awards are paid on new ones only.
 */
export class EnterpriseCertifiedEvent extends CertificationEventBase {
  @Field({ zh: '认定类型', en: 'new (新认定) | renewal (复核通过)' })
  @IsIn(['new', 'renewal'])
  kind!: 'new' | 'renewal';

  @Field({ zh: '认定机关' })
  @IsString()
  issuer!: string;

  @Field({ zh: '认定文号' })
  @IsString()
  docNo!: string;

  @Field({ zh: '认定日期' })
  @IsCalendarDate()
  certifiedOn!: string;

  @Field({ zh: '有效期至' })
  @IsCalendarDate()
  validUntil!: string;
}

/** tiering.enterprise.renewed — a title passed 复核 and its validity was extended. */
export class EnterpriseRenewedEvent extends CertificationEventBase {
  @Field({ zh: '复核文号' })
  @IsString()
  docNo!: string;

  @Field({ zh: '复核日期' })
  @IsCalendarDate()
  renewedOn!: string;

  @Field({ zh: '有效期至' })
  @IsCalendarDate()
  validUntil!: string;
}

/** tiering.enterprise.revoked — a title was revoked (复核未通过, 数据造假 …). */
export class EnterpriseRevokedEvent extends CertificationEventBase {
  @Field({ zh: '撤销原因' })
  @IsString()
  reason!: string;

  @Field({ zh: '是否因数据造假', en: 'Fraud bars re-application for 3 years' })
  @IsBoolean()
  fraud!: boolean;

  @Field({ zh: '撤销日期' })
  @IsCalendarDate()
  revokedOn!: string;

  @Field({ zh: '禁止再申报至' })
  @IsOptional()
  @IsCalendarDate()
  barredUntil?: string;
}

/** tiering.enterprise.expired — a title reached the end of its validity without renewal. */
export class EnterpriseTitleExpiredEvent extends CertificationEventBase {
  @Field({ zh: '有效期至' })
  @IsCalendarDate()
  validUntil!: string;
}


/** tiering.enterprise.liaison-assigned — a liaison cadre (挂包干部, S-57) was assigned to a titled enterprise. */
export class LiaisonAssignedEvent {
  @Field({ zh: '统一社会信用代码' })
  @IsUscc()
  uscc!: string;

  @Field({ zh: '所属县（市、区）' })
  @IsCountyCode()
  countyCode!: string;

  @Field({ zh: '挂包干部' })
  @IsString()
  cadreName!: string;

  @Field({ zh: '干部职级', en: '厅级 | 处级 | 科级' })
  @IsIn(['厅级', '处级', '科级'])
  cadreRank!: '厅级' | '处级' | '科级';

  @Field({ zh: '干部单位' })
  @IsString()
  cadreUnit!: string;
}
