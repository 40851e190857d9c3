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

/**
 * Fast paths: where every number involved is a safe integer, reduce and print with JavaScript numbers (exact for
 * integers up to 2⁵³ − 1) instead of BigInt; elsewhere the BigInt definitions below. Both give the same values and
 * the same text (`rational.spec.ts` compares them over random and edge values; `tools/ops/src/policy-fast-paths.spec.ts` compares
 * whole evaluations of a generated pool with the fast paths on and off). `setRationalFastPaths(false)` is for
 * those tests only.
 */
let fastPaths = true;

export function setRationalFastPaths(enabled: boolean): void {
  fastPaths = enabled;
}

export function rationalFastPaths(): boolean {
  return fastPaths;
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

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
  if (fastPaths && typeof num === 'number' && typeof den === 'number' && Number.isSafeInteger(num) && Number.isSafeInteger(den)) {
    return quotientOfSafeIntegers(num, den);
  }
  return quotientOfBigInts(toBig(num), toBig(den));
}

/** `quotient` of two safe integers: the sign and the gcd with numbers (exact: every value stays a safe integer). */
function quotientOfSafeIntegers(num: number, den: number): Rational {
  let n = num;
  let d = den;
  if (d === 0) {
    if (n === 0) return { num: ZERO, den: ONE };
    return { num: n > 0 ? ONE : -ONE, den: ZERO };
  }
  if (d < 0) {
    n = -n;
    d = -d;
  }
  let x = n < 0 ? -n : n;
  let y = d;
  while (y !== 0) {
    const r = x % y;
    x = y;
    y = r;
  }
  // x = gcd ≥ 1 (d ≠ 0); n / x and d / x are exact. `+ 0` turns −0 into 0 (BigInt(−0) is 0n either way).
  return x > 1 ? { num: BigInt(n / x + 0), den: BigInt(d / x) } : { num: BigInt(n + 0), den: BigInt(d) };
}

/** `quotient` with BigInt throughout (the definition). */
export function quotientOfBigInts(num: bigint, den: bigint): Rational {
  let n = num;
  let d = den;
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

/**
 * Integer square root (floor) of a non-negative BigInt: Newton's iteration from a start at or above the root,
 * which descends to the floor of the root. The fast path starts just above the floating-point root (a few steps
 * instead of one per bit); the floor of the root is unique, so both give the same value.
 */
export function isqrt(n: bigint): bigint {
  if (n < ZERO) throw new RangeError('square root of a negative number');
  if (n < 2n) return n;
  let x = n;
  if (fastPaths) {
    const approx = Math.sqrt(Number(n));
    // Number(n) and the root are within a relative 2⁻⁵² of the true values: 1e-9 relative plus 2 is above the root.
    if (Number.isFinite(approx)) {
      const start = BigInt(Math.ceil(approx * (1 + 1e-9))) + 2n;
      if (start < x) x = start;
    }
  }
  let y = (x + n / x) / 2n;
  while (y < x) {
    x = y;
    y = (x + n / x) / 2n;
  }
  return x;
}

const POWERS_OF_TEN: readonly number[] = Array.from({ length: 16 }, (_, i) => 10 ** i);

/** Round half away from zero to `digits` decimals and print; ±∞ prints as "∞" / "-∞". */
export function formatFixed(r: Rational, digits: number): string {
  if (isInfinite(r)) return r.num > ZERO ? '∞' : '-∞';
  if (fastPaths && digits < POWERS_OF_TEN.length) {
    const text = formatFixedSafe(r, digits);
    if (text !== null) return text;
  }
  return formatFixedOfBigInts(r, digits);
}

/**
 * `formatFixed` with numbers, or null when a value involved is not a safe integer. With x = 2·|num|·10^digits + den
 * and y = 2·den, x + y < 2⁵³ makes ⌊x ÷ y⌋ exact in floating point (the true quotient is at least 1/y below the
 * next integer, more than half an ulp there), and every other step is integer arithmetic below 2⁵³.
 */
function formatFixedSafe(r: Rational, digits: number): string | null {
  const num = Number(r.num);
  const den = Number(r.den);
  const abs = num < 0 ? -num : num;
  const scale = POWERS_OF_TEN[digits] as number;
  // A product or sum at or above 2⁵³ rounds to a value at or above 2⁵³, so these checks never pass a wrong value.
  if (!(abs <= MAX_SAFE && den <= MAX_SAFE)) return null;
  const x = abs * scale * 2 + den;
  const y = den * 2;
  if (!(x + y <= MAX_SAFE)) return null;
  const scaled = Math.floor(x / y);
  const frac = scaled % scale;
  const whole = (scaled - frac) / scale;
  const sign = num < 0 && scaled !== 0 ? '-' : '';
  return digits === 0 ? `${sign}${whole}` : `${sign}${whole}.${String(frac).padStart(digits, '0')}`;
}

/** `formatFixed` with BigInt throughout (the definition). */
export function formatFixedOfBigInts(r: Rational, digits: number): string {
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
  if (!fastPaths) return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
  if (!text.includes('.')) return text;
  let end = text.length;
  while (text.charCodeAt(end - 1) === 48 /* 0 */) end--;
  if (text.charCodeAt(end - 1) === 46 /* . */) end--;
  return end === text.length ? text : text.slice(0, end);
}
