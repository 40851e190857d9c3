import { basisPoints, quotient } from '../common/rational';
import {
  allOf,
  anyOf,
  anyRequirement,
  atLeast,
  awardInYears,
  belowSign,
  condition,
  fact,
  fromBoolean,
  makerChinaInYears,
  missingOf,
  requirementOf,
  sumOverYears,
  sumStatus,
  windowYears,
} from './evaluation-context';
import { money, moneyAgainst, moneyNear, percentAgainst, percentNear, percentOfBp } from './display';
import type { EvalContext } from './evaluation-context';
import { nicheCondition } from './condition-builders';
import { shown, shownNear } from './indicators';
import { finishTier } from './tier-outcome';
import { prerequisiteFor } from './titles';
import type { ChainInput } from './titles';
import { specializedScore } from './specialized-2022-score';
import type { CommonResult, ConditionResult, ConditionStatus, TierResult, TierRoute } from './tier-result';
import type { Specialized2022Standard } from './tier-rule-set';

const BASIC = '基本条件（须同时满足）';
const FOURTH = '第四条：评价得分达到60分以上或满足下列条件之一';

function basicConditions(ctx: EvalContext, std: Specialized2022Standard): ConditionResult[] {
  const y = ctx.dataYear;
  const p = ctx.params;
  const b = std.basic;

  const rd = fact(ctx, y, 'rdExpense');
  const revenue = fact(ctx, y, 'operatingRevenue');
  const rdMin = quotient(b.rd.minFen);
  const ratioMin = basisPoints(b.rd.minRatioBp);
  const amountStatus: ConditionStatus = rd.ok
    ? fromBoolean(atLeast(quotient(rd.value), rdMin, b.rd.wording, p))
    : 'unknown';
  const ratio = rd.ok && revenue.ok ? quotient(rd.value, revenue.value) : null;
  const ratioStatus: ConditionStatus = ratio
    ? fromBoolean(atLeast(ratio, ratioMin, b.rd.wording, p))
    : 'unknown';
  const rdGaps: string[] = [];
  if (rd.ok && amountStatus === 'not-met')
    rdGaps.push(
      `研发费用 ${moneyAgainst(rd.value, b.rd.minFen)} ${belowSign(b.rd.wording, p)} ${money(b.rd.minFen)}`,
    );
  if (ratio && ratioStatus === 'not-met')
    rdGaps.push(
      `研发费用占比 ${percentAgainst(ratio, ratioMin)} ${belowSign(b.rd.wording, p)} ${percentOfBp(b.rd.minRatioBp)}`,
    );

  const equityYears = windowYears(ctx, b.revenue.equityWindowYears);
  const equity = sumOverYears(ctx, equityYears, 'equityFinancing', '新增股权融资');
  const revenueStatus: ConditionStatus = revenue.ok
    ? fromBoolean(atLeast(quotient(revenue.value), quotient(b.revenue.minFen), b.revenue.wording, p))
    : 'unknown';
  const equityStatus = sumStatus(equity, BigInt(b.revenue.equityMinFen), b.revenue.wording, p);

  return [
    nicheCondition(
      ctx,
      {
        id: 'basic.niche',
        zh: `从事特定细分市场时间达到${b.niche.minYears}年以上`,
        group: BASIC,
        rule: b.niche,
      },
      b.niche.minYears,
      b.niche.wording,
    ),
    condition({
      id: 'basic.rd',
      zh: `上年度研发费用总额不低于${money(b.rd.minFen)}，且占营业收入总额比重不低于${percentOfBp(b.rd.minRatioBp)}`,
      group: BASIC,
      rule: b.rd,
      status: allOf([amountStatus, ratioStatus]),
      values: {
        [`${y}年研发费用`]: shownNear(rd, 'rdExpense', [b.rd.minFen]),
        [`${y}年营业收入`]: shown(revenue, 'operatingRevenue'),
        ...(ratio ? { [`${y}年研发费用占比`]: percentNear(ratio, [b.rd.minRatioBp]) } : {}),
      },
      missing: missingOf(rd, revenue),
      gap: rdGaps.join('，'),
    }),
    condition({
      id: 'basic.revenue',
      zh: `上年度营业收入总额在${money(b.revenue.minFen)}以上，或近${b.revenue.equityWindowYears}年新增股权融资总额达到${money(b.revenue.equityMinFen)}以上`,
      group: BASIC,
      rule: b.revenue,
      status: anyOf([revenueStatus, equityStatus]),
      values: {
        [`${y}年营业收入`]: shownNear(revenue, 'operatingRevenue', [b.revenue.minFen]),
        ...equity.values,
        [`近${b.revenue.equityWindowYears}年新增股权融资合计`]: moneyNear(equity.known, [
          b.revenue.equityMinFen,
        ]),
      },
      missing: [
        ...(revenueStatus === 'unknown' ? [revenue.path] : []),
        ...(equityStatus === 'unknown' ? equity.missing : []),
      ],
      gap: `上年度营业收入 ${revenue.ok ? moneyAgainst(revenue.value, b.revenue.minFen) : ''} ${belowSign(b.revenue.wording, p)} ${money(b.revenue.minFen)}，且近${b.revenue.equityWindowYears}年新增股权融资合计 ${moneyAgainst(equity.known, b.revenue.equityMinFen)} ${belowSign(b.revenue.wording, p)} ${money(b.revenue.equityMinFen)}`,
      note: '“或上年度营业收入总额在1000万元以下”读作前一分支的补集：营业收入未达标时看股权融资',
    }),
  ];
}

