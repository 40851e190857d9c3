import { compare, formatFixed, formatTrimmed, isInfinite, multiply, quotient } from '../common/rational';
import type { Rational } from '../common/rational';

// How values are shown in conditions and gaps: money in 万元, shares in %, with more decimals only when rounding
// would print a value that differs from its threshold as equal to it.

const FEN_PER_WAN = 1_000_000;

function renderPercent(r: Rational, digits: number): string {
  return `${formatFixed(isInfinite(r) ? r : multiply(r, quotient(100)), digits)}%`;
}

function renderWan(r: Rational, digits: number): string {
  return `${formatTrimmed(isInfinite(r) ? r : multiply(r, quotient(1, FEN_PER_WAN)), digits)}万元`;
}

/** "2.40%". */
export function percent(r: Rational): string {
  return renderPercent(r, 2);
}

/**
 * A percentage shown next to the thresholds it is judged against (band edges, a minimum), in basis points: two
 * decimals, more when rounding would print a value that differs from an edge as equal to it (a share of
 * 2.99999998% shows as "2.99999998%", not "3.00%", next to the 3% edge).
 */
export function percentNear(r: Rational, edgesBp: readonly number[]): string {
  let digits = 2;
  if (!isInfinite(r)) {
    for (const bp of edgesBp) {
      const edge = quotient(bp, 10_000);
      if (compare(r, edge) === 0) continue;
      while (digits < 12 && renderPercent(r, digits) === renderPercent(edge, digits)) digits++;
    }
  }
  return renderPercent(r, digits);
}

/** A threshold in basis points, trailing zeros trimmed: 300 → "3%", 5550 → "55.5%". */
export function percentOfBp(bp: number): string {
  return `${formatTrimmed(quotient(bp, 100), 2)}%`;
}

/** "120.5万元". */
export function money(fen: number | bigint): string {
  return renderWan(quotient(fen), 2);
}

/**
 * A value shown next to its threshold: two decimals, more when rounding would make a value that differs from the
 * threshold print as equal to it (2.999% is never shown as "3.00%" in "3.00% < 3%").
 */
export function percentAgainst(value: Rational, threshold: Rational): string {
  return against(value, threshold, renderPercent);
}

export function moneyAgainst(fen: number | bigint | Rational, thresholdFen: number | bigint): string {
  return against(typeof fen === 'object' ? fen : quotient(fen), quotient(thresholdFen), renderWan);
}

/**
 * An amount shown next to the thresholds it is judged against (fen): as `money`, with more decimals when rounding
 * would print a value that differs from a threshold as equal to it ("499.999999万元", not "500万元").
 */
export function moneyNear(fen: number | bigint | Rational, edgesFen: readonly (number | bigint)[]): string {
  const value = typeof fen === 'object' ? fen : quotient(fen);
  let digits = 2;
  if (!isInfinite(value)) {
    for (const e of edgesFen) {
      const edge = quotient(e);
      if (compare(value, edge) === 0) continue;
      while (digits < 12 && renderWan(value, digits) === renderWan(edge, digits)) digits++;
    }
  }
  return renderWan(value, digits);
}

/** An amount in fen that need not be whole (a mean), "1000.5万元". */
export function moneyOf(fen: Rational): string {
  return renderWan(fen, 2);
}

function against(
  value: Rational,
  threshold: Rational,
  render: (r: Rational, digits: number) => string,
): string {
  if (compare(value, threshold) === 0) return render(value, 2);
  for (let digits = 2; digits < 12; digits++) {
    const shown = render(value, digits);
    if (shown !== render(threshold, digits)) return shown;
  }
  return render(value, 12);
}
