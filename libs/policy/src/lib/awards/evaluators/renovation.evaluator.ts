import type { PendingConfirmation } from '../../common/source';
import { formatRate, formatWan, rateAtMost } from '../award-money';
import { renovationRateConfirmation, revenueComparisonConfirmation } from '../award-parameters';
import { AwardRequestError } from '../award-request';
import type { AwardCondition, RateFraction } from '../award-types';
import {
  booleanFact,
  enterpriseCapCondition,
  factPresent,
  met,
  need,
  notMet,
  present,
  unknown,
} from './award-conditions';
import type { AwardContext } from './award-evaluator';
import { defineAwardEvaluator } from './award-evaluator';
import type { Granted } from './award-grants';
import { enterpriseCapRateGrant } from './award-grants';

// 省重点技改 (S-43 subsidy, S-44 reward): "不超过5%" of the project's equipment investment, at the rate the province
// applies (a reading; default the maximum), capped per enterprise. The reward also needs a completed project with
// an actual total investment of at least the version's minimum and revenue growth.

function renovationRate(
  ctx: AwardContext,
  parameter: 'technicalRenovationSubsidyRate' | 'technicalRenovationRewardRate',
  maxRate: RateFraction,
  pending: PendingConfirmation[],
): RateFraction {
  const given = ctx.params[parameter];
  if (given !== null && !rateAtMost(given, maxRate)) {
    throw new AwardRequestError([
      `参数 ${parameter}（${formatRate(given)}）超过版本${ctx.version.id}规定的最高比例${formatRate(maxRate)}`,
    ]);
  }
  const rate = given ?? maxRate;
  pending.push(renovationRateConfirmation(parameter, rate, maxRate, given !== null));
  return rate;
}

const holdsTitle = (ctx: AwardContext): AwardCondition =>
  booleanFact(
    ctx,
    'holdsSpecializedTitle',
    'specialized',
    '持有有效的专精特新中小企业（或“小巨人”）称号',
    '未持有有效的专精特新中小企业称号',
  );

const equipment = (ctx: AwardContext): AwardCondition =>
  factPresent(ctx, 'equipmentInvestmentFen', 'equipment', '项目设备（含技术、软件等）投资额');

function renovationGrant(ctx: AwardContext, rate: RateFraction, capFen: number): Granted {
  const base = need(ctx.facts.equipmentInvestmentFen, 'equipmentInvestmentFen');
  const prior = ctx.facts.priorGrantedFen ?? 0;
  return enterpriseCapRateGrant('项目设备投资额', base, rate, capFen, prior, '单家企业上限');
}

/** S-43: the subsidy when a 专精特新 enterprise reports a 省重点技改 project. */
export const renovationSubsidyEvaluator = defineAwardEvaluator(
  'equipment-rate',
  (ctx, { maxRate, capFen }) => {
    const pending: PendingConfirmation[] = [];
    const rate = renovationRate(ctx, 'technicalRenovationSubsidyRate', maxRate, pending);
    return {
      conditions: [holdsTitle(ctx), equipment(ctx), enterpriseCapCondition(ctx, capFen)],
      pending,
      grant: () => renovationGrant(ctx, rate, capFen),
    };
  },
);

function revenueGrowthCondition(ctx: AwardContext): AwardCondition {
  const f = ctx.facts;
  const zh = '营业收入较上一年度增长';
  let cur: number;
  switch (ctx.params.revenueComparison) {
    case 'completion-year':
    case 'year-after-completion':
      if (!present(f.completionYear)) {
        // The years to compare are not known yet; name the revenue too when none was reported.
        return unknown('revenue-growth', zh, [
          'completionYear',
          ...(present(f.revenueFen) ? [] : ['revenueFen']),
        ]);
      }
      cur = f.completionYear + (ctx.params.revenueComparison === 'year-after-completion' ? 1 : 0);
      break;
    case 'before-application':
      cur = Number(ctx.date.slice(0, 4)) - 1;
      break;
  }
  const prev = cur - 1;
  const revenue = f.revenueFen ?? {};
  const rc = revenue[String(cur)];
  const rp = revenue[String(prev)];
  const missing = [
    ...(rc === undefined ? [`revenueFen.${cur}`] : []),
    ...(rp === undefined ? [`revenueFen.${prev}`] : []),
  ];
  if (rc === undefined || rp === undefined) return unknown('revenue-growth', zh, missing);
  return rc > rp
    ? met('revenue-growth', zh, `${cur}年营业收入${formatWan(rc)} > ${prev}年${formatWan(rp)}`)
    : notMet('revenue-growth', zh, `${cur}年营业收入${formatWan(rc)}未较${prev}年（${formatWan(rp)}）增长`);
}

/** 完工投产, and not in a year after the request's date. */
function completedCondition(ctx: AwardContext): AwardCondition {
  const condition = booleanFact(ctx, 'completed', 'completed', '项目已完工投产', '项目尚未完工投产');
  const year = ctx.facts.completionYear;
  if (condition.status === 'met' && present(year) && year > Number(ctx.date.slice(0, 4))) {
    return notMet('completed', condition.zh, `完工投产年度${year}晚于申请日期${ctx.date}`);
  }
  return condition;
}

function totalInvestmentCondition(ctx: AwardContext, minFen: number): AwardCondition {
  const total = ctx.facts.totalInvestmentFen;
  const zh = `项目实际总投资${formatWan(minFen)}以上`;
  if (!present(total)) return unknown('total-investment', zh, ['totalInvestmentFen']);
  return total >= minFen
    ? met('total-investment', zh)
    : notMet('total-investment', zh, `项目实际总投资${formatWan(total)}，未达到${formatWan(minFen)}以上`);
}

/** S-44: the reward after a large project is completed and revenue grew. */
export const renovationRewardEvaluator = defineAwardEvaluator('equipment-rate', (ctx, terms) => {
  const pending: PendingConfirmation[] = [];
  const rate = renovationRate(ctx, 'technicalRenovationRewardRate', terms.maxRate, pending);
  pending.push(revenueComparisonConfirmation(ctx.params));
  return {
    conditions: [
      holdsTitle(ctx),
      totalInvestmentCondition(ctx, terms.minTotalInvestmentFen ?? 0),
      completedCondition(ctx),
      revenueGrowthCondition(ctx),
      equipment(ctx),
      enterpriseCapCondition(ctx, terms.capFen),
    ],
    pending,
    grant: () => renovationGrant(ctx, rate, terms.capFen),
  };
});
