import { basisPoints, compare, quotient } from '../common/rational';
import type { Rational } from '../common/rational';
import { unique } from './evaluation-context';
import type { TierParameters } from './tier-parameters';
import type {
  ConditionStatus,
  DimensionResult,
  IndicatorResult,
  PointsRange,
  ScoreResult,
} from './tier-result';
import type { BandedIndicatorRule, IndicatorRule, ScoreBand, ScoreRule } from './tier-rule-set';

/** A measured quantity compared exactly against band edges (a ratio, an amount, or a compound growth rate). */
export interface Measure {
  readonly compareTo: (edge: Rational) => -1 | 0 | 1;
  readonly display: string;
}

export function exactMeasure(value: Rational, display: string): Measure {
  return { compareTo: (edge) => compare(value, edge), display };
}

function edgeValue(rule: BandedIndicatorRule, edge: number): Rational {
  return rule.unit === 'bp' ? basisPoints(edge) : quotient(edge);
}

export interface BandPick {
  readonly band: ScoreBand;
  /** The value equals one of the edges (whichever band it went to). */
  readonly onEdge: boolean;
}

/**
 * The band a value falls in. Bands are ordered best first; with `edgeToHigher` a value exactly on an edge goes
 * to the better band (≥ lower edge, or ≤ upper edge when lower is better), otherwise to the worse one.
 */
export function pickBand(rule: BandedIndicatorRule, measure: Measure, edgeToHigher: boolean): BandPick {
  let onEdge = false;
  for (const band of rule.bands) {
    if (band.edge === undefined) return { band, onEdge };
    const c = measure.compareTo(edgeValue(rule, band.edge));
    if (c === 0) onEdge = true;
    const inBand =
      rule.better === 'higher' ? c > 0 || (c === 0 && edgeToHigher) : c < 0 || (c === 0 && edgeToHigher);
    if (inBand) return { band, onEdge };
  }
  throw new Error(`scoring table ${rule.id} has no open last band`);
}

function bandRange(rule: BandedIndicatorRule): PointsRange {
  const points = rule.bands.map((b) => b.points);
  return { min: Math.min(...points), max: Math.max(...points) };
}

interface IndicatorDraft {
  readonly range: PointsRange;
  readonly band: string | null;
  readonly values: Readonly<Record<string, string>>;
  readonly missing: readonly string[];
  readonly onBoundary?: boolean;
  readonly note?: string;
}

export function indicator(rule: IndicatorRule, d: IndicatorDraft): IndicatorResult {
  const known = d.range.min === d.range.max;
  return {
    id: rule.id,
    zh: rule.zh,
    dimension: rule.dimension,
    clause: rule.clause,
    confidence: rule.confidence,
    max: rule.max,
    points: known ? d.range.min : null,
    range: d.range,
    band: known ? d.band : null,
    values: d.values,
    missing: known ? [] : unique(d.missing),
    onBoundary: d.onBoundary ?? false,
    ...(d.note ? { note: d.note } : {}),
  };
}

export function fixed(points: number): PointsRange {
  return { min: points, max: points };
}

/** A banded indicator; a null measure (missing facts) may score anything in the table. */
export function bandedIndicator(
  rule: BandedIndicatorRule,
  measure: Measure | null,
  missing: readonly string[],
  values: Readonly<Record<string, string>>,
  params: TierParameters,
): IndicatorResult {
  if (!measure) return indicator(rule, { range: bandRange(rule), band: null, values, missing });
  const pick = pickBand(rule, measure, params.bandEdgeToHigher);
  return indicator(rule, {
    range: fixed(pick.band.points),
    band: pick.band.label,
    values,
    missing: [],
    onBoundary: pick.onEdge,
  });
}

/** The band of a banded table (for composite indicators), or its whole range when unknown. */
export function bandPoints(
  rule: BandedIndicatorRule,
  measure: Measure | null,
  params: TierParameters,
): {
  readonly range: PointsRange;
  readonly band: string | null;
  readonly onEdge: boolean;
} {
  if (!measure) return { range: bandRange(rule), band: null, onEdge: false };
  const pick = pickBand(rule, measure, params.bandEdgeToHigher);
  return { range: fixed(pick.band.points), band: pick.band.label, onEdge: pick.onEdge };
}

