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
  money,
  moneyAgainst,
  moneyNear,
  nested,
  percentAgainst,
  percentNear,
  percentOfBp,
  requirementOf,
  sumOverYears,
  sumStatus,
  windowYears,
} from './evaluation-context';
import type { EvalContext } from './evaluation-context';
import { nicheCondition } from './condition-builders';
import {
  RD_LEVEL_ZH,
  bandEdgesBp,
  ipIndicator,
  ratioIndicator,
  shown,
  shownNear,
  twoYearGrowth,
} from './indicators';
import { aggregateScore, bandPoints, bandedIndicator, exactMeasure, fixed, indicator } from './scoring';
import { finishTier } from './tier-outcome';
import { prerequisiteFor } from './titles';
import type { ChainInput } from './titles';
import type {
  CommonResult,
  ConditionResult,
  ConditionStatus,
  IndicatorResult,
  ScoreResult,
  TierResult,
  TierRoute,
} from './tier-result';
import type { Specialized2022Standard } from './tier-rule-set';

const BASIC = '基本条件（须同时满足）';
const FOURTH = '第四条：评价得分达到60分以上或满足下列条件之一';

const QUALITY_ITEMS = [
  ['provincialQualityAward', '获得省级以上质量奖荣誉'],
  ['qualitySystemCertified', '建立质量管理体系并获得ISO9001等认证'],
  ['ownBrand', '拥有自主品牌'],
  ['standardsDrafting', '参与制修订标准'],
] as const;

const PRODUCT_FIELD_ZH = {
  'key-link-results': '在产业链供应链关键环节及关键领域“补短板”“锻长板”“填空白”取得实际成效',
  'six-foundations': '属于工业“六基”领域、中华老字号名录或企业主导产品服务关键产业链重点龙头企业',
  other: '其他',
} as const;

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

