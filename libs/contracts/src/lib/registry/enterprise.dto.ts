import { INDUSTRY_CHAIN_CODES, POOL_CATEGORIES, SIZE_CLASSES, TIERS } from '@ladder/shared-domain';
import type { IndustryChainCode, IndustryGroup, PoolCategory, SizeClass, Tier } from '@ladder/shared-domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';

import { Field } from '../common/field.decorator';
import { IsCalendarDate, IsCountyCode, IsIndustryGroup, IsUscc, Trim } from '../common/validators';

export class Contact {
  @Field({ zh: '联系人', en: 'Contact name' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  name!: string;

  @Field({ zh: '职务', en: 'Position' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(50)
  position?: string;

  @Field({ zh: '联系电话', en: 'Phone (mobile or landline)' })
  @IsOptional()
  @Trim()
  @Matches(/^[0-9+\-() ]{5,20}$/, { message: '联系电话格式不正确' })
  phone?: string;

  @Field({ zh: '电子邮箱', en: 'Email' })
  @IsOptional()
  @Trim()
  @IsEmail({}, { message: '电子邮箱格式不正确' })
  email?: string;
}

/** Descriptive fields that are always optional. */
export class EnterpriseOptionalFields {
  @Field({ zh: '所属产业链', en: 'Industry-chain tags' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @ArrayUnique()
  @IsIn(INDUSTRY_CHAIN_CODES, { each: true, message: '所属产业链的取值不在允许范围内' })
  chains?: IndustryChainCode[];

  @Field({ zh: '联系人', en: 'Contacts' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => Contact)
  contacts?: Contact[];

  @Field({ zh: '注册地址', en: 'Registered address' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  address?: string;

  @Field({ zh: '法定代表人', en: 'Legal representative' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(50)
  legalRepresentative?: string;

  @Field({ zh: '成立日期', en: 'Date of establishment' })
  @IsOptional()
  @IsCalendarDate()
  establishedOn?: string;

  @Field({ zh: '具有独立法人资格', en: 'Independent legal person' })
  @IsOptional()
  @IsBoolean()
  independentLegalPerson?: boolean;

  @Field({ zh: '主导产品', en: 'Main product' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  mainProduct?: string;
}

/** The descriptive fields an operator sets on a new enterprise (all but the key). */
export class EnterpriseFields extends EnterpriseOptionalFields {
  @Field({ zh: '企业名称', en: 'Registered name', example: '三明示例装备制造有限公司' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '企业名称不能为空' })
  @MaxLength(100)
  name!: string;

  @Field({
    zh: '所属县（市、区）',
    en: 'GB/T 2260 code of the county-level unit (legacy 350402/350403/350427 are mapped)',
    example: '350404',
  })
  @IsCountyCode()
  countyCode!: string;

  @Field({ zh: '行业门类（划型）', en: 'Industry group of 《中小企业划型标准规定》', example: 'industry' })
  @IsIndustryGroup()
  industryGroup!: IndustryGroup;
}

export class EnterpriseKey {
  @Field({ zh: '统一社会信用代码', en: 'Unified social credit code (GB 32100), normalised', example: '91350100M000100Y43' })
  @IsUscc()
  uscc!: string;
}

export const ENTERPRISE_STATUSES = ['active', 'removed'] as const;
export type EnterpriseStatus = (typeof ENTERPRISE_STATUSES)[number];

/** Read model of an enterprise, as the registry answers it. */
export interface EnterpriseDto {
  uscc: string;
  name: string;
  countyCode: string;
  industryGroup: IndustryGroup;
  chains: IndustryChainCode[];
  contacts: Contact[];
  address: string | null;
  legalRepresentative: string | null;
  establishedOn: string | null;
  independentLegalPerson: boolean | null;
  mainProduct: string | null;
  status: EnterpriseStatus;
  /** Pool category, set by tiering (S-14). */
  category: PoolCategory | null;
  /** Highest title currently held, set by tiering. */
  tier: Tier | null;
  sizeClass: SizeClass | null;
  sizeClassYear: number | null;
  latestDataYear: number | null;
  admittedAt: string;
  removedAt: string | null;
  removalReason: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export const ENTERPRISE_SORTS = ['name', '-name', 'updatedAt', '-updatedAt', 'uscc', 'countyCode'] as const;

export { POOL_CATEGORIES, SIZE_CLASSES, TIERS };
