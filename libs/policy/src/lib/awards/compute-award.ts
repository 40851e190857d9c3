import type { PendingConfirmation } from '../common/source';
import type { AwardParameters } from './award-parameters';
import { resolveAwardParameters, validateAwardParameters } from './award-parameters';
import { AwardRequestError, validateAwardRequest } from './award-request';
import {
  awardComputation,
  grantedReason,
  notCoveredReason,
  notEligibleReason,
  unknownReason,
} from './award-result';
import type { AwardOutcome } from './award-result';
import type { AwardComputation, AwardRequest, AwardVersion } from './award-types';
import type { AwardCatalogue } from './award-versions';
import { BASE_AWARD_CATALOGUE, buildAwardCatalogue, resolveAwardVersion } from './award-versions';
import { FIXED_READINGS, awardDefinition } from './awards.rules';
import { evaluateAward } from './evaluators/award-evaluators';

/** How to compute: which catalogue (or which successors to add to the base one) and which readings. */
export interface AwardOptions {
  /** The catalogue in force; default: the base catalogue plus `successors`. */
  readonly catalogue?: AwardCatalogue;
  /** Approved successor versions to add to the base catalogue (ignored when `catalogue` is given). */
  readonly successors?: readonly AwardVersion[];
  /** Readings of ambiguous text (`undefined` keeps the default). */
  readonly params?: Partial<AwardParameters>;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/**
 * Compute one award for one triggering event. Pure: the same request and options give the same result.
 *
 * 1. The request is validated (`AwardRequestError`, a RangeError listing Chinese problems, when invalid).
 * 2. The version in force on `request.date` is looked up (base versions + successors). None → `not-covered`.
 * 3. The award's conditions are checked with three-valued logic by the evaluator of its family (the catalogue names
 *    it): any known failure → `not-eligible` (with the gaps), else any absent fact → `unknown` (naming the facts),
 *    else `granted`.
 * 4. Amount = min(formula, cap), the formula rounded down to the fen; the payer split sums exactly to it.
 */
export function computeAward(request: AwardRequest, options: AwardOptions = {}): AwardComputation {
  const validation = validateAwardRequest(request);
  if (!validation.ok) throw new AwardRequestError(validation.problems);
  if (options.params !== undefined) {
    const paramProblems = validateAwardParameters(
      Object.fromEntries(Object.entries(options.params).filter(([, v]) => v !== undefined)),
    );
    if (paramProblems.length > 0) throw new AwardRequestError(paramProblems);
  }
  const req = validation.value;
  const catalogue =
    options.catalogue ??
    (options.successors && options.successors.length > 0
      ? buildAwardCatalogue(options.successors)
      : BASE_AWARD_CATALOGUE);
  const params = resolveAwardParameters(options.params);
  const definition = awardDefinition(req.awardId);
  const result = (outcome: AwardOutcome): AwardComputation => awardComputation(definition, req.date, outcome);

  const version = resolveAwardVersion(catalogue, req.awardId, req.date);
  if (version === undefined) {
    const known = catalogue.versions.filter((v) => v.awardId === req.awardId);
    return result({
      decision: 'not-covered',
      reason: notCoveredReason(definition, req.date, known),
      capFen: null,
      version: null,
    });
  }

  const evaluation = evaluateAward({ facts: req.facts, version, params, date: req.date, definition });
  const fixedReadings = definition.readings.flatMap((r) => (FIXED_READINGS[r] ? [FIXED_READINGS[r]] : []));
  const pendingConfirmations: readonly PendingConfirmation[] = [...evaluation.pending, ...fixedReadings];
  const conditions = evaluation.conditions;
  const gaps = conditions.flatMap((c) => (c.status === 'not-met' && c.gap ? [c.gap] : []));
  const missing = unique(conditions.flatMap((c) => (c.status === 'unknown' ? c.missing : [])));
  const terms = version.terms;
  const versionCap = 'capFen' in terms ? terms.capFen : null;
  const decided = { version, conditions, pendingConfirmations };

  if (gaps.length > 0) {
    return result({
      ...decided,
      decision: 'not-eligible',
      reason: notEligibleReason(definition, gaps),
      capFen: versionCap,
      gaps,
    });
  }
  if (missing.length > 0) {
    return result({
      ...decided,
      decision: 'unknown',
      reason: unknownReason(definition, missing),
      capFen: versionCap,
      missing,
    });
  }
  const granted = evaluation.grant();
  return result({
    ...decided,
    decision: 'granted',
    reason: grantedReason(definition, granted),
    capFen: granted.capFen,
    granted,
  });
}
