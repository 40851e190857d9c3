import type { PoolCategory, Tier } from '@ladder/shared-domain';

import type { CertificationStatus } from './certification.rpc';
import type { EvaluationResultDto, TierDistanceDto } from './evaluation-result.dto';
import type { EvaluationTypeValue } from './evaluation.rpc';
import type { RecommendationStatus } from './recommendation.rpc';

/** A stored evaluation: the result (as libs/policy gives it) plus when, why and on what data it ran. */
export interface EvaluationDto {
  id: number;
  uscc: string;
  asOf: string;
  type: EvaluationTypeValue;
  trigger: 'event' | 'job' | 'manual';
  ruleVersion: string;
  dataYear: number;
  /** Hash of the inputs (profile facts + titles + parameters): equal hashes, equal results. */
  inputsHash: string;
  createdAt: string;
  result: EvaluationResultDto;
  distance: TierDistanceDto;
  category: PoolCategory | null;
}

/** A version of the tier standards (tiering.rule-version.list): its period and 文号. */
export interface RuleVersionDto {
  id: string;
  zh: string;
  effectiveFrom: string;
  /** Inclusive; null while in force. */
  effectiveTo: string | null;
  docNo: string;
}

export interface EvaluationSummaryDto {
  id: number;
  asOf: string;
  type: EvaluationTypeValue;
  trigger: 'event' | 'job' | 'manual';
  ruleVersion: string;
  dataYear: number;
  decisions: Record<Tier, 'eligible' | 'not-eligible' | 'unknown'>;
  category: PoolCategory | null;
  createdAt: string;
}

export interface PoolEntryDto {
  uscc: string;
  name: string;
  countyCode: string;
  category: PoolCategory | null;
  currentTier: Tier | null;
  nextTier: Tier | null;
  /** recommend | short | unknown | top */
  distanceStatus: string;
  unmetConditions: number;
  unknownConditions: number;
  scoreShortfall: number | null;
  gaps: string[];
  evaluationId: number | null;
  evaluatedAt: string | null;
}

export interface PoolSummaryDto {
  total: number;
  byCategory: Record<string, number>;
  byCountyCategory: Record<string, Record<string, number>>;
  parameters: CategoryParametersDto;
}

/** How categories are derived from the distance to the next tier (pending 市工信局 confirmation, §8.7-10). */
export interface CategoryParametersDto {
  upgradeMaxUnmetConditions: number;
  upgradeMaxScoreShortfall: number;
  unknownAs: PoolCategory;
}

export interface RecommendationDto {
  id: string;
  uscc: string;
  name: string;
  countyCode: string;
  tier: Tier;
  type: EvaluationTypeValue;
  batchYear: number;
  status: RecommendationStatus;
  evaluationId: number | null;
  /** The decision of the evaluation the county relied on. */
  evaluationDecision: string | null;
  history: { at: string; actor: string; action: string; comment: string | null }[];
  certificationId: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface CertificationDto {
  id: string;
  uscc: string;
  name: string;
  countyCode: string;
  tier: Tier;
  kind: 'new' | 'renewal';
  status: CertificationStatus;
  issuer: string;
  docNo: string;
  certifiedOn: string;
  validUntil: string;
  renewals: { docNo: string; renewedOn: string; validUntil: string }[];
  revokedOn: string | null;
  revocationReason: string | null;
  fraud: boolean;
  barredUntil: string | null;
  /** Re-review eligibility: annual data must be updated by 30 April (2022 rules) or 31 May (2026 rules). */
  review: { eligible: boolean; reason: string; deadline: string | null };
  /** Days until validUntil (negative when past). */
  daysToExpiry: number;
  recommendationId: string | null;
  createdAt: string;
}

export interface JobDto {
  id: string;
  kind: 'reevaluate' | 'shadow';
  status: 'queued' | 'running' | 'completed' | 'failed';
  asOf: string;
  type: EvaluationTypeValue;
  versionA: string | null;
  versionB: string | null;
  total: number;
  processed: number;
  changed: number;
  summary: Record<string, number>;
  createdBy: string;
  createdAt: string;
  finishedAt: string | null;
  error: string | null;
}

export interface ShadowDiffDto {
  uscc: string;
  name: string;
  countyCode: string;
  tier: Tier;
  decisionA: string;
  decisionB: string;
  changed: boolean;
  /** "passes 2022, fails 2026 because …" in Chinese. */
  explanation: string;
}

export interface TargetRowDto {
  tier: Tier;
  target: number;
  /** New recognitions in the plan period (2022-01-01 … 2025-12-31). */
  achieved: number;
  byYear: Record<string, number>;
  byCounty: Record<string, number>;
  /** Strictly more than the target ("超过800家"). */
  met: boolean;
}

export interface TargetsDto {
  planPeriod: { from: string; to: string };
  source: string;
  rows: TargetRowDto[];
  /** New recognitions after the plan period (not counted). */
  outsidePeriod: number;
}

export interface AssessmentRowDto {
  countyCode: string;
  /** New recognitions in the period by tier. */
  newRecognitions: Record<Tier, number>;
  renewals: number;
  revocations: number;
  poolSize: number;
  byCategory: Record<string, number>;
  recommendations: number;
  /** Titled enterprises without a liaison of the matching rank. */
  withoutLiaison: number;
  /** Titles whose annual data is missing after the deadline (no re-review eligibility). */
  missingAnnualData: number;
}

export interface AssessmentDto {
  year: number;
  period: 'mid-year' | 'annual';
  from: string;
  to: string;
  rows: AssessmentRowDto[];
}

export interface LiaisonRowDto {
  uscc: string;
  name: string;
  countyCode: string;
  currentTier: Tier;
  requiredRank: '厅级' | '处级' | '科级';
  liaison: { cadreName: string; cadreRank: string; cadreUnit: string; phone: string | null; assignedAt: string } | null;
  /** No liaison, or one of another rank (e.g. after an upgrade). */
  needsAssignment: boolean;
}
