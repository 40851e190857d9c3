import type { AwardComputationDto } from './award-computation.dto';
import type { EntitlementStatus } from './entitlement.rpc';
import type { Payer } from './subsidies.events';

export interface PayerShareDto {
  payer: Payer;
  countyCode: string | null;
  amountFen: number;
}

export interface ApprovalStepDto {
  step: 'business' | 'finance' | 'publicity' | 'disbursement' | 'cancel';
  decision: string;
  actor: string;
  at: string;
  comment: string | null;
}

export interface EntitlementDto {
  id: string;
  awardId: string;
  awardName: string;
  uscc: string;
  name: string;
  countyCode: string;
  origin: 'certification' | 'application';
  triggerKey: string;
  /** What triggered it, for people: the recognition's 文号 and issuer, or the application's reference. */
  basis: string;
  triggerDate: string;
  amountFen: number;
  capApplied: boolean;
  payer: Payer;
  split: PayerShareDto[];
  computation: AwardComputationDto;
  versionId: string;
  status: EntitlementStatus;
  publicityId: string | null;
  budgetYear: number | null;
  voucherNo: string | null;
  paidOn: string | null;
  steps: ApprovalStepDto[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface AwardVersionDto {
  id: string;
  awardId: string;
  /** base (in code, from the plan) or successor (added in the console, two-person approval). */
  kind: 'base' | 'successor';
  status: 'proposed' | 'approved' | 'rejected';
  effectiveFrom: string;
  effectiveTo: string | null;
  title: string;
  docNo: string;
  article: string | null;
  terms: Record<string, unknown>;
  proposedBy: string | null;
  decidedBy: string | null;
  note: string | null;
  comment: string | null;
  createdAt: string | null;
}

export interface AwardCatalogueEntryDto {
  awardId: string;
  name: string;
  payer: Payer;
  trigger: string;
  amountText: string;
  capFen: number | null;
  clause: string;
  versions: AwardVersionDto[];
}

export interface PublicityDto {
  id: string;
  title: string;
  startsOn: string;
  endsOn: string;
  status: 'open' | 'closed';
  entitlementIds: string[];
  objections: ObjectionDto[];
  createdBy: string;
  createdAt: string;
  closedAt: string | null;
  /** Set when the 公示 started before the day it was entered: why, and who (a second person) approved it. */
  backdateReason: string | null;
  approvedBy: string | null;
}

export interface ObjectionDto {
  id: string;
  entitlementId: string;
  raisedBy: string;
  reason: string;
  status: 'open' | 'upheld' | 'dismissed';
  note: string | null;
  createdAt: string;
}

export interface ApplicationDto {
  id: string;
  uscc: string;
  name: string;
  countyCode: string;
  awardId: string;
  date: string;
  facts: Record<string, unknown>;
  reference: string;
  parkId: string | null;
  documents: { name: string; reference: string | null }[];
  preview: AwardComputationDto;
  status: 'submitted' | 'approved' | 'rejected';
  entitlementId: string | null;
  amountFen: number;
  submittedBy: string;
  reviewedBy: string | null;
  comment: string | null;
  createdAt: string;
}

export interface BudgetLineDto {
  id: string;
  payer: Payer;
  countyCode: string | null;
  year: number;
  amountFen: number;
  reservedFen: number;
  consumedFen: number;
  availableFen: number;
  version: number;
}

export interface LedgerEntryDto {
  id: number;
  at: string;
  entitlementId: string;
  awardId: string;
  uscc: string;
  payer: Payer;
  countyCode: string | null;
  year: number;
  kind: 'reserve' | 'consume' | 'release';
  amountFen: number;
  voucherNo: string | null;
  actor: string;
}

export interface SubsidyReportDto {
  year: number | null;
  byAward: Record<string, { count: number; approvedFen: number; disbursedFen: number }>;
  byCounty: Record<string, { count: number; approvedFen: number; disbursedFen: number }>;
  byYear: Record<string, { count: number; approvedFen: number; disbursedFen: number }>;
  /** Per budget line: allocation, and whether the ledger explains reserved and consumed to the fen. */
  reconciliation: (BudgetLineDto & { ledgerReservedFen: number; ledgerConsumedFen: number; balanced: boolean })[];
}

/** How policy matching (libs/policy `matchAwards`) rates an award for an enterprise's facts. */
export type AwardMatchRating = 'qualifies' | 'may-qualify' | 'lacks';

export interface AwardMatchDto {
  awardId: string;
  name: string;
  /**
   * qualifies: granted for a reported event; may-qualify: facts missing; lacks: not met; in-progress: an entitlement
   * is on its way (公示 or approval); received: approved or paid.
   */
  status: AwardMatchRating | 'in-progress' | 'received';
  clause: string;
  payer: Payer | null;
  lacks: string[];
  amountFen: number;
}

export interface MatchingDto {
  uscc: string;
  name: string;
  liaison: string | null;
  matches: AwardMatchDto[];
  notices: MatchNoticeDto[];
}

export interface MatchNoticeDto {
  id: number;
  uscc: string;
  name: string;
  countyCode: string;
  awardId: string;
  message: string;
  /** The liaison cadre the notice is addressed to (S-57), when tiering has one assigned. */
  liaison: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface ParkDto {
  id: string;
  name: string;
  countyCode: string;
  operator: string;
  enterprises: { uscc: string; name: string; tier: string | null }[];
  specializedCount: number;
  littleGiantCount: number;
  /** Meets the 专精特新园区 plaque threshold (S-23, "5家以上"). */
  plaque: boolean;
  plaqueRule: string;
}
