import { IsIn, IsInt, IsOptional, IsString, IsUUID, Min } from 'class-validator';

import { Field } from '../common/field.decorator';
import { IsCalendarDate, IsCountyCode, IsUscc } from '../common/validators';
import { BUYER_KIND_VALUES } from './contract.rpc';
import type { BuyerKindValue } from './contract.rpc';

/** procurement.payment.overdue-detected — once per contract and day while an SME is owed money past the due date. */
export class PaymentOverdueEvent {
  @Field({ zh: '合同ID' })
  @IsUUID()
  contractId!: string;

  @Field({ zh: '合同编号' })
  @IsString()
  contractNumber!: string;

  @Field({ zh: '付款方名称' })
  @IsString()
  buyerName!: string;

  @Field({ zh: '付款方类型' })
  @IsIn(BUYER_KIND_VALUES)
  buyerKind!: BuyerKindValue;

  @Field({ zh: '所属县（市、区）' })
  @IsCountyCode()
  countyCode!: string;

  @Field({ zh: '供应商统一社会信用代码' })
  @IsUscc()
  supplierUscc!: string;

  @Field({ zh: '到期日' })
  @IsCalendarDate()
  dueDate!: string;

  @Field({ zh: '逾期天数' })
  @IsInt()
  @Min(1)
  daysOverdue!: number;

  @Field({ zh: '未付金额', unit: 'fen' })
  @IsInt()
  @Min(1)
  outstandingFen!: number;

  @Field({ zh: '逾期利息（截至当日）', unit: 'fen' })
  @IsInt()
  @Min(0)
  interestFen!: number;

  @Field({ zh: '检查日' })
  @IsCalendarDate()
  scannedOn!: string;
}

class ComplaintEventBase {
  @Field({ zh: '投诉ID' })
  @IsUUID()
  complaintId!: string;

  @Field({ zh: '投诉编号' })
  @IsString()
  number!: string;

  @Field({ zh: '投诉人统一社会信用代码' })
  @IsUscc()
  complainantUscc!: string;

  @Field({ zh: '收到日期' })
  @IsCalendarDate()
  receivedOn!: string;

  @Field({ zh: '审查期限' })
  @IsCalendarDate()
  reviewDueOn!: string;
}

/** procurement.complaint.received */
export class ComplaintReceivedEvent extends ComplaintEventBase {}

/** procurement.complaint.reviewed — accepted and forwarded, or rejected with a reason. */
export class ComplaintReviewedEvent extends ComplaintEventBase {
  @Field({ zh: '审查结论' })
  @IsIn(['accept', 'reject'])
  decision!: 'accept' | 'reject';

  @Field({ zh: '转交处理部门' })
  @IsOptional()
  @IsString()
  forwardTo?: string;

  @Field({ zh: '审查日期' })
  @IsCalendarDate()
  reviewedOn!: string;
}

/** procurement.complaint.overdue-detected — the review deadline passed undecided (once per complaint). */
export class ComplaintOverdueEvent extends ComplaintEventBase {
  @Field({ zh: '检查日' })
  @IsCalendarDate()
  scannedOn!: string;
}
