import { Type } from 'class-transformer';
import { IsBoolean, IsDefined, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';

import { Actor } from '../common/actor';
import { Field } from '../common/field.decorator';
import { PageQuery } from '../common/pagination';
import { IsCalendarDate, IsCountyCode, IsUscc, QueryBoolean, Trim } from '../common/validators';

// Request/reply payloads of the white list (S-48): guarantees.whitelist.*

/** guarantees.whitelist.list */
export class WhiteListQuery extends PageQuery {
  @Field({ zh: '是否在名单内', en: 'Default: members only' })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  member?: boolean;

  @Field({ zh: '所属县（市、区）' })
  @IsOptional()
  @IsCountyCode()
  county?: string;

  @Field({ zh: '统一社会信用代码' })
  @IsOptional()
  @IsUscc()
  uscc?: string;

  @Field({ zh: '操作人' })
  @IsOptional()
  @ValidateNested()
  @Type(() => Actor)
  actor?: Actor;
}

/** guarantees.whitelist.history — every change of one enterprise, or the latest changes of all. */
export class WhiteListHistoryQuery extends PageQuery {
  @Field({ zh: '统一社会信用代码' })
  @IsOptional()
  @IsUscc()
  uscc?: string;

  @Field({ zh: '操作人' })
  @IsOptional()
  @ValidateNested()
  @Type(() => Actor)
  actor?: Actor;
}

/** HTTP body of guarantees.whitelist.add: a manual addition by 市金融监管局, with its reason. */
export class AddWhiteListBody {
  @Field({ zh: '统一社会信用代码' })
  @IsUscc()
  uscc!: string;

  @Field({ zh: '所属县（市、区）' })
  @IsCountyCode()
  countyCode!: string;

  @Field({ zh: '原因' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请填写纳入“白名单”的原因' })
  @MaxLength(500)
  reason!: string;

  @Field({ zh: '生效日期', en: 'Default: today' })
  @IsOptional()
  @IsCalendarDate()
  effectiveOn?: string;
}

export class AddWhiteListRequest extends AddWhiteListBody {
  @Field({ zh: '操作人' })
  @IsDefined()
  @ValidateNested()
  @Type(() => Actor)
  actor!: Actor;
}

/** HTTP body of guarantees.whitelist.remove: a manual removal by 市金融监管局, with its reason. */
export class RemoveWhiteListBody {
  @Field({ zh: '原因' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请填写移出“白名单”的原因' })
  @MaxLength(500)
  reason!: string;

  @Field({ zh: '生效日期', en: 'Default: today' })
  @IsOptional()
  @IsCalendarDate()
  effectiveOn?: string;
}

export class RemoveWhiteListRequest extends RemoveWhiteListBody {
  @Field({ zh: '统一社会信用代码' })
  @IsUscc()
  uscc!: string;

  @Field({ zh: '操作人' })
  @IsDefined()
  @ValidateNested()
  @Type(() => Actor)
  actor!: Actor;
}
