import { factPresent, need } from './award-conditions';
import { defineAwardEvaluator } from './award-evaluator';
import { discretionaryGrant } from './award-grants';

/** The amount the province decides, up to the cap (S-40 数字化转型标杆). */
export const provincialDiscretionaryEvaluator = defineAwardEvaluator('discretionary', (ctx, { capFen }) => {
  return {
    conditions: [factPresent(ctx, 'proposedAmountFen', 'proposed-amount', '省级核定的奖励金额')],
    pending: [],
    grant: () => discretionaryGrant(need(ctx.facts.proposedAmountFen, 'proposedAmountFen'), capFen),
  };
});
