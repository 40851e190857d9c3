import type { IndustryGroup, SizeClass, Tier } from '@ladder/shared-domain';

import type { PendingConfirmationDto, RuleVersionRefDto, SourceConfidence } from '../common/rule-source.dto';
import type { EvaluationTypeValue } from './evaluation.rpc';

// The wire format of a tier evaluation (what `npm run -s policy -- evaluate` prints, what tiering stores and the
// console shows): JSON, field for field what libs/policy's `evaluateTiers` and `nextTierDistance` return. Policy
// produces these types; libs/policy/test/contracts-conformance.spec.ts fails to compile when it stops doing so.

export type ConditionStatus = 'met' | 'not-met' | 'unknown';
export type TierDecision = 'eligible' | 'not-eligible' | 'unknown';

/** One condition of a standard, with the values it used and, when not met, what is lacking. */
export interface ConditionResultDto {
  /** Stable id within the tier, e.g. "basic.rd", "direct.equity", "common.sme". */
  readonly id: string;
  readonly zh: string;
  /** Where it sits in the standard: 基本条件 / 直通条件 / 专业化 / … */
  readonly group: string;
  readonly clause: string;
  readonly confidence: SourceConfidence;
  readonly status: ConditionStatus;
  /** Values used, by Chinese label, formatted for display ("2.40%", "120.5万元"). */
  readonly values: Readonly<Record<string, string>>;
  /** Fact paths whose absence leaves the condition unknown, e.g. "annualData[2025].rdExpense". */
  readonly missing: readonly string[];
  /** When not met: what is lacking, e.g. "研发费用占比 2.40% < 3%". */
  readonly gap?: string;
  /** A value sits exactly on the threshold: worth a manual look. */
  readonly onBoundary?: boolean;
  readonly note?: string;
}

export interface PointsRangeDto {
  readonly min: number;
  readonly max: number;
}

export interface IndicatorResultDto {
  readonly id: string;
  readonly zh: string;
  readonly dimension: string;
  readonly clause: string;
  readonly confidence: SourceConfidence;
  readonly max: number;
  /** null while a missing fact could still change the points. */
  readonly points: number | null;
  /** Points possible given what is known (min = max = points when known). */
  readonly range: PointsRangeDto;
  readonly band: string | null;
  readonly values: Readonly<Record<string, string>>;
  readonly missing: readonly string[];
  readonly onBoundary: boolean;
  readonly note?: string;
}

export interface DimensionResultDto {
  readonly id: string;
  readonly zh: string;
  readonly max: number;
  readonly minimum: number | null;
  readonly points: number | null;
  readonly range: PointsRangeDto;
  /** Whether the minimum is reached (met when there is none). */
  readonly status: ConditionStatus;
}

export interface ScoreResultDto {
  readonly clause: string;
  readonly threshold: number;
  readonly status: ConditionStatus;
  readonly total: number | null;
  readonly range: PointsRangeDto;
  readonly dimensions: readonly DimensionResultDto[];
  readonly indicators: readonly IndicatorResultDto[];
  readonly missing: readonly string[];
  readonly gap?: string;
}

/** What made a tier eligible. */
export interface TierRouteDto {
  readonly kind: 'direct' | 'score' | 'alternative' | 'general' | 'all-conditions';
  /** The condition id ("direct.equity", "score", "alt.rd-average", …). */
  readonly id: string;
  readonly zh: string;
}

/** One of the things a tier requires all of (an "any of" group counts as one). */
export interface RequirementDto {
  readonly id: string;
  readonly zh: string;
  readonly status: ConditionStatus;
  readonly gaps: readonly string[];
  readonly missing: readonly string[];
}

export interface TierResultDto {
  readonly tier: Tier;
  /** The tier's name under the rule set (科技和创新型中小企业 from 2026). */
  readonly zh: string;
  readonly decision: TierDecision;
  readonly route: TierRouteDto | null;
  readonly ruleVersion: RuleVersionRefDto;
  /** Which standard was applied, in Chinese (says when 2022 Annex 1 is used under the 2026 rules). */
  readonly standard: string;
  readonly conditions: readonly ConditionResultDto[];
  readonly score: ScoreResultDto | null;
  readonly requirements: readonly RequirementDto[];
  readonly missing: readonly string[];
  readonly gaps: readonly string[];
  readonly explanation: string;
}

