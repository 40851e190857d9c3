import { Type } from 'class-transformer';
import {
  IsDefined,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';

import { Actor, OptionalActorRequest } from '../common/actor';
import { Field } from '../common/field.decorator';
import { PageQuery } from '../common/pagination';
import { IsCalendarDate, IsCountyCode, IsUscc, Trim } from '../common/validators';
import { IsResidentId } from './resident-id.validator';
import type { TalentMeasureCode } from './talent.dto';

// Request/reply payloads of talent.info, talent.scope and talent.person. Each `…Body`/`…Query` is what HTTP
// sends; the `…Request` adds the acting user and the ids of the path (set by the gateway).

export const TALENT_MEASURE_CODES = [
  'S-53',
  'S-54',
  'S-55a',
  'S-55b',
  'S-55c',
  'S-55d',
] as const satisfies readonly TalentMeasureCode[];

/** `talent.info.get`: who answers, and since when. */
export class TalentInfoRequest {
  @Field({ zh: '调用方' })
  @IsOptional()
  @IsString()
  from?: string;
}

export interface TalentInfo {
  service: string;
  title: string;
  version: string;
  startedAt: string;
  database: 'sqlite' | 'postgresql';
}

export class TalentScopeQuery {
  @Field({ zh: '查询日期', en: 'YYYY-MM-DD; default today' })
  @IsOptional()
  @IsCalendarDate()
  date?: string;
}

/** talent.scope.get / talent.scope.request / talent.enterprise.get */
export class TalentScopeRequest extends OptionalActorRequest {
  @Field({ zh: '统一社会信用代码' })
  @IsUscc()
  uscc!: string;

  @Field({ zh: '查询日期', en: 'YYYY-MM-DD; default today' })
  @IsOptional()
  @IsCalendarDate()
  date?: string;
}

export class TalentScopeListQuery extends PageQuery {
  @Field({ zh: '措施', en: 'S-53 | S-54 | S-55a | S-55b | S-55c | S-55d' })
  @IsIn(TALENT_MEASURE_CODES)
  measure!: TalentMeasureCode;

  @Field({ zh: '查询日期', en: 'YYYY-MM-DD; default today' })
  @IsOptional()
  @IsCalendarDate()
  date?: string;

  @Field({ zh: '县（市、区）' })
  @IsOptional()
  @IsCountyCode()
  county?: string;
}

/** talent.scope.list: the enterprises a measure applies to on a date. */
export class TalentScopeListRequest extends TalentScopeListQuery {
  @Field({ zh: '操作人' })
  @IsOptional()
  @ValidateNested()
  @Type(() => Actor)
  actor?: Actor;
}

// --- people ----------------------------------------------------------------------------------------------------

export class RegisterPersonBody {
  @Field({ zh: '姓名' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请填写姓名' })
  @MaxLength(50)
  name!: string;

  @Field({
    zh: '居民身份证号',
    en: 'GB 11643 (18 characters, check character); stored encrypted, shown masked',
  })
  @IsResidentId()
  residentId!: string;

  @Field({ zh: '手机号码', en: 'Stored encrypted, shown masked' })
  @IsOptional()
  @Trim()
  @Matches(/^1\d{10}$/, { message: '手机号码应为 11 位数字，以 1 开头' })
  phone?: string;

  @Field({ zh: '所在企业统一社会信用代码' })
  @IsUscc()
  uscc!: string;

  @Field({ zh: '职务' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100)
  position?: string;
}

/** talent.person.register */
export class RegisterPersonRequest extends RegisterPersonBody {
  @Field({ zh: '操作人', en: 'Acting user' })
  @IsDefined()
  @ValidateNested()
  @Type(() => Actor)
  actor!: Actor;
}

export class PersonQuery extends PageQuery {
  @Field({ zh: '所在企业统一社会信用代码' })
  @IsOptional()
  @IsUscc()
  uscc?: string;

  @Field({ zh: '县（市、区）' })
  @IsOptional()
  @IsCountyCode()
  county?: string;

  @Field({ zh: '姓名（包含）' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(50)
  name?: string;
}

/** talent.person.list (always masked) */
export class PersonListRequest extends PersonQuery {
  @Field({ zh: '操作人' })
  @IsOptional()
  @ValidateNested()
  @Type(() => Actor)
  actor?: Actor;
}

/** talent.person.get (masked) */
export class PersonRef extends OptionalActorRequest {
  @Field({ zh: '人员ID' })
  @IsUUID()
  personId!: string;
}

/** talent.person.reveal: the full 居民身份证号 and phone (the gateway checks the right and audits every call). */
export class RevealPersonRequest {
  @Field({ zh: '人员ID' })
  @IsUUID()
  personId!: string;

  @Field({ zh: '查看原因' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  reason?: string;

  @Field({ zh: '操作人', en: 'Acting user' })
  @IsDefined()
  @ValidateNested()
  @Type(() => Actor)
  actor!: Actor;
}

export class RevealPersonBody {
  @Field({ zh: '查看原因' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  reason?: string;
}
