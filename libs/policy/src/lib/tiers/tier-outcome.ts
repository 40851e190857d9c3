import type { Tier } from '@ladder/shared-domain';

import { allOf, unique } from './evaluation-context';
import type { EvalContext } from './evaluation-context';
import type {
  CommonResult,
  ConditionResult,
  Requirement,
  ScoreResult,
  TierDecision,
  TierResult,
  TierRoute,
} from './tier-result';

export interface TierDraft {
  readonly tier: Tier;
  readonly zh: string;
  readonly standard: string;
  readonly conditions: readonly ConditionResult[];
  readonly score: ScoreResult | null;
  /** What the tier requires all of, besides the common conditions. */
  readonly requirements: readonly Requirement[];
  /** The route that would make it eligible, if the requirements hold. */
  readonly route: TierRoute | null;
}

export function commonRequirement(common: CommonResult): Requirement {
  return {
    id: 'common',
    zh: '基本条件（各层级通用）',
    status: common.status,
    gaps: common.gaps,
    missing: common.status === 'unknown' ? common.missing : [],
  };
}

const DECISION: Readonly<Record<Requirement['status'], TierDecision>> = {
  met: 'eligible',
  'not-met': 'not-eligible',
  unknown: 'unknown',
};

/**
 * Combine the common conditions and the tier's requirements (Kleene "and"): not eligible as soon as one known
 * requirement fails whatever the missing facts are, eligible when all hold, unknown otherwise.
 */
export function finishTier(ctx: EvalContext, draft: TierDraft, common: CommonResult): TierResult {
  const requirements = [commonRequirement(common), ...draft.requirements];
  const decision = DECISION[allOf(requirements.map((r) => r.status))];
  const gaps =
    decision === 'eligible' ? [] : requirements.filter((r) => r.status === 'not-met').flatMap((r) => r.gaps);
  const decisiveMissing = unique(
    requirements.filter((r) => r.status === 'unknown').flatMap((r) => r.missing),
  );
  const missing = unique([
    ...common.missing,
    ...draft.conditions.filter((c) => c.status === 'unknown').flatMap((c) => c.missing),
    ...(draft.score?.indicators.flatMap((i) => i.missing) ?? []),
    ...decisiveMissing,
  ]);
  const route = decision === 'eligible' ? draft.route : null;
  let explanation: string;
  if (decision === 'eligible') {
    explanation = `符合${draft.zh}条件${route ? `（${route.zh}）` : ''}。依据：${draft.standard}。`;
  } else if (decision === 'not-eligible') {
    explanation = `不符合${draft.zh}条件：${gaps.join('；')}。`;
  } else {
    const unknownReqs = requirements.filter((r) => r.status === 'unknown').map((r) => r.zh);
    explanation = `暂无法判定是否符合${draft.zh}条件：${unknownReqs.join('、')}待定，缺少${
      decisiveMissing.length > 0 ? decisiveMissing.join('、') : '相关数据'
    }。`;
  }
  return {
    tier: draft.tier,
    zh: draft.zh,
    decision,
    route,
    ruleVersion: {
      id: ctx.rules.id,
      effectiveFrom: ctx.rules.effectiveFrom,
      ...(ctx.rules.effectiveTo ? { effectiveTo: ctx.rules.effectiveTo } : {}),
      source: ctx.rules.source,
    },
    standard: draft.standard,
    conditions: draft.conditions,
    score: draft.score,
    requirements,
    missing,
    gaps,
    explanation,
  };
}
