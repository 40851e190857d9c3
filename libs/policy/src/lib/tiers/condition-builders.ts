import { basisPoints, quotient } from '../common/rational';
import {
  aboveSign,
  atLeast,
  atMost,
  belowSign,
  condition,
  fact,
  fromBoolean,
  minSign,
  nested,
} from './evaluation-context';
import { money, moneyAgainst, percentAgainst, percentOfBp } from './display';
import type { EvalContext } from './evaluation-context';
import { readRatio, shownNear } from './indicators';
import type { LittleGiantItemsInput } from './tier-input';
import type { ConditionResult } from './tier-result';
import type { BoundWording, ClauseRule } from './tier-rule-set';

interface Base {
  readonly id: string;
  readonly zh: string;
  readonly group: string;
  readonly rule: ClauseRule;
}

/** 从事特定细分市场时间达到N年以上 (上年末). */
export function nicheCondition(
  ctx: EvalContext,
  base: Base,
  minYears: number,
  wording: BoundWording,
): ConditionResult {
  const r = fact(ctx, ctx.dataYear, 'nicheMarketYears');
  return condition({
    ...base,
    status: r.ok
      ? fromBoolean(atLeast(quotient(r.value), quotient(minYears), wording, ctx.params))
      : 'unknown',
    values: { 从事特定细分市场年限: r.ok ? `${r.value}年` : '缺失' },
    missing: [r.path],
    gap: () => `从事特定细分市场${r.ok ? r.value : ''}年，未达到${minSign(wording, ctx.params)}${minYears}年`,
    onBoundary: r.ok && r.value === minYears,
  });
}

/** A ratio of one year's facts against a minimum or maximum in basis points. */
export function ratioCondition(
  ctx: EvalContext,
  base: Base,
  spec: {
    readonly year: number;
    readonly num: 'rdExpense' | 'mainBusinessRevenue' | 'netProfit' | 'totalLiabilities' | 'rdStaff';
    readonly den: 'operatingRevenue' | 'totalAssets' | 'employees';
    readonly ratioZh: string;
    readonly bp: number;
    readonly wording: BoundWording;
    readonly direction: 'min' | 'max';
  },
): ConditionResult {
  const r = readRatio(ctx, spec.year, spec.num, spec.den, spec.ratioZh, [spec.bp]);
  const threshold = basisPoints(spec.bp);
  const ok = r.value
    ? spec.direction === 'min'
      ? atLeast(r.value, threshold, spec.wording, ctx.params)
      : atMost(r.value, threshold, spec.wording, ctx.params)
    : null;
  const sign =
    spec.direction === 'min' ? belowSign(spec.wording, ctx.params) : aboveSign(spec.wording, ctx.params);
  return condition({
    ...base,
    status: ok === null ? 'unknown' : fromBoolean(ok),
    values: r.values,
    missing: r.missing,
    gap: () => (r.value ? `${spec.year}年${spec.ratioZh} ${percentAgainst(r.value, threshold)} ${sign} ${percentOfBp(spec.bp)}` : ''),
    onBoundary: r.value !== null && r.value.num * 10_000n === BigInt(spec.bp) * r.value.den,
  });
}

/** A money fact of one year against a minimum. */
export function moneyMinCondition(
  ctx: EvalContext,
  base: Base,
  spec: {
    readonly year: number;
    readonly key: 'operatingRevenue' | 'rdExpense';
    readonly zhFact: string;
    readonly minFen: number;
    readonly wording: BoundWording;
  },
): ConditionResult {
  const r = fact(ctx, spec.year, spec.key);
  return condition({
    ...base,
    status: r.ok
      ? fromBoolean(atLeast(quotient(r.value), quotient(spec.minFen), spec.wording, ctx.params))
      : 'unknown',
    values: { [`${spec.year}年${spec.zhFact}`]: shownNear(r, spec.key, [spec.minFen]) },
    missing: [r.path],
    gap: () =>
      r.ok
        ? `${spec.year}年${spec.zhFact} ${moneyAgainst(r.value, spec.minFen)} ${belowSign(spec.wording, ctx.params)} ${money(spec.minFen)}`
        : '',
    onBoundary: r.ok && r.value === spec.minFen,
  });
}

/** A 小巨人 qualitative item (boolean) of 上年度. */
export function itemCondition(
  ctx: EvalContext,
  base: Base,
  field: keyof LittleGiantItemsInput,
  gap: string,
): ConditionResult {
  const r = nested(ctx, ctx.dataYear, 'littleGiant', field);
  return condition({
    ...base,
    status: r.ok ? fromBoolean(r.value) : 'unknown',
    values: { [base.zh]: r.ok ? (r.value ? '是' : '否') : '缺失' },
    missing: [r.path],
    gap,
  });
}
