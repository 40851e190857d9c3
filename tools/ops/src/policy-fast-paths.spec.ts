/**
 * The fast paths of the exact arithmetic and of the display (numbers instead of BigInt where every value is a safe
 * integer, renderings without a gcd, constants printed once) change nothing: over a generated pool, on dates and
 * with parameters that choose each rule set and each way of computing, every result — decisions, conditions,
 * values, gaps, explanations, scores, distances — is the same, down to the JSON text, as with the definitions alone.
 */
/* eslint-disable @nx/enforce-module-boundaries -- the switch of libs/policy's fast paths is internal to it; the
   spec lives here (not in libs/policy/test) because its varied input, the demo pool generator, is tools/ops: a
   policy test importing tools/ops made the project graph circular (ops → policy → ops). */
import { setRationalFastPaths } from '../../../libs/policy/src/lib/common/rational';
import { evaluateTiers } from '../../../libs/policy/src/lib/tiers/evaluate-tiers';
import type { EvaluateTiersInput } from '../../../libs/policy/src/lib/tiers/evaluate-tiers';
import { nextTierDistance } from '../../../libs/policy/src/lib/tiers/next-tier-distance';
/* eslint-enable @nx/enforce-module-boundaries */

import { demoProfile, generateDemoPool } from './demo-data';

jest.setTimeout(300_000);

/** 2022 and 2026 rule sets, new and 复核, and the parameters that switch a computation (compound growth: isqrt). */
const CASES: readonly Omit<EvaluateTiersInput, 'profile'>[] = [
  { asOf: '2025-06-15', type: 'new' },
  { asOf: '2025-06-15', type: 'new', params: { averageGrowth: 'compound', inclusiveBounds: false } },
  { asOf: '2026-06-15', type: 'new' },
  { asOf: '2026-06-15', type: 'review' },
  { asOf: '2027-03-01', type: 'review', params: { bandEdgeToHigher: false, chainAcceptsSameRoundTier: true } },
  { asOf: '2026-09-30', type: 'new', params: { inclusiveBounds: false } },
];

function evaluateAll(inputs: readonly EvaluateTiersInput[], fast: boolean): string[] {
  setRationalFastPaths(fast);
  try {
    return inputs.map((input) => {
      const result = evaluateTiers(input);
      return JSON.stringify({ result, distance: nextTierDistance(result) });
    });
  } finally {
    setRationalFastPaths(true);
  }
}

describe('fast paths of the tier evaluation', () => {
  it('should give the same results as the definitions when evaluating a generated pool', () => {
    // Arrange: 250 enterprises (the pool spreads them around the thresholds), with and without their titles.
    const pool = generateDemoPool(250, 11);
    const inputs: EvaluateTiersInput[] = pool.flatMap((e, i) =>
      CASES.map((c) => ({ ...c, profile: i % 2 === 0 ? demoProfile(e) : demoProfile(e, []) })),
    );

    // Act
    const fast = evaluateAll(inputs, true);
    const plain = evaluateAll(inputs, false);

    // Assert: compared one by one (a failure names the input), then as objects.
    let differing = 0;
    for (let i = 0; i < inputs.length; i++) {
      if (fast[i] === plain[i]) continue;
      differing += 1;
      if (differing === 1) expect(JSON.parse(fast[i]!)).toEqual(JSON.parse(plain[i]!));
    }
    expect(differing).toBe(0);
    expect(new Set(plain.map((p) => (JSON.parse(p) as { result: { ruleVersion: { id: string } } }).result.ruleVersion.id))).toEqual(
      new Set(['tiers-2022', 'tiers-2026']),
    );
  });
});
