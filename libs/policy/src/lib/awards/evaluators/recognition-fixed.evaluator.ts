import { booleanFact } from './award-conditions';
import { defineAwardEvaluator } from './award-evaluator';
import { fixedGrant } from './award-grants';

/**
 * A fixed provincial amount on a recognition (S-31, S-34a, S-34b, S-46); when the catalogue names a lead unit as
 * the recipient (S-32, S-33), only the lead unit (牵头单位) receives it.
 */
export const recognitionFixedEvaluator = defineAwardEvaluator('fixed', (ctx, { amountFen }) => {
  const conditions =
    ctx.definition.recipient.kind === 'lead-unit'
      ? [booleanFact(ctx, 'leadUnit', 'lead-unit', '为牵头单位', '不是牵头单位：扶持资金给予牵头单位')]
      : [];
  return { conditions, pending: [], grant: () => fixedGrant(amountFen, '省级专项资金定额') };
});