export interface TitleStatusDto {
  readonly tier: Tier;
  readonly certifiedOn: string;
  readonly validUntil: string;
  /** validUntil was computed (certifiedOn + 3 years − 1 day), not given. */
  readonly validUntilDefaulted: boolean;
  readonly valid: boolean;
}

export type SizeMetric = 'employees' | 'operatingRevenue' | 'totalAssets';

/** 划型 boundary conventions (ADR 0006), readings pending 市工信局 confirmation. */
export interface SizeClassConventionDto {
  readonly upperBound: 'exclusive' | 'inclusive';
  readonly band: 'all' | 'any';
}

export interface SizeCheckDto {
  readonly step: 'upper' | 'medium' | 'small';
  readonly metric: SizeMetric;
  readonly value: number;
  readonly threshold: number;
  readonly comparison: '<' | '<=' | '>=';
  readonly passed: boolean;
  /** The value sits exactly on the threshold: flagged for manual review. */
  readonly onBoundary: boolean;
}

/** The SME size class (中型/小型/微型) and how it was decided. */
export interface SizeClassResultDto {
  /** null when facts are missing. */
  readonly sizeClass: SizeClass | null;
  readonly status: 'determined' | 'unknown';
  readonly missing: readonly SizeMetric[];
  readonly industryGroup: IndustryGroup;
  readonly rule: RuleVersionRefDto;
  readonly clause: string;
  readonly convention: SizeClassConventionDto;
  readonly checks: readonly SizeCheckDto[];
  readonly onBoundary: boolean;
  /** One-line explanation in Chinese. */
  readonly explanation: string;
}

export interface CommonResultDto {
  readonly status: ConditionStatus;
  readonly sizeClass: SizeClassResultDto;
  readonly conditions: readonly ConditionResultDto[];
  readonly missing: readonly string[];
  readonly gaps: readonly string[];
}

/** Readings of the tier rules that the texts leave open, with the values the evaluation used (docs/policy.md). */
export interface TierParametersDto {
  readonly bandEdgeToHigher: boolean;
  readonly inclusiveBounds: boolean;
  readonly averageGrowth: 'arithmetic' | 'compound';
  readonly reviewExemptsLittleGiantGrowth: boolean;
  readonly sizeClassConvention: SizeClassConventionDto;
  readonly reviewUses2022Until: string;
  readonly chainAcceptsSameRoundTier: boolean;
  readonly littleGiantSmallRevenueRdScope: 'two-year-total' | 'last-year';
  readonly leadingMarketRank2026: number;
}

/** The rule version that decided, with its Chinese name and how sure its effective date is. */
export interface EvaluationRuleVersionDto extends RuleVersionRefDto {
  readonly zh: string;
  readonly effectiveFromConfidence: SourceConfidence;
}

/** An evaluation against the tier standards: per tier the decision, the route, every condition with its clause. */
export interface EvaluationResultDto {
  readonly uscc: string;
  readonly asOf: string;
  readonly type: EvaluationTypeValue;
  /** 上年度: the calendar year before asOf. */
  readonly dataYear: number;
  readonly ruleVersion: EvaluationRuleVersionDto;
  /** One Chinese sentence: which version decided and why. */
  readonly versionReason: string;
  readonly parameters: TierParametersDto;
  readonly common: CommonResultDto;
  readonly titles: readonly TitleStatusDto[];
  readonly highestValidTitle: Tier | null;
  readonly tiers: Readonly<Record<Tier, TierResultDto>>;
  readonly missing: readonly string[];
  readonly pendingConfirmations: readonly PendingConfirmationDto[];
}

/**
 * How far an enterprise is from the next tier above the highest title it validly holds (the input of the pool
 * categories): `recommend` eligible now, `short` known shortfalls, `unknown` missing facts keep it open, `top`
 * holds a valid 小巨人 title.
 */
export interface TierDistanceDto {
  readonly currentTier: Tier | null;
  readonly nextTier: Tier | null;
  readonly status: 'recommend' | 'short' | 'unknown' | 'top';
  readonly decision: TierDecision | null;
  /** Requirements known to fail (each failing common condition counts once; an "any of" group counts once). */
  readonly unmetConditions: number;
  /** Requirements that missing facts leave open. */
  readonly unknownConditions: number;
  /** Points below the score threshold even in the best case; null when the standard has no score or it is met. */
  readonly scoreShortfall: number | null;
  /** Points below each dimension minimum even in the best case. */
  readonly dimensionShortfalls: Readonly<Record<string, number>>;
  readonly gaps: readonly string[];
  readonly missing: readonly string[];
}
