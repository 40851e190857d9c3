import type { IndustryChainCode, IndustryGroup, PoolCategory, SizeClass, Tier } from '@ladder/shared-domain';
import { Type } from 'class-transformer';
import {
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

import { Field } from '../common/field.decorator';
import { IsCountyCode, IsIndustryGroup, IsUscc } from '../common/validators';
import { AnnualFacts } from './annual-facts';

/** The state of an enterprise carried by events, enough for a projection in another service. */
export class EnterpriseSnapshot {
  @Field({ zh: '统一社会信用代码' })
  @IsUscc()
  uscc!: string;

  @Field({ zh: '企业名称' })
  @IsString()
  name!: string;

  @Field({ zh: '所属县（市、区）' })
  @IsCountyCode()
  countyCode!: string;

  @Field({ zh: '行业门类' })
  @IsIndustryGroup()
  industryGroup!: IndustryGroup;

  @Field({ zh: '所属产业链' })
  @IsArray()
  @IsString({ each: true })
  chains!: IndustryChainCode[];

  @Field({ zh: '在库状态', en: 'active | removed' })
  @IsIn(['active', 'removed'])
  status!: 'active' | 'removed';

  @Field({ zh: '培育类别' })
  @IsOptional()
  @IsString()
  category!: PoolCategory | null;

  @Field({ zh: '梯度层级' })
  @IsOptional()
  @IsString()
  tier!: Tier | null;

  @Field({ zh: '企业规模（最新年度）' })
  @IsOptional()
  @IsString()
  sizeClass!: SizeClass | null;

  @Field({ zh: '具有独立法人资格', en: 'Independent legal person (a common condition of every tier); null when not recorded' })
  @IsOptional()
  @IsBoolean()
  independentLegalPerson?: boolean | null;

  @Field({ zh: '版本', en: 'Increases by one on every change of the enterprise' })
  @IsInt()
  @Min(1)
  version!: number;
}

export class FieldChangeItem {
  @Field({ zh: '字段' })
  @IsString()
  field!: string;

  @Field({ zh: '修改前' })
  @IsOptional()
  before!: unknown;

  @Field({ zh: '修改后' })
  @IsOptional()
  after!: unknown;
}

/** registry.enterprise.registered — a new enterprise entered the pool (入库). */
export class EnterpriseRegisteredEvent {
  @Field({ zh: '企业' })
  @IsDefined()
  @ValidateNested()
  @Type(() => EnterpriseSnapshot)
  enterprise!: EnterpriseSnapshot;

  @Field({ zh: '入库时间' })
  @IsString()
  @IsISO8601({ strict: true })
  admittedAt!: string;
}

/** registry.enterprise.updated — descriptive fields changed. */
export class EnterpriseUpdatedEvent {
  @Field({ zh: '企业' })
  @IsDefined()
  @ValidateNested()
  @Type(() => EnterpriseSnapshot)
  enterprise!: EnterpriseSnapshot;

  @Field({ zh: '变更明细' })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => FieldChangeItem)
  changes!: FieldChangeItem[];
}

export class SizeClassInfo {
  @Field({ zh: '企业规模', en: 'medium | small | micro | not-sme; null when facts are missing' })
  @IsOptional()
  @IsString()
  sizeClass!: SizeClass | null;

  @Field({ zh: '依据条款' })
  @IsString()
  clause!: string;

  @Field({ zh: '规则版本' })
  @IsString()
  ruleId!: string;
}

/** registry.enterprise.annual-data-submitted — the facts of one year were submitted or corrected. */
export class AnnualDataSubmittedEvent {
  @Field({ zh: '企业' })
  @IsDefined()
  @ValidateNested()
  @Type(() => EnterpriseSnapshot)
  enterprise!: EnterpriseSnapshot;

  @Field({ zh: '数据年度', unit: 'year' })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @Field({ zh: '年度数据' })
  @IsDefined()
  @ValidateNested()
  @Type(() => AnnualFacts)
  facts!: AnnualFacts;

  @Field({ zh: '企业规模' })
  @IsDefined()
  @ValidateNested()
  @Type(() => SizeClassInfo)
  size!: SizeClassInfo;

  @Field({ zh: '版次', en: '1 for the first submission of the year, then 2, 3… for corrections' })
  @IsInt()
  @Min(1)
  revision!: number;

  @Field({ zh: '提交时间' })
  @IsString()
  @IsISO8601({ strict: true })
  submittedAt!: string;
}

/** registry.enterprise.removed — the enterprise left the pool (出库). */
export class EnterpriseRemovedEvent {
  @Field({ zh: '企业' })
  @IsDefined()
  @ValidateNested()
  @Type(() => EnterpriseSnapshot)
  enterprise!: EnterpriseSnapshot;

  @Field({ zh: '出库原因' })
  @IsString()
  reason!: string;

  @Field({ zh: '出库时间' })
  @IsString()
  @IsISO8601({ strict: true })
  removedAt!: string;
}

/** registry.enterprise.readmitted — a removed enterprise re-entered the pool. */
export class EnterpriseReadmittedEvent {
  @Field({ zh: '企业' })
  @IsDefined()
  @ValidateNested()
  @Type(() => EnterpriseSnapshot)
  enterprise!: EnterpriseSnapshot;

  @Field({ zh: '原因' })
  @IsString()
  reason!: string;
}
