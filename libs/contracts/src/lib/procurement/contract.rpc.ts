import { Type } from 'class-transformer';
import { IsBoolean, IsDefined, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';

import { Actor, OptionalActorRequest } from '../common/actor';
import { Field } from '../common/field.decorator';
import { PageQuery } from '../common/pagination';
import { IsCalendarDate, IsCountyCode, IsUscc, Trim } from '../common/validators';

// Request/reply payloads of contracts under the payment regulation: procurement.contract.*. Each `…Body` is what
// HTTP sends; the `…Request` adds the acting user and the ids of the path (set by the gateway).

export const BUYER_KIND_VALUES = ['organ', 'institution', 'large-enterprise'] as const;
export type BuyerKindValue = (typeof BUYER_KIND_VALUES)[number];
export const SUPPLIER_SIZE_VALUES = ['medium', 'small', 'micro', 'large'] as const;
export type SupplierSizeValue = (typeof SUPPLIER_SIZE_VALUES)[number];

export class RecordContractBody {
  @Field({ zh: '合同编号' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请填写合同编号' })
  @MaxLength(64)
  contractNumber!: string;

  @Field({ zh: '采购人（付款方）名称' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请填写付款方名称' })
  @MaxLength(100)
  buyerName!: string;

  @Field({ zh: '付款方类型', en: 'organ (机关) | institution (事业单位) | large-enterprise (大型企业)' })
  @IsIn(BUYER_KIND_VALUES)
  buyerKind!: BuyerKindValue;

  @Field({ zh: '所属县（市、区）' })
  @IsCountyCode()
  countyCode!: string;

  @Field({ zh: '主管预算单位（部门）', en: 'For the SME share by department' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100)
  department?: string;

  @Field({ zh: '供应商统一社会信用代码' })
  @IsUscc()
  supplierUscc!: string;

  @Field({ zh: '供应商名称' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请填写供应商名称' })
  @MaxLength(100)
  supplierName!: string;

  @Field({ zh: '供应商声明的企业规模', en: 'medium | small | micro | large; the registry size class wins when the supplier is in the pool' })
  @IsIn(SUPPLIER_SIZE_VALUES)
  declaredSize!: SupplierSizeValue;

  @Field({ zh: '合同订立日期' })
  @IsCalendarDate()
  signedOn!: string;

  @Field({ zh: '合同金额（应付金额）', unit: 'fen' })
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  amountFen!: number;

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

  @Field({ zh: '背靠背条款', en: 'Payment depends on a third party paying the buyer' })
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

/** procurement.contract.record */
export class RecordContractRequest extends RecordContractBody {
  @Field({ zh: '操作人', en: 'Acting user' })
  @IsDefined()
  @ValidateNested()
  @Type(() => Actor)
  actor!: Actor;
}

/** A contract by id; `asOf` judges it on another day than today. */
export class ContractRef extends OptionalActorRequest {
  @Field({ zh: '合同ID' })
  @IsUUID()
  contractId!: string;

  @Field({ zh: '测算基准日', en: 'Default: today' })
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;
}

export class ContractDateBody {
  @Field({ zh: '日期' })
  @IsCalendarDate()
  date!: string;
}

/** procurement.contract.deliver / procurement.contract.accept: the day of delivery or of passing acceptance. */
export class ContractDateRequest extends ContractDateBody {
  @Field({ zh: '操作人', en: 'Acting user' })
  @IsDefined()
  @ValidateNested()
  @Type(() => Actor)
  actor!: Actor;

  @Field({ zh: '合同ID' })
  @IsUUID()
  contractId!: string;
}

export class RecordPaymentBody {
  @Field({ zh: '付款日期' })
  @IsCalendarDate()
  paidOn!: string;

  @Field({ zh: '付款金额', unit: 'fen' })
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  amountFen!: number;
}

/** procurement.contract.pay */
export class RecordPaymentRequest extends RecordPaymentBody {
  @Field({ zh: '操作人', en: 'Acting user' })
  @IsDefined()
  @ValidateNested()
  @Type(() => Actor)
  actor!: Actor;

  @Field({ zh: '合同ID' })
  @IsUUID()
  contractId!: string;
}

export class ContractQuery extends PageQuery {
  @Field({ zh: '操作人' })
  @IsOptional()
  @ValidateNested()
  @Type(() => Actor)
  actor?: Actor;

  @Field({ zh: '付款方名称' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  buyerName?: string;

  @Field({ zh: '供应商统一社会信用代码' })
  @IsOptional()
  @IsUscc()
  supplierUscc?: string;

  @Field({ zh: '签订年度' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  signedYear?: number;

  @Field({ zh: '测算基准日', en: 'Default: today' })
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;
}

/** procurement.payment.scan — raise procurement.payment.overdue-detected for today (idempotent per contract and day). */
export class OverdueScanRequest {
  @Field({ zh: '调用方' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  from?: string;
}

export class DisclosureQuery extends OptionalActorRequest {
  @Field({ zh: '年度', en: 'Contracts overdue and unpaid at the end of this year (published by 31 March of the next)' })
  @Type(() => Number)
  @IsInt()
  @Min(2020)
  @Max(2100)
  year!: number;
}

export class SmeShareQuery extends OptionalActorRequest {
  @Field({ zh: '年度', en: 'Contracts signed in this year' })
  @Type(() => Number)
  @IsInt()
  @Min(2020)
  @Max(2100)
  year!: number;
}

/** HTTP query of one contract: the day to judge it on. */
export class ContractAsOfQuery {
  @Field({ zh: '测算基准日', en: 'Default: today' })
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;
}
