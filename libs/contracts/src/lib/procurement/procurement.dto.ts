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
  /** 主管预算单位 (for the SME share by department), when known. */
  department: string | null;
  /** The project the contract was awarded in, when recorded through an award. */
  projectId: string | null;
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

/** SME share of one group (a department or a county): numerator and denominator shown, to the 分. */
export interface SmeShareGroupRowDto {
  /** The department's name or the county code ('' for contracts without a department). */
  key: string;
  label: string;
  contracts: number;
  smeContracts: number;
  /** Numerator: contracts with an SME (size at signing). */
  smeFen: number;
  /** Denominator: all contracts. */
  totalFen: number;
  share: { num: number; den: number };
  sharePercent: string;
  /** "中小企业合同金额 … 元 ÷ 全部合同金额 … 元 = …%". */
  formula: string;
}

export interface SmeShareGroupsDto {
  year: number;
  by: 'department' | 'county';
  rows: SmeShareGroupRowDto[];
  total: SmeShareGroupRowDto;
}

export interface RepeatOffenderRowDto {
  buyerName: string;
  buyerKind: BuyerKindValue;
  countyCode: string;
  /** Years whose disclosure list (overdue and unpaid on 31 December) names the buyer. */
  years: number[];
  /** Distinct contracts overdue and unpaid in any of those lists. */
  contracts: number;
  contractNumbers: string[];
  /** Outstanding on 31 December of the latest year listed. */
  latestOutstandingFen: number;
  /** Which tests named the buyer, in Chinese, with the thresholds. */
  reasons: string[];
}

export interface RepeatOffendersDto {
  year: number;
  fromYear: number;
  /** The rule applied (libs/policy repeat-offender rule, dated, pending confirmation). */
  rule: { id: string; effectiveFrom: string; minYears: number; minContracts: number; source: string; pendingConfirmation: string };
  rows: RepeatOffenderRowDto[];
}

/** A bid with the SME check and the price deduction decision stored when it was recorded. */
export interface BidDto {
  id: string;
  projectId: string;
  supplierUscc: string;
  supplierName: string;
  declaredSize: SupplierSizeValue;
  form: 'alone' | 'consortium' | 'subcontract';
  bidFen: number;
  smallMicroShareBp: number | null;
  controlledRelationship: boolean | null;
  goodsMadeBySmallMicro: boolean | null;
  inReservedPackage: boolean | null;
  /** The registry's size class when the supplier was in the pool at the bid, else null. */
  registrySize: SupplierSizeValue | null;
  /** The size the deduction used: the registry's when known, else the declaration. */
  sizeUsed: SupplierSizeValue;
  /** The declaration disagrees with the registry: flagged and kept, the registry's class used. */
  sizeMismatch: boolean;
  /** policy bidder kind (small-micro, consortium, subcontract, medium, large). */
  bidderKind: string;
  /** policy computeDeduction decision, 评审价 (null when rejected or unknown), and the whole explained result. */
  deductionDecision: string;
  evaluationPriceFen: number | null;
  deduction: Record<string, unknown>;
  awarded: boolean;
  /** At the award: the registry's class on the signing day, and whether the declaration disagrees with it. */
  registrySizeAtSigning: SupplierSizeValue | null;
  sizeMismatchAtSigning: boolean | null;
  contractId: string | null;
  recordedAt: string;
}

/** A project with its reserved-share check (policy computeReserve, computed on read) and its bids. */
export interface ProjectDto {
  id: string;
  projectNumber: string;
  name: string;
  buyerName: string;
  buyerKind: BuyerKindValue;
  department: string;
  countyCode: string;
  category: 'goods' | 'services' | 'works';
  budgetFen: number;
  procurementDate: string;
  suitableForSme: boolean;
  reservedForm: 'not-reserved' | 'whole' | 'package' | 'consortium' | 'subcontract';
  reservedFen: number;
  reservedForSmallMicroFen: number | null;
  smallMicroRateBp: number | null;
  jointRateBp: number | null;
  evaluation: 'price-deduction' | 'price-score-bonus';
  /** policy decision: fully-reserved | share-reserved | not-required | not-covered. */
  reserveDecision: string;
  /** The planned reservation meets the rule (null when there is nothing to check). */
  reserveCompliant: boolean | null;
  reserveGaps: string[];
  /** The whole explained ReserveResult (clause, values, version, pending confirmations). */
  reserve: Record<string, unknown>;
  bids: BidDto[];
  awardedBidId: string | null;
  contractId: string | null;
  createdBy: string;
}

export type ProcurementImportStatus = 'receiving' | 'queued' | 'running' | 'completed' | 'failed';

export interface ProcurementImportDto {
  id: string;
  kind: 'contracts' | 'deliveries' | 'payments';
  fileName: string;
  fileHash: string;
  status: ProcurementImportStatus;
  totalRows: number;
  receivedRows: number;
  processedRows: number;
  appliedRows: number;
  unchangedRows: number;
  failedRows: number;
  /** A completed import of the same file before this one. */
  previousImportId: string | null;
  createdBy: string;
  createdAt: string;
  finishedAt: string | null;
}

export interface ProcurementImportRowErrorDto {
  rowNumber: number;
  contractNumber: string | null;
  messages: string[];
}

/** A supplier as procurement's projection of the registry knows it: the size class a bid or a signing would use. */
export interface SupplierCardDto {
  uscc: string;
  /** In the pool (registered and not removed) per the registry events received so far. */
  inPool: boolean;
  name: string | null;
  countyCode: string | null;
  /** The registry's size class in the payment regulation's terms (非中小企业 → large), null when unknown. */
  sizeClass: SupplierSizeValue | null;
  registryVersion: number | null;
}
