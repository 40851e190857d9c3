import { TIERS } from '@ladder/shared-domain';
import type { Tier } from '@ladder/shared-domain';
import { Type } from 'class-transformer';
import {
  IsDefined,
  IsIn,
  IsInt,
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
import { EVALUATION_TYPES } from './evaluation.rpc';
import type { EvaluationTypeValue } from './evaluation.rpc';

// Request/reply payloads of the recommendation workflow: tiering.recommendation.*

/** HTTP body of tiering.recommendation.create. */
export class CreateRecommendationBody {
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

/** tiering.recommendation.create — the county recommends an enterprise for a tier. */
export class CreateRecommendationRequest extends CreateRecommendationBody {
  @Field({ zh: '操作人', en: 'Acting user' })
  @IsDefined()
  @ValidateNested()
  @Type(() => Actor)
  actor!: Actor;
}

/** HTTP body of tiering.recommendation.review (the recommendation is in the path). */
export class ReviewRecommendationBody {
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

/** tiering.recommendation.review — the city approves or returns a county recommendation. */
export class ReviewRecommendationRequest extends ReviewRecommendationBody {
  @Field({ zh: '推荐ID' })
  @IsUUID()
  recommendationId!: string;

  @Field({ zh: '操作人', en: 'Acting user' })
  @IsDefined()
  @ValidateNested()
  @Type(() => Actor)
  actor!: Actor;
}

/** tiering.recommendation.submit — the city submits an approved recommendation upward. */
export class SubmitRecommendationRequest extends ActorRequest {
  @Field({ zh: '推荐ID' })
  @IsUUID()
  recommendationId!: string;
}

/** HTTP body of tiering.recommendation.outcome (the recommendation is in the path). */
export class RecordOutcomeBody {
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

/** tiering.recommendation.outcome — the official outcome (认定 or not) of a submitted recommendation. */
export class RecordOutcomeRequest extends RecordOutcomeBody {
  @Field({ zh: '推荐ID' })
  @IsUUID()
  recommendationId!: string;

  @Field({ zh: '操作人', en: 'Acting user' })
  @IsDefined()
  @ValidateNested()
  @Type(() => Actor)
  actor!: Actor;
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

export type RecommendationStatus =
  'county-recommended' | 'city-approved' | 'returned' | 'submitted' | 'certified' | 'rejected';
