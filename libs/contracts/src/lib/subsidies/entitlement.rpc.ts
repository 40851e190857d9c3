import { Type } from 'class-transformer';
import {
  IsDefined,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

import { Actor, OptionalActorRequest } from '../common/actor';
import { Field } from '../common/field.decorator';
import { PageQuery } from '../common/pagination';
import { IsCalendarDate, IsCountyCode, IsUscc, Trim } from '../common/validators';
import { AWARD_ID_PATTERN } from './award.rpc';
import { PAYERS } from './subsidies.events';
import type { Payer } from './subsidies.events';

// Request/reply payloads of entitlements (奖补记录): subsidies.entitlement.*

export const ENTITLEMENT_STATUSES = [
  'pending-publicity',
  'in-publicity',
  'objected',
  'pending-approval',
  'business-approved',
  'approved',
  'disbursed',
  'rejected',
  'cancelled',
] as const;
export type EntitlementStatus = (typeof ENTITLEMENT_STATUSES)[number];
export const ENTITLEMENT_STATUS_LABELS: Readonly<Record<EntitlementStatus, string>> = {
  'pending-publicity': '待公示',
  'in-publicity': '公示中',
  objected: '异议待处理',
  'pending-approval': '待业务审核',
  'business-approved': '待财政审核',
  approved: '已批准待拨付',
  disbursed: '已拨付',
  rejected: '已驳回',
  cancelled: '已撤销',
};

/** subsidies.entitlement.list */
export class EntitlementQuery extends PageQuery {
  @Field({ zh: '状态' })
  @IsOptional()
  @IsIn(ENTITLEMENT_STATUSES)
  status?: EntitlementStatus;

  @Field({ zh: '奖补项目' })
  @IsOptional()
  @Matches(AWARD_ID_PATTERN)
  awardId?: string;

  @Field({ zh: '所属县（市、区）' })
  @IsOptional()
  @IsCountyCode()
  county?: string;

  @Field({ zh: '统一社会信用代码' })
  @IsOptional()
  @IsUscc()
  uscc?: string;

  @Field({ zh: '出资层级' })
  @IsOptional()
  @IsIn(PAYERS)
  payer?: Payer;

  @Field({ zh: '操作人' })
  @IsOptional()
  @ValidateNested()
  @Type(() => Actor)
  actor?: Actor;
}

export class EntitlementRef extends OptionalActorRequest {
  @Field({ zh: '奖补记录ID' })
  @IsUUID()
  entitlementId!: string;
}

/** HTTP body of subsidies.entitlement.approve (the entitlement is in the path). */
export class ApproveEntitlementBody {
  @Field({ zh: '审批环节', en: 'business (业务审核) | finance (财政审核)' })
  @IsIn(['business', 'finance'])
  step!: 'business' | 'finance';

  @Field({ zh: '结论' })
  @IsIn(['approve', 'reject'])
  decision!: 'approve' | 'reject';

  @Field({ zh: '意见' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(1000)
  comment?: string;

  @Field({ zh: '期望版本', en: 'Optimistic lock: the version the official saw' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}

/** subsidies.entitlement.approve — one approval step: business (市工信局) then finance (市财政局). */
export class ApproveEntitlementRequest extends ApproveEntitlementBody {
  @Field({ zh: '奖补记录ID' })
  @IsUUID()
  entitlementId!: string;

  @Field({ zh: '操作人', en: 'Acting user' })
  @IsDefined()
  @ValidateNested()
  @Type(() => Actor)
  actor!: Actor;
}

/** HTTP body of subsidies.entitlement.disburse (the entitlement is in the path). */
export class DisburseEntitlementBody {
  @Field({ zh: '拨付凭证号' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请填写拨付凭证号' })
  @MaxLength(100)
  voucherNo!: string;

  @Field({ zh: '拨付日期' })
  @IsCalendarDate()
  paidOn!: string;

  @Field({ zh: '期望版本' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}

/** subsidies.entitlement.disburse */
export class DisburseEntitlementRequest extends DisburseEntitlementBody {
  @Field({ zh: '奖补记录ID' })
  @IsUUID()
  entitlementId!: string;

  @Field({ zh: '操作人', en: 'Acting user' })
  @IsDefined()
  @ValidateNested()
  @Type(() => Actor)
  actor!: Actor;
}

/** HTTP body of subsidies.entitlement.cancel (the entitlement is in the path). */
export class CancelEntitlementBody {
  @Field({ zh: '撤销原因' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请填写原因' })
  @MaxLength(500)
  reason!: string;
}

/** subsidies.entitlement.cancel */
export class CancelEntitlementRequest extends CancelEntitlementBody {
  @Field({ zh: '奖补记录ID' })
  @IsUUID()
  entitlementId!: string;

  @Field({ zh: '操作人', en: 'Acting user' })
  @IsDefined()
  @ValidateNested()
  @Type(() => Actor)
  actor!: Actor;
}
