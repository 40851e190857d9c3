import { Type } from 'class-transformer';
import {
  IsDefined,
  IsIn,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';

import { Actor, OptionalActorRequest } from '../common/actor';
import { Field } from '../common/field.decorator';
import { IsCalendarDate, Trim } from '../common/validators';

// Request/reply payloads of the award catalogue and its versions: subsidies.catalogue.*, subsidies.award.*,
// subsidies.version.*

/** An award's catalogue id: S-36, S-19a, FJ-…. */
export const AWARD_ID_PATTERN = /^(S-\d{2}[a-z]?|FJ-[A-Z0-9-]+)$/;

/** subsidies.catalogue.list / subsidies.park.list — nothing but who asks. */

export class SubsidiesActorQuery extends OptionalActorRequest {}

/** HTTP body of subsidies.award.compute. */
export class ComputeAwardBody {
  @Field({ zh: '奖补项目', en: 'Catalogue id, e.g. S-36' })
  @Matches(AWARD_ID_PATTERN, { message: '奖补项目编号格式不正确（如 S-36）' })
  awardId!: string;

  @Field({ zh: '事项日期' })
  @IsCalendarDate()
  date!: string;

  @Field({ zh: '计算依据', en: 'Facts of the award (amounts in fen), as docs/awards.md lists them' })
  @IsObject()
  facts!: Record<string, unknown>;
}

/** subsidies.award.compute — compute one award from its facts, as `npm run -s policy -- award` does. */
export class ComputeAwardRequest extends ComputeAwardBody {
  @Field({ zh: '操作人' })
  @IsOptional()
  @ValidateNested()
  @Type(() => Actor)
  actor?: Actor;
}

/** HTTP body of subsidies.version.propose. */
export class ProposeVersionBody {
  @Field({ zh: '奖补项目', en: 'Catalogue id, e.g. S-17' })
  @Matches(AWARD_ID_PATTERN, { message: '奖补项目编号格式不正确（如 S-17）' })
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

/** subsidies.version.propose — a successor version of an award (amounts, dates, source); needs a second person. */
export class ProposeVersionRequest extends ProposeVersionBody {
  @Field({ zh: '操作人', en: 'Acting user' })
  @IsDefined()
  @ValidateNested()
  @Type(() => Actor)
  actor!: Actor;
}

/** HTTP body of subsidies.version.decide (the version is in the path). */
export class DecideVersionBody {
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

/** subsidies.version.decide — the second person approves or rejects a proposed version. */
export class DecideVersionRequest extends DecideVersionBody {
  @Field({ zh: '版本ID' })
  @IsUUID()
  versionId!: string;

  @Field({ zh: '操作人', en: 'Acting user' })
  @IsDefined()
  @ValidateNested()
  @Type(() => Actor)
  actor!: Actor;
}
