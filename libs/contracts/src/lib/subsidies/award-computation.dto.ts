import type { PendingConfirmationDto, SourceConfidence } from '../common/rule-source.dto';
import type { Payer } from './subsidies.events';

// The wire format of an award computation (what `npm run -s policy -- award` prints, what subsidies.award.compute
// answers and entitlements and applications keep): JSON, field for field what libs/policy's `computeAward`
// returns. Policy produces these types; libs/policy/test/contracts-conformance.spec.ts fails to compile when it
// stops doing so. Money is integer 分 (fen); rates are exact fractions.

export type AwardDecision = 'granted' | 'not-eligible' | 'not-covered' | 'unknown';

/** `pay`: local finance pays; `track`: provincial money the city tracks; `non-cash`: a plaque or title. */
export type AwardHandling = 'pay' | 'track' | 'non-cash';

/** One payer's share; the shares of a computation always sum exactly to its amount. */
export interface AwardPaymentDto {
  readonly payer: Payer;
  /** The paying county (CNTY, BEN). */
  readonly countyCode?: string;
  readonly amountFen: number;
}

/** One condition checked for the award. */
export interface AwardConditionDto {
  readonly id: string;
  readonly zh: string;
  readonly status: 'met' | 'not-met' | 'unknown';
  readonly missing: readonly string[];
  /** What is lacking when not met (Chinese). */
  readonly gap?: string;
  readonly note?: string;
}

/** The version of the award a computation used, with its 文号 and clause. */
export interface AwardVersionUsedDto {
  readonly id: string;
  readonly effectiveFrom: string;
  readonly effectiveTo: string | null;
  readonly docNo: string;
  readonly title: string;
  readonly clause: string;
  readonly confidence: SourceConfidence;
  readonly successor: boolean;
  readonly restates: string | null;
}

export interface AwardComputationDto {
  /** Catalogue id, e.g. S-36 (S-34a/S-34b for the two sub-awards of S-34). */
  readonly awardId: string;
  readonly catalogueId: string;
  readonly zh: string;
  readonly date: string;
  readonly decision: AwardDecision;
  /** One Chinese sentence. */
  readonly reason: string;
  /** Integer fen; 0 unless granted. Non-cash awards are granted with 0. */
  readonly amountFen: number;
  /** e.g. "200万元". */
  readonly amountZh: string;
  /** The cap of the version used (null: fixed amount, prize, county amount or non-cash). */
  readonly capFen: number | null;
  readonly capApplied: boolean;
  /** The formula with the values used, in Chinese (null when not granted). */
  readonly formula: string | null;
  readonly payer: Payer | null;
  readonly handling: AwardHandling;
  /** Source document and section. */
  readonly clause: string;
  /** Always sums exactly to `amountFen` (empty when the amount is 0). */
  readonly payerSplit: readonly AwardPaymentDto[];
  readonly recipient: string;
  /** Non-cash benefit (S-23). */
  readonly benefit: string | null;
  readonly version: AwardVersionUsedDto | null;
  readonly conditions: readonly AwardConditionDto[];
  /** Facts that are needed and absent (when `unknown`). */
  readonly missing: readonly string[];
  /** What is lacking (Chinese), when `not-eligible`. */
  readonly gaps: readonly string[];
  /** The readings of ambiguous text this computation depended on, with their values. */
  readonly pendingConfirmations: readonly PendingConfirmationDto[];
}

/** An exact non-negative rate `num / den`: 5‰ = { num: 5, den: 1000 }. */
export interface RateFractionDto {
  readonly num: number;
  readonly den: number;
}

/** Fund kinds of S-47. */
export type FundKindValue =
  'manufacturing-upgrade' | 'manufacturing-upgrade-sub-fund' | 'sme-development' | 'sme-development-sub-fund';

/** The numbers of one version of an award (docs/awards.md); the kind is fixed per award. */
export type AwardTermsDto =
  | { readonly kind: 'fixed'; readonly amountFen: number }
  | { readonly kind: 'prize'; readonly amountsFen: readonly [number, number, number] }
  | { readonly kind: 'unit-price-rate'; readonly rate: RateFractionDto; readonly capFen: number }
  | {
      readonly kind: 'equipment-rate';
      readonly maxRate: RateFractionDto;
      readonly capFen: number;
      readonly minTotalInvestmentFen?: number;
    }
  | {
      readonly kind: 'fund-rate';
      readonly rates: Readonly<Record<FundKindValue, RateFractionDto | null>>;
      readonly capFen: number;
    }
  | { readonly kind: 'discretionary'; readonly capFen: number }
  | { readonly kind: 'county-matching' }
  | { readonly kind: 'plaque'; readonly minEnterprises: number; readonly benefit: string };

export type AwardTermsKind = AwardTermsDto['kind'];