/** The 13-indicator table of Annex 2. */
export function specializedIndicators(ctx: EvalContext, std: Specialized2022Standard): IndicatorResult[] {
  const y = ctx.dataYear;
  const p = ctx.params;
  const s = std.score;

  const growth = twoYearGrowth(ctx, 'mainBusinessRevenue', p.averageGrowth, bandEdgesBp(s.avgGrowth));

  const niche = fact(ctx, y, 'nicheMarketYears');
  const nichePoints = niche.ok
    ? Math.min(Math.floor(niche.value / s.niche.yearsPerPoint), s.niche.max)
    : null;

  const field = fact(ctx, y, 'mainProductField');
  const digital = fact(ctx, y, 'digitalLevel');

  const qualityReads = QUALITY_ITEMS.map(([f]) => nested(ctx, y, 'quality', f));
  const yes = qualityReads.filter((r) => r.ok && r.value).length;
  const unknownItems = qualityReads.filter((r) => !r.ok).length;
  const qualityValues: Record<string, string> = {};
  QUALITY_ITEMS.forEach(([, zh], i) => {
    const r = qualityReads[i];
    qualityValues[zh] = !r?.ok ? '缺失' : r.value ? '是' : '否';
  });

  const characteristic = fact(ctx, y, 'characteristicScore');

  const rd = fact(ctx, y, 'rdExpense');
  const revenue = fact(ctx, y, 'operatingRevenue');
  const amount = bandPoints(s.rdAmount, rd.ok ? exactMeasure(quotient(rd.value), money(rd.value)) : null, p);
  const rdRatio = rd.ok && revenue.ok ? quotient(rd.value, revenue.value) : null;
  const rdRatioShown = rdRatio ? percentNear(rdRatio, bandEdgesBp(s.rdRatio)) : null;
  const ratio = bandPoints(
    s.rdRatio,
    rdRatio && rdRatioShown ? exactMeasure(rdRatio, rdRatioShown) : null,
    p,
  );
  const rdRange = {
    min: Math.max(amount.range.min, ratio.range.min),
    max: Math.max(amount.range.max, ratio.range.max),
  };

  const level = fact(ctx, y, 'rdInstitutionLevel');

  return [
    ratioIndicator(ctx, y, s.mainShare, 'mainBusinessRevenue', 'operatingRevenue', '主营业务收入占比'),
    {
      ...bandedIndicator(s.avgGrowth, growth.measure, growth.missing, growth.values, p),
      note:
        p.averageGrowth === 'arithmetic'
          ? '平均增长率按两个年度增长率的算术平均计算（参数 averageGrowth）'
          : '平均增长率按复合增长率计算（参数 averageGrowth）',
    },
    indicator(s.niche, {
      range: nichePoints === null ? { min: 0, max: s.niche.max } : fixed(nichePoints),
      band:
        nichePoints === null
          ? null
          : `${niche.ok ? niche.value : 0}年（每满${s.niche.yearsPerPoint}年得1分）`,
      values: { 从事特定细分市场年限: niche.ok ? `${niche.value}年` : '缺失' },
      missing: [niche.path],
    }),
    indicator(s.productField, {
      range: field.ok ? fixed(s.productField.points[field.value]) : { min: 0, max: s.productField.max },
      band: field.ok ? PRODUCT_FIELD_ZH[field.value] : null,
      values: { 主导产品所属领域: field.ok ? PRODUCT_FIELD_ZH[field.value] : '缺失' },
      missing: [field.path],
    }),
    indicator(s.digital, {
      range: digital.ok ? fixed(s.digital.pointsByLevel[digital.value] ?? 0) : { min: 0, max: s.digital.max },
      band: digital.ok ? `${digital.value >= 3 ? '三级以上' : digital.value === 2 ? '二级' : '一级'}` : null,
      values: { 数字化水平等级: digital.ok ? `${digital.value}级` : '缺失' },
      missing: [digital.path],
    }),
    indicator(s.quality, {
      range: {
        min: Math.min(s.quality.max, yes * s.quality.perItem),
        max: Math.min(s.quality.max, (yes + unknownItems) * s.quality.perItem),
      },
      band: `满足${yes}项`,
      values: qualityValues,
      missing: qualityReads.filter((r) => !r.ok).map((r) => r.path),
    }),
    ratioIndicator(ctx, y, s.netMargin, 'netProfit', 'operatingRevenue', '净利润率'),
    ratioIndicator(ctx, y, s.debtRatio, 'totalLiabilities', 'totalAssets', '资产负债率'),
    indicator(s.characteristic, {
      range: characteristic.ok
        ? fixed(Math.min(characteristic.value, s.characteristic.max))
        : { min: 0, max: s.characteristic.max },
      band: characteristic.ok ? '省定特色化指标得分' : null,
      values: { 特色化指标得分: characteristic.ok ? `${characteristic.value}分` : '缺失' },
      missing: [characteristic.path],
      note: '福建省特色化指标未见原文，直接采用画像中的省定得分',
    }),
    ipIndicator(ctx, y, s.ip),
    indicator(
      { ...s.rdAmount, zh: '上年度研发费用投入（总额或占比，取高者）' },
      {
        range: rdRange,
        band:
          amount.band !== null && amount.range.min >= ratio.range.max
            ? `按金额：${amount.band}`
            : ratio.band !== null
              ? `按占比：${ratio.band}`
              : null,
        values: {
          [`${y}年研发费用`]: shownNear(
            rd,
            'rdExpense',
            s.rdAmount.bands.flatMap((b) => (b.edge === undefined ? [] : [b.edge])),
          ),
          [`${y}年营业收入`]: shown(revenue, 'operatingRevenue'),
          ...(rdRatioShown ? { [`${y}年研发费用占比`]: rdRatioShown } : {}),
        },
        missing: missingOf(rd, revenue),
        onBoundary: amount.onEdge || ratio.onEdge,
        note: '研发费用总额与占比两者取得分较高者',
      },
    ),
    ratioIndicator(ctx, y, s.rdStaff, 'rdStaff', 'employees', '研发人员占比'),
    indicator(s.rdInstitution, {
      range: level.ok ? fixed(s.rdInstitution.points[level.value]) : { min: 0, max: s.rdInstitution.max },
      band: level.ok ? RD_LEVEL_ZH[level.value] : null,
      values: { 研发机构级别: level.ok ? RD_LEVEL_ZH[level.value] : '缺失' },
      missing: [level.path],
    }),
  ];
}

export function specializedScore(ctx: EvalContext, std: Specialized2022Standard): ScoreResult {
  return aggregateScore(std.score, specializedIndicators(ctx, std), ctx.params);
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
