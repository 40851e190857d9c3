import { TIERS } from '@ladder/shared-domain';
import type { Tier } from '@ladder/shared-domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';

import { Field } from '../common/field.decorator';
import { IsCalendarDate, IsUscc } from '../common/validators';
import { AnnualFacts } from './annual-facts';
import { EnterpriseFields } from './enterprise.dto';

/** One year of facts inside a profile. */
export class AnnualDataRecord extends AnnualFacts {
  @Field({ zh: '数据年度', en: 'The year the facts describe', unit: 'year' })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;
}

/** A title the enterprise already holds (for the tier prerequisite chain and validity). */
export class TitleHeld {
  @Field({ zh: '梯度层级', en: 'innovative | specialized | little-giant' })
  @IsIn(TIERS)
  tier!: Tier;

  @Field({ zh: '认定日期' })
  @IsCalendarDate()
  certifiedOn!: string;

  @Field({ zh: '有效期至', en: 'Last day of validity (3 years by default)' })
  @IsOptional()
  @IsCalendarDate()
  validUntil?: string;

  @Field({ zh: '认定文号' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  docNo?: string;

  @Field({ zh: '认定机关' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  issuer?: string;
}

/**
 * 企业画像 (enterprise profile): the document other bureaus send and the policy command reads — the
 * enterprise, its annual data by year and the titles it holds. Published as `docs/enterprise-profile.schema.json`.
 */
export class EnterpriseProfile extends EnterpriseFields {
  @Field({ zh: '统一社会信用代码', en: 'Unified social credit code (GB 32100)', example: '91350100M000100Y43' })
  @IsUscc()
  uscc!: string;

  @Field({ zh: '年度数据', en: 'Annual facts, one record per year' })
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => AnnualDataRecord)
  annualData!: AnnualDataRecord[];

  @Field({ zh: '已获称号', en: 'Titles currently or previously held' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => TitleHeld)
  titles?: TitleHeld[];
}
