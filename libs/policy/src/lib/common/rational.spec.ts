import { mulberry32 } from '@ladder/shared-domain';

import {
  add,
  basisPoints,
  compare,
  formatFixed,
  formatTrimmed,
  growthRate,
  isqrt,
  multiply,
  power,
  quotient,
  setRationalFastPaths,
  subtract,
} from './rational';
import type { Rational } from './rational';

describe('rational', () => {
  it('should reduce and normalise the sign when a quotient is built', () => {
    // Act / Assert
    expect(quotient(6, -4)).toEqual({ num: -3n, den: 2n });
    expect(quotient(0, 5)).toEqual({ num: 0n, den: 1n });
  });

  it('should read a zero denominator as ±∞ and 0/0 as 0 when dividing', () => {
    // Act / Assert
    expect(quotient(5, 0)).toEqual({ num: 1n, den: 0n });
    expect(quotient(-5, 0)).toEqual({ num: -1n, den: 0n });
    expect(quotient(0, 0)).toEqual({ num: 0n, den: 1n });
  });

  it('should compare exactly by cross-multiplication when values are close', () => {
    // Arrange: 2 999 999 / 100 000 000 vs 3%
    const justBelow = quotient(2_999_999, 100_000_000);

    // Act / Assert
    expect(compare(justBelow, basisPoints(300))).toBe(-1);
    expect(compare(quotient(3_000_000, 100_000_000), basisPoints(300))).toBe(0);
    expect(compare(quotient(3_000_001, 100_000_000), basisPoints(300))).toBe(1);
  });

  it('should order infinities around every finite value when compared', () => {
    // Act / Assert
    expect(compare(quotient(1, 0), quotient(10 ** 15))).toBe(1);
    expect(compare(quotient(-1, 0), quotient(-(10 ** 15)))).toBe(-1);
    expect(compare(quotient(1, 0), quotient(2, 0))).toBe(0);
    expect(compare(quotient(-1, 0), quotient(1, 0))).toBe(-1);
  });

  it('should not lose precision when amounts in fen reach 10^15', () => {
    // Arrange: 0.1 + 0.2 style trap, and products beyond 2^53
    const big = quotient(9_007_199_254_740_991, 3);

    // Act / Assert
    expect(compare(multiply(big, quotient(3)), quotient(9_007_199_254_740_991))).toBe(0);
    expect(add(quotient(1, 10), quotient(2, 10))).toEqual(quotient(3, 10));
    expect(subtract(quotient(1, 2), quotient(1, 3))).toEqual(quotient(1, 6));
    expect(power(quotient(21, 20), 2)).toEqual(quotient(441, 400));
  });

  it('should compute growth from a zero base as +∞ or 0 when the base is 0', () => {
    // Act / Assert
    expect(growthRate(0, 10)).toEqual({ num: 1n, den: 0n });
    expect(growthRate(0, 0)).toEqual({ num: 0n, den: 1n });
    expect(growthRate(100, 110)).toEqual(quotient(1, 10));
  });

  it.each([
    [quotient(24, 1000), 4, '0.0240'],
    [quotient(1, 3), 2, '0.33'],
    [quotient(2, 3), 2, '0.67'],
    [quotient(-2, 3), 2, '-0.67'],
    [quotient(1, 200), 2, '0.01'],
    [quotient(-1, 1000), 2, '0.00'],
    [quotient(1, 0), 2, '∞'],
  ])('should round half away from zero when formatting %p to %i decimals', (r, digits, text) => {
    // Act / Assert
    expect(formatFixed(r, digits)).toBe(text);
  });

  it('should trim trailing zeros when formatting trimmed', () => {
    // Act / Assert
    expect(formatTrimmed(quotient(1205, 10), 2)).toBe('120.5');
    expect(formatTrimmed(quotient(100), 2)).toBe('100');
  });

  it('should take the floor square root when the integer square root is asked', () => {
    // Act / Assert
    expect(isqrt(0n)).toBe(0n);
    expect(isqrt(1_210_000_000_000n)).toBe(1_100_000n);
    expect(isqrt(1_210_000_000_001n)).toBe(1_100_000n);
    expect(isqrt(1_209_999_999_999n)).toBe(1_099_999n);
  });

  describe('fast paths', () => {
        const MAX = Number.MAX_SAFE_INTEGER;
    /** Integers of every size up to and past 2⁵³, and the edges. */
    function integer(rand: () => number): number {
      const edges = [0, 1, -1, 2, 10, 100, 10_000, 1_000_000, MAX, -MAX, MAX - 1, 2 ** 52, 2 ** 52 + 1, 4_503_599_627_370_495];
      if (rand() < 0.15) return edges[Math.floor(rand() * edges.length)]!;
      const magnitude = Math.floor(rand() * 2 ** Math.floor(rand() * 54));
      return rand() < 0.2 ? -magnitude : magnitude;
    }
    function withAndWithout<T>(run: () => T): [T, T] {
      const fast = run();
      setRationalFastPaths(false);
      try {
        return [fast, run()];
      } finally {
        setRationalFastPaths(true);
      }
    }

    it('should build the same quotients as with BigInt when given safe integers', () => {
      const rand = mulberry32(7);
      const differing: string[] = [];
      for (let i = 0; i < 20_000; i++) {
        const n = integer(rand);
        const d = integer(rand);
        const [fast, plain] = withAndWithout(() => quotient(n, d));
        if (fast.num !== plain.num || fast.den !== plain.den) differing.push(`${n}/${d}`);
      }
      expect(differing).toEqual([]);
    });

    it('should print the same text as with BigInt when formatting any value to 0–15 decimals', () => {
      const rand = mulberry32(11);
      const differing: string[] = [];
      for (let i = 0; i < 20_000; i++) {
        const r: Rational = { num: BigInt(integer(rand)) * (rand() < 0.05 ? 3n : 1n), den: BigInt(Math.max(1, Math.abs(integer(rand)))) };
        const digits = Math.floor(rand() * 16);
        const [fast, plain] = withAndWithout(() => `${formatFixed(r, digits)} ${formatTrimmed(r, digits)}`);
        if (fast !== plain) differing.push(`${r.num}/${r.den} to ${digits}: ${fast} ≠ ${plain}`);
      }
      expect(differing).toEqual([]);
      // Halves, where rounding decides.
      for (const [num, den] of [[5n, 2n], [-5n, 2n], [1n, 200n], [-1n, 200n], [2n ** 51n + 1n, 2n], [999_999_995n, 1_000_000_000n]] as const)
        for (let digits = 0; digits < 16; digits++) {
          const [fast, plain] = withAndWithout(() => formatFixed({ num, den }, digits));
          expect(fast).toBe(plain);
        }
    });

    it('should take the same square roots as the plain iteration when given numbers of any size', () => {
      const rand = mulberry32(13);
      const differing: string[] = [];
      for (let i = 0; i < 5_000; i++) {
        const n = BigInt(Math.abs(integer(rand))) * BigInt(Math.abs(integer(rand))) + BigInt(Math.floor(rand() * 3));
        const [fast, plain] = withAndWithout(() => isqrt(n));
        if (fast !== plain) differing.push(`√${n}`);
        const root = BigInt(Math.abs(integer(rand)));
        if (isqrt(root * root) !== root || (root > 0n && isqrt(root * root - 1n) !== root - 1n)) differing.push(`√${root}²`);
      }
      expect(differing).toEqual([]);
    });
  });
});
