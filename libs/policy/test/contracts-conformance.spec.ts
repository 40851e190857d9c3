/**
 * libs/policy produces the wire types of libs/contracts: evaluation and distance (梯度评价), award computation
 * (奖补测算) and the policy part of matching (政策匹配). Contracts never import policy, so nothing else keeps the two
 * in step: this file fails `tsc` (the policy `typecheck` target) when a policy result stops being a valid value of
 * its contract type, or when the two stop naming the same fields. Fix it by changing the contract type (then
 * `npm run events:generate`) together with the policy, never by widening one side.
 */
import type {
  GuaranteeComputationDto,
  AwardComputationDto,
  AwardConditionDto,
  AwardDecision as AwardDecisionDto,
  AwardHandling,
  AwardMatchDto,
  AwardMatchRating,
  AwardPaymentDto,
  AwardTermsDto,
  AwardVersionUsedDto,
  CommonResultDto,
  ConditionResultDto,
  ConditionStatus as ConditionStatusDto,
  DimensionResultDto,
  EvaluationResultDto,
  EvaluationRuleVersionDto,
  EvaluationTypeValue,
  FundKindValue,
  IndicatorResultDto,
  Payer,
  PendingConfirmationDto,
  PointsRangeDto,
  RateFractionDto,
  RequirementDto,
  RuleVersionRefDto,
  ScoreResultDto,
  SizeCheckDto,
  SizeClassConventionDto,
  SizeClassResultDto,
  SizeMetric as SizeMetricDto,
  SourceConfidence,
  SourceRefDto,
  TierDecision as TierDecisionDto,
  TierDistanceDto,
  TierParametersDto,
  TierResultDto,
  TierRouteDto,
  TitleStatusDto,
} from '@ladder/contracts';
import { computeAward, computeGuarantee, evaluateTiers, nextTierDistance } from '../src';
import type { GuaranteeComputation } from '../src';
import type {
  AwardComputation,
  AwardCondition,
  AwardDecision,
  AwardDefinition,
  AwardMatch,
  AwardPayer,
  AwardPayment,
  AwardTerms,
  AwardVersionUsed,
  CommonResult,
  ConditionResult,
  ConditionStatus,
  DimensionResult,
  EvaluationResult,
  EvaluationType,
  FundKind,
  IndicatorResult,
  PendingConfirmation,
  PointsRange,
  RateFraction,
  Requirement,
  RuleVersionRef,
  ScoreResult,
  SizeCheck,
  SizeClassConvention,
  SizeClassResult,
  SizeMetric,
  SourceRef,
  TierDecision,
  TierDistance,
  TierParameters,
  TierResult,
  TierRoute,
  TitleStatus,
} from '../src';

import { strongProfile } from './support/tier-profile.factory';

// ---------------------------------------------------------------------------------------------------------- helpers

/** Every value of P is a value of C: what policy returns may be sent as the contract type. */
type Produces<P, C> = [P] extends [C] ? true : false;
/** P and C accept exactly the same values (literal unions: decisions, statuses, kinds). */
type Same<P, C> = [P] extends [C] ? ([C] extends [P] ? true : false) : false;
/** P conforms to C and both name the same fields: a field added, dropped or renamed on one side is a difference. */
type Conforms<P, C> = Produces<P, C> extends true ? Same<keyof P, keyof C> : false;

// Each table below is a type whose entries are `true` when a pair agrees; the constant of that type sets every entry
// to `true`, so a pair that stops agreeing fails `tsc` on its own line ("Type 'true' is not assignable to 'false'").

// ---------------------------------------------------------------------------------------------------------- tiers

type TierChecks = {
  evaluateTiers: Conforms<ReturnType<typeof evaluateTiers>, EvaluationResultDto>;
  nextTierDistance: Conforms<ReturnType<typeof nextTierDistance>, TierDistanceDto>;
  evaluationResult: Conforms<EvaluationResult, EvaluationResultDto>;
  ruleVersion: Conforms<EvaluationResult['ruleVersion'], EvaluationRuleVersionDto>;
  tierResult: Conforms<TierResult, TierResultDto>;
  tierRoute: Conforms<TierRoute, TierRouteDto>;
  condition: Conforms<ConditionResult, ConditionResultDto>;
  score: Conforms<ScoreResult, ScoreResultDto>;
  dimension: Conforms<DimensionResult, DimensionResultDto>;
  indicator: Conforms<IndicatorResult, IndicatorResultDto>;
  pointsRange: Conforms<PointsRange, PointsRangeDto>;
  requirement: Conforms<Requirement, RequirementDto>;
  title: Conforms<TitleStatus, TitleStatusDto>;
  common: Conforms<CommonResult, CommonResultDto>;
  sizeClass: Conforms<SizeClassResult, SizeClassResultDto>;
  sizeCheck: Conforms<SizeCheck, SizeCheckDto>;
  sizeConvention: Conforms<SizeClassConvention, SizeClassConventionDto>;
  parameters: Conforms<TierParameters, TierParametersDto>;
  distance: Conforms<TierDistance, TierDistanceDto>;
  conditionStatus: Same<ConditionStatus, ConditionStatusDto>;
  tierDecision: Same<TierDecision, TierDecisionDto>;
  evaluationType: Same<EvaluationType, EvaluationTypeValue>;
  sizeMetric: Same<SizeMetric, SizeMetricDto>;
  distanceStatus: Same<TierDistance['status'], TierDistanceDto['status']>;
};

