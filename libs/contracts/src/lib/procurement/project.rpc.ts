import { Type } from 'class-transformer';
import { IsBoolean, IsDefined, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';

import { Actor, OptionalActorRequest } from '../common/actor';
import { Field } from '../common/field.decorator';
import { PageQuery } from '../common/pagination';
import { IsCalendarDate, IsCountyCode, IsUscc, Trim } from '../common/validators';
import { BUYER_KIND_VALUES, SUPPLIER_SIZE_VALUES } from './contract.rpc';
import type { BuyerKindValue, SupplierSizeValue } from './contract.rpc';

// Request/reply payloads of procurement projects, their bids and the award: procurement.project.*, procurement.bid.*.
// The reserved-share check and the price deduction come from libs/policy (computeReserve / computeDeduction).

export const PROJECT_CATEGORY_VALUES = ['goods', 'services', 'works'] as const;
export type ProjectCategoryValue = (typeof PROJECT_CATEGORY_VALUES)[number];

/**
 * 预留形式 (财库〔2020〕46号 第八条): not-reserved; whole — the project reserved for SMEs as a whole; package — a
 * 采购包 reserved; consortium — SMEs required in a 联合体; subcontract — part of the contract to be subcontracted to SMEs.
 */
export const RESERVED_FORM_VALUES = ['not-reserved', 'whole', 'package', 'consortium', 'subcontract'] as const;
export type ReservedFormValue = (typeof RESERVED_FORM_VALUES)[number];

export const EVALUATION_VALUES = ['price-deduction', 'price-score-bonus'] as const;
export type EvaluationValue = (typeof EVALUATION_VALUES)[number];

/** How a supplier bids: alone, as a consortium with 小微企业, or with a 小微 subcontract. */
export const BID_FORM_VALUES = ['alone', 'consortium', 'subcontract'] as const;
export type BidFormValue = (typeof BID_FORM_VALUES)[number];

export class RecordProjectBody {
  @Field({ zh: '项目编号' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请填写项目编号' })
  @MaxLength(64)
  projectNumber!: string;

  @Field({ zh: '项目名称' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请填写项目名称' })
  @MaxLength(200)
  name!: string;

  @Field({ zh: '采购人名称' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请填写采购人名称' })
  @MaxLength(100)
  buyerName!: string;

  @Field({ zh: '采购人类型', en: 'organ (机关) | institution (事业单位) | large-enterprise (大型企业)' })
  @IsIn(BUYER_KIND_VALUES)
  buyerKind!: BuyerKindValue;

  @Field({ zh: '主管预算单位（部门）' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请填写主管预算单位' })
  @MaxLength(100)
  department!: string;

  @Field({ zh: '所属县（市、区）' })
  @IsCountyCode()
  countyCode!: string;

  @Field({ zh: '采购类型', en: 'goods (货物) | services (服务) | works (工程)' })
  @IsIn(PROJECT_CATEGORY_VALUES)
  category!: ProjectCategoryValue;

  @Field({ zh: '采购预算', unit: 'fen' })
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  budgetFen!: number;

  @Field({ zh: '采购日期', en: '采购公告或采购文件发布日: chooses the rule version' })
  @IsCalendarDate()
  procurementDate!: string;

  @Field({ zh: '适宜由中小企业提供', en: 'The 主管预算单位 assessment (第六条); default true' })
  @IsOptional()
  @IsBoolean()
  suitableForSme?: boolean;

  @Field({ zh: '预留形式', en: 'not-reserved | whole | package | consortium | subcontract' })
  @IsIn(RESERVED_FORM_VALUES)
  reservedForm!: ReservedFormValue;

  @Field({ zh: '预留金额', unit: 'fen', en: 'Default: the budget when reserved as a whole, 0 when not reserved; required for the other forms' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  reservedFen?: number;

  @Field({ zh: '其中预留给小微企业的金额', unit: 'fen' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  reservedForSmallMicroFen?: number;

  @Field({ zh: '采购文件规定的小微企业价格扣除比例', unit: 'bp' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10000)
  smallMicroRateBp?: number;

  @Field({ zh: '采购文件规定的联合体/分包价格扣除比例', unit: 'bp' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10000)
  jointRateBp?: number;

  @Field({ zh: '评审方式', en: 'price-deduction (default) | price-score-bonus (工程, 综合评估法)' })
  @IsOptional()
  @IsIn(EVALUATION_VALUES)
  evaluation?: EvaluationValue;
}

/** procurement.project.record */
export class RecordProjectRequest extends RecordProjectBody {
  @Field({ zh: '操作人', en: 'Acting user' })
  @IsDefined()
  @ValidateNested()
  @Type(() => Actor)
  actor!: Actor;
}

/** procurement.project.get */
export class ProjectRef extends OptionalActorRequest {
  @Field({ zh: '项目ID' })
  @IsUUID()
  projectId!: string;
}

/** procurement.project.list */
export class ProjectQuery extends PageQuery {
  @Field({ zh: '操作人' })
  @IsOptional()
  @ValidateNested()
  @Type(() => Actor)
  actor?: Actor;

  @Field({ zh: '采购人名称' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  buyerName?: string;

  @Field({ zh: '主管预算单位' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  department?: string;

  @Field({ zh: '采购年度' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
}

export class RecordBidBody {
  @Field({ zh: '供应商统一社会信用代码' })
  @IsUscc()
  supplierUscc!: string;

  @Field({ zh: '供应商名称' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请填写供应商名称' })
  @MaxLength(100)
  supplierName!: string;

  @Field({ zh: '中小企业声明函所声明的规模', en: 'medium (中型) | small (小型) | micro (微型) | large (未声明)' })
  @IsIn(SUPPLIER_SIZE_VALUES)
  declaredSize!: SupplierSizeValue;

  @Field({ zh: '投标形式', en: 'alone | consortium (大中型 + 小微联合体) | subcontract (向小微企业分包)' })
  @IsIn(BID_FORM_VALUES)
  form!: BidFormValue;

  @Field({ zh: '投标报价', unit: 'fen' })
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  bidFen!: number;

  @Field({ zh: '联合体/分包协议中小微企业的合同份额', unit: 'bp' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10000)
  smallMicroShareBp?: number;

  @Field({ zh: '与小微企业存在直接控股、管理关系' })
  @IsOptional()
  @IsBoolean()
  controlledRelationship?: boolean;

  @Field({ zh: '货物均由小微企业制造' })
  @IsOptional()
  @IsBoolean()
  goodsMadeBySmallMicro?: boolean;

  @Field({ zh: '投标的采购包为预留采购包', en: 'Only for reservedForm package' })
  @IsOptional()
  @IsBoolean()
  inReservedPackage?: boolean;
}

/** procurement.bid.record */
export class RecordBidRequest extends RecordBidBody {
  @Field({ zh: '操作人', en: 'Acting user' })
  @IsDefined()
  @ValidateNested()
  @Type(() => Actor)
  actor!: Actor;

  @Field({ zh: '项目ID' })
  @IsUUID()
  projectId!: string;
}

export class AwardBidBody {
  @Field({ zh: '中标（成交）投标ID' })
  @IsUUID()
  bidId!: string;

  @Field({ zh: '合同编号' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请填写合同编号' })
  @MaxLength(64)
  contractNumber!: string;

  @Field({ zh: '合同订立日期' })
  @IsCalendarDate()
  signedOn!: string;

  @Field({ zh: '合同金额', unit: 'fen', en: 'Default: the bid' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  amountFen?: number;

  @Field({ zh: '以检验或验收合格为付款条件' })
  @IsOptional()
  @IsBoolean()
  acceptanceCondition?: boolean;

  @Field({ zh: '约定的检验或验收期限届满日' })
  @IsOptional()
  @IsCalendarDate()
  acceptanceDeadline?: string;

  @Field({ zh: '约定付款期限（天）' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(3650)
  agreedTermDays?: number;

  @Field({ zh: '背靠背条款' })
  @IsOptional()
  @IsBoolean()
  backToBack?: boolean;

  @Field({ zh: '约定逾期利率（年）', unit: 'bp' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10000)
  agreedAnnualRateBp?: number;
}

/** procurement.project.award — the bid wins; the contract is recorded with the supplier's size fixed at signing. */
export class AwardBidRequest extends AwardBidBody {
  @Field({ zh: '操作人', en: 'Acting user' })
  @IsDefined()
  @ValidateNested()
  @Type(() => Actor)
  actor!: Actor;

  @Field({ zh: '项目ID' })
  @IsUUID()
  projectId!: string;
}

/** procurement.supplier.get — what procurement knows of a supplier from the registry's events (its size class now). */
export class SupplierRef extends OptionalActorRequest {
  @Field({ zh: '供应商统一社会信用代码' })
  @IsUscc()
  uscc!: string;
}
