import type { RateFraction } from '../awards/award-types';
import type { PendingConfirmation, SourceRef } from '../common/source';
import type { BidderKind, EvaluationMethod, ProcurementCategory } from './procurement.rules';

/** The version a computation used. */
export interface ProcurementVersionUsed {
  readonly id: string;
  readonly effectiveFrom: string;
  readonly effectiveTo: string | null;
  readonly effectiveFromConfidence: SourceRef['confidence'];
  readonly docNo: string;
  readonly title: string;
}

/** A condition of the deduction (Kleene logic, as the award conditions). */
export interface ProcurementCondition {
  readonly id: string;
  readonly zh: string;
  readonly status: 'met' | 'not-met' | 'unknown';
  readonly clause: string;
  readonly gap?: string;
  readonly missing: readonly string[];
}

/** A band with its display ("10%—20%"). */
export interface BandUsed {
  readonly min: RateFraction;
  readonly max: RateFraction;
  readonly zh: string;
  readonly clause: string;
  readonly confidence: SourceRef['confidence'];
}

export interface ReserveCheck {
  readonly reservedFen: number;
  readonly reservedForSmallMicroFen: number | null;
  /** reserved ≥ the required share of the budget (exact). */
  readonly reservedShareMet: boolean;
  /** 小微 part ≥ 60 % of the reserved amount (exact); null when not given or not required. */
  readonly smallMicroShareMet: boolean | null;
  readonly compliant: boolean;
  readonly gaps: readonly string[];
}

export interface ReserveResult {
  readonly kind: 'reserve';
  readonly date: string;
  readonly category: ProcurementCategory;
  readonly budgetFen: number;
  readonly suitableForSme: boolean;
  /** fully-reserved (≤ 200万 / 400万), share-reserved (above), not-required (not suitable), not-covered (no rules). */
  readonly decision: 'fully-reserved' | 'share-reserved' | 'not-required' | 'not-covered';
  readonly reason: string;
  /** The amount up to which a project is reserved in full (200万 or 400万), null when not covered. */
  readonly fullReserveUpToFen: number | null;
  /** The share of the budget to reserve at least (1 when fully reserved). */
  readonly requiredShare: RateFraction | null;
  readonly requiredShareZh: string | null;
  /** budget × share, rounded UP to the 分 (a minimum rounded down would fall short). */
  readonly minimumReservedFen: number | null;
  /** Of the reservation (the planned one when given, else the minimum), at least 60 % for 小微, rounded up. */
  readonly minimumSmallMicroFen: number | null;
  readonly formula: string | null;
  readonly check: ReserveCheck | null;
  readonly clause: string;
  readonly version: ProcurementVersionUsed | null;
  readonly pendingConfirmations: readonly PendingConfirmation[];
}

export interface DeductionResult {
  readonly kind: 'deduction';
  readonly date: string;
  readonly category: ProcurementCategory;
  readonly bidder: BidderKind;
  readonly bidderZh: string;
  readonly projectReserved: boolean;
  readonly evaluation: EvaluationMethod;
  /**
   * accepted: the rate is within the band in force; rejected: outside it (band and clause in the reason);
   * not-applicable: no deduction for this bid (reserved project, 中型/大型 bidder, gate not met…); unknown: facts
   * missing; not-covered: no rules on that date.
   */
  readonly decision: 'accepted' | 'rejected' | 'not-applicable' | 'unknown' | 'not-covered';
  readonly reason: string;
  readonly rate: RateFraction;
  readonly rateZh: string;
  readonly band: BandUsed | null;
  readonly bidFen: number;
  /**
   * 评审价 in 分: bid × (1 − rate) rounded down when accepted with `price-deduction`; the bid itself when no deduction
   * applies or the preference goes to the price score; null when rejected or unknown.
   */
  readonly evaluationPriceFen: number | null;
  /** With `price-score-bonus`: the rate added to the price score (价格分 × (1 + rate)). */
  readonly priceScoreBonus: RateFraction | null;
  readonly formula: string | null;
  readonly conditions: readonly ProcurementCondition[];
  readonly missing: readonly string[];
  readonly gaps: readonly string[];
  readonly clause: string;
  readonly version: ProcurementVersionUsed | null;
  readonly pendingConfirmations: readonly PendingConfirmation[];
}

export type ProcurementResult = ReserveResult | DeductionResult;
