import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDefined, IsHash, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';

import { Actor, ActorRequest } from '../common/actor';
import { Field } from '../common/field.decorator';
import { PageQuery } from '../common/pagination';
import { Trim } from '../common/validators';
import { ImportRowInput } from '../registry/import.rpc';

// Excel import of contracts, deliveries/acceptances and payments (ADR 0007's pattern): the gateway reads the cells
// into rows of header → value and sends them in chunks; the procurement service stores the rows and applies each in
// its own transaction in the background, counting progress and keeping every row's errors in Chinese.

export const PROCUREMENT_IMPORT_KINDS = ['contracts', 'deliveries', 'payments'] as const;
export type ProcurementImportKind = (typeof PROCUREMENT_IMPORT_KINDS)[number];

export const PROCUREMENT_IMPORT_KIND_ZH: Readonly<Record<ProcurementImportKind, string>> = {
  contracts: '合同',
  deliveries: '交付与验收',
  payments: '付款',
};

export const MAX_PROCUREMENT_IMPORT_ROWS = 5_000;
export const PROCUREMENT_IMPORT_CHUNK_ROWS = 500;

export type ProcurementImportColumnKind = 'text' | 'buyer-kind' | 'county' | 'uscc' | 'size' | 'date' | 'money-yuan' | 'int' | 'yes-no' | 'percent-bp';

export interface ProcurementImportColumn {
  readonly header: string;
  /** The field of the command the row becomes (RecordContractBody, ContractDateBody, RecordPaymentBody). */
  readonly field: string;
  readonly kind: ProcurementImportColumnKind;
  readonly required?: boolean;
  readonly width?: number;
  readonly note?: string;
}

/** The template of each import kind: the gateway writes it, the procurement service parses rows by it. */
export const PROCUREMENT_IMPORT_COLUMNS: Readonly<Record<ProcurementImportKind, readonly ProcurementImportColumn[]>> = {
  contracts: [
    { header: '合同编号', field: 'contractNumber', kind: 'text', required: true, width: 20 },
    { header: '采购人（付款方）名称', field: 'buyerName', kind: 'text', required: true, width: 28 },
    { header: '付款方类型', field: 'buyerKind', kind: 'buyer-kind', required: true, width: 12, note: '机关/事业单位/大型企业' },
    { header: '主管预算单位', field: 'department', kind: 'text', width: 24 },
    { header: '所属县（市、区）', field: 'countyCode', kind: 'county', required: true, width: 14, note: '名称或六位代码' },
    { header: '供应商统一社会信用代码', field: 'supplierUscc', kind: 'uscc', required: true, width: 24 },
    { header: '供应商名称', field: 'supplierName', kind: 'text', required: true, width: 28 },
    { header: '供应商声明规模', field: 'declaredSize', kind: 'size', required: true, width: 12, note: '中型/小型/微型/大型' },
    { header: '合同订立日期', field: 'signedOn', kind: 'date', required: true, width: 14 },
    { header: '合同金额（元）', field: 'amountFen', kind: 'money-yuan', required: true, width: 16, note: '最多两位小数' },
    { header: '以验收合格为付款条件', field: 'acceptanceCondition', kind: 'yes-no', width: 12, note: '是/否' },
    { header: '约定验收期限届满日', field: 'acceptanceDeadline', kind: 'date', width: 14 },
    { header: '约定付款期限（天）', field: 'agreedTermDays', kind: 'int', width: 12 },
    { header: '背靠背条款', field: 'backToBack', kind: 'yes-no', width: 10, note: '是/否' },
    { header: '约定逾期年利率（%）', field: 'agreedAnnualRateBp', kind: 'percent-bp', width: 14, note: '如 3.45' },
  ],
  deliveries: [
    { header: '合同编号', field: 'contractNumber', kind: 'text', required: true, width: 20 },
    { header: '交付日期', field: 'deliveredOn', kind: 'date', required: true, width: 14 },
    { header: '验收合格日期', field: 'acceptedOn', kind: 'date', width: 14, note: '以验收合格为付款条件的合同填写' },
  ],
  payments: [
    { header: '合同编号', field: 'contractNumber', kind: 'text', required: true, width: 20 },
    { header: '付款日期', field: 'paidOn', kind: 'date', required: true, width: 14 },
    { header: '付款金额（元）', field: 'amountFen', kind: 'money-yuan', required: true, width: 16, note: '最多两位小数' },
  ],
};

/** procurement.import.create */
export class CreateProcurementImportRequest extends ActorRequest {
  @Field({ zh: '导入内容', en: 'contracts | deliveries | payments' })
  @IsIn(PROCUREMENT_IMPORT_KINDS)
  kind!: ProcurementImportKind;

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
  @Max(MAX_PROCUREMENT_IMPORT_ROWS, { message: `单个文件最多${MAX_PROCUREMENT_IMPORT_ROWS}行` })
  totalRows!: number;
}

/** procurement.import.append — rows in chunks of at most PROCUREMENT_IMPORT_CHUNK_ROWS. */
export class AppendProcurementImportRequest extends ActorRequest {
  @Field({ zh: '导入批次' })
  @IsUUID()
  importId!: string;

  @Field({ zh: '数据行' })
  @IsArray()
  @ArrayMaxSize(PROCUREMENT_IMPORT_CHUNK_ROWS)
  @ValidateNested({ each: true })
  @Type(() => ImportRowInput)
  rows!: ImportRowInput[];
}

/** procurement.import.start / .get / .errors */
export class ProcurementImportRef {
  @Field({ zh: '导入批次' })
  @IsUUID()
  importId!: string;

  @Field({ zh: '操作人' })
  @IsDefined()
  @ValidateNested()
  @Type(() => Actor)
  actor!: Actor;
}

/** procurement.import.list */
export class ProcurementImportQuery extends PageQuery {
  @Field({ zh: '操作人' })
  @IsDefined()
  @ValidateNested()
  @Type(() => Actor)
  actor!: Actor;
}

/** HTTP query of the upload and the template: which import. */
export class ProcurementImportKindQuery {
  @Field({ zh: '导入内容', en: 'contracts | deliveries | payments' })
  @IsOptional()
  @IsIn(PROCUREMENT_IMPORT_KINDS)
  kind?: ProcurementImportKind;
}
