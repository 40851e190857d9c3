import { TIERS } from '@ladder/shared-domain';
import type { Tier } from '@ladder/shared-domain';

import type { EvaluationResult, TierDecision } from './tier-result';

/**
 * How far an enterprise is from the next tier above the highest title it validly holds — the input for the pool
 * categories 重点推荐/重点提升/重点关注 (S-14), whose thresholds 市工信局 has yet to set: callers apply them.
 * - `recommend`: eligible for the next tier now;
 * - `short`: known shortfalls (`unmetConditions`, `scoreShortfall`);
 * - `unknown`: nothing known to fail, but missing facts keep it open;
 * - `top`: already holds a valid 小巨人 title.
 */
export interface TierDistance {
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

export function nextTierDistance(result: EvaluationResult): TierDistance {
  const current = result.highestValidTitle;
  const index = current === null ? 0 : TIERS.indexOf(current) + 1;
  const next = TIERS[index];
  if (next === undefined) {
    return {
      currentTier: current,
      nextTier: null,
      status: 'top',
      decision: null,
      unmetConditions: 0,
      unknownConditions: 0,
      scoreShortfall: null,
      dimensionShortfalls: {},
      gaps: [],
      missing: [],
    };
  }
  const tier = result.tiers[next];
  let unmet = 0;
  let unknown = 0;
  for (const r of tier.requirements) {
    if (r.id === 'common') {
      unmet += result.common.conditions.filter((c) => c.status === 'not-met').length;
      unknown += result.common.conditions.filter((c) => c.status === 'unknown').length;
    } else if (r.status === 'not-met') unmet++;
    else if (r.status === 'unknown') unknown++;
  }
  const score = tier.score;
  let scoreShortfall: number | null = null;
  const dimensionShortfalls: Record<string, number> = {};
  if (score && score.status !== 'met') {
    const strict = !result.parameters.inclusiveBounds;
    scoreShortfall = Math.max(0, score.threshold + (strict ? 1 : 0) - score.range.max);
    for (const d of score.dimensions) {
      if (d.minimum !== null && d.range.max < d.minimum) dimensionShortfalls[d.zh] = d.minimum - d.range.max;
    }
  }
  return {
    currentTier: current,
    nextTier: next,
    status:
      tier.decision === 'eligible' ? 'recommend' : tier.decision === 'not-eligible' ? 'short' : 'unknown',
    decision: tier.decision,
    unmetConditions: unmet,
    unknownConditions: unknown,
    scoreShortfall,
    dimensionShortfalls,
    gaps: tier.gaps,
    missing: tier.missing,
  };
}