function alternativeConditions(ctx: EvalContext, std: Specialized2022Standard): ConditionResult[] {
  const y = ctx.dataYear;
  const p = ctx.params;
  const a = std.alternatives;

  const awardYears = windowYears(ctx, a.award.windowYears);
  const award = awardInYears(
    ctx,
    awardYears,
    (w) =>
      (w.level === 'provincial' && w.rank <= a.award.provincialMaxRank) ||
      (w.level === 'national' && w.rank <= a.award.nationalMaxRank),
  );

  const rdYears = windowYears(ctx, a.rdAverage.years);
  const rd = sumOverYears(ctx, rdYears, 'rdExpense', '研发费用');
  const rdMean = quotient(rd.known, BigInt(a.rdAverage.years));

  const equityYears = windowYears(ctx, a.equity.windowYears);
  const equity = sumOverYears(ctx, equityYears, 'equityFinancing', '新增股权融资');

  const makerYears = windowYears(ctx, a.makerChina.windowYears);
  const maker = makerChinaInYears(ctx, makerYears, a.makerChina.results);

  return [
    condition({
      id: 'alt.award',
      zh: `近三年获得过省级科技奖励并在获奖单位中排名前${a.award.provincialMaxRank}，或获得国家级科技奖励并在获奖单位中排名前${a.award.nationalMaxRank}`,
      group: FOURTH,
      rule: a.award,
      status: award.status,
      values: award.values,
      missing: award.missing,
      gap: `近三年（${awardYears[0]}–${y}年）无省级前${a.award.provincialMaxRank}名或国家级前${a.award.nationalMaxRank}名的科技奖励`,
    }),
    condition({
      id: 'alt.rd-average',
      zh: `近两年研发费用总额均值在${money(a.rdAverage.minFen)}以上`,
      group: FOURTH,
      rule: a.rdAverage,
      status: sumStatus(rd, BigInt(a.rdAverage.minFen) * BigInt(a.rdAverage.years), a.rdAverage.wording, p),
      values: { ...rd.values, 近两年研发费用均值: moneyNear(rdMean, [a.rdAverage.minFen]) },
      missing: rd.missing,
      gap: `近两年研发费用均值 ${moneyAgainst(rdMean, a.rdAverage.minFen)} ${belowSign(a.rdAverage.wording, p)} ${money(a.rdAverage.minFen)}`,
    }),
    condition({
      id: 'alt.equity',
      zh: `近两年新增股权融资总额（合格机构投资者的实缴额）${money(a.equity.minFen)}以上`,
      group: FOURTH,
      rule: a.equity,
      status: sumStatus(equity, BigInt(a.equity.minFen), a.equity.wording, p),
      values: { ...equity.values, 近两年合计: moneyNear(equity.known, [a.equity.minFen]) },
      missing: equity.missing,
      gap: `近两年新增股权融资合计 ${moneyAgainst(equity.known, a.equity.minFen)} ${belowSign(a.equity.wording, p)} ${money(a.equity.minFen)}`,
    }),
    condition({
      id: 'alt.maker-china',
      zh: '近三年进入“创客中国”中小企业创新创业大赛全国500强企业组名单',
      group: FOURTH,
      rule: a.makerChina,
      status: maker.status,
      values: maker.values,
      missing: maker.missing,
      gap: `近三年（${makerYears[0]}–${y}年）未进入“创客中国”全国500强企业组名单`,
    }),
  ];
}

/** 专精特新中小企业, 2022 Annex 2: prerequisite, the three basic conditions, and score ≥ 60 or one alternative. */
export function evaluateSpecialized2022(
  ctx: EvalContext,
  std: Specialized2022Standard,
  common: CommonResult,
  chain: ChainInput,
): TierResult {
  const prerequisite = prerequisiteFor(ctx, chain, 'innovative');
  const basic = basicConditions(ctx, std);
  const score = specializedScore(ctx, std);
  const scoreCond = condition({
    id: 'score',
    zh: `评价得分达到${std.score.threshold}分以上`,
    group: FOURTH,
    rule: std.score,
    status: score.status,
    values: {
      评价得分: score.total === null ? `${score.range.min}–${score.range.max}分` : `${score.total}分`,
      ...Object.fromEntries(
        score.dimensions.map((d) => [
          `${d.zh}得分`,
          d.points === null ? `${d.range.min}–${d.range.max}分` : `${d.points}分`,
        ]),
      ),
    },
    missing: score.missing,
    ...(score.gap ? { gap: score.gap } : {}),
  });
  const alternatives = alternativeConditions(ctx, std);
  const firstAlt = alternatives.find((c) => c.status === 'met');
  const route: TierRoute | null =
    score.status === 'met'
      ? { kind: 'score', id: 'score', zh: `评价得分${score.total ?? score.range.min}分` }
      : firstAlt
        ? { kind: 'alternative', id: firstAlt.id, zh: `满足条件：${firstAlt.zh}` }
        : null;
  return finishTier(
    ctx,
    {
      tier: 'specialized',
      zh: '专精特新中小企业',
      standard: `${std.source.docNo} ${std.source.article ?? ''}《${std.zh}》`,
      conditions: [prerequisite, ...basic, scoreCond, ...alternatives],
      score,
      requirements: [
        requirementOf(prerequisite),
        ...basic.map(requirementOf),
        anyRequirement('specialized.score-or-alternative', '评价得分达到60分以上或满足条件之一', [
          scoreCond,
          ...alternatives,
        ]),
      ],
      route,
    },
    common,
  );
}
