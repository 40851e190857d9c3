import type { RateFraction } from '../awards/award-types';
import type { PendingConfirmation, SourceRef } from '../common/source';
import type { BuyerKind, SupplierSize } from './payment.rules';

export type PaymentFlagCode =
  | 'agreed-term-over-60'
  | 'large-enterprise-term-over-60'
  | 'large-enterprise-no-agreed-term'
  | 'back-to-back'
  | 'agreed-rate-below-lpr'
  | 'lpr-not-loaded'
  | 'acceptance-delayed'
  | 'acceptance-pending'
  | 'transition';

/** Something the contract or the case should be looked at for; `unlawful` breaks a rule of the text applied. */
export interface PaymentFlag {
  readonly code: PaymentFlagCode;
  readonly severity: 'unlawful' | 'review' | 'info';
  readonly zh: string;
  readonly clause: string;
}

export interface ArticleApplied {
  readonly docNo: string;
  readonly article: string;
  readonly zh: string;
  readonly confidence: SourceRef['confidence'];
}

export interface PaymentTextUsed {
  readonly id: string;
  readonly docNo: string;
  readonly title: string;
  readonly effectiveFrom: string;
  readonly effectiveTo: string | null;
  /** Which day chose the text (parameter `transitionBasis`) and that day. */
  readonly basis: 'signing-date' | 'period-start';
  readonly basisDate: string;
  readonly reason: string;
}

export interface PaymentPeriod {
  /** What starts the period: delivery, passing acceptance, or the end of an agreed acceptance period the buyer let pass. */
  readonly startEvent: 'delivery' | 'acceptance' | 'acceptance-deadline';
  readonly startDate: string;
  readonly termDays: number;
  /** statutory (30 / 60 days), agreed, or agreed-capped (an agreed term above 60 days cut to 60). */
  readonly termSource: 'statutory' | 'agreed' | 'agreed-capped';
  readonly agreedTermDays: number | null;
  readonly nominalEnd: string;
  readonly dueDate: string;
  readonly extended: boolean;
  readonly explanation: string;
  readonly clause: string;
}

/** One part of the amount and how late it was paid (or is, unpaid, on `asOf`). */
export interface LatePart {
  readonly amountFen: number;
  /** null: still unpaid on `asOf`. */
  readonly paidOn: string | null;
  /** Days late: payment day (or asOf) − due date. */
  readonly daysLate: number;
  /** amount × days × daily rate, exact, in 分 (a decimal string). */
  readonly interestExactFen: string;
}

export interface PaymentInterest {
  /** agreed: the agreed annual rate; lpr-floor: the LPR at signing (an agreed rate below it); statutory-daily: 0.05 %/day. */
  readonly rateKind: 'agreed' | 'lpr-floor' | 'statutory-daily';
  readonly annualRate: RateFraction | null;
  readonly dailyRate: RateFraction;
  readonly dailyRateZh: string;
  readonly dayCountBasis: 360 | 365 | null;
  readonly lprAtSigning: {
    readonly from: string;
    readonly rate: RateFraction;
    readonly rateZh: string;
  } | null;
  readonly parts: readonly LatePart[];
  readonly totalExactFen: string;
  /** Simple interest, rounded down to the 分. */
  readonly totalFen: number;
  readonly totalYuan: string;
  readonly formula: string;
  readonly clause: string;
}

export interface PaymentComputation {
  /**
   * not-covered: signed (or started) before 2020-09-01; not-applicable: the supplier was not an SME at signing;
   * undetermined: the due date cannot be set (acceptance not yet passed, 2020 large-enterprise contract without a
   * term); not-yet-due / paid-on-time / paid-late / overdue: judged on `asOf`.
   */
  readonly status:
    | 'not-covered'
    | 'not-applicable'
    | 'undetermined'
    | 'not-yet-due'
    | 'paid-on-time'
    | 'paid-late'
    | 'overdue';
  readonly reason: string;
  readonly asOf: string;
  readonly buyerKind: BuyerKind;
  readonly buyerKindZh: string;
  readonly supplierSizeAtSigning: SupplierSize;
  readonly supplierIsSme: boolean;
  readonly text: PaymentTextUsed | null;
  readonly period: PaymentPeriod | null;
  readonly dueDate: string | null;
  readonly amountFen: number;
  readonly paidFen: number;
  readonly outstandingFen: number;
  /** Days the outstanding amount is overdue on `asOf` (0 when not overdue). */
  readonly daysOverdue: number;
  readonly interest: PaymentInterest | null;
  readonly articles: readonly ArticleApplied[];
  readonly flags: readonly PaymentFlag[];
  readonly missing: readonly string[];
  readonly pendingConfirmations: readonly PendingConfirmation[];
  /** The holiday notices (文号) whose days moved or fixed the due date. */
  readonly calendarSources: readonly string[];
}
