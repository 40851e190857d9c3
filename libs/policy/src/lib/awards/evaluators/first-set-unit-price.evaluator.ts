import { factPresent, need } from './award-conditions';
import { defineAwardEvaluator } from './award-evaluator';
import { rateGrant } from './award-grants';

/** A share of the recognised equipment's market sales unit price, capped (首台套 S-36, S-37). */
export const firstSetUnitPriceEvaluator = defineAwardEvaluator('unit-price-rate', (ctx, { rate, capFen }) => {
  return {
    conditions: [factPresent(ctx, 'unitPriceFen', 'unit-price', '市场销售单价')],
    pending: [],
    grant: () => rateGrant('市场销售单价', need(ctx.facts.unitPriceFen, 'unitPriceFen'), rate, capFen),
  };
});
