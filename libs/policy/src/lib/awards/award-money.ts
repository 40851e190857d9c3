import { formatTrimmed, quotient } from '../common/rational';
import type { Rational } from '../common/rational';
import type { RateFraction } from './award-types';

// Exact money arithmetic for awards: fen are integers, rates are fractions, products are BigInt rationals, and a
// product that is not a whole number of fen is rounded DOWN to the fen (an award never exceeds its formula).

/** 万元 → fen. */
export const wan = (n: number): number => n * 1_000_000;
/** n% as a fraction. */
export const percent = (n: number): RateFraction => ({ num: n, den: 100 });
/** n‰ as a fraction. */
export const permille = (n: number): RateFraction => ({ num: n, den: 1000 });

/** Safe integers, den > 0, 0 ≤ num ≤ den (0%…100%). */
export function isValidRate(r: RateFraction): boolean {
  return (
    Number.isSafeInteger(r.num) && Number.isSafeInteger(r.den) && r.den > 0 && r.num >= 0 && r.num <= r.den
  );
}

export function rateToRational(r: RateFraction): Rational {
  return quotient(r.num, r.den);
}

/** a ≤ b for two rates, exactly. */
export function rateAtMost(a: RateFraction, b: RateFraction): boolean {
  return BigInt(a.num) * BigInt(b.den) <= BigInt(b.num) * BigInt(a.den);
}

/** The exact product of an amount in fen and a rate, and that product rounded down to the fen. */
export function applyRate(
  baseFen: number,
  rate: RateFraction,
): { readonly exact: Rational; readonly floorFen: number } {
  const exact = quotient(BigInt(baseFen) * BigInt(rate.num), BigInt(rate.den));
  return { exact, floorFen: Number(exact.num / exact.den) };
}

/** True when the rational is a whole number. */
export function isWhole(r: Rational): boolean {
  return r.den === 1n;
}

/** The decimal expansion of num/den if it terminates within `maxDigits` digits, else undefined. */
function exactDecimal(r: Rational, maxDigits: number): string | undefined {
  for (let digits = 0; digits <= maxDigits; digits++) {
    const scaled = r.num * 10n ** BigInt(digits);
    if (scaled % r.den === 0n) return formatTrimmed(r, digits);
  }
  return undefined;
}

/** "5%", "60%", "5‰" (below 1%), "2.5%"; a rate with no short decimal form is shown as "约…%". */
export function formatRate(r: RateFraction): string {
  const asPercent = quotient(BigInt(r.num) * 100n, BigInt(r.den));
  const asPermille = quotient(BigInt(r.num) * 1000n, BigInt(r.den));
  if (isWhole(asPercent)) return `${asPercent.num}%`;
  // Below 1% the texts write ‰ (5‰); above it a decimal percent (2.5%).
  if (isWhole(asPermille) && asPermille.num < 10n) return `${asPermille.num}‰`;
  const exact = exactDecimal(asPercent, 6);
  return exact !== undefined ? `${exact}%` : `约${formatTrimmed(asPercent, 6)}%`;
}

/** Fen (integer) as 万元, exact: 2_000_000_000 → "2000万元", 740_740 → "0.74074万元". */
export function formatWan(fen: number): string {
  return formatWanExact(quotient(fen, 1));
}

/** A rational number of fen as 万元: exact when the decimal terminates (fractions of a fen included), else "约…". */
export function formatWanExact(fen: Rational): string {
  const inWan = quotient(fen.num, fen.den * 1_000_000n);
  const exact = exactDecimal(inWan, 12);
  return exact !== undefined ? `${exact}万元` : `约${formatTrimmed(inWan, 8)}万元`;
}
