import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsDefined,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';

import { Actor } from '../common/actor';
import { Field } from '../common/field.decorator';
import { IsCountyCode, IsUscc, Trim } from '../common/validators';

export class ParkEnterpriseInput {
  @Field({ zh: '统一社会信用代码' })
  @IsUscc()
  uscc!: string;
}

/** HTTP body of subsidies.park.upsert (an existing park's id is in the path). */
export class UpsertParkBody {
  @Field({ zh: '园区名称' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请填写园区名称' })
  @MaxLength(100)
  name!: string;

  @Field({ zh: '所在县（市、区）' })
  @IsCountyCode()
  countyCode!: string;

  @Field({ zh: '运营主体' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请填写园区运营主体' })
  @MaxLength(100)
  operator!: string;

  @Field({ zh: '入园企业' })
  @IsArray()
  @ArrayMaxSize(2000)
  @ArrayUnique((e: ParkEnterpriseInput) => e.uscc)
  @ValidateNested({ each: true })
  @Type(() => ParkEnterpriseInput)
  enterprises!: ParkEnterpriseInput[];
}

/** subsidies.park.upsert — a park (产业园区) and the enterprises in it (S-22, S-23). */
export class UpsertParkRequest extends UpsertParkBody {
  @Field({ zh: '园区ID' })
  @IsOptional()
  @IsUUID()
  id?: string;

  @Field({ zh: '操作人', en: 'Acting user' })
  @IsDefined()
  @ValidateNested()
  @Type(() => Actor)
  actor!: Actor;
}
