import { add, compare, growthRate, isInfinite, isqrt, multiply, power, quotient, rationalFastPaths } from '../common/rational';
import type { Rational } from '../common/rational';
import { fact, fromBoolean, missingOf, nested } from './evaluation-context';
import { money, moneyNear, percent, percentNear } from './display';
import type { EvalContext, Read } from './evaluation-context';
import type { RdInstitutionLevelInput } from './tier-input';
import type { ConditionStatus, IndicatorResult } from './tier-result';
import type { BandedIndicatorRule, IpIndicatorRule } from './tier-rule-set';
import { bandedIndicator, exactMeasure, firstMet, indicator } from './scoring';
import type { Measure } from './scoring';

export const RD_LEVEL_ZH: Readonly<Record<RdInstitutionLevelInput, string>> = {
  none: '未建立',
  'below-city': '市级以下',
  city: '市级',
  provincial: '省级',
  national: '国家级',
};

type PeopleKey = 'employees' | 'rdStaff';
type MoneyKey =
  'operatingRevenue' | 'mainBusinessRevenue' | 'rdExpense' | 'totalAssets' | 'totalLiabilities' | 'netProfit';

/** A numeric fact for display: "120.5万元", "35人", or "缺失". */
export function shown(read: Read<number>, key: PeopleKey | MoneyKey): string {
  if (!read.ok) return '缺失';
  return key === 'employees' || key === 'rdStaff' ? `${read.value}人` : money(read.value);
}

/** As `shown`, for an amount judged against thresholds (fen): never printed equal to one it differs from. */
export function shownNear(read: Read<number>, key: MoneyKey, edgesFen: readonly number[]): string {
  return read.ok ? moneyNear(read.value, edgesFen) : '缺失';
}

export const FACT_ZH: Readonly<Record<PeopleKey | MoneyKey, string>> = {
  employees: '从业人员',
  rdStaff: '研发人员',
  operatingRevenue: '营业收入',
  mainBusinessRevenue: '主营业务收入',
  rdExpense: '研发费用',
  totalAssets: '资产总额',
  totalLiabilities: '负债总额',
  netProfit: '净利润',
};

export interface RatioRead {
  readonly value: Rational | null;
  readonly missing: string[];
  readonly values: Record<string, string>;
  /** The ratio as shown (`percentNear` against the edges), when known. */
  readonly shown?: string;
}

/** numerator ÷ denominator of one year, with the facts shown by label. */
export function readRatio(
  ctx: EvalContext,
  year: number,
  numKey: 'rdExpense' | 'mainBusinessRevenue' | 'netProfit' | 'totalLiabilities' | 'rdStaff',
  denKey: 'operatingRevenue' | 'totalAssets' | 'employees',
  ratioZh: string,
  /** Thresholds the ratio is judged against (basis points), so the shown value never prints equal to one. */
  edgesBp: readonly number[] = [],
): RatioRead {
  const n = fact(ctx, year, numKey);
  const d = fact(ctx, year, denKey);
  const values: Record<string, string> = {
    [`${year}年${FACT_ZH[numKey]}`]: shown(n, numKey),
    [`${year}年${FACT_ZH[denKey]}`]: shown(d, denKey),
  };
  if (!n.ok || !d.ok) return { value: null, missing: missingOf(n, d), values };
  const value = quotient(n.value, d.value);
  const shownValue = percentNear(value, edgesBp);
  values[`${year}年${ratioZh}`] = shownValue;
  return { value, missing: [], values, shown: shownValue };
}

const edgesOfRule = new WeakMap<BandedIndicatorRule, readonly number[]>();

/** The edges of a table in basis points (none for a money table); read once per rule (the rules are constants). */
export function bandEdgesBp(rule: BandedIndicatorRule): readonly number[] {
  if (!rationalFastPaths()) return edgesOf(rule);
  let edges = edgesOfRule.get(rule);
  if (!edges) edgesOfRule.set(rule, (edges = Object.freeze(edgesOf(rule))));
  return edges;
}

function edgesOf(rule: BandedIndicatorRule): number[] {
  return rule.unit === 'bp' ? rule.bands.flatMap((b) => (b.edge === undefined ? [] : [b.edge])) : [];
}

/** A banded ratio indicator of one year (R&D ratio, main-business share, debt ratio, net margin, R&D staff). */
export function ratioIndicator(
  ctx: EvalContext,
  year: number,
  rule: BandedIndicatorRule,
  numKey: 'rdExpense' | 'mainBusinessRevenue' | 'netProfit' | 'totalLiabilities' | 'rdStaff',
  denKey: 'operatingRevenue' | 'totalAssets' | 'employees',
  ratioZh: string,
): IndicatorResult {
  const r = readRatio(ctx, year, numKey, denKey, ratioZh, bandEdgesBp(rule));
  return bandedIndicator(
    rule,
    // The ratio as readRatio showed it: the same rendering against the same edges.
    r.value ? exactMeasure(r.value, r.shown ?? percentNear(r.value, bandEdgesBp(rule))) : null,
    r.missing,
    r.values,
    ctx.params,
  );
}

