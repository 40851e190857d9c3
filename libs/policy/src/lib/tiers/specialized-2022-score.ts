import { quotient } from '../common/rational';
import { fact, missingOf, nested } from './evaluation-context';
import { money, percentNear } from './display';
import type { EvalContext } from './evaluation-context';
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
import type { IndicatorResult, ScoreResult } from './tier-result';
import type { Specialized2022Standard } from './tier-rule-set';

// 专精特新中小企业, 2022 Annex 2: the 13-indicator score table (专业化, 精细化, 特色化, 创新能力).

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
