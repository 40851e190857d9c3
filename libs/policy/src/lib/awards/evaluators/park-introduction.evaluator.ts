import type { AwardCondition } from '../award-types';
import { booleanFact, factPresent, met, need, notMet, present, unknown } from './award-conditions';
import { defineAwardEvaluator } from './award-evaluator';
import { discretionaryGrant } from './award-grants';

/**
 * A park operator that brings a 小巨人 from outside Sanming (S-22): the amount the beneficiary locality decides, up
 * to the cap, paid by the county where the park is.
 */
export const parkIntroductionEvaluator = defineAwardEvaluator('discretionary', (ctx, { capFen }) => {
  const f = ctx.facts;
  const conditions: AwardCondition[] = [
    booleanFact(
      ctx,
      'isLittleGiant',
      'little-giant',
      '引进企业为专精特新“小巨人”企业',
      '引进企业落户时不是专精特新“小巨人”企业',
    ),
  ];
  const outsideZh = '从三明市行政区域以外引入（迁入前注册地不在3504xx）';
  if (!present(f.previousDivisionCode)) {
    conditions.push(unknown('from-outside', outsideZh, ['previousDivisionCode']));
  } else if (f.previousDivisionCode.startsWith('3504')) {
    conditions.push(
      notMet(
        'from-outside',
        outsideZh,
        `企业迁入前注册地（${f.previousDivisionCode}）在三明市行政区域内，不属于从市外引入`,
      ),
    );
  } else {
    conditions.push(met('from-outside', outsideZh));
  }
  conditions.push(factPresent(ctx, 'countyCode', 'beneficiary', '受益地（园区所在县（市、区））'));
  conditions.push(factPresent(ctx, 'proposedAmountFen', 'proposed-amount', '受益地财政核定的拟奖励金额'));
  return {
    conditions,
    pending: [],
    grant: () => ({
      ...discretionaryGrant(need(f.proposedAmountFen, 'proposedAmountFen'), capFen),
      countyCode: need(f.countyCode, 'countyCode'),
    }),
  };
});
