import type { PendingConfirmationDto } from '../common/rule-source.dto';
import type { RateFractionDto } from '../subsidies/award-computation.dto';

// The wire format of a financing-guarantee computation (what `npm run -s policy -- guarantee` prints and
// guarantees.guarantee.compute answers): JSON, field for field what libs/policy's `computeGuarantee` returns.
// libs/policy/test/contracts-conformance.spec.ts fails to compile when policy stops producing these types.

export type GuaranteeTierValue = 'specialized' | 'little-giant';
export type GuaranteeDecisionValue = 'eligible' | 'not-eligible' | 'not-covered' | 'unknown';
export type CeilingScopeValue = 'total-outstanding' | 'per-loan';

/** A held title with its state on the date. */
export interface HeldTitleStatusDto {
  readonly tier: 'innovative' | 'specialized' | 'little-giant';
  readonly certifiedOn: string;
  readonly validUntil: string;
  readonly validUntilDefaulted: boolean;
  readonly revokedOn: string | null;
  readonly lastDay: string;
  readonly state: 'valid' | 'not-yet-valid' | 'expired' | 'revoked';
  readonly valid: boolean;
  readonly zh: string;
}

export interface GuaranteeVersionUsedDto {
  readonly id: string;
  readonly effectiveFrom: string;
  readonly effectiveTo: string | null;
  readonly docNo: string;
  readonly title: string;
  readonly clause: string;
  readonly confidence: 'confirmed' | 'secondary' | 'unconfirmed';
  readonly successor: boolean;
}

export interface GuaranteeConditionDto {
  readonly id: string;
  readonly zh: string;
  readonly status: 'met' | 'not-met' | 'unknown';
  readonly values: Readonly<Record<string, string>>;
  readonly missing: readonly string[];
  readonly gap?: string;
}

export interface GuaranteeFeeDto {
  readonly scheduleId: string;
  readonly scheduleConfirmed: boolean;
  readonly termBasis: 'months' | 'days';
  readonly termZh: string;
  readonly standardRate: RateFractionDto;
  readonly standardRateZh: string;
  readonly rate: RateFractionDto;
  readonly rateZh: string;
  readonly treatment: 'waived' | 'reduced' | 'standard';
  readonly treatmentZh: string;
  readonly standardFeeFen: number;
  readonly chargedFeeFen: number;
  /** Borne by the guarantor: standardFeeFen − chargedFeeFen. */
  readonly policyCostFen: number;
  readonly standardFormula: string;
  readonly formula: string;
}

/** S-48 membership on a date. */
export interface WhiteListMembershipDto {
  readonly ruleId: 'S-48';
  readonly date: string;
  readonly decision: 'member' | 'not-member' | 'not-covered' | 'unknown';
  readonly reason: string;
  readonly title: HeldTitleStatusDto | null;
  readonly since: string | null;
  readonly until: string | null;
  readonly clause: string;
  readonly version: GuaranteeVersionUsedDto | null;
  readonly versionApplies: string;
  readonly missing: readonly string[];
  readonly pendingConfirmations: readonly PendingConfirmationDto[];
}

/** S-49: ceiling, headroom and fee of one guaranteed loan. */
export interface GuaranteeComputationDto {
  readonly ruleId: 'S-49';
  readonly zh: string;
  readonly date: string;
  readonly decision: GuaranteeDecisionValue;
  readonly reason: string;
  readonly tier: GuaranteeTierValue | null;
  readonly tierZh: string | null;
  readonly title: HeldTitleStatusDto | null;
  readonly titles: readonly HeldTitleStatusDto[];
  readonly ceilingScope: CeilingScopeValue;
  readonly ceilingFen: number | null;
  readonly ceilingZh: string | null;
  readonly outstandingGuaranteedFen: number | null;
  readonly requestedPrincipalFen: number | null;
  readonly cappedAmountFen: number | null;
  readonly headroomFen: number | null;
  readonly headroomZh: string | null;
  readonly excessFen: number | null;
  readonly fee: GuaranteeFeeDto | null;
  readonly whiteList: WhiteListMembershipDto;
  readonly clause: string;
  readonly text: string;
  readonly version: GuaranteeVersionUsedDto | null;
  readonly versionApplies: string;
  readonly conditions: readonly GuaranteeConditionDto[];
  readonly missing: readonly string[];
  readonly gaps: readonly string[];
  readonly parameters: {
    readonly ceilingScope: CeilingScopeValue;
    readonly termBasis: 'months' | 'days';
    readonly feeScheduleId: string | null;
  };
  readonly pendingConfirmations: readonly PendingConfirmationDto[];
}
