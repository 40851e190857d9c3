import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsOptional, ValidateNested } from 'class-validator';

import { Actor, OptionalActorRequest } from '../common/actor';
import { Field } from '../common/field.decorator';
import { IsCalendarDate, IsUscc } from '../common/validators';
import { EnterpriseProfile } from '../registry/enterprise-profile';

// Request/reply payloads of evaluations: tiering.evaluation.*. A `…Body` class is what the HTTP client sends; the
// request adds what the gateway sets (the acting user, ids from the path).

export const EVALUATION_TYPES = ['new', 'review'] as const;
export type EvaluationTypeValue = (typeof EVALUATION_TYPES)[number];

/** tiering.evaluation.latest / tiering.evaluation.history / tiering.certification.history */
export class UsccQuery extends OptionalActorRequest {
  @Field({ zh: '统一社会信用代码' })
  @IsUscc()
  uscc!: string;
}

/** HTTP body of tiering.evaluation.run (the enterprise is in the path). */
export class RunEvaluationBody {
  @Field({ zh: '评价基准日', en: 'Default: today (Asia/Shanghai)' })
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;

  @Field({ zh: '申报类型' })
  @IsOptional()
  @IsIn(EVALUATION_TYPES)
  type?: EvaluationTypeValue;
}

/** tiering.evaluation.run — evaluate one enterprise now and store the result. */
export class RunEvaluationRequest extends RunEvaluationBody {
  @Field({ zh: '统一社会信用代码' })
  @IsUscc()
  uscc!: string;

  @Field({ zh: '操作人', en: 'Acting user' })
  @IsDefined()
  @ValidateNested()
  @Type(() => Actor)
  actor!: Actor;
}

/** HTTP body of tiering.evaluation.what-if. */
export class WhatIfBody {
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

/** tiering.evaluation.what-if — evaluate an edited profile without storing anything. */
export class WhatIfRequest extends WhatIfBody {
  @Field({ zh: '操作人', en: 'Acting user' })
  @IsDefined()
  @ValidateNested()
  @Type(() => Actor)
  actor!: Actor;
}
