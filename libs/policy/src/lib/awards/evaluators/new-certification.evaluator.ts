import type { PendingConfirmation } from '../../common/source';
import { certificationTiers, newRecognition, tierIs } from './award-conditions';
import { defineAwardEvaluator } from './award-evaluator';
import { fixedGrant } from './award-grants';

/**
 * A fixed amount on a new certification of the trigger's tiers (S-17, S-18: the city; FJ-LG-50: the province).
 * The tier is checked only when reported (the certification event is for the award's tier).
 */
export const newCertificationEvaluator = defineAwardEvaluator('fixed', (ctx, terms) => {
  const pending: PendingConfirmation[] = [];
  const conditions = [newRecognition(ctx, pending)];
  const tier = tierIs(ctx, certificationTiers(ctx.definition), false);
  if (tier) conditions.unshift(tier);
  const what = ctx.definition.payer === 'PROV' ? '省级一次性奖励' : '市级财政定额奖励';
  return { conditions, pending, grant: () => fixedGrant(terms.amountFen, what) };
});
