import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';

import { Actor } from '../common/actor';
import { Field } from '../common/field.decorator';

/** registry.stats.summary — counts for the dashboard. */
export class RegistryStatsRequest {
  @Field({ zh: '操作人' })
  @IsOptional()
  @ValidateNested()
  @Type(() => Actor)
  actor?: Actor;
}

export interface RegistryStatsDto {
  total: number;
  removed: number;
  byCounty: Record<string, number>;
  bySizeClass: Record<string, number>;
  byChain: Record<string, number>;
  byIndustryGroup: Record<string, number>;
  byCategory: Record<string, number>;
  byTier: Record<string, number>;
}
