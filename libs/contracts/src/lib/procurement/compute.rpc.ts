import { Type } from 'class-transformer';
import { IsIn, IsObject, IsOptional, ValidateNested } from 'class-validator';

import { Actor } from '../common/actor';
import { Field } from '../common/field.decorator';

// The two 测算 of the policy commands over HTTP: the body carries what the command reads from its files, and the
// answer is the command's JSON, byte for byte (`npm run -s policy -- procurement|payment`, docs/procurement.md).

/** HTTP body of procurement.preference.compute: `request` = the command's request file, `params` = its `--params` file. */
export class ComputeProcurementBody {
  @Field({ zh: '测算请求', en: 'As docs/procurement-request.schema.json (amounts in 分); checked by the policy library, every problem in Chinese' })
  @IsObject()
  request!: Record<string, unknown>;

  @Field({ zh: '歧义条款取值', en: 'As the --params file, e.g. {"worksReserve40": "second-half-2022"}' })
  @IsOptional()
  @IsObject()
  params?: Record<string, unknown>;
}

/** procurement.preference.compute — reserved share of a project or the price deduction of one bid. */
export class ComputeProcurementRequest extends ComputeProcurementBody {
  @Field({ zh: '操作人' })
  @IsOptional()
  @ValidateNested()
  @Type(() => Actor)
  actor?: Actor;
}

/** HTTP body of procurement.payment.compute: `request`, `params` and `calendar` as the payment command takes them. */
export class ComputePaymentBody {
  @Field({ zh: '测算请求', en: 'As docs/payment-request.schema.json (amounts in 分)' })
  @IsObject()
  request!: Record<string, unknown>;

  @Field({ zh: '歧义条款取值', en: 'As the --params file, e.g. {"transitionBasis": "period-start"}' })
  @IsOptional()
  @IsObject()
  params?: Record<string, unknown>;

  @Field({ zh: '工作日历', en: 'strict (default): refuse a year without its holiday notice; provisional: count it Monday–Friday, marked' })
  @IsOptional()
  @IsIn(['strict', 'provisional'])
  calendar?: 'strict' | 'provisional';
}

/** procurement.payment.compute — due date, overdue days and late interest of one contract. */
export class ComputePaymentRequest extends ComputePaymentBody {
  @Field({ zh: '操作人' })
  @IsOptional()
  @ValidateNested()
  @Type(() => Actor)
  actor?: Actor;
}

/** The command's JSON (the policy library's result), passed through unchanged. */
export type PolicyComputation = Record<string, unknown>;
