import type { HeldTitle, HeldTitleStatus } from '../common/held-titles';
import type { MeasureVersion, MeasureVersionUsed } from '../common/measure-versions';
import type { PendingConfirmation } from '../common/source';
import type { RateFraction } from '../awards/award-types';

// ---------------------------------------------------------------------------------------------------------------
// Financing-guarantee rules of the plan (rules.md §8.4 S-48, S-49; plan 二、（三）2 畅通市场化融资渠道) as dated data.
// Money is integer 分 (fen); rates are exact annual fractions `{ num, den }` (0.5% = 5/1000).
// ---------------------------------------------------------------------------------------------------------------

/** S-48 white list (同等享受市融资担保“白名单”企业待遇), S-49 guaranteed-loan ceiling and fee reduction/waiver. */
export const GUARANTEE_RULE_IDS = ['S-48', 'S-49'] as const;
export type GuaranteeRuleId = (typeof GUARANTEE_RULE_IDS)[number];

/** The tiers the guarantee measures serve (专精特新 and 小巨人). */
export type GuaranteeTier = 'specialized' | 'little-giant';
export const GUARANTEE_TIERS: readonly GuaranteeTier[] = ['specialized', 'little-giant'];

/** The numbers of one version: S-48 the tiers on the white list; S-49 the loan ceiling per tier ("以下" inclusive). */
export type GuaranteeTerms =
  | { readonly kind: 'white-list'; readonly tiers: readonly GuaranteeTier[] }
  | { readonly kind: 'guarantee-ceiling'; readonly ceilingsFen: Readonly<Record<GuaranteeTier, number>> };

export type GuaranteeVersion = MeasureVersion<GuaranteeRuleId, GuaranteeTerms>;

/**
 * A guarantee request (`npm run -s policy -- guarantee <request.json>`; JSON Schema
 * docs/examples/guarantees/guarantee-request.schema.json). `null` or absent = not reported: the answer is `unknown`
 * naming the fact, unless the decision is the same whatever its value.
 */
export interface GuaranteeRequest {
  /** Application date (申请日), YYYY-MM-DD: the titles valid on it count. */
  readonly date: string;
  /** Titles of the enterprise (`[]` = none held; null = not reported). */
  readonly titles?: readonly HeldTitle[] | null;
  /** Principal still outstanding on policy-guaranteed loans (政府性融资担保贷款在保余额), before this loan. */
  readonly outstandingGuaranteedFen?: number | null;
  /** Principal of the loan applied for (申请担保本金), > 0. */
  readonly requestedPrincipalFen?: number | null;
  /** Loan term in months (used when `termBasis` is `months`). */
  readonly termMonths?: number | null;
  /** Loan term in days (used when `termBasis` is `days`). */
  readonly termDays?: number | null;
}

export type GuaranteeDecision = 'eligible' | 'not-eligible' | 'not-covered' | 'unknown';

export interface GuaranteeCondition {
  readonly id: string;
  readonly zh: string;
  readonly status: 'met' | 'not-met' | 'unknown';
  /** The values used, in Chinese (e.g. { 担保额度: "500万元", 在保余额: "300万元" }). */
  readonly values: Readonly<Record<string, string>>;
  readonly missing: readonly string[];
  readonly gap?: string;
}

/** The guarantee fee: standard and charged, rounded down to the fen, and the policy cost (standard − charged). */
export interface GuaranteeFee {
  readonly scheduleId: string;
  readonly scheduleConfirmed: boolean;
  readonly termBasis: 'months' | 'days';
  /** e.g. "12个月" or "180天". */
  readonly termZh: string;
  readonly standardRate: RateFraction;
  readonly standardRateZh: string;
  readonly rate: RateFraction;
  readonly rateZh: string;
  /** 免收 (rate 0), 减收 (below standard) or 标准 (the schedule gives the standard rate for this tier). */
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
export interface WhiteListMembership {
  readonly ruleId: 'S-48';
  readonly date: string;
  readonly decision: 'member' | 'not-member' | 'not-covered' | 'unknown';
  readonly reason: string;
  /** The title that puts the enterprise on the list (highest valid tier), with its first and last day. */
  readonly title: HeldTitleStatus | null;
  readonly since: string | null;
  readonly until: string | null;
  readonly clause: string;
  readonly version: MeasureVersionUsed | null;
  readonly versionApplies: string;
  readonly missing: readonly string[];
  readonly pendingConfirmations: readonly PendingConfirmation[];
}

export interface GuaranteeComputation {
  readonly ruleId: 'S-49';
  readonly zh: string;
  readonly date: string;
  readonly decision: GuaranteeDecision;
  /** One Chinese sentence. */
  readonly reason: string;
  /** The tier that counts on the date (highest valid title among 专精特新 and 小巨人), or null. */
  readonly tier: GuaranteeTier | null;
  readonly tierZh: string | null;
  readonly title: HeldTitleStatus | null;
  /** Every reported title with its state on the date. */
  readonly titles: readonly HeldTitleStatus[];
  readonly ceilingScope: 'total-outstanding' | 'per-loan';
  readonly ceilingFen: number | null;
  readonly ceilingZh: string | null;
  readonly outstandingGuaranteedFen: number | null;
  readonly requestedPrincipalFen: number | null;
  /** What the ceiling is compared with: outstanding + requested (total) or requested (per loan). */
  readonly cappedAmountFen: number | null;
  /** Room left under the ceiling before this loan: ceiling − outstanding (≥ 0), or the ceiling (per loan). */
  readonly headroomFen: number | null;
  readonly headroomZh: string | null;
  /** By how much the request exceeds the ceiling (0 within it). */
  readonly excessFen: number | null;
  readonly fee: GuaranteeFee | null;
  readonly whiteList: WhiteListMembership;
  /** e.g. "《三明市优质中小企业梯度培育行动方案（征求意见稿）》二、（三）2 畅通市场化融资渠道". */
  readonly clause: string;
  readonly text: string;
  readonly version: MeasureVersionUsed | null;
  /** Which version applies (the plan's, a successor, or none after the plan period). */
  readonly versionApplies: string;
  readonly conditions: readonly GuaranteeCondition[];
  readonly missing: readonly string[];
  readonly gaps: readonly string[];
  readonly parameters: {
    readonly ceilingScope: 'total-outstanding' | 'per-loan';
    readonly termBasis: 'months' | 'days';
    readonly feeScheduleId: string | null;
  };
  readonly pendingConfirmations: readonly PendingConfirmation[];
}
