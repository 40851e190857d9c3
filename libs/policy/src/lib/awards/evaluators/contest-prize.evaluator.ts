import { met, need, notMet, present, unknown } from './award-conditions';
import { defineAwardEvaluator } from './award-evaluator';
import { fixedGrant } from './award-grants';

const RANK_NAMES = ['一等奖', '二等奖', '三等奖'];

/** Prize money by rank at the city final (S-35): 一、二、三等奖 only. */
export const contestPrizeEvaluator = defineAwardEvaluator('prize', (ctx, { amountsFen }) => {
  const rank = ctx.facts.rank;
  const zh = '市决赛一、二、三等奖';
  const condition = !present(rank)
    ? unknown('rank', zh, ['rank'])
    : rank <= amountsFen.length
      ? met('rank', zh)
      : notMet('rank', zh, `获奖等次为第${rank}等，不在一、二、三等奖奖励范围内`);
  return {
    conditions: [condition],
    pending: [],
    grant: () => {
      const i = need(rank, 'rank') - 1;
      return fixedGrant(need(amountsFen[i], 'rank'), `市决赛${RANK_NAMES[i] ?? ''}奖励`);
    },
  };
});
