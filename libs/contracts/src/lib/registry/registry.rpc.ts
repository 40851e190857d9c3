import { INDUSTRY_CHAIN_CODES, INDUSTRY_GROUPS, POOL_CATEGORIES, SIZE_CLASSES, TIERS } from '@ladder/shared-domain';
import type { IndustryChainCode, IndustryGroup, PoolCategory, SizeClass, Tier } from '@ladder/shared-domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDefined,
  IsHash,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

import { Actor, ActorRequest } from '../common/actor';
import { Field } from '../common/field.decorator';
import { PageQuery } from '../common/pagination';
import { IsCountyCode, IsIndustryGroup, IsUscc, Trim } from '../common/validators';
import { AnnualFacts } from './annual-facts';
import { EnterpriseProfile } from './enterprise-profile';
import { ENTERPRISE_SORTS, ENTERPRISE_STATUSES, EnterpriseFields, EnterpriseOptionalFields } from './enterprise.dto';
import type { EnterpriseStatus } from './enterprise.dto';

export const MIN_DATA_YEAR = 2000;
export const MAX_DATA_YEAR = 2100;

/** The body of a new enterprise: key and fields (HTTP body, import row, bureau message). */
export class CreateEnterpriseBody extends EnterpriseFields {
  @Field({ zh: '统一社会信用代码', en: 'Unified social credit code (GB 32100)', example: '91350100M000100Y43' })
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

/** HTTP body of an annual-data submission. */
export class AnnualDataBody {
  @Field({ zh: '年度数据' })
  @IsObject()
  @ValidateNested()
  @Type(() => AnnualFacts)
  facts!: AnnualFacts;
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

// ---------------------------------------------------------------- Excel import

export const MAX_IMPORT_ROWS = 20_000;
export const IMPORT_CHUNK_ROWS = 500;

/** registry.import.create */
export class CreateImportRequest extends ActorRequest {
  @Field({ zh: '文件名' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  fileName!: string;

  @Field({ zh: '文件摘要', en: 'SHA-256 of the uploaded file, hex' })
  @IsHash('sha256')
  fileHash!: string;

  @Field({ zh: '数据行数', unit: 'count' })
  @IsInt()
  @Min(1, { message: '文件中没有数据行' })
  @Max(MAX_IMPORT_ROWS, { message: `单个文件最多${MAX_IMPORT_ROWS}行` })
  totalRows!: number;
}

/** One spreadsheet row, keyed by the template's column headers, as read from the cells. */
export class ImportRowInput {
  @Field({ zh: '行号', en: 'Row number in the sheet (header is row 1)' })
  @IsInt()
  @Min(2)
  rowNumber!: number;

  @Field({ zh: '单元格', en: 'Header → cell value (string, number, boolean or null)' })
  @IsObject()
  cells!: Record<string, string | number | boolean | null>;
}

/** registry.import.append — rows in chunks of at most IMPORT_CHUNK_ROWS. */
export class AppendImportRowsRequest extends ActorRequest {
  @Field({ zh: '导入批次' })
  @IsUUID()
  importId!: string;

  @Field({ zh: '数据行' })
  @IsArray()
  @ArrayMaxSize(IMPORT_CHUNK_ROWS)
  @ValidateNested({ each: true })
  @Type(() => ImportRowInput)
  rows!: ImportRowInput[];
}

/** registry.import.start / registry.import.get / registry.import.errors */
export class ImportRefRequest {
  @Field({ zh: '导入批次' })
  @IsUUID()
  importId!: string;

  @Field({ zh: '操作人' })
  @IsDefined()
  @ValidateNested()
  @Type(() => Actor)
  actor!: Actor;
}

export class ListImportsRequest extends PageQuery {
  @Field({ zh: '操作人' })
  @IsDefined()
  @ValidateNested()
  @Type(() => Actor)
  actor!: Actor;
}

export type ImportStatus = 'receiving' | 'queued' | 'running' | 'completed' | 'failed';

export interface ImportJobDto {
  id: string;
  fileName: string;
  fileHash: string;
  status: ImportStatus;
  totalRows: number;
  receivedRows: number;
  processedRows: number;
  createdRows: number;
  updatedRows: number;
  unchangedRows: number;
  failedRows: number;
  /** A completed import of the same file before this one. */
  previousImportId: string | null;
  createdBy: string;
  createdAt: string;
  finishedAt: string | null;
}

export interface ImportRowErrorDto {
  rowNumber: number;
  uscc: string | null;
  name: string | null;
  messages: string[];
}

export interface UsccCheckDto {
  valid: boolean;
  normalized: string;
  message: string | null;
  /** An enterprise with this code is already registered (in the pool or removed). */
  exists: boolean;
}

export { EnterpriseKey } from './enterprise.dto';
export type { EnterpriseStatus };

/** registry.profile.submit — an enterprise profile (fields + annual data by year), e.g. sent by another bureau. */
export class SubmitProfileRequest extends ActorRequest {
  @Field({ zh: '企业画像', en: 'The profile (docs/enterprise-profile.schema.json); titles are ignored here (tiering owns them)' })
  @IsDefined()
  @ValidateNested()
  @Type(() => EnterpriseProfile)
  profile!: EnterpriseProfile;
}

export interface ProfileResultDto {
  uscc: string;
  created: boolean;
  changedFields: string[];
  years: { year: number; outcome: 'created' | 'updated' | 'unchanged' }[];
}
