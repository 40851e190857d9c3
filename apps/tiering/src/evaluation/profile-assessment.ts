import { evaluateTiers, nextTierDistance } from '@ladder/policy';
import type { EvaluationResult, ProfileInput, TierDistance } from '@ladder/policy';
import type { Tier } from '@ladder/shared-domain';

import { inputsHash } from './inputs-hash';
import { encodeResultJson } from './result-codec';

/** One enterprise to evaluate for the whole-pool job: its policy input, and the hash of its standing. */
export interface ProfileTask {
  readonly profile: ProfileInput;
  readonly asOf: string;
  readonly type: 'new' | 'review';
  /** The standing's inputs hash: when the inputs hash to it, nothing more is computed (the job stores nothing). */
  readonly unlessHash?: string;
}

/**
 * What the job stores of one evaluation, computed where the evaluation runs (in-process or in a worker thread):
 * the result in its stored form (the pool entry's column: the JSON text compressed, ADR 0014), so a worker hands
 * back a few kilobytes of bytes instead of a tree, and the compressing is done off the storing thread.
 */
export type ProfileAssessment =
  | { readonly unchanged: true; readonly inputsHash: string }
  | {
      readonly unchanged: false;
      readonly inputsHash: string;
      /** The stored form of the result (`encodeResultJson`); a Uint8Array once it crossed from a worker thread. */
      readonly resultData: Uint8Array;
      readonly distance: TierDistance;
      readonly ruleVersion: string;
      readonly dataYear: number;
      readonly decisions: Record<Tier, 'eligible' | 'not-eligible' | 'unknown'>;
    };

export function decisionsOf(result: EvaluationResult): Record<Tier, 'eligible' | 'not-eligible' | 'unknown'> {
  return {
    innovative: result.tiers.innovative.decision,
    specialized: result.tiers.specialized.decision,
    'little-giant': result.tiers['little-giant'].decision,
  };
}

/** Evaluate one enterprise as the job does (pure: the same task gives the same assessment wherever it runs). */
export function assessProfile(task: ProfileTask): ProfileAssessment {
  const result = evaluateTiers({ profile: task.profile, asOf: task.asOf, type: task.type });
  const hash = inputsHash(task.profile, task.asOf, task.type, result.parameters, result.ruleVersion.id);
  if (task.unlessHash === hash) return { unchanged: true, inputsHash: hash };
  return {
    unchanged: false,
    inputsHash: hash,
    resultData: encodeResultJson(JSON.stringify(result)),
    distance: nextTierDistance(result),
    ruleVersion: result.ruleVersion.id,
    dataYear: result.dataYear,
    decisions: decisionsOf(result),
  };
}
