import { compare, formatFixed, formatTrimmed, isInfinite, multiply, quotient, rationalFastPaths } from '../common/rational';
import type { Rational } from '../common/rational';

// How values are shown in conditions and gaps: money in 万元, shares in %, with more decimals only when rounding
// would print a value that differs from its threshold as equal to it.

const FEN_PER_WAN = 1_000_000;

const HUNDRED = quotient(100);
const PER_WAN = quotient(1, FEN_PER_WAN);

/**
 * `r × factor` for printing only: the product is not reduced (the text of `formatFixed` depends on the value alone,
 * not on how the fraction is written), which saves a BigInt gcd per rendering.
 */
function scaled(r: Rational, factor: Rational): Rational {
  if (isInfinite(r)) return r;
  return rationalFastPaths() ? { num: r.num * factor.num, den: r.den * factor.den } : multiply(r, factor);
}

function renderPercent(r: Rational, digits: number): string {
  return `${formatFixed(scaled(r, HUNDRED), digits)}%`;
}

function renderWan(r: Rational, digits: number): string {
  return `${formatTrimmed(scaled(r, PER_WAN), digits)}万元`;
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
  // The value's rendering at the digits last tried (the edges' loops try the same digits again).
  let shownDigits = -1;
  let shown = '';
  if (!isInfinite(r)) {
    for (const bp of edgesBp) {
      const edge = quotient(bp, 10_000);
      if (compare(r, edge) === 0) continue;
      while (digits < 12) {
        if (shownDigits !== digits) {
          shown = renderPercent(r, digits);
          shownDigits = digits;
        }
        if (shown !== edgePercent(bp, edge, digits)) break;
        digits++;
      }
    }
  }
  return shownDigits === digits ? shown : renderPercent(r, digits);
}

/** Renderings of band edges and thresholds (constants of the rule sets), by basis points and digits. */
const edgeTexts = new Map<number, string[]>();

function edgePercent(bp: number, edge: Rational, digits: number): string {
  if (!rationalFastPaths()) return renderPercent(edge, digits);
  let texts = edgeTexts.get(bp);
  if (!texts) {
    if (edgeTexts.size >= 1_000) edgeTexts.clear();
    edgeTexts.set(bp, (texts = []));
  }
  return (texts[digits] ??= renderPercent(edge, digits));
}

const bpTexts = new Map<number, string>();

/** A threshold in basis points, trailing zeros trimmed: 300 → "3%", 5550 → "55.5%". */
export function percentOfBp(bp: number): string {
  if (!rationalFastPaths()) return `${formatTrimmed(quotient(bp, 100), 2)}%`;
  // Thresholds are a few constants of the rule sets: each printed once.
  let text = bpTexts.get(bp);
  if (text === undefined) {
    text = `${formatTrimmed(quotient(bp, 100), 2)}%`;
    if (bpTexts.size >= 1_000) bpTexts.clear();
    bpTexts.set(bp, text);
  }
  return text;
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
