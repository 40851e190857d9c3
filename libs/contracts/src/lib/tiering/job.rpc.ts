import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsDefined,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';

import { Actor } from '../common/actor';
import { Field } from '../common/field.decorator';
import { PageQuery } from '../common/pagination';
import { IsCalendarDate, QueryBoolean } from '../common/validators';
import { EVALUATION_TYPES } from './evaluation.rpc';
import type { EvaluationTypeValue } from './evaluation.rpc';

/** HTTP body of tiering.job.start. */
export class StartJobBody {
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

/** tiering.job.start — whole-pool re-evaluation, or a shadow comparison of two rule versions. */
export class StartJobRequest extends StartJobBody {
  @Field({ zh: '操作人', en: 'Acting user' })
  @IsDefined()
  @ValidateNested()
  @Type(() => Actor)
  actor!: Actor;
}

/** HTTP query of tiering.job.diffs (the job is in the path). */
export class JobDiffsQuery extends PageQuery {
  @Field({ zh: '仅看有差异' })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  changedOnly?: boolean;
}

/** tiering.job.get / tiering.job.diffs */
export class JobQuery extends JobDiffsQuery {
  @Field({ zh: '任务ID' })
  @IsUUID()
  jobId!: string;

  @Field({ zh: '操作人' })
  @IsOptional()
  @ValidateNested()
  @Type(() => Actor)
  actor?: Actor;
}
