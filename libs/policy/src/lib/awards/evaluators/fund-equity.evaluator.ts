import type { PendingConfirmation } from '../../common/source';
import { formatWan } from '../award-money';
import { fundCapScopeConfirmation, fundRatesConfirmation } from '../award-parameters';
import { FUND_KIND_LABELS } from '../award-types';
import { enterpriseCapCondition, factPresent, met, need, notMet, present, unknown } from './award-conditions';
import { defineAwardEvaluator } from './award-evaluator';
import { enterpriseCapRateGrant } from './award-grants';

/**
 * A rate of the paid-in equity by fund kind, capped (S-47). For the plan's own version the fund → rate mapping is
 * a reading (`fundRates`); a successor version states its own. The cap is per enterprise or per investment
 * (`fundCapScope`).
 */
export const fundEquityEvaluator = defineAwardEvaluator('fund-rate', (ctx, terms) => {
  const override = !ctx.version.successor ? ctx.params.fundRates : null;
  const rates = override ?? terms.rates;
  const pending: PendingConfirmation[] = ctx.version.successor
    ? []
    : [fundRatesConfirmation(rates, override ? 'parameter' : 'version')];
  const fund = ctx.facts.fund;
  const zh = '投资基金在奖励范围内';
  const fundCondition = !present(fund)
    ? unknown('fund', zh, ['fund'])
    : rates[fund] === null
      ? notMet('fund', zh, `${FUND_KIND_LABELS[fund]}不在奖励范围内（按现行读法）`)
      : met('fund', zh);
  pending.push(fundCapScopeConfirmation(ctx.params));
  const perEnterprise = ctx.params.fundCapScope === 'per-enterprise';
  const capCondition = perEnterprise
    ? enterpriseCapCondition(ctx, terms.capFen)
    : met(
        'investment-cap',
        `每笔股权投资不超过${formatWan(terms.capFen)}`,
        present(ctx.facts.priorGrantedFen)
          ? '按参数 fundCapScope=per-investment 每笔到资分别计上限，不扣减已获金额'
          : undefined,
      );
  return {
    conditions: [fundCondition, factPresent(ctx, 'paidInFen', 'paid-in', '实际到资额'), capCondition],
    pending,
    grant: () => {
      const f = need(fund, 'fund');
      const paidIn = need(ctx.facts.paidInFen, 'paidInFen');
      const rate = need(rates[f], 'fundRates');
      const prior = perEnterprise ? (ctx.facts.priorGrantedFen ?? 0) : 0;
      return enterpriseCapRateGrant(`${FUND_KIND_LABELS[f]}实际到资额`, paidIn, rate, terms.capFen, prior);
    },
  };
});
