import type { Rational } from '../../common/rational';
import { applyRate, formatRate, formatWan, formatWanExact } from '../award-money';
import type { RateFraction } from '../award-types';

// The amount part of a granted award: fixed, discretionary up to a cap, or a rate of a base up to a cap. Money is
// exact (see award-money.ts): the formula is rounded down to the fen, and the text shows every value used.

/** The amount part of a granted award. */
export interface Granted {
  readonly amountFen: number;
  readonly capFen: number | null;
  readonly capApplied: boolean;
  readonly formula: string;
  readonly benefit?: string;
  /** County that pays (CNTY / BEN). */
  readonly countyCode?: string;
}

/** min(formula, cap) exactly; the formula is rounded down to the fen. */
function capRational(exact: Rational, capFen: number): { amountFen: number; capApplied: boolean } {
  const capApplied = exact.num > BigInt(capFen) * exact.den;
  return { amountFen: capApplied ? capFen : Number(exact.num / exact.den), capApplied };
}

export function rateGrant(
  label: string,
  baseFen: number,
  rate: RateFraction,
  capFen: number,
  capName = '上限',
  capDetail = '',
): Granted {
  const { exact, floorFen } = applyRate(baseFen, rate);
  const { amountFen, capApplied } = capRational(exact, capFen);
  let formula = `${label}${formatWan(baseFen)} × ${formatRate(rate)} = ${formatWanExact(exact)}`;
  if (capApplied) {
    formula += `，超过${capName}${formatWan(capFen)}${capDetail}，按${formatWan(capFen)}`;
  } else {
    if (BigInt(floorFen) * exact.den !== exact.num) formula += `，按分向下取整为${formatWan(floorFen)}`;
    if (capDetail !== '') formula += `，不超过${capName}${formatWan(capFen)}${capDetail}`;
  }
  return { amountFen, capFen, capApplied, formula };
}

/**
 * A rate of `baseFen` under a per-enterprise cap of which `priorFen` is used: the remaining room caps the amount,
 * and the version's cap is reported. With nothing used it is `rateGrant` with the cap named `capName`.
 */
export function enterpriseCapRateGrant(
  label: string,
  baseFen: number,
  rate: RateFraction,
  capFen: number,
  priorFen: number,
  capName?: string,
): Granted {
  if (priorFen === 0) return rateGrant(label, baseFen, rate, capFen, capName);
  const detail = `（单家企业上限${formatWan(capFen)}，已获${formatWan(priorFen)}）`;
  return { ...rateGrant(label, baseFen, rate, capFen - priorFen, '剩余额度', detail), capFen };
}

export function discretionaryGrant(proposedFen: number, capFen: number): Granted {
  const capApplied = proposedFen > capFen;
  return {
    amountFen: capApplied ? capFen : proposedFen,
    capFen,
    capApplied,
    formula: capApplied
      ? `拟奖励金额${formatWan(proposedFen)}，超过上限${formatWan(capFen)}，按${formatWan(capFen)}`
      : `拟奖励金额${formatWan(proposedFen)}（不超过上限${formatWan(capFen)}）`,
  };
}

export const fixedGrant = (amountFen: number, what = '定额奖励'): Granted => ({
  amountFen,
  capFen: null,
  capApplied: false,
  formula: `${what}${formatWan(amountFen)}`,
});
