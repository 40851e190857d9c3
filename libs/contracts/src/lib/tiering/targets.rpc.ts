import { Type } from 'class-transformer';
import { IsIn, IsInt, Max, Min } from 'class-validator';

import { OptionalActorRequest } from '../common/actor';
import { Field } from '../common/field.decorator';

/** tiering.pool.summary / tiering.targets.summary / tiering.rule-version.list — nothing but who asks. */
export class ActorOnlyRequest extends OptionalActorRequest {}

/** tiering.assessment.report — the mid-year / annual assessment per county (S-59). */
export class AssessmentRequest extends OptionalActorRequest {
  @Field({ zh: '年度' })
  @Type(() => Number)
  @IsInt()
  @Min(2022)
  @Max(2100)
  year!: number;

  @Field({ zh: '考核期', en: 'mid-year (1 Jan – 30 Jun) | annual' })
  @IsIn(['mid-year', 'annual'])
  period!: 'mid-year' | 'annual';
}
