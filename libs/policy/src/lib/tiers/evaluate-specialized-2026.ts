import { quotient } from '../common/rational';
import {
  anyOf,
  atLeast,
  awardInYears,
  belowSign,
  condition,
  fact,
  fromBoolean,
  nested,
  requirementOf,
  sumOverYears,
  sumStatus,
  windowYears,
} from './evaluation-context';
import { money, moneyAgainst, moneyNear, percentOfBp } from './display';
import type { EvalContext } from './evaluation-context';
import { nicheCondition, ratioCondition } from './condition-builders';
import { RD_LEVEL_ZH, shownNear } from './indicators';
import { finishTier } from './tier-outcome';
import type { CommonResult, ConditionResult, ConditionStatus, TierResult } from './tier-result';
import type { Specialized2026Standard } from './tier-rule-set';
import { prerequisiteFor } from './titles';
import type { ChainInput } from './titles';
import { REQUIRED, developmentScoreCondition, rdEachYear } from './tiers-2026-conditions';

/** 2026 专精特新中小企业 (rules.md §1.6): every condition required. */
export function evaluateSpecialized2026(
  ctx: EvalContext,
  std: Specialized2026Standard,
  common: CommonResult,
  chain: ChainInput,
): TierResult {
  const y = ctx.dataYear;
  const p = ctx.params;
  const prerequisite = prerequisiteFor(ctx, chain, 'innovative');

  const revenue = fact(ctx, y, 'operatingRevenue');
  const equityYears = windowYears(ctx, std.revenue.equityWindowYears);
  const equity = sumOverYears(ctx, equityYears, 'equityFinancing', '新增股权投资');
  const revenueStatus: ConditionStatus = revenue.ok
    ? fromBoolean(atLeast(quotient(revenue.value), quotient(std.revenue.minFen), std.revenue.wording, p))
    : 'unknown';
  const equityStatus = sumStatus(equity, BigInt(std.revenue.equityMinFen), std.revenue.wording, p);

  const rd = rdEachYear(
    ctx,
    windowYears(ctx, std.rd.years),
    std.rd.minFenEachYear,
    std.rd.minRatioBpEachYear,
  );

  const applied = nested(ctx, y, 'ip', 'class1Applied');
  const appliedStatus: ConditionStatus = applied.ok
    ? fromBoolean(atLeast(quotient(applied.value), quotient(std.ip.minApplied), '以上', p))
    : 'unknown';
  const awardYears = windowYears(ctx, std.ip.exemptAwardWindowYears);
  const award = awardInYears(ctx, awardYears, (a) => a.rank <= std.ip.exemptAwardMaxRank);
  const level = fact(ctx, y, 'rdInstitutionLevel');
  const institutionStatus: ConditionStatus = level.ok
    ? fromBoolean(std.ip.exemptInstitutionLevels.includes(level.value))
    : 'unknown';
  const ipStatus = anyOf([appliedStatus, award.status, institutionStatus]);

  const rank = fact(ctx, y, 'domesticMarketRank');

  const conditions: ConditionResult[] = [
    prerequisite,
    nicheCondition(
      ctx,
      {
        id: 'niche',
        zh: `从事特定细分市场时间${std.niche.minYears}年以上`,
        group: REQUIRED,
        rule: std.niche,
      },
      std.niche.minYears,
      std.niche.wording,
    ),
    condition({
      id: 'revenue',
      zh: `上年度营业收入${money(std.revenue.minFen)}以上，或近两年新增股权投资${money(std.revenue.equityMinFen)}以上`,
      group: REQUIRED,
      rule: std.revenue,
      status: anyOf([revenueStatus, equityStatus]),
      values: {
        [`${y}年营业收入`]: shownNear(revenue, 'operatingRevenue', [std.revenue.minFen]),
        ...equity.values,
        近两年新增股权投资合计: moneyNear(equity.known, [std.revenue.equityMinFen]),
      },
      missing: [
        ...(revenueStatus === 'unknown' ? [revenue.path] : []),
        ...(equityStatus === 'unknown' ? equity.missing : []),
      ],
      gap: `上年度营业收入 ${revenue.ok ? moneyAgainst(revenue.value, std.revenue.minFen) : ''} ${belowSign(std.revenue.wording, p)} ${money(std.revenue.minFen)}，且近两年新增股权投资合计 ${moneyAgainst(equity.known, std.revenue.equityMinFen)} ${belowSign(std.revenue.wording, p)} ${money(std.revenue.equityMinFen)}`,
    }),
    ratioCondition(
      ctx,
      {
        id: 'main-share',
        zh: `主营业务收入占营业收入比重${percentOfBp(std.mainShare.minBp)}以上`,
        group: REQUIRED,
        rule: std.mainShare,
      },
      {
        year: y,
        num: 'mainBusinessRevenue',
        den: 'operatingRevenue',
        ratioZh: '主营业务收入占比',
        bp: std.mainShare.minBp,
        wording: std.mainShare.wording,
        direction: 'min',
      },
    ),
    ratioCondition(
      ctx,
      {
        id: 'debt-ratio',
        zh: `上年末资产负债率${percentOfBp(std.debtRatio.maxBp)}以下`,
        group: REQUIRED,
        rule: std.debtRatio,
      },
      {
        year: y,
        num: 'totalLiabilities',
        den: 'totalAssets',
        ratioZh: '资产负债率',
        bp: std.debtRatio.maxBp,
        wording: std.debtRatio.wording,
        direction: 'max',
      },
    ),
    condition({
      id: 'rd',
      zh: `近两年研发费用均不低于${money(std.rd.minFenEachYear)}，且各年占营业收入比重均不低于${percentOfBp(std.rd.minRatioBpEachYear)}`,
      group: REQUIRED,
      rule: std.rd,
      status: rd.status,
      values: rd.values,
      missing: rd.missing,
      gap: rd.gaps.join('，'),
    }),
    condition({
      id: 'ip',
      zh: '拥有1项以上与主导产品相关并实际应用的Ⅰ类知识产权（近三年获省部级以上科技奖励排名前三或拥有省部级以上研发机构的除外）',
      group: REQUIRED,
      rule: std.ip,
      status: ipStatus,
      values: {
        已实际应用的Ⅰ类知识产权: applied.ok ? `${applied.value}项` : '缺失',
        ...award.values,
        研发机构级别: level.ok ? RD_LEVEL_ZH[level.value] : '缺失',
      },
      missing: [
        ...(appliedStatus === 'unknown' ? [applied.path] : []),
        ...award.missing,
        ...(institutionStatus === 'unknown' ? [level.path] : []),
      ],
      gap: `已实际应用的Ⅰ类知识产权${applied.ok ? applied.value : ''}项，且不符合豁免情形（近三年省部级以上科技奖励排名前三或省部级以上研发机构）`,
      ...(ipStatus === 'met' && appliedStatus !== 'met' ? { note: '按豁免情形满足' } : {}),
    }),
    condition({
      id: 'market-position',
      zh: '主导产品市场占有率较为靠前',
      group: REQUIRED,
      rule: std.marketPosition,
      status: rank.ok ? fromBoolean(rank.value <= p.leadingMarketRank2026) : 'unknown',
      values: {
        国内细分市场排名: rank.ok ? `第${rank.value}名` : '缺失',
        认定口径: `前${p.leadingMarketRank2026}名（参数 leadingMarketRank2026，待确认）`,
      },
      missing: [rank.path],
      gap: `国内细分市场排名第${rank.ok ? rank.value : ''}名，未进入前${p.leadingMarketRank2026}名`,
    }),
    developmentScoreCondition(ctx, std.developmentScore, [y]),
  ];
  return finishTier(
    ctx,
    {
      tier: 'specialized',
      zh: '专精特新中小企业',
      standard: `${std.source.docNo} ${std.source.article ?? ''}《${std.source.title}》`,
      conditions,
      score: null,
      requirements: conditions.map(requirementOf),
      route: { kind: 'all-conditions', id: 'all', zh: '满足全部认定条件' },
    },
    common,
  );
}
