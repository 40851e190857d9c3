/**
 * Exact rational numbers for rule decisions (Catala: no floating point where money or legal status depends on
 * it). A value is `num / den` with `den > 0`, or ±∞ written as `den = 0, num = ±1` (a growth rate from a zero
 * base, a ratio over a zero denominator). Amounts in fen reach 9·10¹⁵, so all arithmetic is BigInt.
 */
export interface Rational {
  readonly num: bigint;
  readonly den: bigint;
}

const ZERO = 0n;
const ONE = 1n;

function gcd(a: bigint, b: bigint): bigint {
  let x = a < ZERO ? -a : a;
  let y = b < ZERO ? -b : b;
  while (y !== ZERO) [x, y] = [y, x % y];
  return x;
}

function toBig(n: number | bigint): bigint {
  if (typeof n === 'bigint') return n;
  if (!Number.isSafeInteger(n)) throw new RangeError(`not a safe integer: ${n}`);
  return BigInt(n);
}

/**
 * `num / den`, reduced. A zero denominator gives +∞ or −∞ by the sign of `num`; `0 / 0` is read as 0 (for
 * example a debt ratio of an enterprise with neither assets nor liabilities, or a growth rate from 0 to 0).
 */
export function quotient(num: number | bigint, den: number | bigint = 1): Rational {
  let n = toBig(num);
  let d = toBig(den);
  if (d === ZERO) {
    if (n === ZERO) return { num: ZERO, den: ONE };
    return { num: n > ZERO ? ONE : -ONE, den: ZERO };
  }
  if (d < ZERO) {
    n = -n;
    d = -d;
  }
  const g = gcd(n, d);
  return g > ONE ? { num: n / g, den: d / g } : { num: n, den: d };
}

/** A percentage given in basis points: 300 → 3%. */
export function basisPoints(bp: number): Rational {
  return quotient(bp, 10_000);
}

export function isInfinite(r: Rational): boolean {
  return r.den === ZERO;
}

export function compare(a: Rational, b: Rational): -1 | 0 | 1 {
  // −1 for −∞, 1 for +∞, 0 for a finite value.
  const ia = isInfinite(a) ? (a.num > ZERO ? 1 : -1) : 0;
  const ib = isInfinite(b) ? (b.num > ZERO ? 1 : -1) : 0;
  if (ia !== ib) return ia < ib ? -1 : 1;
  if (ia !== 0) return 0;
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left < right ? -1 : left > right ? 1 : 0;
}

export const gte = (a: Rational, b: Rational): boolean => compare(a, b) >= 0;
export const gt = (a: Rational, b: Rational): boolean => compare(a, b) > 0;
export const lte = (a: Rational, b: Rational): boolean => compare(a, b) <= 0;
export const lt = (a: Rational, b: Rational): boolean => compare(a, b) < 0;
export const eq = (a: Rational, b: Rational): boolean => compare(a, b) === 0;

function assertFinite(...rs: Rational[]): void {
  for (const r of rs) if (isInfinite(r)) throw new RangeError('arithmetic on an infinite rational');
}

export function add(a: Rational, b: Rational): Rational {
  assertFinite(a, b);
  return quotient(a.num * b.den + b.num * a.den, a.den * b.den);
}

export function subtract(a: Rational, b: Rational): Rational {
  assertFinite(a, b);
  return quotient(a.num * b.den - b.num * a.den, a.den * b.den);
}

export function multiply(a: Rational, b: Rational): Rational {
  assertFinite(a, b);
  return quotient(a.num * b.num, a.den * b.den);
}

/** `b` raised to a small non-negative integer power. */
export function power(b: Rational, exponent: number): Rational {
  assertFinite(b);
  let out: Rational = { num: ONE, den: ONE };
  for (let i = 0; i < exponent; i++) out = multiply(out, b);
  return out;
}

/** Growth rate (cur − prev) ÷ prev; from a zero base: +∞ if cur > 0, 0 if cur = 0. */
export function growthRate(prev: number | bigint, cur: number | bigint): Rational {
  const p = toBig(prev);
  return quotient(toBig(cur) - p, p);
}

/** Integer square root (floor) of a non-negative BigInt. */
export function isqrt(n: bigint): bigint {
  if (n < ZERO) throw new RangeError('square root of a negative number');
  if (n < 2n) return n;
  let x = n;
  let y = (x + ONE) / 2n;
  while (y < x) {
    x = y;
    y = (x + n / x) / 2n;
  }
  return x;
}

/** Round half away from zero to `digits` decimals and print; ±∞ prints as "∞" / "-∞". */
export function formatFixed(r: Rational, digits: number): string {
  if (isInfinite(r)) return r.num > ZERO ? '∞' : '-∞';
  const scale = 10n ** BigInt(digits);
  const negative = r.num < ZERO;
  const abs = negative ? -r.num : r.num;
  const scaled = (abs * scale * 2n + r.den) / (r.den * 2n);
  const whole = scaled / scale;
  const frac = scaled % scale;
  const sign = negative && scaled !== ZERO ? '-' : '';
  return digits === 0 ? `${sign}${whole}` : `${sign}${whole}.${frac.toString().padStart(digits, '0')}`;
}

/** As `formatFixed`, trailing zeros (and a trailing point) removed: 120.50 → "120.5", 100.00 → "100". */
export function formatTrimmed(r: Rational, digits: number): string {
  const text = formatFixed(r, digits);
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}
