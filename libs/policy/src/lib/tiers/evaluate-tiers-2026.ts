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
  money,
  moneyAgainst,
  moneyNear,
  nested,
  percent,
  percentAgainst,
  percentOfBp,
  requirementOf,
  sumOverYears,
  sumStatus,
  windowYears,
} from './evaluation-context';
import type { EvalContext, Read } from './evaluation-context';
import { moneyMinCondition, nicheCondition, ratioCondition } from './condition-builders';
import { RD_LEVEL_ZH, readRatio, shownNear, twoYearGrowth } from './indicators';
import { finishTier } from './tier-outcome';
import type { CommonResult, ConditionResult, ConditionStatus, TierResult } from './tier-result';
import type { LittleGiant2026Standard, Specialized2026Standard } from './tier-rule-set';
import { prerequisiteFor } from './titles';
import type { ChainInput } from './titles';

const REQUIRED = '认定条件（须同时满足）';

/** Each of `years`: R&D ≥ minFen (if given) and R&D ÷ revenue ≥ minBp (both "不低于"). */
function rdEachYear(
  ctx: EvalContext,
  years: readonly number[],
  minFen: number | null,
  minBp: number,
): { status: ConditionStatus; values: Record<string, string>; missing: string[]; gaps: string[] } {
  const values: Record<string, string> = {};
  const missing: string[] = [];
  const gaps: string[] = [];
  const statuses: ConditionStatus[] = [];
  for (const year of years) {
    const rd = fact(ctx, year, 'rdExpense');
    const r = readRatio(ctx, year, 'rdExpense', 'operatingRevenue', '研发费用占比', [minBp]);
    Object.assign(values, r.values);
    if (minFen !== null) {
      if (!rd.ok) {
        statuses.push('unknown');
      } else {
        const ok = atLeast(quotient(rd.value), quotient(minFen), '不低于', ctx.params);
        statuses.push(fromBoolean(ok));
        if (!ok) gaps.push(`${year}年研发费用 ${moneyAgainst(rd.value, minFen)} < ${money(minFen)}`);
      }
    }
    if (!r.value) {
      statuses.push('unknown');
      missing.push(...r.missing);
    } else {
      const ok = atLeast(r.value, basisPoints(minBp), '不低于', ctx.params);
      statuses.push(fromBoolean(ok));
      if (!ok)
        gaps.push(
          `${year}年研发费用占比 ${percentAgainst(r.value, basisPoints(minBp))} < ${percentOfBp(minBp)}`,
        );
    }
  }
  const status = allOf(statuses);
  return { status, values, missing, gaps };
}

function developmentScoreCondition(
  ctx: EvalContext,
  rule: Specialized2026Standard['developmentScore'] | LittleGiant2026Standard['developmentScore'],
  years: readonly number[],
): ConditionResult {
  const reads = years.map((year) => fact(ctx, year, 'developmentScore'));
  const passes = (r: Read<number>): ConditionStatus =>
    r.ok ? fromBoolean(atLeast(quotient(r.value), quotient(rule.min), rule.wording, ctx.params)) : 'unknown';
  const status = anyOf(reads.map(passes));
  const values: Record<string, string> = {};
  years.forEach((year, i) => {
    const r = reads[i];
    values[`${year}年专精特新发展评价得分`] = r?.ok ? `${r.value}分` : '缺失';
  });
  const shownScores = reads.filter((r) => r.ok).map((r) => (r.ok ? `${r.value}分` : ''));
  return condition({
    id: 'development-score',
    zh: `专精特新发展评价得分达到${rule.min}分以上${years.length > 1 ? '（复核：近两年任一年）' : ''}`,
    group: REQUIRED,
    rule,
    status,
    values,
    missing: reads.filter((r) => !r.ok).map((r) => r.path),
    gap: `专精特新发展评价得分 ${shownScores.join('、')} ${belowSign(rule.wording, ctx.params)} ${rule.min}分`,
    onBoundary: reads.some((r) => r.ok && r.value === rule.min),
  });
}

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
      gap: `近两年营业收入复合增长率 ${g.measure?.display ?? ''} ${belowSign(std.growth.wording, p)} ${percentOfBp(std.growth.minBp)}`,
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
      gap: `非受让且为前三权利人的Ⅰ类知识产权${own.ok ? own.value : ''}项，未达到${minSign('以上', p)}${std.ip.minOwnFirstThree}项，且近三年无国家级科技奖励排名前三`,
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
      gap: `细分市场占有率${share.ok ? ` ${percent(basisPoints(share.value))}` : ''} ${belowSign(std.marketShare.wording, p)} ${percentOfBp(std.marketShare.minBp)}，且未进入国内前${std.marketShare.maxDomesticRank}`,
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
