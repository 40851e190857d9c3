import { basisPoints, quotient } from '../common/rational';
import {
  allOf,
  anyOf,
  atLeast,
  awardInYears,
  belowSign,
  condition,
  fact,
  fromBoolean,
  isInclusive,
  minSign,
  nested,
  requirementOf,
  sumOverYears,
  sumStatus,
  windowYears,
} from './evaluation-context';
import { money, moneyAgainst, moneyNear, percent, percentOfBp } from './display';
import type { EvalContext } from './evaluation-context';
import { moneyMinCondition, nicheCondition, ratioCondition } from './condition-builders';
import { twoYearGrowth } from './indicators';
import { finishTier } from './tier-outcome';
import type { CommonResult, ConditionResult, ConditionStatus, TierResult } from './tier-result';
import type { LittleGiant2026Standard } from './tier-rule-set';
import { prerequisiteFor } from './titles';
import type { ChainInput } from './titles';
import { REQUIRED, developmentScoreCondition, rdEachYear } from './tiers-2026-conditions';

/** 2026 专精特新“小巨人” (rules.md §1.6): every condition required; 复核 skips growth and looks at two years' score. */
export function evaluateLittleGiant2026(
  ctx: EvalContext,
  std: LittleGiant2026Standard,
  common: CommonResult,
  chain: ChainInput,
): TierResult {
  const y = ctx.dataYear;
  const p = ctx.params;
  const review = ctx.type === 'review';
  const prerequisite = prerequisiteFor(ctx, chain, 'specialized');

  let growthCond: ConditionResult;
  const growthBase = {
    id: 'growth',
    zh: `近两年营业收入复合增长率${percentOfBp(std.growth.minBp)}以上`,
    group: REQUIRED,
    rule: std.growth,
  };
  if (review) {
    growthCond = condition({ ...growthBase, status: 'met', note: '复核不考核增长率（2026年标准）' });
  } else {
    const g = twoYearGrowth(ctx, 'operatingRevenue', 'compound', [std.growth.minBp]);
    const c = g.measure?.compareTo(basisPoints(std.growth.minBp));
    growthCond = condition({
      ...growthBase,
      status:
        c === undefined ? 'unknown' : fromBoolean(c > 0 || (c === 0 && isInclusive(std.growth.wording, p))),
      values: g.values,
      missing: g.missing,
      gap: () => `近两年营业收入复合增长率 ${g.measure?.display ?? ''} ${belowSign(std.growth.wording, p)} ${percentOfBp(std.growth.minBp)}`,
      onBoundary: c === 0,
    });
  }

  const rdYears = windowYears(ctx, std.rd.years);
  const rdTotal = sumOverYears(ctx, rdYears, 'rdExpense', '研发费用');
  const rdTotalStatus = sumStatus(rdTotal, BigInt(std.rd.minTotalFen), '以上', p);
  const rdRatios = rdEachYear(ctx, rdYears, null, std.rd.minRatioBpEachYear);
  const rdGaps = [
    ...(rdTotalStatus === 'not-met'
      ? [
          `近两年研发费用合计 ${moneyAgainst(rdTotal.known, std.rd.minTotalFen)} ${belowSign('以上', p)} ${money(std.rd.minTotalFen)}`,
        ]
      : []),
    ...rdRatios.gaps,
  ];

  const own = nested(ctx, y, 'ip', 'class1OwnFirstThree');
  const ownStatus: ConditionStatus = own.ok
    ? fromBoolean(atLeast(quotient(own.value), quotient(std.ip.minOwnFirstThree), '以上', p))
    : 'unknown';
  const awardYears = windowYears(ctx, std.ip.exemptAwardWindowYears);
  const award = awardInYears(
    ctx,
    awardYears,
    (a) => a.level === 'national' && a.rank <= std.ip.exemptNationalAwardMaxRank,
  );
  const ipStatus = anyOf([ownStatus, award.status]);

  const share = fact(ctx, y, 'marketShareBp');
  const rank = fact(ctx, y, 'domesticMarketRank');
  const shareStatus: ConditionStatus = share.ok
    ? fromBoolean(
        atLeast(basisPoints(share.value), basisPoints(std.marketShare.minBp), std.marketShare.wording, p),
      )
    : 'unknown';
  const rankStatus: ConditionStatus = rank.ok
    ? fromBoolean(rank.value <= std.marketShare.maxDomesticRank)
    : 'unknown';
  const marketStatus = anyOf([shareStatus, rankStatus]);

  const keyDomain = nested(ctx, y, 'littleGiant', 'keyDomainProduct');
  const keyLink = nested(ctx, y, 'littleGiant', 'chainKeyLink');
  const domainStatus = anyOf([keyDomain, keyLink].map((r) => (r.ok ? fromBoolean(r.value) : 'unknown')));

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
    moneyMinCondition(
      ctx,
      {
        id: 'revenue',
        zh: `上年度营业收入${money(std.revenue.minFen)}以上`,
        group: REQUIRED,
        rule: std.revenue,
      },
      {
        year: y,
        key: 'operatingRevenue',
        zhFact: '营业收入',
        minFen: std.revenue.minFen,
        wording: std.revenue.wording,
      },
    ),
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
    growthCond,
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
      zh: `近两年研发费用合计${money(std.rd.minTotalFen)}以上，且各年占营业收入比重均不低于${percentOfBp(std.rd.minRatioBpEachYear)}`,
      group: REQUIRED,
      rule: std.rd,
      status: allOf([rdTotalStatus, rdRatios.status]),
      values: {
        ...rdTotal.values,
        近两年研发费用合计: moneyNear(rdTotal.known, [std.rd.minTotalFen]),
        ...rdRatios.values,
      },
      missing: [...rdTotal.missing, ...rdRatios.missing],
      gap: rdGaps.join('，'),
    }),
    condition({
      id: 'ip',
      zh: `拥有${std.ip.minOwnFirstThree}项以上非受让、企业为前三权利人的与主导产品相关的Ⅰ类知识产权（近三年获国家级科技奖励排名前三的除外）`,
      group: REQUIRED,
      rule: std.ip,
      status: ipStatus,
      values: { 非受让且为前三权利人的Ⅰ类知识产权: own.ok ? `${own.value}项` : '缺失', ...award.values },
      missing: [...(ownStatus === 'unknown' ? [own.path] : []), ...award.missing],
      gap: () => `非受让且为前三权利人的Ⅰ类知识产权${own.ok ? own.value : ''}项，未达到${minSign('以上', p)}${std.ip.minOwnFirstThree}项，且近三年无国家级科技奖励排名前三`,
      ...(ipStatus === 'met' && ownStatus !== 'met' ? { note: '按豁免情形满足' } : {}),
    }),
    condition({
      id: 'market-share',
      zh: `主导产品细分市场占有率${percentOfBp(std.marketShare.minBp)}以上或国内前${std.marketShare.maxDomesticRank}`,
      group: REQUIRED,
      rule: std.marketShare,
      status: marketStatus,
      values: {
        细分市场占有率: share.ok ? percent(basisPoints(share.value)) : '缺失',
        国内细分市场排名: rank.ok ? `第${rank.value}名` : '缺失',
      },
      missing: [
        ...(shareStatus === 'unknown' ? [share.path] : []),
        ...(rankStatus === 'unknown' ? [rank.path] : []),
      ],
      gap: () => `细分市场占有率${share.ok ? ` ${percent(basisPoints(share.value))}` : ''} ${belowSign(std.marketShare.wording, p)} ${percentOfBp(std.marketShare.minBp)}，且未进入国内前${std.marketShare.maxDomesticRank}`,
    }),
    condition({
      id: 'product-domain',
      zh: '主导产品属于“六基”领域或产业链关键环节',
      group: REQUIRED,
      rule: std.productDomain,
      status: domainStatus,
      values: {
        主导产品属于重点领域: keyDomain.ok ? (keyDomain.value ? '是' : '否') : '缺失',
        位于产业链关键环节: keyLink.ok ? (keyLink.value ? '是' : '否') : '缺失',
      },
      missing: [keyDomain, keyLink].filter((r) => !r.ok).map((r) => r.path),
      gap: '主导产品不属于“六基”领域，也不位于产业链关键环节',
    }),
    developmentScoreCondition(
      ctx,
      std.developmentScore,
      review ? windowYears(ctx, std.developmentScore.reviewYears) : [y],
    ),
  ];
  return finishTier(
    ctx,
    {
      tier: 'little-giant',
      zh: '专精特新“小巨人”企业',
      standard: `${std.source.docNo} ${std.source.article ?? ''}《${std.source.title}》`,
      conditions,
      score: null,
      requirements: conditions.map(requirementOf),
      route: { kind: 'all-conditions', id: 'all', zh: '满足全部认定条件' },
    },
    common,
  );
}