export interface ScoredOption {
  readonly status: ConditionStatus;
  readonly points: number;
  readonly label: string;
  readonly missing: readonly string[];
}

/**
 * "The best category held scores": options best first, the first met one scores; an unknown option before it
 * may still score more, so the result is a range.
 */
export function firstMet(
  options: readonly ScoredOption[],
  fallback: { readonly points: number; readonly label: string },
): {
  readonly range: PointsRange;
  readonly band: string | null;
  readonly missing: string[];
} {
  let best = Number.NEGATIVE_INFINITY;
  const missing: string[] = [];
  for (const option of options) {
    if (option.status === 'met') {
      return {
        range: { min: option.points, max: Math.max(best, option.points) },
        band: option.label,
        missing,
      };
    }
    if (option.status === 'unknown') {
      best = Math.max(best, option.points);
      missing.push(...option.missing);
    }
  }
  return {
    range: { min: fallback.points, max: Math.max(best, fallback.points) },
    band: fallback.label,
    missing,
  };
}

function sumRange(items: readonly { readonly range: PointsRange }[]): PointsRange {
  return items.reduce((acc, i) => ({ min: acc.min + i.range.min, max: acc.max + i.range.max }), {
    min: 0,
    max: 0,
  });
}

function passes(points: number, rule: ScoreRule, params: TierParameters): boolean {
  const inclusive = rule.thresholdWording === '不低于' || params.inclusiveBounds;
  return inclusive ? points >= rule.threshold : points > rule.threshold;
}

function pointsText(range: PointsRange): string {
  return range.min === range.max ? `${range.min}分` : `${range.min}–${range.max}分`;
}

/**
 * Total and dimension subtotals as ranges. The score condition is met when the lowest possible total passes and
 * every dimension's lowest possible subtotal reaches its minimum; not met when the highest possible total fails
 * or a dimension's highest possible subtotal stays below its minimum; unknown otherwise.
 */
export function aggregateScore(
  rule: ScoreRule,
  indicators: readonly IndicatorResult[],
  params: TierParameters,
): ScoreResult {
  const dimensions: DimensionResult[] = rule.dimensions.map((d) => {
    const range = sumRange(indicators.filter((i) => i.dimension === d.id));
    const status: ConditionStatus =
      d.minimum === undefined
        ? 'met'
        : range.min >= d.minimum
          ? 'met'
          : range.max < d.minimum
            ? 'not-met'
            : 'unknown';
    return {
      id: d.id,
      zh: d.zh,
      max: d.max,
      minimum: d.minimum ?? null,
      points: range.min === range.max ? range.min : null,
      range,
      status,
    };
  });
  const range = sumRange(indicators);
  const totalStatus: ConditionStatus = passes(range.min, rule, params)
    ? 'met'
    : !passes(range.max, rule, params)
      ? 'not-met'
      : 'unknown';
  const status: ConditionStatus =
    totalStatus === 'not-met' || dimensions.some((d) => d.status === 'not-met')
      ? 'not-met'
      : totalStatus === 'met' && dimensions.every((d) => d.status === 'met')
        ? 'met'
        : 'unknown';

  const sign = rule.thresholdWording === '不低于' || params.inclusiveBounds ? '≥' : '>';
  const gaps: string[] = [];
  if (totalStatus === 'not-met') {
    gaps.push(
      range.min === range.max
        ? `评价得分${range.max}分，未达到${sign}${rule.threshold}分（差${rule.threshold - range.max + (sign === '>' ? 1 : 0)}分）`
        : `评价得分最多${range.max}分，未达到${sign}${rule.threshold}分`,
    );
  }
  for (const d of dimensions) {
    if (d.status === 'not-met' && d.minimum !== null) {
      gaps.push(`${d.zh}得分${pointsText(d.range)} < ${d.minimum}分`);
    }
  }
  return {
    clause: rule.clause,
    threshold: rule.threshold,
    status,
    total: range.min === range.max ? range.min : null,
    range,
    dimensions,
    indicators,
    missing: status === 'unknown' ? unique(indicators.flatMap((i) => i.missing)) : [],
    ...(status === 'not-met' ? { gap: gaps.join('；') } : {}),
  };
}
