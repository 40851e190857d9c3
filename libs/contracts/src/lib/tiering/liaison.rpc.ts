import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsDefined,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';

import { Actor } from '../common/actor';
import { Field } from '../common/field.decorator';
import { PageQuery } from '../common/pagination';
import { IsCountyCode, IsUscc, QueryBoolean, Trim } from '../common/validators';

// Request/reply payloads of liaison cadres (挂包干部): tiering.liaison.*

/** HTTP body of tiering.liaison.assign (the enterprise is in the path). */
export class AssignLiaisonBody {
  @Field({ zh: '挂包干部' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请填写挂包干部姓名' })
  @MaxLength(50)
  cadreName!: string;

  @Field({ zh: '职级', en: '厅级 | 处级 | 科级' })
  @IsIn(['厅级', '处级', '科级'])
  cadreRank!: '厅级' | '处级' | '科级';

  @Field({ zh: '单位' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请填写挂包干部所在单位' })
  @MaxLength(100)
  cadreUnit!: string;

  @Field({ zh: '联系电话' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(20)
  phone?: string;
}

/** tiering.liaison.assign — S-57 挂包服务: one cadre of the tier's rank per titled enterprise. */
export class AssignLiaisonRequest extends AssignLiaisonBody {
  @Field({ zh: '统一社会信用代码' })
  @IsUscc()
  uscc!: string;

  @Field({ zh: '操作人', en: 'Acting user' })
  @IsDefined()
  @ValidateNested()
  @Type(() => Actor)
  actor!: Actor;
}

/** tiering.liaison.list */
export class LiaisonQuery extends PageQuery {
  @Field({ zh: '所属县（市、区）' })
  @IsOptional()
  @IsCountyCode()
  county?: string;

  @Field({ zh: '仅看未配备或职级不符', en: 'Titled enterprises without a liaison of the matching rank' })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  missingOnly?: boolean;

  @Field({ zh: '操作人' })
  @IsOptional()
  @ValidateNested()
  @Type(() => Actor)
  actor?: Actor;
}
