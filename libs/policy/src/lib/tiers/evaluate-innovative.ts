import {
  anyOf,
  anyRequirement,
  awardInYears,
  belowSign,
  condition,
  fact,
  fromBoolean,
  nested,
  sumOverYears,
  sumStatus,
  windowYears,
} from './evaluation-context';
import { money, moneyAgainst, moneyNear, percentNear } from './display';
import type { EvalContext } from './evaluation-context';
import { RD_LEVEL_ZH, bandEdgesBp, ipIndicator, ratioIndicator, yearGrowth } from './indicators';
import { aggregateScore, bandedIndicator, exactMeasure, fixed, indicator } from './scoring';
import { finishTier } from './tier-outcome';
import type {
  CommonResult,
  ConditionResult,
  IndicatorResult,
  ScoreResult,
  TierResult,
  TierRoute,
} from './tier-result';
import type { InnovativeStandard } from './tier-rule-set';

const DIRECT = '直通条件（满足其一即可）';

const HONOURS = [
  ['highTechEnterprise', '高新技术企业'],
  ['techInnovationDemo', '国家级技术创新示范企业'],
  ['ipAdvantage', '知识产权优势企业'],
  ['ipDemo', '知识产权示范企业'],
] as const;

function directConditions(ctx: EvalContext, std: InnovativeStandard): ConditionResult[] {
  const y = ctx.dataYear;
  const p = ctx.params;

  const awardYears = windowYears(ctx, std.direct.award.windowYears);
  const award = awardInYears(ctx, awardYears, () => true);

  const honourReads = HONOURS.map(([field]) => nested(ctx, y, 'honours', field));
  const honourValues: Record<string, string> = {};
  HONOURS.forEach(([, zh], i) => {
    const r = honourReads[i];
    honourValues[`${y}年${zh}`] = !r?.ok ? '缺失' : r.value ? '是' : '否';
  });

  const level = fact(ctx, y, 'rdInstitutionLevel');

  const equityYears = windowYears(ctx, std.direct.equity.windowYears);
  const equity = sumOverYears(ctx, equityYears, 'equityFinancing', '新增股权融资');
  const equityMin = BigInt(std.direct.equity.minFen);

  return [
    condition({
      id: 'direct.award',
      zh: std.direct.award.zh,
      group: DIRECT,
      rule: std.direct.award,
      status: award.status,
      values: award.values,
      missing: award.missing,
      gap: `近三年（${awardYears[0]}–${y}年）未获国家级、省级科技奖励`,
    }),
    condition({
      id: 'direct.honour',
      zh: std.direct.honour.zh,
      group: DIRECT,
      rule: std.direct.honour,
      status: anyOf(honourReads.map((r) => (r.ok ? fromBoolean(r.value) : 'unknown'))),
      values: honourValues,
      missing: honourReads.filter((r) => !r.ok).map((r) => r.path),
      gap: `${y}年未持有高新技术企业、国家级技术创新示范企业、知识产权优势企业或知识产权示范企业等有效荣誉`,
    }),
    condition({
      id: 'direct.rd-institution',
      zh: std.direct.rdInstitution.zh,
      group: DIRECT,
      rule: std.direct.rdInstitution,
      status: level.ok ? fromBoolean(std.direct.rdInstitution.levels.includes(level.value)) : 'unknown',
      values: { 研发机构级别: level.ok ? RD_LEVEL_ZH[level.value] : '缺失' },
      missing: [level.path],
      gap: `研发机构级别为${level.ok ? RD_LEVEL_ZH[level.value] : ''}，未达省部级以上`,
    }),
    condition({
      id: 'direct.equity',
      zh: std.direct.equity.zh,
      group: DIRECT,
      rule: std.direct.equity,
      status: sumStatus(equity, equityMin, std.direct.equity.wording, p),
      values: { ...equity.values, [`${equityYears[0]}–${y}年合计`]: moneyNear(equity.known, [equityMin]) },
      missing: equity.missing,
      gap: () => `近三年新增股权融资合计 ${moneyAgainst(equity.known, equityMin)} ${belowSign(std.direct.equity.wording, p)} ${money(equityMin)}`,
    }),
  ];
}

/** The 6-indicator table of Annex 1. */
export function innovativeIndicators(ctx: EvalContext, std: InnovativeStandard): IndicatorResult[] {
  const y = ctx.dataYear;
  const s = std.score;
  const growth = yearGrowth(ctx, 'mainBusinessRevenue', bandEdgesBp(s.growth));
  const strategic = fact(ctx, y, 'strategicEmergingProduct');
  return [
    ipIndicator(ctx, y, s.ip),
    ratioIndicator(ctx, y, s.rdRatio, 'rdExpense', 'operatingRevenue', '研发费用占比'),
    bandedIndicator(
      s.growth,
      // The growth as yearGrowth showed it: the same rendering against the same edges.
      growth.value ? exactMeasure(growth.value, growth.shown ?? percentNear(growth.value, bandEdgesBp(s.growth))) : null,
      growth.missing,
      growth.values,
      ctx.params,
    ),
    ratioIndicator(ctx, y, s.debtRatio, 'totalLiabilities', 'totalAssets', '资产负债率'),
    indicator(s.productField, {
      range: strategic.ok
        ? fixed(strategic.value ? s.productField.strategic : s.productField.other)
        : { min: s.productField.other, max: s.productField.strategic },
      band: strategic.ok ? (strategic.value ? '属于《战略性新兴产业分类》' : '其他') : null,
      values: { 主导产品属于战略性新兴产业: strategic.ok ? (strategic.value ? '是' : '否') : '缺失' },
      missing: [strategic.path],
    }),
    ratioIndicator(ctx, y, s.mainShare, 'mainBusinessRevenue', 'operatingRevenue', '主营业务收入占比'),
  ];
}

export function innovativeScore(ctx: EvalContext, std: InnovativeStandard): ScoreResult {
  return aggregateScore(std.score, innovativeIndicators(ctx, std), ctx.params);
}

function scoreCondition(ctx: EvalContext, std: InnovativeStandard, score: ScoreResult): ConditionResult {
  const mins = std.score.dimensions.map((d) => `${d.zh}≥${d.minimum ?? 0}分`).join('、');
  return condition({
    id: 'score',
    zh: `评价得分达到${std.score.threshold}分以上（${mins}）`,
    group: '评价得分',
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
}

/** Tier 1 (创新型, from 2026 科技和创新型): 2022 Annex 1 — any 直通条件, or the score with its minima. */
export function evaluateInnovative(ctx: EvalContext, common: CommonResult): TierResult {
  const std = ctx.rules.innovative;
  const direct = directConditions(ctx, std);
  const score = innovativeScore(ctx, std);
  const scoreCond = scoreCondition(ctx, std, score);
  const conditions = [...direct, scoreCond];
  const firstDirect = direct.find((c) => c.status === 'met');
  const route: TierRoute | null = firstDirect
    ? { kind: 'direct', id: firstDirect.id, zh: `直通条件：${firstDirect.zh}` }
    : score.status === 'met'
      ? { kind: 'score', id: 'score', zh: `评价得分${score.total ?? score.range.min}分` }
      : null;
  return finishTier(
    ctx,
    {
      tier: 'innovative',
      zh: ctx.rules.innovativeZh,
      standard: ctx.rules.innovativeStandardNote,
      conditions,
      score,
      requirements: [anyRequirement('innovative.pass', '直通条件或评价得分', conditions)],
      route,
    },
    common,
  );
}
