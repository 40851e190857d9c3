import {
  INDUSTRY_CHAIN_CODES,
  INDUSTRY_GROUPS,
  POOL_CATEGORIES,
  SIZE_CLASSES,
  TIERS,
} from '@ladder/shared-domain';
import type { IndustryChainCode, IndustryGroup, PoolCategory, SizeClass, Tier } from '@ladder/shared-domain';
import { Type } from 'class-transformer';
import {
  IsDefined,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

import { Actor, ActorRequest } from '../common/actor';
import { Field } from '../common/field.decorator';
import { PageQuery } from '../common/pagination';
import { IsCountyCode, IsIndustryGroup, IsUscc, Trim } from '../common/validators';
import {
  ENTERPRISE_SORTS,
  ENTERPRISE_STATUSES,
  EnterpriseFields,
  EnterpriseOptionalFields,
} from './enterprise.dto';
import type { EnterpriseStatus } from './enterprise.dto';

// Request/reply payloads of the enterprise aggregate: registry.enterprise.*

/** The body of a new enterprise: key and fields (HTTP body, import row, bureau message). */
export class CreateEnterpriseBody extends EnterpriseFields {
  @Field({
    zh: '统一社会信用代码',
    en: 'Unified social credit code (GB 32100)',
    example: '91350100M000100Y43',
  })
  @IsUscc()
  uscc!: string;
}

/** registry.enterprise.create — register and admit an enterprise into the pool (入库). */
export class CreateEnterpriseRequest extends CreateEnterpriseBody {
  @Field({ zh: '操作人', en: 'Acting user' })
  @IsDefined()
  @ValidateNested()
  @Type(() => Actor)
  actor!: Actor;
}

/** The fields an update may change; only the ones present are changed. */
export class EnterprisePatch extends EnterpriseOptionalFields {
  // Absent = unchanged; null clears an optional field but is refused for these three required ones.
  @Field({ zh: '企业名称' })
  @ValidateIf((o: EnterprisePatch) => o.name !== undefined)
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '企业名称不能为空' })
  @MaxLength(100)
  name?: string;

  @Field({ zh: '所属县（市、区）' })
  @ValidateIf((o: EnterprisePatch) => o.countyCode !== undefined)
  @IsCountyCode()
  countyCode?: string;

  @Field({ zh: '行业门类（划型）' })
  @ValidateIf((o: EnterprisePatch) => o.industryGroup !== undefined)
  @IsIndustryGroup()
  industryGroup?: IndustryGroup;
}

/** HTTP body of an update: the patch and the version the editor saw. */
export class UpdateEnterpriseBody extends EnterprisePatch {
  @Field({ zh: '期望版本', en: 'Optimistic lock: the version the editor saw' })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number;
}

/** HTTP body of 出库 / 重新入库. */
export class ReasonBody {
  @Field({ zh: '原因' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请填写原因' })
  @MaxLength(500)
  reason!: string;
}

/** registry.enterprise.update */
export class UpdateEnterpriseRequest extends ActorRequest {
  @Field({ zh: '统一社会信用代码' })
  @IsUscc()
  uscc!: string;

  @Field({ zh: '修改内容' })
  @IsDefined()
  @ValidateNested()
  @Type(() => EnterprisePatch)
  patch!: EnterprisePatch;

  @Field({ zh: '期望版本', en: 'Optimistic lock: the version the editor saw' })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number;
}

/** registry.enterprise.get */
export class GetEnterpriseRequest {
  @Field({ zh: '统一社会信用代码' })
  @IsUscc()
  uscc!: string;

  @Field({ zh: '操作人' })
  @IsOptional()
  @ValidateNested()
  @Type(() => Actor)
  actor?: Actor;
}

/** registry.enterprise.list — filters and pagination. */
export class ListEnterprisesRequest extends PageQuery {
  @Field({ zh: '所属县（市、区）' })
  @IsOptional()
  @IsCountyCode()
  county?: string;

  @Field({ zh: '行业门类' })
  @IsOptional()
  @IsIn(INDUSTRY_GROUPS, { message: '行业门类的取值不在允许范围内' })
  industryGroup?: IndustryGroup;

  @Field({ zh: '产业链' })
  @IsOptional()
  @IsIn(INDUSTRY_CHAIN_CODES, { message: '产业链的取值不在允许范围内' })
  chain?: IndustryChainCode;

  @Field({ zh: '企业规模' })
  @IsOptional()
  @IsIn(SIZE_CLASSES, { message: '企业规模的取值不在允许范围内' })
  sizeClass?: SizeClass;

  @Field({ zh: '梯度层级', en: 'Tier, or "none" for pool enterprises without a title' })
  @IsOptional()
  @IsIn([...TIERS, 'none'], { message: '梯度层级的取值不在允许范围内' })
  tier?: Tier | 'none';

  @Field({ zh: '培育类别', en: 'Pool category, or "none" when not yet classified' })
  @IsOptional()
  @IsIn([...POOL_CATEGORIES, 'none'], { message: '培育类别的取值不在允许范围内' })
  category?: PoolCategory | 'none';

  @Field({ zh: '在库状态', en: 'active (default), removed or all' })
  @IsOptional()
  @IsIn([...ENTERPRISE_STATUSES, 'all'], { message: '在库状态的取值不在允许范围内' })
  status?: EnterpriseStatus | 'all';

  @Field({ zh: '关键词', en: 'Free text on name or USCC' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100)
  q?: string;

  @Field({ zh: '排序' })
  @IsOptional()
  @IsIn(ENTERPRISE_SORTS, { message: '排序方式不支持' })
  sort?: (typeof ENTERPRISE_SORTS)[number];

  @Field({ zh: '操作人' })
  @IsOptional()
  @ValidateNested()
  @Type(() => Actor)
  actor?: Actor;
}

/** registry.enterprise.remove — 出库 with a reason. */
export class RemoveEnterpriseRequest extends ActorRequest {
  @Field({ zh: '统一社会信用代码' })
  @IsUscc()
  uscc!: string;

  @Field({ zh: '出库原因' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请填写出库原因' })
  @MaxLength(500)
  reason!: string;
}

/** registry.enterprise.readmit — 重新入库. */
export class ReadmitEnterpriseRequest extends ActorRequest {
  @Field({ zh: '统一社会信用代码' })
  @IsUscc()
  uscc!: string;

  @Field({ zh: '重新入库原因' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请填写重新入库原因' })
  @MaxLength(500)
  reason!: string;
}

/** registry.enterprise.history */
export class EnterpriseHistoryRequest {
  @Field({ zh: '统一社会信用代码' })
  @IsUscc()
  uscc!: string;

  @Field({ zh: '操作人' })
  @IsOptional()
  @ValidateNested()
  @Type(() => Actor)
  actor?: Actor;
}

export interface UsccCheckDto {
  valid: boolean;
  normalized: string;
  message: string | null;
  /** An enterprise with this code is already registered (in the pool or removed). */
  exists: boolean;
}
