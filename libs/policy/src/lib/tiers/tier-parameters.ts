import type { PendingConfirmation } from '../common/source';
import { DEFAULT_SIZE_CLASS_CONVENTION } from '../size-class/size-class.rules';
import type { SizeClassConvention } from '../size-class/size-class.rules';

/**
 * Readings of the tier rules that the texts leave open. Each default is a reading pending 市工信局 confirmation
 * (rules.md §0, §1, §8.7-5); the evaluation result lists the values it used.
 */
export interface TierParameters {
  /**
   * Scoring tables give bands as "A%–B%", so every edge is claimed by two bands. `true`: the value exactly on an
   * edge scores in the higher (better) band — exactly 3% R&D → 15, exactly 55% debt ratio → 10 (the reading of
   * the secondary source in rules.md §1.2). `false`: the lower band. Also decides the 小巨人 revenue bands
   * ("1亿元以上 / 5000万元—1亿元 / 5000万元以下").
   */
  readonly bandEdgeToHigher: boolean;
  /**
   * Single thresholds worded "以上/以下" include the number (《民法典》第一千二百五十九条). `false` reads them as
   * strict. Thresholds worded "不低于/不高于/达到…均不低于" are always inclusive, "超过/低于/不足" always strict.
   */
  readonly inclusiveBounds: boolean;
  /**
   * 2022 "近2年主营业务收入平均增长率": `arithmetic` = mean of the two yearly growth rates; `compound` = CAGR,
   * (R上年 ÷ R上上上年)^(1/2) − 1. The 2026 小巨人 standard says 复合增长率 and always uses compound.
   */
  readonly averageGrowth: 'arithmetic' | 'compound';
  /** 2022 小巨人 复核 is exempt from the 近2年主营业务收入平均增长率 indicator (third-party source; explicit in 2026). */
  readonly reviewExemptsLittleGiantGrowth: boolean;
  /** Passed through to classifySize (ADR 0006). */
  readonly sizeClassConvention: SizeClassConvention;
  /**
   * 复核 dated on or before this day is judged by the 2022 standard even after 2026-04-01 (工信厅企业函〔2026〕117号
   * judged the 2026 小巨人 复核 batch by the 2022 standard).
   */
  readonly reviewUses2022Until: string;
  /** The prerequisite tier may be satisfied by the same evaluation's result for that tier (default: a valid title). */
  readonly chainAcceptsSameRoundTier: boolean;
  /**
   * 2022 小巨人, 上年度营业收入 < 5000万: "研发费用总额3000万元以上" counted over `two-year-total` (近2年, as the
   * equity amount in the same sentence) or `last-year` (上年度).
   */
  readonly littleGiantSmallRevenueRdScope: 'two-year-total' | 'last-year';
  /**
   * 2026 专精特新 "主导产品市场占有率较为靠前" has no number in the sources: read as 国内细分市场排名 ≤ this rank
   * (`domesticMarketRank`). A proxy until the authority states the test.
   */
  readonly leadingMarketRank2026: number;
}

export const DEFAULT_TIER_PARAMETERS: TierParameters = {
  bandEdgeToHigher: true,
  inclusiveBounds: true,
  averageGrowth: 'arithmetic',
  reviewExemptsLittleGiantGrowth: true,
  sizeClassConvention: DEFAULT_SIZE_CLASS_CONVENTION,
  reviewUses2022Until: '2026-12-31',
  chainAcceptsSameRoundTier: false,
  littleGiantSmallRevenueRdScope: 'two-year-total',
  leadingMarketRank2026: 10,
};

/** The defaults overridden by the given values (an `undefined` value keeps the default). */
export function resolveTierParameters(params?: Partial<TierParameters>): TierParameters {
  const given = Object.fromEntries(
    Object.entries(params ?? {}).filter(([, v]) => v !== undefined),
  ) as Partial<TierParameters>;
  return { ...DEFAULT_TIER_PARAMETERS, ...given };
}

const CONFIRM_BY = '市工信局';

/** The parameters whose values are readings of an ambiguous text, with the values in use. */
export function parameterConfirmations(p: TierParameters): PendingConfirmation[] {
  return [
    {
      parameter: 'bandEdgeToHigher',
      value: String(p.bandEdgeToHigher),
      note: '评分表区间端点（如“3%–5%”中的3%、5%）归属：true 归高档（恰为3%得15分、资产负债率恰为55%得10分），false 归低档；同时决定小巨人营业收入分档端点（1亿元、5000万元）',
      confirmBy: CONFIRM_BY,
    },
    {
      parameter: 'inclusiveBounds',
      value: String(p.inclusiveBounds),
      note: '“以上/以下”是否包括本数（《民法典》第一千二百五十九条：包括本数）；“不低于/不高于”始终包括本数',
      confirmBy: CONFIRM_BY,
    },
    {
      parameter: 'averageGrowth',
      value: p.averageGrowth,
      note: '2022年标准“近2年主营业务收入平均增长率”：arithmetic 为两个年度增长率的算术平均，compound 为复合增长率；2026年小巨人标准明确为复合增长率',
      confirmBy: CONFIRM_BY,
    },
    {
      parameter: 'reviewExemptsLittleGiantGrowth',
      value: String(p.reviewExemptsLittleGiantGrowth),
      note: '2022年小巨人复核是否免于考核近2年主营业务收入平均增长率（第三方来源；2026年标准明确复核不考核）',
      confirmBy: CONFIRM_BY,
    },
    {
      parameter: 'sizeClassConvention',
      value: `${p.sizeClassConvention.upperBound}/${p.sizeClassConvention.band}`,
      note: '中小企业划型的边界约定（见 ADR 0006）',
      confirmBy: CONFIRM_BY,
    },
    {
      parameter: 'reviewUses2022Until',
      value: p.reviewUses2022Until,
      note: '在此日期（含）之前的复核沿用2022年标准（工信厅企业函〔2026〕117号明确2026年小巨人复核按2022年标准），此后按评价日有效的标准',
      confirmBy: CONFIRM_BY,
    },
    {
      parameter: 'chainAcceptsSameRoundTier',
      value: String(p.chainAcceptsSameRoundTier),
      note: '前置层级是否可由本次评价的结果满足（默认须持有有效称号）',
      confirmBy: CONFIRM_BY,
    },
    {
      parameter: 'littleGiantSmallRevenueRdScope',
      value: p.littleGiantSmallRevenueRdScope,
      note: '2022年小巨人上年度营业收入5000万元以下的企业“研发费用总额3000万元以上”的统计口径：two-year-total 为近2年合计，last-year 为上年度',
      confirmBy: CONFIRM_BY,
    },
    {
      parameter: 'leadingMarketRank2026',
      value: String(p.leadingMarketRank2026),
      note: '2026年专精特新“主导产品市场占有率较为靠前”无量化口径，暂以国内细分市场排名不低于该名次代替',
      confirmBy: CONFIRM_BY,
    },
  ];
}