const _tierChecks: TierChecks = {
  evaluateTiers: true,
  nextTierDistance: true,
  evaluationResult: true,
  ruleVersion: true,
  tierResult: true,
  tierRoute: true,
  condition: true,
  score: true,
  dimension: true,
  indicator: true,
  pointsRange: true,
  requirement: true,
  title: true,
  common: true,
  sizeClass: true,
  sizeCheck: true,
  sizeConvention: true,
  parameters: true,
  distance: true,
  conditionStatus: true,
  tierDecision: true,
  evaluationType: true,
  sizeMetric: true,
  distanceStatus: true,
};

// ---------------------------------------------------------------------------------------------------------- sources

type SourceChecks = {
  source: Conforms<SourceRef, SourceRefDto>;
  ruleVersionRef: Conforms<RuleVersionRef, RuleVersionRefDto>;
  pending: Conforms<PendingConfirmation, PendingConfirmationDto>;
  confidence: Same<SourceRef['confidence'], SourceConfidence>;
};

const _sourceChecks: SourceChecks = {
  source: true,
  ruleVersionRef: true,
  pending: true,
  confidence: true,
};

// ---------------------------------------------------------------------------------------------------------- awards

type AwardChecks = {
  computeAward: Conforms<ReturnType<typeof computeAward>, AwardComputationDto>;
  computation: Conforms<AwardComputation, AwardComputationDto>;
  payment: Conforms<AwardPayment, AwardPaymentDto>;
  condition: Conforms<AwardCondition, AwardConditionDto>;
  versionUsed: Conforms<AwardVersionUsed, AwardVersionUsedDto>;
  rate: Conforms<RateFraction, RateFractionDto>;
  terms: Same<AwardTerms, AwardTermsDto>;
  termsKind: Same<AwardTerms['kind'], AwardTermsDto['kind']>;
  fundKind: Same<FundKind, FundKindValue>;
  decision: Same<AwardDecision, AwardDecisionDto>;
  payer: Same<AwardPayer, Payer>;
  handling: Same<AwardDefinition['handling'], AwardHandling>;
};

const _awardChecks: AwardChecks = {
  computeAward: true,
  computation: true,
  payment: true,
  condition: true,
  versionUsed: true,
  rate: true,
  terms: true,
  termsKind: true,
  fundKind: true,
  decision: true,
  payer: true,
  handling: true,
};

// ---------------------------------------------------------------------------------------------------------- matching

/** The fields subsidies copies from a policy match into `AwardMatchDto` (it adds in-progress and received). */
type CopiedMatchFields = 'awardId' | 'clause' | 'payer' | 'amountFen' | 'lacks';

type MatchingChecks = {
  rating: Same<AwardMatch['status'], AwardMatchRating>;
  ratingIsStatus: Produces<AwardMatch['status'], AwardMatchDto['status']>;
  copied: Produces<{ readonly [K in CopiedMatchFields]: AwardMatch[K] }, { readonly [K in CopiedMatchFields]: Readonly<AwardMatchDto[K]> }>;
};

const _matchingChecks: MatchingChecks = {
  rating: true,
  ratingIsStatus: true,
  copied: true,
};

// ---------------------------------------------------------------------------------------------------------- run time

/** The wire is JSON: a value survives a JSON round trip unchanged (no Date, Map, bigint or class instance). */
function overTheWire<C>(value: C): C {
  return JSON.parse(JSON.stringify(value)) as C;
}

describe('policy results as contract wire types', () => {
  it('should send an evaluation and its distance as JSON unchanged when typed as the contract', () => {
    // Arrange
    const evaluation = evaluateTiers({ profile: strongProfile(), asOf: '2025-06-01', type: 'new' });
    const result: EvaluationResultDto = evaluation;
    const distance: TierDistanceDto = nextTierDistance(evaluation);

    // Act / Assert
    expect(overTheWire(result)).toEqual(result);
    expect(overTheWire(distance)).toEqual(distance);
  });

  it('should send an award computation as JSON unchanged when typed as the contract', () => {
    // Arrange
    const computation: AwardComputationDto = computeAward({ awardId: 'S-36', date: '2024-03-18', facts: { unitPriceFen: 500_000_000 } });

    // Act / Assert
    expect(computation.decision).toBe('granted');
    expect(overTheWire(computation)).toEqual(computation);
  });

  it('should send a guarantee computation as JSON unchanged when typed as the contract, and back', () => {
    // Arrange
    const computation: GuaranteeComputationDto = computeGuarantee({
      date: '2024-06-01',
      titles: [{ tier: 'specialized', certifiedOn: '2023-06-15' }],
      outstandingGuaranteedFen: 300_000_000,
      requestedPrincipalFen: 200_000_000,
      termMonths: 12,
    });
    // The contract names no field policy lacks.
    const back: GuaranteeComputation = computation;

    // Act / Assert
    expect(back.decision).toBe('eligible');
    expect(overTheWire(computation)).toEqual(computation);
  });
});
