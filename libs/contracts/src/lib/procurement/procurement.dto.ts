import type { ComplaintStatus } from './complaint.rpc';
import type { BuyerKindValue, SupplierSizeValue } from './contract.rpc';

/** A flag of the payment rules on a contract (policy PaymentFlag, as the console shows it). */
export interface ContractFlagDto {
  code: string;
  severity: 'unlawful' | 'review' | 'info';
  zh: string;
  clause: string;
}

export interface ContractPaymentDto {
  paidOn: string;
  amountFen: number;
}

/** A contract with what the payment rules say of it on `asOf` (computed on read, never stored). */
export interface ContractDto {
  id: string;
  contractNumber: string;
  buyerName: string;
  buyerKind: BuyerKindValue;
  countyCode: string;
  supplierUscc: string;
  supplierName: string;
  declaredSize: SupplierSizeValue;
  /** The registry's size class when the supplier is in the pool on signing, else null. */
  registrySize: SupplierSizeValue | null;
  /** The size fixed at signing: the registry's when known, else the declaration. */
  sizeAtSigning: SupplierSizeValue;
  sizeSource: 'registry' | 'declared';
  /** The declaration disagrees with the registry (flagged, not silently accepted). */
  sizeMismatch: boolean;
  signedOn: string;
  amountFen: number;
  acceptanceCondition: boolean;
  acceptanceDeadline: string | null;
  agreedTermDays: number | null;
  backToBack: boolean;
  agreedAnnualRateBp: number | null;
  deliveredOn: string | null;
  acceptedOn: string | null;
  payments: ContractPaymentDto[];
  asOf: string;
  /** policy computePayment status; `awaiting-delivery` before a delivery is recorded. */
  paymentStatus: string;
  paymentReason: string;
  dueDate: string | null;
  paidFen: number;
  outstandingFen: number;
  daysOverdue: number;
  interestFen: number;
  /** 《保障中小企业款项支付条例》 text applied (文号), when any. */
  textDocNo: string | null;
  flags: ContractFlagDto[];
  /** A year of the computation had no holiday notice loaded: counted Monday–Friday, to be recomputed. */
  calendarProvisional: boolean;
}

export interface OverdueScanResultDto {
  today: string;
  scanned: number;
  /** procurement.payment.overdue-detected raised by this run. */
  overdue: number;
  /** Overdue contracts already reported today. */
  alreadySent: number;
  /** procurement.complaint.overdue-detected raised by this run. */
  complaintsOverdue: number;
}

export interface DisclosureRowDto {
  contractId: string;
  contractNumber: string;
  buyerName: string;
  buyerKind: BuyerKindValue;
  countyCode: string;
  supplierName: string;
  supplierUscc: string;
  dueDate: string;
  outstandingFen: number;
  daysOverdue: number;
}

/** The annual list of overdue-unpaid contracts (as of 31 December), to be published by 31 March. */
export interface DisclosureDto {
  year: number;
  asOf: string;
  publishBy: string;
  rows: DisclosureRowDto[];
  totalOutstandingFen: number;
}

export interface SmeShareRowDto {
  buyerName: string;
  contracts: number;
  smeContracts: number;
  totalFen: number;
  smeFen: number;
  /** smeFen ÷ totalFen as an exact fraction, and as a percentage to two decimals (rounded half up). */
  share: { num: number; den: number };
  sharePercent: string;
}

export interface SmeShareDto {
  year: number;
  rows: SmeShareRowDto[];
}

export interface ComplaintStepDto {
  action: 'received' | 'accepted' | 'rejected' | 'overdue' | 'concluded' | 'informed';
  by: string;
  on: string;
  text: string;
}

export interface ComplaintDto {
  id: string;
  number: string;
  complainantUscc: string;
  complainantName: string;
  respondentName: string;
  contractId: string | null;
  amountFen: number | null;
  summary: string;
  filedVia: 'enterprise' | 'liaison';
  status: ComplaintStatus;
  receivedOn: string;
  /** Last day of the 10-working-day review (工信部企业〔2021〕224号). */
  reviewDueOn: string;
  reviewClock: 'running' | 'met' | 'overdue';
  reviewedOn: string | null;
  reason: string | null;
  forwardTo: string | null;
  outcome: string | null;
  /** The day the complainant was informed of the decision or the outcome. */
  informedOn: string | null;
  timeline: ComplaintStepDto[];
}
