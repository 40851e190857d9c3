import { parkCountConfirmation } from '../award-parameters';
import type { AwardCondition } from '../award-types';
import { met, notMet, present, unknown } from './award-conditions';
import { defineAwardEvaluator } from './award-evaluator';

/**
 * A non-cash plaque for a park gathering at least `minEnterprises` 专精特新 enterprises (S-23); whether 小巨人 count
 * is the reading `parkCountsLittleGiants`.
 */
export const parkPlaqueEvaluator = defineAwardEvaluator('plaque', (ctx, terms) => {
  const { specializedCount: s, littleGiantCount: g } = ctx.facts;
  const countGiants = ctx.params.parkCountsLittleGiants;
  const min = terms.minEnterprises;
  const zh = `园区聚集${min}家以上专精特新中小企业${countGiants ? '（含“小巨人”）' : '（不含“小巨人”）'}`;
  let condition: AwardCondition;
  let text = '';
  if (present(s) && s >= min) {
    condition = met('gathered', zh);
    text = `园区内专精特新中小企业${s}家 ≥ ${min}家`;
  } else if (!countGiants) {
    condition = present(s)
      ? notMet('gathered', zh, `园区内专精特新中小企业${s}家，不足${min}家（不计“小巨人”）`)
      : unknown('gathered', zh, ['specializedCount']);
    text = `园区内专精特新中小企业${s ?? 0}家 ≥ ${min}家`;
  } else if (present(s) && present(g)) {
    const total = s + g;
    text = `园区内专精特新中小企业${s}家 + “小巨人”企业${g}家 = ${total}家`;
    condition = total >= min ? met('gathered', zh) : notMet('gathered', zh, `${text}，不足${min}家`);
    if (total >= min) text += ` ≥ ${min}家`;
  } else if (present(g) && g >= min) {
    condition = met('gathered', zh);
    text = `园区内“小巨人”企业${g}家 ≥ ${min}家`;
  } else {
    condition = unknown('gathered', zh, [
      ...(present(s) ? [] : ['specializedCount']),
      ...(present(g) ? [] : ['littleGiantCount']),
    ]);
  }
  return {
    conditions: [condition],
    pending: [parkCountConfirmation(ctx.params)],
    grant: () => ({
      amountFen: 0,
      capFen: null,
      capApplied: false,
      formula: `${text}，${terms.benefit}（非现金）`,
      benefit: terms.benefit,
    }),
  };
});
