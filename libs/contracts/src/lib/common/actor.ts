import { Type } from 'class-transformer';
import { IsArray, IsDefined, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';

import { Field } from './field.decorator';
import { IsCountyCode } from './validators';

/** Who asks. Set by the gateway from the verified session; services record it and enforce county scope. */
export class Actor {
  @Field({ zh: '用户ID', en: 'User id' })
  @IsString()
  @MaxLength(64)
  userId!: string;

  @Field({ zh: '用户名', en: 'Username' })
  @IsString()
  @MaxLength(64)
  username!: string;

  @Field({ zh: '角色', en: 'Roles' })
  @IsArray()
  @IsString({ each: true })
  roles!: string[];

  @Field({ zh: '所辖县（市、区）', en: 'County scope; absent for city-wide accounts' })
  @IsOptional()
  @IsCountyCode()
  countyCode?: string;

  @Field({ zh: '所在单位（政企直通车责任单位）', en: 'Service-desk department code of the account (SERVICE_DEPARTMENTS); department handlers act only on its appeals' })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  departmentCode?: string;
}

/** Base for every request that changes state. */
export class ActorRequest {
  @Field({ zh: '操作人', en: 'Acting user' })
  @IsDefined()
  @ValidateNested()
  @Type(() => Actor)
  actor!: Actor;
}

/** Base for reads: the gateway always sets the actor; a service asking another may leave it out. */
export class OptionalActorRequest {
  @Field({ zh: '操作人' })
  @IsOptional()
  @ValidateNested()
  @Type(() => Actor)
  actor?: Actor;
}
