import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

import { Actor } from '../common/actor';
import { Field } from '../common/field.decorator';
import { PageQuery } from '../common/pagination';
import { IsCountyCode, IsUscc, Trim } from '../common/validators';

// S-49a financing matchmaking (银企对接): partner banks publish credit products for quality SMEs, liaisons record
// enterprises' financing needs, the service suggests matches by tier, amount and county.

type TierValue = 'innovative' | 'specialized' | 'little-giant';
const TIER_VALUES: readonly TierValue[] = ['innovative', 'specialized', 'little-giant'];

export interface CreditProductDto {
  readonly id: string;
  readonly bankId: string;
  readonly name: string;
  /** Annual rate range in basis points (1/10000; 3.45% = 345). */
  readonly rateMinBp: number;
  readonly rateMaxBp: number;
  readonly amountMinFen: number;
  readonly amountMaxFen: number;
  readonly tiers: readonly TierValue[];
  /** Counties served; empty = the whole city. */
  readonly counties: readonly string[];
  readonly active: boolean;
}

export interface FinancingNeedDto {
  readonly id: string;
  readonly uscc: string;
  readonly countyCode: string;
  readonly amountFen: number;
  readonly termMonths: number;
  readonly purpose: string;
  readonly recordedBy: string;
  readonly createdAt: string;
}

export interface FinancingMatchDto {
  readonly need: FinancingNeedDto;
  /** The enterprise's highest title valid today (null: none). */
  readonly tier: TierValue | null;
  readonly products: readonly (CreditProductDto & { readonly bankName: string })[];
}

/** HTTP body of guarantees.product.upsert (a partner bank for itself, or 市金融监管局). */
export class UpsertCreditProductBody {
  @Field({ zh: '产品ID', en: 'Absent: a new product' })
  @IsOptional()
  @IsUUID()
  id?: string;

  @Field({ zh: '合作银行ID' })
  @IsUUID()
  bankId!: string;

  @Field({ zh: '产品名称' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请填写产品名称' })
  @MaxLength(100)
  name!: string;

  @Field({ zh: '年利率下限', unit: 'bp' })
  @IsInt()
  @Min(0)
  @Max(10_000)
  rateMinBp!: number;

  @Field({ zh: '年利率上限', unit: 'bp' })
  @IsInt()
  @Min(0)
  @Max(10_000)
  rateMaxBp!: number;

  @Field({ zh: '额度下限', unit: 'fen' })
  @IsInt()
  @Min(0)
  amountMinFen!: number;

  @Field({ zh: '额度上限', unit: 'fen' })
  @IsInt()
  @Min(1)
  @Max(100_000_000_000)
  amountMaxFen!: number;

  @Field({ zh: '服务层级', en: 'innovative | specialized | little-giant' })
  @IsArray()
  @ArrayMinSize(1, { message: '请至少选择一个服务层级' })
  @IsIn(TIER_VALUES, { each: true })
  tiers!: TierValue[];

  @Field({ zh: '服务县（市、区）', en: 'Empty: the whole city' })
  @IsArray()
  @ArrayMaxSize(20)
  @IsCountyCode({ each: true })
  counties!: string[];

  @Field({ zh: '是否上架' })
  @IsBoolean()
  active!: boolean;
}

export class UpsertCreditProductRequest extends UpsertCreditProductBody {
  @Field({ zh: '操作人' })
  @IsDefined()
  @ValidateNested()
  @Type(() => Actor)
  actor!: Actor;
}

/** HTTP body of guarantees.need.record (a liaison or an official records an enterprise's financing need). */
export class RecordFinancingNeedBody {
  @Field({ zh: '统一社会信用代码' })
  @IsUscc()
  uscc!: string;

  @Field({ zh: '所属县（市、区）' })
  @IsCountyCode()
  countyCode!: string;

  @Field({ zh: '融资需求金额', unit: 'fen' })
  @IsInt()
  @Min(1, { message: '融资需求金额应大于0' })
  @Max(100_000_000_000)
  amountFen!: number;

  @Field({ zh: '期限（月）' })
  @IsInt()
  @Min(1)
  @Max(120)
  termMonths!: number;

  @Field({ zh: '用途' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请填写融资用途' })
  @MaxLength(200)
  purpose!: string;
}

export class RecordFinancingNeedRequest extends RecordFinancingNeedBody {
  @Field({ zh: '操作人' })
  @IsDefined()
  @ValidateNested()
  @Type(() => Actor)
  actor!: Actor;
}

/** guarantees.product.list / guarantees.need.list */
export class FinancingQuery extends PageQuery {
  @Field({ zh: '合作银行ID' })
  @IsOptional()
  @IsUUID()
  bankId?: string;

  @Field({ zh: '统一社会信用代码' })
  @IsOptional()
  @IsUscc()
  uscc?: string;

  @Field({ zh: '操作人' })
  @IsOptional()
  @ValidateNested()
  @Type(() => Actor)
  actor?: Actor;
}

/** guarantees.need.matches */
export class FinancingNeedRef {
  @Field({ zh: '融资需求ID' })
  @IsUUID()
  needId!: string;

  @Field({ zh: '操作人' })
  @IsOptional()
  @ValidateNested()
  @Type(() => Actor)
  actor?: Actor;
}
