import { findCounty } from '@ladder/shared-domain';

import type { PendingConfirmation } from '../../common/source';
import { countyMatchingConfirmation, findCountyMatching } from '../award-parameters';
import type { AwardCondition } from '../award-types';
import {
  TIER_ZH,
  certificationTiers,
  met,
  need,
  newRecognition,
  notMet,
  present,
  tierIs,
  unknown,
} from './award-conditions';
import { defineAwardEvaluator } from './award-evaluator';
import { fixedGrant } from './award-grants';

/**
 * The county's own amount on a new certification (S-19): the plan names no amount, so it comes from the
 * `countyMatching` table; an absent or unconfirmed 0 is unknown, a confirmed 0 means the county gives nothing.
 */
export const countyMatchingEvaluator = defineAwardEvaluator('county-matching', (ctx) => {
  const pending: PendingConfirmation[] = [];
  const tierCondition = need(tierIs(ctx, certificationTiers(ctx.definition), true), 'tier');
  const conditions: AwardCondition[] = [tierCondition, newRecognition(ctx, pending)];
  const county = ctx.facts.countyCode;
  const tier = ctx.facts.tier;
  const amountZh = '县（市、区）已确定配套奖励金额';
  if (!present(county)) {
    conditions.push(unknown('county', '企业所属县（市、区）', ['countyCode']));
  } else if (present(tier) && (tier === 'specialized' || tier === 'little-giant')) {
    const entry = findCountyMatching(ctx.params.countyMatching, county, tier, ctx.date);
    pending.push(countyMatchingConfirmation(entry, county, tier));
    const name = findCounty(county)?.name ?? county;
    const param = `countyMatching[${county}/${tier}]`;
    if (entry === undefined) {
      conditions.push(unknown('county-amount', amountZh, [param]));
    } else if (entry.amountFen > 0) {
      conditions.push(
        met('county-amount', amountZh, entry.confirmed ? undefined : `${name}配套金额为未经确认的参数值`),
      );
    } else if (entry.confirmed) {
      conditions.push(notMet('county-amount', amountZh, `${name}未设配套奖励（已确认金额为0）`));
    } else {
      conditions.push(unknown('county-amount', amountZh, [param]));
    }
  }
  return {
    conditions,
    pending,
    grant: () => {
      const code = need(county, 'countyCode');
      const t = need(tier, 'tier') as 'specialized' | 'little-giant';
      const row = need(findCountyMatching(ctx.params.countyMatching, code, t, ctx.date), 'countyMatching');
      const name = findCounty(code)?.name ?? code;
      const doc = row.docNo ? `，${row.docNo}` : '';
      return {
        ...fixedGrant(row.amountFen, `${name}配套奖励（新认定${TIER_ZH[t]}${doc}）`),
        countyCode: code,
      };
    },
  };
});
