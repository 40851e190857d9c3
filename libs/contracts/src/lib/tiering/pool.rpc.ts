import { POOL_CATEGORIES, TIERS } from '@ladder/shared-domain';
import type { PoolCategory, Tier } from '@ladder/shared-domain';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';

import { Actor } from '../common/actor';
import { Field } from '../common/field.decorator';
import { PageQuery } from '../common/pagination';
import { IsCountyCode, Trim } from '../common/validators';

/** tiering.pool.list */
export class PoolQuery extends PageQuery {
  @Field({ zh: '培育类别', en: 'recommend | upgrade | watch | none' })
  @IsOptional()
  @IsIn([...POOL_CATEGORIES, 'none'])
  category?: PoolCategory | 'none';

  @Field({ zh: '所属县（市、区）' })
  @IsOptional()
  @IsCountyCode()
  county?: string;

  @Field({ zh: '下一层级' })
  @IsOptional()
  @IsIn(TIERS)
  nextTier?: Tier;

  @Field({ zh: '关键词' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100)
  q?: string;

  @Field({ zh: '操作人' })
  @IsOptional()
  @ValidateNested()
  @Type(() => Actor)
  actor?: Actor;
}
