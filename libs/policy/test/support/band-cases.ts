import type { IndicatorResult, EvaluationResult, ConditionResult } from '../../src/lib/tiers/tier-result';

/** One shared edge of a scoring table, transcribed from rules.md: the points of the better and the worse band. */
export interface EdgeRow {
  readonly edge: number;
  readonly better: number;
  readonly worse: number;
}

export interface BandTable {
  /** 'higher': more is better (≥ edge scores `better`); 'lower': less is better (debt ratio). */
  readonly direction: 'higher' | 'lower';
  readonly edges: readonly EdgeRow[];
}

export interface BandCase {
  readonly edge: number;
  readonly offset: 'just below' | 'exactly at' | 'just above';
  readonly value: number;
  readonly edgeToHigher: boolean;
  readonly expected: number;
}

const OFFSETS = [
  { offset: 'just below', delta: -1 },
  { offset: 'exactly at', delta: 0 },
  { offset: 'just above', delta: 1 },
] as const;

/** Values exactly at, just below and just above every edge (by `step`), under both edge readings. */
export function bandCases(table: BandTable, step = 1): BandCase[] {
  const cases: BandCase[] = [];
  for (const row of table.edges) {
    for (const { offset, delta } of OFFSETS) {
      for (const edgeToHigher of [true, false]) {
        const onBetterSide = table.direction === 'higher' ? delta > 0 : delta < 0;
        const expected =
          delta === 0 ? (edgeToHigher ? row.better : row.worse) : onBetterSide ? row.better : row.worse;
        cases.push({ edge: row.edge, offset, value: row.edge + delta * step, edgeToHigher, expected });
      }
    }
  }
  return cases;
}

export function indicatorOf(
  result: EvaluationResult,
  tier: 'innovative' | 'specialized',
  id: string,
): IndicatorResult {
  const found = result.tiers[tier].score?.indicators.find((i) => i.id === id);
  if (!found) throw new Error(`no indicator ${id} in ${tier}`);
  return found;
}

export function conditionOf(
  result: EvaluationResult,
  tier: 'innovative' | 'specialized' | 'little-giant',
  id: string,
): ConditionResult {
  const found = result.tiers[tier].conditions.find((c) => c.id === id);
  if (!found) throw new Error(`no condition ${id} in ${tier}`);
  return found;
}
