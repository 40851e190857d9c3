import type { Tier } from '@ladder/shared-domain';

import type { PendingConfirmation, RuleVersionRef } from '../common/source';
import type { SizeClassResult } from '../size-class/classify-size';
import type { EvaluationType } from './tier-input';
import type { TierParameters } from './tier-parameters';
import type { Confidence } from './tier-rule-set';

export type ConditionStatus = 'met' | 'not-met' | 'unknown';
export type TierDecision = 'eligible' | 'not-eligible' | 'unknown';

/** One condition of a standard, with the values it used and, when not met, what is lacking. */
export interface ConditionResult {
  /** Stable id within the tier, e.g. "basic.rd", "direct.equity", "common.sme". */
  readonly id: string;
  readonly zh: string;
  /** Where it sits in the standard: 基本条件 / 直通条件 / 专业化 / … */
  readonly group: string;
  readonly clause: string;
  readonly confidence: Confidence;
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

export interface PointsRange {
  readonly min: number;
  readonly max: number;
}

export interface IndicatorResult {
  readonly id: string;
  readonly zh: string;
  readonly dimension: string;
  readonly clause: string;
  readonly confidence: Confidence;
  readonly max: number;
  /** null while a missing fact could still change the points. */
  readonly points: number | null;
  /** Points possible given what is known (min = max = points when known). */
  readonly range: PointsRange;
  readonly band: string | null;
  readonly values: Readonly<Record<string, string>>;
  readonly missing: readonly string[];
  readonly onBoundary: boolean;
  readonly note?: string;
}

export interface DimensionResult {
  readonly id: string;
  readonly zh: string;
  readonly max: number;
  readonly minimum: number | null;
  readonly points: number | null;
  readonly range: PointsRange;
  /** Whether the minimum is reached (met when there is none). */
  readonly status: ConditionStatus;
}

export interface ScoreResult {
  readonly clause: string;
  readonly threshold: number;
  readonly status: ConditionStatus;
  readonly total: number | null;
  readonly range: PointsRange;
  readonly dimensions: readonly DimensionResult[];
  readonly indicators: readonly IndicatorResult[];
  readonly missing: readonly string[];
  readonly gap?: string;
}

/** What made a tier eligible. */
export interface TierRoute {
  readonly kind: 'direct' | 'score' | 'alternative' | 'general' | 'all-conditions';
  /** The condition id ("direct.equity", "score", "alt.rd-average", …). */
  readonly id: string;
  readonly zh: string;
}

/** One of the things a tier requires all of (an "any of" group counts as one). */
export interface Requirement {
  readonly id: string;
  readonly zh: string;
  readonly status: ConditionStatus;
  readonly gaps: readonly string[];
  readonly missing: readonly string[];
}

export interface TierResult {
  readonly tier: Tier;
  /** The tier's name under the rule set (科技和创新型中小企业 from 2026). */
  readonly zh: string;
  readonly decision: TierDecision;
  readonly route: TierRoute | null;
  readonly ruleVersion: RuleVersionRef;
  /** Which standard was applied, in Chinese (says when 2022 Annex 1 is used under the 2026 rules). */
  readonly standard: string;
  readonly conditions: readonly ConditionResult[];
  readonly score: ScoreResult | null;
  readonly requirements: readonly Requirement[];
  readonly missing: readonly string[];
  readonly gaps: readonly string[];
  readonly explanation: string;
}

export interface TitleStatus {
  readonly tier: Tier;
  readonly certifiedOn: string;
  readonly validUntil: string;
  /** validUntil was computed (certifiedOn + 3 years − 1 day), not given. */
  readonly validUntilDefaulted: boolean;
  readonly valid: boolean;
}

export interface CommonResult {
  readonly status: ConditionStatus;
  readonly sizeClass: SizeClassResult;
  readonly conditions: readonly ConditionResult[];
  readonly missing: readonly string[];
  readonly gaps: readonly string[];
}

export interface EvaluationResult {
  readonly uscc: string;
  readonly asOf: string;
  readonly type: EvaluationType;
  /** 上年度: the calendar year before asOf. */
  readonly dataYear: number;
  readonly ruleVersion: RuleVersionRef & {
    readonly zh: string;
    readonly effectiveFromConfidence: Confidence;
  };
  /** One Chinese sentence: which version decided and why. */
  readonly versionReason: string;
  readonly parameters: TierParameters;
  readonly common: CommonResult;
  readonly titles: readonly TitleStatus[];
  readonly highestValidTitle: Tier | null;
  readonly tiers: Readonly<Record<Tier, TierResult>>;
  readonly missing: readonly string[];
  readonly pendingConfirmations: readonly PendingConfirmation[];
}
