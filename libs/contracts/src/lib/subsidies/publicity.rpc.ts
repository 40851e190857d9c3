import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
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

import { Actor, ActorRequest, OptionalActorRequest } from '../common/actor';
import { Field } from '../common/field.decorator';
import { PageQuery } from '../common/pagination';
import { IsCalendarDate, Trim } from '../common/validators';

// Request/reply payloads of 公示 and objections: subsidies.publicity.*, subsidies.objection.*

/** HTTP body of subsidies.publicity.create (the gateway adds `approvedBy` after checking a backdated one's approver). */
export class CreatePublicityBody {
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
}

/** subsidies.publicity.create — a 公示 list of pending entitlements with an objection window. */
export class CreatePublicityRequest extends CreatePublicityBody {
  @Field({
    zh: '批准人',
    en: 'The second person (with subsidies:review) who approved a backdated 公示; set by the gateway after checking their credentials, never by a client',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => Actor)
  approvedBy?: Actor;

  @Field({ zh: '操作人', en: 'Acting user' })
  @IsDefined()
  @ValidateNested()
  @Type(() => Actor)
  actor!: Actor;
}

export class PublicityRef extends OptionalActorRequest {
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

/** HTTP body of subsidies.objection.raise (the entitlement is in the path). */
export class RaiseObjectionBody {
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

/** subsidies.objection.raise — an objection during 公示 holds the item. */
export class RaiseObjectionRequest extends RaiseObjectionBody {
  @Field({ zh: '奖补记录ID' })
  @IsUUID()
  entitlementId!: string;

  @Field({ zh: '操作人', en: 'Acting user' })
  @IsDefined()
  @ValidateNested()
  @Type(() => Actor)
  actor!: Actor;
}

/** HTTP body of subsidies.objection.resolve (the objection is in the path). */
export class ResolveObjectionBody {
  @Field({
    zh: '处理结论',
    en: 'upheld (异议成立: the item is rejected) | dismissed (不成立: the item continues)',
  })
  @IsIn(['upheld', 'dismissed'])
  decision!: 'upheld' | 'dismissed';

  @Field({ zh: '处理说明' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请填写处理说明' })
  @MaxLength(2000)
  note!: string;
}

/** subsidies.objection.resolve */
export class ResolveObjectionRequest extends ResolveObjectionBody {
  @Field({ zh: '异议ID' })
  @IsUUID()
  objectionId!: string;

  @Field({ zh: '操作人', en: 'Acting user' })
  @IsDefined()
  @ValidateNested()
  @Type(() => Actor)
  actor!: Actor;
}