/** 上年度增长率 (cur − prev) ÷ prev of a revenue fact. */
export function yearGrowth(
  ctx: EvalContext,
  key: 'mainBusinessRevenue' | 'operatingRevenue',
  edgesBp: readonly number[] = [],
): { readonly value: Rational | null; readonly missing: string[]; readonly values: Record<string, string>; readonly shown?: string } {
  const y = ctx.dataYear;
  const prev = fact(ctx, y - 1, key);
  const cur = fact(ctx, y, key);
  const values: Record<string, string> = {
    [`${y - 1}年${FACT_ZH[key]}`]: shown(prev, key),
    [`${y}年${FACT_ZH[key]}`]: shown(cur, key),
  };
  if (!prev.ok || !cur.ok) return { value: null, missing: missingOf(prev, cur), values };
  const value = growthRate(prev.value, cur.value);
  const shownValue = percentNear(value, edgesBp);
  values[`${y}年${FACT_ZH[key]}增长率`] = shownValue;
  return { value, missing: [], values, shown: shownValue };
}

export interface GrowthRead {
  readonly measure: Measure | null;
  readonly missing: string[];
  readonly values: Record<string, string>;
}

/**
 * "近2年平均增长率" over 上上上年度 → 上年度 (three years of revenue). `arithmetic`: mean of the two yearly growth
 * rates, exact. `compound`: (R上年 ÷ R上上上年)^(1/2) − 1, compared exactly as R上年 ÷ R上上上年 against (1 + edge)²;
 * the shown value is a square root to 6 digits. A zero base grows by +∞ (or 0 from 0 to 0).
 */
export function twoYearGrowth(
  ctx: EvalContext,
  key: 'mainBusinessRevenue' | 'operatingRevenue',
  mode: 'arithmetic' | 'compound',
  /** Thresholds the rate is judged against (basis points), for the shown value. */
  edgesBp: readonly number[] = [],
): GrowthRead {
  const y = ctx.dataYear;
  const reads = [y - 2, y - 1, y].map((year) => fact(ctx, year, key));
  const values: Record<string, string> = {};
  [y - 2, y - 1, y].forEach(
    (year, i) => (values[`${year}年${FACT_ZH[key]}`] = shown(reads[i] as Read<number>, key)),
  );
  const [r0, r1, r2] = reads;
  if (!r0?.ok || !r1?.ok || !r2?.ok) return { measure: null, missing: missingOf(...reads), values };

  if (mode === 'arithmetic') {
    const g1 = growthRate(r0.value, r1.value);
    const g2 = growthRate(r1.value, r2.value);
    values[`${y - 1}年增长率`] = percent(g1);
    values[`${y}年增长率`] = percent(g2);
    const mean = isInfinite(g1) ? g1 : isInfinite(g2) ? g2 : multiply(add(g1, g2), quotient(1, 2));
    const display = percentNear(mean, edgesBp);
    values['近2年平均增长率（算术平均）'] = display;
    return { measure: exactMeasure(mean, display), missing: [], values };
  }

  if (r0.value === 0) {
    const g = growthRate(0, r2.value);
    values['近2年复合增长率'] = percentNear(g, edgesBp);
    return { measure: exactMeasure(g, percentNear(g, edgesBp)), missing: [], values };
  }
  const factor = quotient(r2.value, r0.value);
  // √(R上年 ÷ R上上上年) to 14 decimals (floored; exact when the factor is a perfect square such as 1.1025).
  const scale = 10n ** 14n;
  const root = isqrt((BigInt(r2.value) * scale * scale) / BigInt(r0.value));
  const display = percentNear(quotient(root - scale, scale), edgesBp);
  values['近2年复合增长率'] = display;
  const one = quotient(1);
  return {
    measure: { compareTo: (edge) => compare(factor, power(add(one, edge), 2)), display },
    missing: [],
    values,
  };
}

/** "与企业主导产品相关的有效知识产权数量": the best category held scores. */
export function ipIndicator(ctx: EvalContext, year: number, rule: IpIndicatorRule): IndicatorResult {
  const total = nested(ctx, year, 'ip', 'class1Total');
  const self = nested(ctx, year, 'ip', 'class1SelfDeveloped');
  const high = nested(ctx, year, 'ip', 'class1HighValue');
  const class2 = nested(ctx, year, 'ip', 'class2Total');
  // No Ⅰ类 at all means no high-value or self-developed Ⅰ类 either.
  const noClass1 = total.ok && total.value === 0;
  const oneOrMore = (r: Read<number>, impliedZero: boolean): ConditionStatus =>
    r.ok ? fromBoolean(r.value >= 1) : impliedZero ? 'not-met' : 'unknown';
  const pick = firstMet(
    [
      {
        status: oneOrMore(high, noClass1),
        points: rule.points.highValue,
        label: 'Ⅰ类高价值知识产权1项以上',
        missing: [high.path],
      },
      {
        status: oneOrMore(self, noClass1),
        points: rule.points.selfDeveloped,
        label: '自主研发Ⅰ类知识产权1项以上',
        missing: [self.path],
      },
      {
        status: oneOrMore(total, false),
        points: rule.points.class1,
        label: 'Ⅰ类知识产权1项以上',
        missing: [total.path],
      },
      {
        status: oneOrMore(class2, false),
        points: rule.points.class2,
        label: 'Ⅱ类知识产权1项以上',
        missing: [class2.path],
      },
    ],
    { points: rule.points.none, label: '无' },
  );
  const count = (r: Read<number>): string => (r.ok ? `${r.value}项` : '缺失');
  return indicator(rule, {
    range: pick.range,
    band: pick.band,
    values: {
      Ⅰ类知识产权: count(total),
      其中自主研发: count(self),
      其中高价值: count(high),
      Ⅱ类知识产权: count(class2),
    },
    missing: pick.missing,
  });
}
