import { Type } from 'class-transformer';
import { IsIn, IsInt, IsObject, IsOptional, Max, Min, ValidateNested } from 'class-validator';

import { ActorRequest } from '../common/actor';
import { Field } from '../common/field.decorator';
import { IsUscc } from '../common/validators';
import { AnnualFacts } from './annual-facts';
import { EnterpriseHistoryRequest } from './enterprise.rpc';

// Request/reply payloads of an enterprise's annual data: registry.annual-data.*

export const MIN_DATA_YEAR = 2000;
export const MAX_DATA_YEAR = 2100;

/** HTTP body of an annual-data submission. */
export class AnnualDataBody {
  @Field({ zh: '年度数据' })
  @IsObject()
  @ValidateNested()
  @Type(() => AnnualFacts)
  facts!: AnnualFacts;
}

/** registry.annual-data.submit — the facts of one year; replaces that year's facts. */
export class SubmitAnnualDataRequest extends ActorRequest {
  @Field({ zh: '统一社会信用代码' })
  @IsUscc()
  uscc!: string;

  @Field({ zh: '数据年度', en: 'The year the facts describe', unit: 'year' })
  @Type(() => Number)
  @IsInt()
  @Min(MIN_DATA_YEAR)
  @Max(MAX_DATA_YEAR)
  year!: number;

  @Field({ zh: '年度数据' })
  @IsObject()
  @ValidateNested()
  @Type(() => AnnualFacts)
  facts!: AnnualFacts;

  @Field({ zh: '数据来源', en: 'manual (console), import (Excel) or bureau (another department)' })
  @IsOptional()
  @IsIn(['manual', 'import', 'bureau'])
  source?: 'manual' | 'import' | 'bureau';
}

/** registry.annual-data.list */
export class ListAnnualDataRequest extends EnterpriseHistoryRequest {}
