import type { AwardFamily } from '../award-types';
import type { AwardContext, AwardEvaluation, AwardEvaluator } from './award-evaluator';
import { contestPrizeEvaluator } from './contest-prize.evaluator';
import { countyMatchingEvaluator } from './county-matching.evaluator';
import { firstSetUnitPriceEvaluator } from './first-set-unit-price.evaluator';
import { fundEquityEvaluator } from './fund-equity.evaluator';
import { newCertificationEvaluator } from './new-certification.evaluator';
import { parkIntroductionEvaluator } from './park-introduction.evaluator';
import { parkPlaqueEvaluator } from './park-plaque.evaluator';
import { provincialDiscretionaryEvaluator } from './provincial-discretionary.evaluator';
import { recognitionFixedEvaluator } from './recognition-fixed.evaluator';
import { renovationRewardEvaluator, renovationSubsidyEvaluator } from './renovation.evaluator';

/**
 * The evaluator of every award family. The catalogue names each award's family (`AwardDefinition.family`); a family
 * without an evaluator here does not compile.
 */
export const AWARD_EVALUATORS: { readonly [F in AwardFamily]: AwardEvaluator } = {
  'new-certification': newCertificationEvaluator,
  'county-matching': countyMatchingEvaluator,
  'park-introduction': parkIntroductionEvaluator,
  'park-plaque': parkPlaqueEvaluator,
  'recognition-fixed': recognitionFixedEvaluator,
  'contest-prize': contestPrizeEvaluator,
  'first-set-unit-price': firstSetUnitPriceEvaluator,
  'provincial-discretionary': provincialDiscretionaryEvaluator,
  'renovation-subsidy': renovationSubsidyEvaluator,
  'renovation-reward': renovationRewardEvaluator,
  'fund-equity': fundEquityEvaluator,
};

/** The conditions and formula of the award, by the evaluator of its family, over the version's terms. */
export function evaluateAward(ctx: AwardContext): AwardEvaluation {
  return AWARD_EVALUATORS[ctx.definition.family].evaluate(ctx);
}
